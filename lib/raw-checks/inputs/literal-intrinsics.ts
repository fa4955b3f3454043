/**
 * Intrinsic functions whose result a template already fixes: an `Fn::Sub` without variables, an `Fn::Join` of
 * literal strings, an `Fn::Select` from a literal list, an `Fn::Split` of a literal string. CloudFormation computes
 * the same value on every deploy, so it is checked like the literal it is, not passed over like a parameter.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */

/** A `${...}` variable of `Fn::Sub`; `${!...}` is its escape, which writes the literal `${...}`. */
const SUB_VARIABLE = /\$\{(?!!)/;

type Evaluate = (args: unknown) => unknown;

/** Each foldable function's result from its (folded) arguments, or `undefined` when they are not all literal. */
const FUNCTIONS: Readonly<Record<string, Evaluate>> = {
  'Fn::Sub': args => {
    const text = Array.isArray(args) ? args[0] : args;
    return typeof text === 'string' && !SUB_VARIABLE.test(text) ? text.replace(/\$\{!/g, '${') : undefined;
  },
  'Fn::Join': args => {
    if (!Array.isArray(args) || typeof args[0] !== 'string' || !Array.isArray(args[1])) return undefined;
    const parts = args[1] as unknown[];
    return parts.every(part => typeof part === 'string') ? parts.join(args[0]) : undefined;
  },
  'Fn::Select': args => {
    if (!Array.isArray(args) || !Array.isArray(args[1])) return undefined;
    const index = typeof args[0] === 'string' && /^\d+$/.test(args[0]) ? Number(args[0]) : args[0];
    // An index out of range fails the deploy: left for CloudFormation to report.
    return typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < args[1].length ? args[1][index] : undefined;
  },
  'Fn::Split': args => {
    if (!Array.isArray(args) || typeof args[0] !== 'string' || args[0] === '' || typeof args[1] !== 'string') return undefined;
    return args[1].split(args[0]);
  },
};

/** `{ "Ref": "AWS::NoValue" }`, which removes the property it is the value of. */
export function isNoValue(value: unknown): boolean {
  const record = value as Record<string, unknown> | null;
  return typeof record === 'object' && record !== null && Object.keys(record).length === 1 && record.Ref === 'AWS::NoValue';
}

/**
 * `value` with every intrinsic function that only literals feed replaced by its result, innermost first (an
 * `Fn::Select` from an `Fn::Split` of a literal is a literal too), and without the properties whose value is
 * `AWS::NoValue`, which CloudFormation removes. Everything else is kept as written; `value` itself is not changed.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html#cfn-pseudo-param-novalue
 */
export function foldLiterals(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(foldLiterals);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([key, entry]) => [key, foldLiterals(entry)] as const)
    .filter(([, entry]) => !isNoValue(entry));
  if (entries.length === 1 && Object.prototype.hasOwnProperty.call(FUNCTIONS, entries[0][0])) {
    const [name, args] = entries[0];
    const result = FUNCTIONS[name](args);
    if (result !== undefined) return result;
  }
  return Object.fromEntries(entries);
}
