/**
 * Who a KMS key lets decrypt (a restore of a shared encrypted snapshot needs it): the key policies of
 * `AWS::KMS::Key` and `AWS::KMS::ReplicaKey`, of Terraform's `aws_kms_key`, `aws_kms_replica_key` and
 * `aws_kms_key_policy`, and the grants of `aws_kms_grant`.
 */
import { NodeKind } from './model';
import { AccessReader, ResourceReading } from './reading';
import { Term } from './values';

/**
 * The actions that let a principal decrypt: `kms:Decrypt`, and `kms:CreateGrant`, with which it can give itself a grant
 * for Decrypt.
 *
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/grants.html
 */
const DECRYPTING_ACTIONS = ['kms:Decrypt', 'kms:CreateGrant'];

/**
 * Whether an IAM action pattern matches `action`: `*` any run of characters, `?` one, in any case.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 */
function actionMatches(pattern: string, action: string): boolean {
  const regex = pattern.split('').map(c => c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')).join('');
  return new RegExp(`^${regex}$`, 'i').test(action);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/**
 * Whether an `Allow` statement lets its principals decrypt: an `Action` that matches a decrypting action, or a
 * `NotAction` that leaves one out. An action unknown until deploy may be any action.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
 */
function letsDecrypt(r: ResourceReading, statement: Record<string, unknown>): boolean {
  const covers = (pattern: unknown, action: string) => typeof pattern === 'string' && !r.context.isUnresolved(pattern)
    ? actionMatches(pattern, action) : pattern !== undefined;
  if (statement.Action !== undefined) return listOf(statement.Action).some(p => DECRYPTING_ACTIONS.some(a => covers(p, a)));
  if (statement.NotAction !== undefined) {
    const excluded = listOf(statement.NotAction).filter(p => typeof p === 'string' && !r.context.isUnresolved(p)) as string[];
    return DECRYPTING_ACTIONS.some(a => !excluded.some(p => actionMatches(p, a)));
  }
  return false;
}

/** A partition in an ARN, literal or the template's own. */
const PARTITION = '(?:\\$\\{AWS::Partition\\}|aws[a-z-]*)';
const ACCOUNT_PRINCIPAL = new RegExp(`^(?:arn:${PARTITION}:iam::)?(\\d{12})(?::root)?$`);
/** An expression other than the partition. */
const EXPRESSION = /\$\{(?!AWS::Partition\})/;

/**
 * Who a key policy principal is: the account of an account ID or root ARN, another principal by its ARN, or (the key's
 * own account, which the policy gives itself) nothing; unknown for any other expression.
 */
function principalOf(principal: Term, keyAccount: string | undefined): { kind: NodeKind; term: Term } | undefined {
  if (principal.text.includes('${AWS::AccountId}')) return undefined;
  if (principal.text === '*') return { kind: 'anyone', term: principal };
  const account = ACCOUNT_PRINCIPAL.exec(principal.text)?.[1];
  if (account !== undefined) return account === keyAccount ? undefined : { kind: 'account', term: { text: account, known: true } };
  return { kind: 'principal', term: { text: principal.text, known: principal.known || !EXPRESSION.test(principal.text) } };
}

/**
 * The condition keys of a statement that name the caller's account or organization: with one of them, `*` is only
 * the accounts or organizations listed.
 *
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-caller-account
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalaccount
 */
const CALLER_KEYS: ReadonlyArray<readonly [RegExp, NodeKind]> = [
  [/^(kms:CallerAccount|aws:PrincipalAccount)$/i, 'account'],
  [/^aws:PrincipalOrgID$/i, 'organization'],
];

/** The accounts or organizations a `StringEquals` condition limits the caller to, with their property names; else undefined. */
function callersOf(r: ResourceReading, condition: unknown, base: string): Array<{ kind: NodeKind; term: Term; property: string }> | undefined {
  const equals = (condition as { StringEquals?: unknown } | undefined)?.StringEquals;
  if (typeof equals !== 'object' || equals === null) return undefined;
  for (const [pattern, kind] of CALLER_KEYS) {
    const key = Object.keys(equals).find(k => pattern.test(k));
    if (key === undefined) continue;
    const property = `${base}.Condition.StringEquals.${key}`;
    return r.terms(property, (equals as Record<string, unknown>)[key]).map(([term, p]) => ({ kind, term, property: p }));
  }
  return undefined;
}

/** Adds a `decrypt` edge to `key` from each principal a policy's statements let decrypt. */
function readPolicy(r: ResourceReading, key: string, property: string, value: unknown): void {
  let policy = value;
  if (typeof policy === 'string' && !r.context.isUnresolved(policy)) {
    try {
      policy = JSON.parse(policy);
    } catch {
      return;
    }
  }
  if (r.context.isUnresolved(policy)) {
    // A policy computed at deploy (a jsonencode, a policy document's JSON): who it lets decrypt is unknown.
    r.map.add(r.map.who('unknown', r.term(property, policy)!), key, 'decrypt', r.source(property));
    return;
  }
  const statements = (policy as { Statement?: unknown } | undefined)?.Statement;
  // A principal the policy lets decrypt in several statements (Decrypt, then CreateGrant for AWS resources) is one edge.
  const seen = new Set<string>();
  listOf(statements).forEach((statement, i) => {
    const base = `${property}.Statement[${i}]`;
    if (r.context.isUnresolved(statement)) {
      r.map.add(r.map.who('unknown', r.term(base, statement)!), key, 'decrypt', r.source(base));
      return;
    }
    const s = (typeof statement === 'object' && statement !== null ? statement : {}) as Record<string, unknown>;
    if (s.Effect !== 'Allow' || !letsDecrypt(r, s)) return;
    for (const who of principalsOf(r, s, base)) {
      const principal = who.kind === 'organization' ? { kind: who.kind, term: who.term } : principalOf(who.term, r.resource.env?.account);
      const from = principal === undefined ? undefined : r.map.who(principal.kind, principal.term);
      if (from === undefined || seen.has(from)) continue;
      seen.add(from);
      r.map.add(from, key, 'decrypt', r.source(who.property));
    }
  });
}

/**
 * The principals of an `Allow` statement: `*` (narrowed by a condition on the caller's account or organization),
 * the `AWS` principals, or anyone for a `NotPrincipal`, which allows everyone it does not name.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
function principalsOf(r: ResourceReading, s: Record<string, unknown>, base: string): Array<{ kind?: NodeKind; term: Term; property: string }> {
  if (s.NotPrincipal !== undefined) return [{ term: { text: '*', known: true }, property: `${base}.NotPrincipal` }];
  const aws = typeof s.Principal === 'object' && s.Principal !== null && !r.context.isUnresolved(s.Principal)
    ? r.terms(`${base}.Principal.AWS`, (s.Principal as { AWS?: unknown }).AWS)
    : r.terms(`${base}.Principal`, s.Principal);
  return aws.flatMap(([term, property]) => term.known && term.text === '*'
    ? callersOf(r, s.Condition, base) ?? [{ term, property }]
    : [{ term, property }]);
}

/** A key resource whose `property` holds its policy. */
function keyPolicy(property: string): AccessReader {
  return r => readPolicy(r, r.self('key'), property, r.properties[property]);
}

/**
 * `aws_kms_key_policy`: the policy of the key `key_id` names.
 *
 * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key_policy
 */
const terraformKeyPolicy: AccessReader = r => readPolicy(r, r.target('key', 'key_id'), 'policy', r.properties.policy);

/**
 * `aws_kms_grant`: `grantee_principal` may decrypt where `operations` has Decrypt (or is unknown until apply).
 *
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html
 */
const terraformGrant: AccessReader = r => {
  const operations = r.terms('operations');
  if (!operations.some(([op]) => !op.known || op.text === 'Decrypt')) return;
  const grantee = r.term('grantee_principal');
  const principal = grantee === undefined ? undefined : principalOf(grantee, undefined);
  if (principal !== undefined) {
    r.map.add(r.map.who(principal.kind, principal.term), r.target('key', 'key_id'), 'decrypt', r.source('grantee_principal'));
  }
};

/**
 * The key resource types and their readers.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/mgmt/managing-snapshots-console.html#snapshot-share-access-kms-key
 */
export const KMS_READERS: Readonly<Record<string, AccessReader>> = {
  'AWS::KMS::Key': keyPolicy('KeyPolicy'),
  'AWS::KMS::ReplicaKey': keyPolicy('KeyPolicy'),
  'aws_kms_key': keyPolicy('policy'),
  'aws_kms_replica_key': keyPolicy('policy'),
  'aws_kms_key_policy': terraformKeyPolicy,
  'aws_kms_grant': terraformGrant,
};
