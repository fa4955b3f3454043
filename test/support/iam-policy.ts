/**
 * A small IAM policy evaluator for the emulators: Allow statements, actions and resources with `*` and `?`
 * wildcards, and the condition operators the library's policies use. Anything else in a policy is a test error,
 * never a silent allow.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html
 */

export interface PolicyStatement {
  readonly Effect: 'Allow' | 'Deny';
  readonly Action: string | string[];
  readonly Resource: string | string[];
  readonly Condition?: Record<string, Record<string, string | string[]>>;
}

export interface PolicyDocument {
  readonly Statement: PolicyStatement[];
}

/** The request a policy is evaluated for: the action, the resource ARN and the request's condition keys. */
export interface IamRequest {
  readonly action: string;
  readonly resource: string;
  readonly context?: Record<string, string | string[]>;
}

function glob(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

const list = (value: string | string[]): string[] => Array.isArray(value) ? value : [value];

function conditionHolds(operator: string, key: string, expected: string[], context: Record<string, string | string[]>): boolean {
  const actual = context[key];
  switch (operator) {
    case 'Null':
      // "true": the key must be absent; "false": present.
      return (actual === undefined) === (expected[0] === 'true');
    case 'StringEquals':
      return actual !== undefined && list(actual).some(a => expected.includes(a));
    case 'StringLike':
      return actual !== undefined && list(actual).some(a => expected.some(e => glob(e).test(a)));
    case 'ForAllValues:StringLike':
      // True when the key is absent: the reason the library pairs it with Null.
      return actual === undefined || list(actual).every(a => expected.some(e => glob(e).test(a)));
    default:
      throw new Error(`the IAM emulator does not know the condition operator ${operator}`);
  }
}

/** Whether `documents` allow `request` (no Deny statements are supported: the library writes none). */
export function isAllowed(documents: readonly PolicyDocument[], request: IamRequest): boolean {
  const context = request.context ?? {};
  return documents.some(document => document.Statement.some(statement => {
    if (statement.Effect !== 'Allow') throw new Error(`the IAM emulator does not evaluate ${statement.Effect} statements`);
    if (!list(statement.Action).some(a => glob(a.toLowerCase()).test(request.action.toLowerCase()))) return false;
    if (!list(statement.Resource).some(r => glob(r).test(request.resource))) return false;
    return Object.entries(statement.Condition ?? {}).every(([operator, keys]) =>
      Object.entries(keys).every(([key, expected]) => conditionHolds(operator, key, list(expected), context)));
  }));
}
