/**
 * A workgroup's resource policy as the grants share it: each grant owns one statement, known by its `Sid`, and
 * leaves every other statement as it found it, whoever put it there. A put replaces the whole policy, so every
 * change is read, changed and written back.
 *
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_PutResourcePolicy.html
 */
import { createHash } from 'crypto';

/** The actions the Redshift guide's cross-account example allows the grantee. */
export const ENDPOINT_ACTIONS = [
  'redshift-serverless:CreateEndpointAccess',
  'redshift-serverless:UpdateEndpointAccess',
  'redshift-serverless:DeleteEndpointAccess',
  'redshift-serverless:GetEndpointAccess',
];

export interface Statement {
  readonly Sid?: string;
  readonly [key: string]: unknown;
}

export interface PolicyDocument {
  readonly Version?: string;
  readonly Statement: Statement[];
  readonly [key: string]: unknown;
}

/** The `Sid` of the grant `logicalId` of stack `stackId`: letters and digits only, as IAM wants a Sid. */
export function grantSid(stackId: string, logicalId: string): string {
  return `PrivateAccessConstructs${createHash('sha256').update(`${stackId}|${logicalId}`).digest('hex').slice(0, 24)}`;
}

/**
 * The grant's statement, in the shape of the guide's example: the account as principal, the endpoint actions, any
 * Redshift Serverless resource in the workgroup's region, and the grantee's VPCs when only some are allowed.
 */
export function grantStatement(sid: string, workgroupArn: string, account: string, vpcIds: readonly string[] | undefined): Statement {
  const [, partition, , region] = workgroupArn.split(':');
  return {
    Sid: sid,
    Effect: 'Allow',
    Principal: { AWS: [account] },
    Action: ENDPOINT_ACTIONS,
    Resource: `arn:${partition}:redshift-serverless:*:*:*`,
    Condition: {
      StringEquals: { 'aws:RequestedRegion': region },
      ...(vpcIds !== undefined && vpcIds.length > 0 && { StringLike: { 'aws:SourceVpc': [...vpcIds] } }),
    },
  };
}

/** A policy as the API returns it (a JSON string, or nothing), with its statements always a list. */
export function parsePolicy(policyJson: string | undefined): PolicyDocument {
  if (policyJson === undefined || policyJson.trim() === '') return { Version: '2012-10-17', Statement: [] };
  const parsed = JSON.parse(policyJson) as { Statement?: Statement | Statement[] };
  const statements = parsed.Statement === undefined ? [] : Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
  return { ...parsed, Statement: statements };
}

/** The policy with the statement `sid` replaced by `statement`, or removed when `statement` is undefined. */
export function withStatement(policy: PolicyDocument, sid: string, statement: Statement | undefined): PolicyDocument {
  const others = policy.Statement.filter(s => s.Sid !== sid);
  return { ...policy, Version: policy.Version ?? '2012-10-17', Statement: statement === undefined ? others : [...others, statement] };
}

/**
 * Whether the policy has the statement `sid` (`present`) or not. Only its presence is compared: the service may write
 * a statement back in another form (principals as ARNs, a `Resource` of its own), and what is checked for is another
 * writer's put that dropped it.
 */
export function hasStatement(policy: PolicyDocument, sid: string): boolean {
  return policy.Statement.some(s => s.Sid === sid);
}

/**
 * A snapshot share's statement, in the shape of the PutResourcePolicy example: the accounts as principals and
 * `RestoreFromSnapshot`, with no `Resource` (the policy is the snapshot's own).
 */
export function restoreStatement(sid: string, accounts: readonly string[]): Statement {
  return { Sid: sid, Effect: 'Allow', Principal: { AWS: [...accounts] }, Action: ['redshift-serverless:RestoreFromSnapshot'] };
}
