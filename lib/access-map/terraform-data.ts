/**
 * What two data sources of the AWS provider compute, where a Terraform configuration's resource refers to them: the
 * policy an `aws_iam_policy_document` builds from its `statement` blocks, and the account `aws_caller_identity` is.
 * The provider computes both while planning; the map reads them from the data sources' arguments.
 */
import { ResourceReading } from './reading';
import { InputDataSource } from '../raw-checks/inputs/input';
import { UNKNOWN } from '../raw-checks/inputs/terraform-json';

/** A whole value that is a policy document's JSON: `${data.aws_iam_policy_document.<name>.json}` (or `minified_json`). */
const POLICY_DOCUMENT_JSON = /^\$\{\s*(data\.aws_iam_policy_document\.[A-Za-z_][\w-]*)\.(?:minified_)?json\s*\}$/;
/** The account of an `aws_caller_identity`, anywhere in a value: `${data.aws_caller_identity.<name>.account_id}`. */
const CALLER_ACCOUNT = /\$\{\s*(data\.aws_caller_identity\.[A-Za-z_][\w-]*)\.account_id\s*\}/g;

/**
 * Arguments of `aws_iam_policy_document` whose statements come from other JSON documents (merged, or overriding by
 * `Sid`): the statements the data source writes then depend on them, so the map does not build the policy.
 */
const MERGED_DOCUMENTS = ['source_policy_documents', 'override_policy_documents', 'source_json', 'override_json'];

type Body = Readonly<Record<string, unknown>>;

/** The data source of `r`'s module that `reference` (`data.<type>.<name>`) names. */
function dataSource(r: ResourceReading, reference: string): InputDataSource | undefined {
  const moduleAddress = /^(?:module\.[^.]+\.)*/.exec(r.resource.resource)![0];
  return r.context.dataSources?.get(`${moduleAddress}${reference}`);
}

/** The bodies of a nested block type, as Terraform JSON holds them (a body, or a list of bodies). */
function blocks(value: unknown): Body[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter((b): b is Body => typeof b === 'object' && b !== null && !Array.isArray(b));
}

/** Whether a value holds a block a `dynamic` block generates (`UNKNOWN`), which the map cannot read. */
function hasGeneratedBlocks(value: unknown): boolean {
  if (value === UNKNOWN) return true;
  if (Array.isArray(value)) return value.some(hasGeneratedBlocks);
  return typeof value === 'object' && value !== null && Object.values(value).some(hasGeneratedBlocks);
}

/**
 * The provider writes `&{...}` as the IAM policy variable `${...}` (HCL would read `${` as its own interpolation);
 * the map reads such a variable as a value known only when the request is made.
 */
function policyVariables(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/&\{/g, '${');
  return Array.isArray(value) ? value.map(policyVariables) : value;
}

/** `principals` or `not_principals` blocks as a policy's `Principal`: `*` (anyone) for a type `*`, else by type. */
function principal(bodies: readonly Body[]): unknown {
  if (bodies.some(b => b.type === '*')) return '*';
  const byType: Record<string, unknown[]> = {};
  for (const { type, identifiers } of bodies) {
    const ids = policyVariables(identifiers);
    byType[type as string] = [...byType[type as string] ?? [], ...Array.isArray(ids) ? ids : [ids]];
  }
  return byType;
}

/** `condition` blocks as a policy's `Condition`: operator, then key, then values. */
function condition(bodies: readonly Body[]): Record<string, Record<string, unknown>> {
  const byTest: Record<string, Record<string, unknown>> = {};
  for (const { test, variable, values } of bodies) {
    byTest[test as string] = { ...byTest[test as string], [variable as string]: policyVariables(values) };
  }
  return byTest;
}

/** One `statement` block as a policy statement. */
function statement(body: Body): Record<string, unknown> {
  const principals = blocks(body.principals);
  const notPrincipals = blocks(body.not_principals);
  const conditions = blocks(body.condition);
  const entries: Array<[string, unknown]> = [
    ['Sid', body.sid],
    ['Effect', body.effect ?? 'Allow'],
    ['Action', body.actions],
    ['NotAction', body.not_actions],
    ['Resource', policyVariables(body.resources)],
    ['NotResource', policyVariables(body.not_resources)],
    ['Principal', principals.length > 0 ? principal(principals) : undefined],
    ['NotPrincipal', notPrincipals.length > 0 ? principal(notPrincipals) : undefined],
    ['Condition', conditions.length > 0 ? condition(conditions) : undefined],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined && v !== null));
}

/** Whether every `type`, `test` and `variable` is written as a literal: the policy's keys, which cannot be unknown. */
function hasLiteralKeys(statements: readonly Body[], isUnresolved: (value: unknown) => boolean): boolean {
  return statements.every(s => [...blocks(s.principals), ...blocks(s.not_principals)].every(p => typeof p.type === 'string' && !isUnresolved(p.type))
    && blocks(s.condition).every(c => [c.test, c.variable].every(k => typeof k === 'string' && !isUnresolved(k))));
}

/**
 * The policy `value` is when it is the JSON of an `aws_iam_policy_document` of `r`'s module, built from its statements;
 * undefined when it is not, or when the document's statements cannot all be read (merged from other documents,
 * generated by `dynamic` blocks, or with a principal type or condition key unknown until apply).
 *
 * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document
 * @see https://github.com/hashicorp/terraform-provider-aws/blob/04e9356d7f061e7be1890e030f420c81a783d651/internal/service/iam/policy_document_data_source.go
 */
export function policyDocument(r: ResourceReading, value: unknown): Record<string, unknown> | undefined {
  const reference = typeof value === 'string' ? POLICY_DOCUMENT_JSON.exec(value)?.[1] : undefined;
  const document = reference === undefined ? undefined : dataSource(r, reference)?.arguments;
  if (document === undefined || MERGED_DOCUMENTS.some(a => document[a] !== undefined) || hasGeneratedBlocks(document)) return undefined;
  const statements = blocks(document.statement);
  if (!hasLiteralKeys(statements, r.context.isUnresolved)) return undefined;
  return { Version: document.version ?? '2012-10-17', ...document.policy_id !== undefined ? { Id: document.policy_id } : {}, Statement: statements.map(statement) };
}

/** A provider reference as written in HCL (`${aws.west}`) or JSON (`aws.west`); the default `aws` when absent. */
function providerOf(value: unknown): string {
  return typeof value === 'string' ? value.replace(/^\$\{\s*|\s*\}$/g, '') : 'aws';
}

/**
 * Whether `text` names the account of `r`'s own provider: an `aws_caller_identity` of `r`'s module with the same
 * provider as `r` (another provider, such as an alias, may sign in to another account).
 *
 * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/caller_identity
 */
export function namesOwnAccount(r: ResourceReading, text: string): boolean {
  const references = [...text.matchAll(CALLER_ACCOUNT)].map(m => m[1]);
  return references.length > 0 && references.every(reference => {
    const identity = dataSource(r, reference);
    return identity !== undefined && providerOf(identity.arguments.provider) === providerOf(r.properties.provider);
  });
}
