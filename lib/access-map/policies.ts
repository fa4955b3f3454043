/**
 * Who an IAM-style policy (a KMS key policy, a Redshift Serverless resource policy) allows an action: its `Allow`
 * statements whose `Action` (wildcards, any case) or `NotAction` covers the action, and their `AWS` principals, `*`
 * narrowed by a condition on the caller's account or organization, or anyone for a `NotPrincipal`.
 */
import { NodeKind } from './model';
import { ResourceReading } from './reading';
import { namesOwnAccount, policyDocument } from './terraform-data';
import { Term } from './values';

/** One principal a policy allows an action. */
export interface PolicyGrant {
  /** The node of who. */
  readonly from: string;
  /** The property who is read from. */
  readonly property: string;
  /** The statement, to read its conditions; empty for a policy or statement unknown until deploy. */
  readonly statement: Readonly<Record<string, unknown>>;
  /** The property of the statement (`policy.Statement[0]`). */
  readonly base: string;
  /** Why the grant is risky that only the policy tells: its statement's `Effect` is unknown until deploy. */
  readonly risks?: readonly string[];
}

/**
 * Whether an IAM action pattern matches `action`: `*` any run of characters, `?` one, in any case.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 */
function actionMatches(pattern: string, action: string): boolean {
  const regex = pattern.split('').map(c => c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')).join('');
  return new RegExp(`^${regex}$`, 'i').test(action);
}

export function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/**
 * Whether a statement's `Action` covers one of `actions`, or its `NotAction` leaves one out. An action unknown until
 * deploy may be any action.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
 */
function covers(r: ResourceReading, statement: Record<string, unknown>, actions: readonly string[]): boolean {
  const literal = (pattern: unknown): pattern is string => typeof pattern === 'string' && !r.context.isUnresolved(pattern);
  if (statement.Action !== undefined) {
    return listOf(statement.Action).some(p => !literal(p) ? p !== undefined : actions.some(a => actionMatches(p, a)));
  }
  if (statement.NotAction !== undefined) {
    const excluded = listOf(statement.NotAction).filter(literal);
    return actions.some(a => !excluded.some(p => actionMatches(p, a)));
  }
  return false;
}

/** A partition in an ARN, literal or the template's own. */
const PARTITION = '(?:\\$\\{AWS::Partition\\}|aws[a-z-]*)';
const ACCOUNT_PRINCIPAL = new RegExp(`^(?:arn:${PARTITION}:iam::)?(\\d{12})(?::root)?$`);
/** An expression other than the partition. */
const EXPRESSION = /\$\{(?!AWS::Partition\})/;

/**
 * The node of a policy principal: the account of an account ID or root ARN, another principal by its ARN, anyone for
 * `*`, or (the resource's own account, which the policy gives itself: `${AWS::AccountId}`, or the account of an
 * `aws_caller_identity` of the resource's provider) none; unknown for any other expression.
 */
export function principalNode(r: ResourceReading, principal: Term, kind?: NodeKind): string | undefined {
  if (kind !== undefined) return r.map.who(kind, principal);
  if (principal.text.includes('${AWS::AccountId}') || namesOwnAccount(r, principal.text)) return undefined;
  if (principal.text === '*') return r.map.who('anyone', principal);
  const account = ACCOUNT_PRINCIPAL.exec(principal.text)?.[1];
  if (account !== undefined) return account === r.resource.env?.account ? undefined : r.map.who('account', { text: account, known: true });
  return r.map.who('principal', { text: principal.text, known: principal.known || !EXPRESSION.test(principal.text) });
}

/**
 * The condition keys of a statement that name the caller's account or organization: with one of them, `*` is only
 * the accounts or organizations listed.
 *
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-caller-account
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalaccount
 */
const CALLER_KEYS: ReadonlyArray<readonly [RegExp, NodeKind | undefined]> = [
  [/^(kms:CallerAccount|aws:PrincipalAccount)$/i, undefined],
  [/^aws:PrincipalOrgID$/i, 'organization'],
];

/** The values of a condition key under `operators` (`StringEquals`), with their property names. */
export function conditionValues(r: ResourceReading, statement: Readonly<Record<string, unknown>>, base: string,
  operators: readonly string[], key: RegExp): Array<[Term, string]> | undefined {
  const condition = statement.Condition as Record<string, unknown> | undefined;
  for (const operator of operators) {
    const values = condition?.[operator];
    if (typeof values !== 'object' || values === null) continue;
    const name = Object.keys(values).find(k => key.test(k));
    if (name !== undefined) return r.terms(`${base}.Condition.${operator}.${name}`, (values as Record<string, unknown>)[name]);
  }
  return undefined;
}

/**
 * The principals of an `Allow` statement, as nodes: `*` (narrowed by a condition on the caller's account or
 * organization), the `AWS` principals, or anyone for a `NotPrincipal`, which allows everyone it does not name.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
function principalsOf(r: ResourceReading, s: Record<string, unknown>, base: string): Array<{ from: string; property: string }> {
  const node = (term: Term, property: string, kind?: NodeKind) => {
    const from = principalNode(r, term, kind);
    return from === undefined ? [] : [{ from, property }];
  };
  if (s.NotPrincipal !== undefined) return node({ text: '*', known: true }, `${base}.NotPrincipal`);
  const principals = typeof s.Principal === 'object' && s.Principal !== null && !r.context.isUnresolved(s.Principal)
    ? r.terms(`${base}.Principal.AWS`, (s.Principal as { AWS?: unknown }).AWS)
    : r.terms(`${base}.Principal`, s.Principal);
  return principals.flatMap(([term, property]) => {
    if (!term.known || term.text !== '*') return node(term, property);
    for (const [key, kind] of CALLER_KEYS) {
      const callers = conditionValues(r, s, base, ['StringEquals'], key);
      if (callers !== undefined) return callers.flatMap(([caller, p]) => node(caller, p, kind));
    }
    return node(term, property);
  });
}

/** A policy's JSON text as an object; undefined when the text is no JSON object. */
function parsedPolicy(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed as Record<string, unknown> : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The principals the policy `value` (of `property`) allows one of `actions`; an `aws_iam_policy_document`'s JSON is the
 * policy it builds (`terraform-data.ts`). A policy or statement computed at deploy
 * (a function the input does not fold, a policy document's JSON, a condition) is one unknown principal, never dropped;
 * in JSON text, an expression inside a string is one unknown value of the statement it is in.
 */
export function policyGrants(r: ResourceReading, property: string, value: unknown, actions: readonly string[]): PolicyGrant[] {
  const unknown = (at: string, v: unknown): PolicyGrant => ({ from: r.map.who('unknown', r.term(at, v)!), property: at, statement: {}, base: at });
  let policy: unknown = policyDocument(r, value) ?? value;
  if (typeof policy === 'string') {
    // JSON text whose expressions sit inside its strings (a jsonencode's, a heredoc's) is read, each expression unknown.
    const parsed = parsedPolicy(policy);
    if (parsed === undefined && !r.context.isUnresolved(policy)) return [];
    policy = parsed ?? policy;
  }
  if (r.context.isUnresolved(policy)) return [unknown(property, policy)];
  return listOf((policy as { Statement?: unknown } | undefined)?.Statement).flatMap((statement, i) => {
    const base = `${property}.Statement[${i}]`;
    if (r.context.isUnresolved(statement)) return [unknown(base, statement)];
    const s = (typeof statement === 'object' && statement !== null ? statement : {}) as Record<string, unknown>;
    // An Effect unknown until apply may be Allow: the grant is drawn, and marked for the reviewer.
    const effectUnknown = s.Effect !== 'Allow' && r.context.isUnresolved(s.Effect);
    if ((s.Effect !== 'Allow' && !effectUnknown) || !covers(r, s, actions)) return [];
    const risks = effectUnknown ? [`whether the statement allows or denies is unknown until deploy (Effect: ${r.term(`${base}.Effect`, s.Effect)!.text})`] : undefined;
    return principalsOf(r, s, base).map(p => ({ ...p, statement: s, base, ...risks ? { risks } : {} }));
  });
}
