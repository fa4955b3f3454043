/**
 * The values a CloudFormation `Fn::If` can give a property. Each branch is deployed whenever its condition says so,
 * so a literal branch that breaks a rule is a finding even though the condition is unknown before the deploy.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-conditions.html
 */
import { isNoValue } from './inputs/literal-intrinsics';

/** One value an `Fn::If` can give, and when. */
export interface ConditionBranch {
  /** When this value is the one deployed, e.g. `condition IsProd is true`. */
  readonly when: string;
  readonly value: unknown;
}

/** The arguments of `{ "Fn::If": [condition, ifTrue, ifFalse] }`, or `undefined` for anything else. */
function ifArguments(value: unknown): [string, unknown, unknown] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const args = (value as Record<string, unknown>)['Fn::If'];
  if (keys.length !== 1 || !Array.isArray(args) || args.length !== 3 || typeof args[0] !== 'string') return undefined;
  return [args[0], args[1], args[2]];
}

/**
 * Every value `value` can take through `Fn::If`s, nested ones included, except `AWS::NoValue`; none when `value` is
 * not an `Fn::If`.
 */
export function conditionBranches(value: unknown, outer: readonly string[] = []): ConditionBranch[] {
  const args = ifArguments(value);
  if (args === undefined) {
    return outer.length === 0 || isNoValue(value) ? [] : [{ when: outer.join(' and '), value }];
  }
  const [condition, ifTrue, ifFalse] = args;
  return [
    ...conditionBranches(ifTrue, [...outer, `condition ${condition} is true`]),
    ...conditionBranches(ifFalse, [...outer, `condition ${condition} is false`]),
  ];
}
