/**
 * Terraform functions whose result the configuration already fixes: `jsonencode` of an object or tuple literal, the
 * way real configurations write policies (`policy = jsonencode({ Version = ..., Statement = [...] })`). Its JSON text
 * is checked and mapped like a literal JSON string; the values inside it that Terraform computes stay expressions.
 *
 * @see https://developer.hashicorp.com/terraform/language/functions/jsonencode
 */
import { parseHcl } from './hcl';
import { UNKNOWN } from './terraform-json';

/** A whole value that is one call of `jsonencode`: `${jsonencode(<argument>)}`. */
const JSONENCODE_CALL = /^\$\{\s*jsonencode\s*\(([\s\S]*)\)\s*\}$/;
/** A template directive (`%{if ...}`), which `%%{` escapes: its result depends on its condition or collection. */
const DIRECTIVE = /(^|[^%])%\{/;
/** An interpolation as the whole of an object key: a key computed at plan time (`(local.key) = ...`). */
const COMPUTED_KEY = /^\$\{[\s\S]*\}$/;

/**
 * Whether a parsed literal can be written as JSON text now: every key is written as a name or a string, and no string
 * is a template with directives. Interpolations in strings (`"arn:aws:iam::${local.account}:root"`) and values that
 * are references or calls (the parser writes `aws_kms_key.k.arn` as `"${aws_kms_key.k.arn}"`) are fine: they stay
 * expressions in the text, unknown until apply.
 */
function isReadable(value: unknown): boolean {
  if (typeof value === 'string') return !DIRECTIVE.test(value);
  if (Array.isArray(value)) return value.every(isReadable);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).every(([key, entry]) => !COMPUTED_KEY.test(key) && isReadable(entry));
  }
  return true;
}

/**
 * JSON text as `jsonencode` writes it: object keys in lexical order (HCL objects are unordered; the parser gives them
 * sorted), and `<`, `>`, `&`, U+2028 and U+2029 escaped, as Go's JSON encoder escapes them.
 *
 * @see https://pkg.go.dev/encoding/json#Marshal
 */
function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The JSON text of `value` when it is `"${jsonencode(<object or tuple literal>)}"`; else undefined (an argument that
 * is a reference, a `for` expression, a `merge(...)`, a conditional, or a literal with a computed key or a template
 * directive is computed by Terraform, and stays the expression it is).
 */
async function jsonencoded(value: string): Promise<string | undefined> {
  const argument = JSONENCODE_CALL.exec(value)?.[1];
  if (argument === undefined) return undefined;
  let parsed: unknown;
  try {
    // Only a single expression parses as one attribute's value: `${jsonencode(a)}-${jsonencode(b)}` does not.
    parsed = (await parseHcl('jsonencode', `value = ${argument}\n`)).value;
  } catch {
    return undefined;
  }
  // The parser gives an expression it does not evaluate as its `${...}` text, never an object or a list.
  if (typeof parsed !== 'object' || parsed === null || !isReadable(parsed)) return undefined;
  return jsonText(parsed);
}

/** Whether any string in `value` mentions `jsonencode`: most resources do not, and need no parser and no promise. */
function mentionsJsonencode(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('jsonencode');
  if (Array.isArray(value)) return value.some(mentionsJsonencode);
  if (typeof value !== 'object' || value === null || value === UNKNOWN) return false;
  return Object.values(value).some(mentionsJsonencode);
}

/**
 * `value` (a resource's arguments in Terraform JSON's structure) with every argument that is a `jsonencode` of an
 * object or tuple literal replaced by its JSON text; everything else as it is. `value` itself is not changed.
 */
export function foldTerraformFunctions(value: unknown): unknown | Promise<unknown> {
  return mentionsJsonencode(value) ? folded(value) : value;
}

async function folded(value: unknown): Promise<unknown> {
  if (typeof value === 'string') return (value.includes('jsonencode') ? await jsonencoded(value) : undefined) ?? value;
  if (Array.isArray(value)) return Promise.all(value.map(foldTerraformFunctions));
  if (typeof value !== 'object' || value === null || value === UNKNOWN) return value;
  const entries = await Promise.all(Object.entries(value).map(async ([key, entry]) => [key, await foldTerraformFunctions(entry)] as const));
  return Object.fromEntries(entries);
}
