import { Stack, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { Validator } from '../../core/validator';
import { KnownEnv, OWN_ACCOUNT_REFERENCE, grantee } from '../../rules/aws/account-id';

/** What synthesis knows of where `scope`'s stack deploys: its account and Region where they are literals. */
export function knownEnv(scope: IConstruct): KnownEnv {
  const { account, region } = Stack.of(scope);
  return { account: Token.isUnresolved(account) ? undefined : account, region: Token.isUnresolved(region) ? undefined : region };
}

/**
 * Fails `property` when `account` is the stack's own account: the literal `env.account` (when the stack's account is
 * known at synth), or a token for it (`Aws.ACCOUNT_ID`, or `stack.account` of an env-agnostic stack). Granting an
 * account access to its own resources is refused by the Redshift API.
 */
export function checkNotOwnAccount(v: Validator, scope: IConstruct, property: string, account: string | undefined): void {
  if (account === undefined) return;
  if (Token.isUnresolved(account)) {
    if (JSON.stringify(Stack.of(scope).resolve(account)) === JSON.stringify(OWN_ACCOUNT_REFERENCE.template)) {
      v.fail(property, account, OWN_ACCOUNT_REFERENCE.message);
    }
  } else {
    v.check(property, account, ...grantee(knownEnv(scope)));
  }
}

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
