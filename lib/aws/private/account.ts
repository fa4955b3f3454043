import { Stack, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { Rule, matches, rule } from '../../core/rules';

/** A 12-digit AWS account id (Redshift API, CloudFormation `^\d{12}$`). */
export const ACCOUNT_ID: Rule<string> = matches(/^\d{12}$/, 'be a 12-digit AWS account id');

/**
 * Rejects the account of `scope`'s stack, when that account is known at synth (a literal `env.account`).
 * Granting an account access to its own resources is refused by the Redshift API.
 */
export function notTheStackAccount(scope: IConstruct): Rule<string> {
  const own = Stack.of(scope).account;
  const known = !Token.isUnresolved(own);
  return rule(`must not be the stack's own account (${own}): an account cannot be granted access to its own resources`,
    v => !known || v !== own);
}

/** Whether `value` is a token for the stack's own account (`Aws.ACCOUNT_ID`, or `stack.account` of an env-agnostic stack). */
export function isOwnAccountToken(scope: IConstruct, value: string): boolean {
  return Token.isUnresolved(value) && JSON.stringify(Stack.of(scope).resolve(value)) === '{"Ref":"AWS::AccountId"}';
}

/** The message for a grant to the stack's own account, given as a literal or as a token. */
export const OWN_ACCOUNT_MESSAGE = 'must not be the stack\'s own account: an account cannot be granted access to its own resources';

const claims = new WeakMap<IConstruct, Map<string, string>>();

/**
 * Records that `scope` grants what `key` names (e.g. a snapshot to an account) in its app, and returns the path of the
 * construct that already did, if any: two grants of the same thing delete each other's access when either is removed.
 * The key includes the stack's literal account and region, or the stack itself when they are not known, so
 * env-agnostic stacks that may deploy to different accounts never clash.
 */
export function claimGrant(scope: IConstruct, kind: string, key: unknown): string | undefined {
  const stack = Stack.of(scope);
  const where = Token.isUnresolved(stack.account) || Token.isUnresolved(stack.region)
    ? stack.node.path : `${stack.account}/${stack.region}`;
  const id = `${kind}|${where}|${JSON.stringify(stack.resolve(key))}`;
  let byApp = claims.get(scope.node.root);
  if (!byApp) {
    byApp = new Map();
    claims.set(scope.node.root, byApp);
  }
  const existing = byApp.get(id);
  if (existing === undefined) byApp.set(id, scope.node.path);
  return existing;
}
