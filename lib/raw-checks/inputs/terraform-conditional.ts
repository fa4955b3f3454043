/**
 * The values a Terraform conditional expression can give an argument: `"${var.prod ? "orders" : "orders-dev"}"` is
 * `"orders"` or `"orders-dev"`, whichever the condition picks at plan time. A literal branch that breaks a rule is a
 * finding even though the condition is unknown to the checker.
 *
 * @see https://developer.hashicorp.com/terraform/language/expressions/conditionals
 */
import type { ConditionBranch } from '../condition-branches';

/**
 * The characters of `text` outside its strings, each with how deep in brackets it is (a closing bracket at the depth it
 * leaves, 0 when it closes the outermost).
 */
function* unquoted(text: string): Generator<[string, number, number]> {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i = endOfString(text, i);
      continue;
    }
    if ('([{'.includes(c)) depth++;
    if (')]}'.includes(c)) depth--;
    yield [c, i, depth];
  }
}

/** The index of the quote that ends the string starting at `start`. */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i;
}

/** The expression inside a whole-value template, `${...}`; `undefined` for anything else, `${a}-${b}` included. */
function wholeExpression(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('${') || !value.endsWith('}')) return undefined;
  for (const [c, i, depth] of unquoted(value)) {
    if (c === '}' && depth === 0) return i === value.length - 1 ? value.slice(2, -1) : undefined;
  }
  return undefined;
}

/** The top-level parts of `condition ? a : b`, or `undefined` when `expression` is no conditional. */
function conditionalParts(expression: string): [string, string, string] | undefined {
  let question = -1;
  let open = 0; // conditionals begun and not yet at their `:`, nested ones in the true branch included
  for (const [c, i, depth] of unquoted(expression)) {
    if (depth !== 0) continue;
    if (c === '?') {
      if (question < 0) question = i;
      open++;
    } else if (c === ':' && open > 0 && --open === 0) {
      return [expression.slice(0, question).trim(), expression.slice(question + 1, i).trim(), expression.slice(i + 1).trim()];
    }
  }
  return undefined;
}

/** A branch's value: a quoted string without templates, a number, `null` (the argument left unset), or an expression. */
function branchValue(text: string): { readonly literal: unknown } | { readonly expression: string } | undefined {
  if (text === 'null') return undefined;
  if (/^-?\d+(\.\d+)?$/.test(text)) return { literal: Number(text) };
  if (text.startsWith('"') && endOfString(text, 0) === text.length - 1 && !/\$\{|%\{/.test(text)) {
    try {
      return { literal: JSON.parse(text) };
    } catch {
      return { expression: text };
    }
  }
  return { expression: text };
}

/**
 * Every literal value a conditional `value` can take, nested conditionals included, with when; none when `value` is
 * not one whole conditional expression.
 */
export function terraformConditionBranches(value: unknown): ConditionBranch[] {
  const expression = wholeExpression(value);
  return expression === undefined ? [] : branchesOf(expression, []);
}

function branchesOf(expression: string, outer: readonly string[]): ConditionBranch[] {
  const parts = conditionalParts(expression);
  if (parts === undefined) return [];
  const [condition, ifTrue, ifFalse] = parts;
  return ([[ifTrue, 'true'], [ifFalse, 'false']] as const).flatMap(([text, outcome]) => {
    const when = [...outer, `${condition} is ${outcome}`];
    const branch = branchValue(text);
    if (branch === undefined) return [];
    return 'literal' in branch ? [{ when: when.join(' and '), value: branch.literal }] : branchesOf(branch.expression, when);
  });
}
