/**
 * The resources a template's `Resources` section declares, `Fn::ForEach` loops (the `AWS::LanguageExtensions`
 * transform) expanded as CloudFormation expands them: `"Fn::ForEach::Name": [identifier, collection, { key: value }]`
 * declares one resource per entry of the collection, with `${identifier}` and `&{identifier}` (the entry without its
 * non-alphanumeric characters) replaced in the key and the value, and `{ "Ref": identifier }` in the value. Loops nest.
 *
 * A collection that is not a literal list (a `Ref` to a `CommaDelimitedList` parameter) is known only at deploy: its
 * body is read once, the identifier left an unknown value (`{ "Ref": identifier }`, or an `Fn::Sub` of a string that
 * names it), so that the literals around it are still checked and mapped.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-foreach.html
 */
import { PathSegment } from './lines';
import { foldLiterals } from './literal-intrinsics';

/** One resource of a template, as the deploy sees it after the transform. */
export interface DeclaredResource {
  /** Its logical ID, loop identifiers replaced (left as written where the collection is unknown). */
  readonly logicalId: string;
  /** Its body (`Type`, `Properties`, ...), loop identifiers replaced. */
  readonly body: unknown;
  /** Where the body is written in the template, e.g. `Resources`, `Fn::ForEach::Endpoints`, 2, `Endpoint${Name}`. */
  readonly path: readonly PathSegment[];
}

const LOOP = 'Fn::ForEach::';

/** Each loop identifier in scope, with the entry it stands for; `undefined` when the collection is unknown. */
type Bindings = ReadonlyMap<string, string | undefined>;

/** Whether a `Resources` section declares any loop: only then is anything expanded. */
export function hasLoops(resources: Readonly<Record<string, unknown>>): boolean {
  return Object.keys(resources).some(key => key.startsWith(LOOP));
}

/** The resources of a template's `Resources` section, each loop expanded. */
export function declaredResources(resources: Readonly<Record<string, unknown>>): DeclaredResource[] {
  return declared(resources, ['Resources'], new Map());
}

function declared(fragment: Readonly<Record<string, unknown>>, path: readonly PathSegment[], bindings: Bindings): DeclaredResource[] {
  return Object.entries(fragment).flatMap(([key, value]) => {
    if (!key.startsWith(LOOP)) {
      return [{ logicalId: substituted(key, bindings, 'key') as string, body: substituted(value, bindings, 'value'), path: [...path, key] }];
    }
    // A malformed loop fails the transform, before anything deploys: nothing to check.
    if (!Array.isArray(value) || value.length !== 3 || typeof value[0] !== 'string' || !isRecord(value[2])) return [];
    const [identifier, collection, body] = value as [string, unknown, Record<string, unknown>];
    const bodyPath = [...path, key, 2];
    const entries = literalEntries(substituted(collection, bindings, 'value'));
    return (entries ?? [undefined]).flatMap(entry => declared(body, bodyPath, new Map([...bindings, [identifier, entry]])));
  });
}

/** The entries of a collection the template fixes (a list of literals, or what only literals compute); else unknown. */
function literalEntries(collection: unknown): string[] | undefined {
  const folded = foldLiterals(collection);
  if (!Array.isArray(folded) || !folded.every(entry => ['string', 'number', 'boolean'].includes(typeof entry))) return undefined;
  return folded.map(String);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `${identifier}` or `&{identifier}` in a string. */
const PLACEHOLDER = /([$&])\{([^}!]+)\}/g;

/**
 * `value` with each bound identifier replaced. In a value, a string that names an identifier whose entry is unknown
 * becomes an `Fn::Sub` of it (unknown until deploy, like the entry); in a key, or inside an `Fn::Sub`, it stays as written.
 */
function substituted(value: unknown, bindings: Bindings, at: 'key' | 'value' | 'sub'): unknown {
  if (bindings.size === 0) return value;
  if (typeof value === 'string') {
    let unknown = false;
    const text = value.replace(PLACEHOLDER, (whole, sigil: string, name: string) => {
      if (!bindings.has(name)) return whole;
      const entry = bindings.get(name);
      if (entry === undefined) {
        unknown = true;
        return `\${${name}}`;
      }
      return sigil === '&' ? entry.replace(/[^A-Za-z0-9]/g, '') : entry;
    });
    return unknown && at === 'value' ? { 'Fn::Sub': text } : unknown && at === 'key' ? value : text;
  }
  if (Array.isArray(value)) return value.map(entry => substituted(entry, bindings, at));
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === 'Ref' && typeof value.Ref === 'string' && bindings.has(value.Ref)) {
    return bindings.get(value.Ref) ?? value;
  }
  if (keys.length === 1 && keys[0] === 'Fn::Sub') {
    // The text is a template of its own; its variables (`["text", { name: value }]`) are values.
    const sub = value['Fn::Sub'];
    const [text, ...variables] = Array.isArray(sub) ? sub : [sub];
    const subText = substituted(text, bindings, 'sub');
    return { 'Fn::Sub': Array.isArray(sub) ? [subText, ...variables.map(v => substituted(v, bindings, 'value'))] : subText };
  }
  return Object.fromEntries(Object.entries(value).map(([k, entry]) => [substituted(k, bindings, 'key'), substituted(entry, bindings, at)]));
}
