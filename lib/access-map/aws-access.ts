/**
 * The access AWS resources give: Redshift endpoint grants and managed endpoints (CloudFormation, Terraform and the
 * library's Redshift Serverless custom resources), snapshot shares (the library's custom resources), and the
 * `AwsCustomResource` calls that authorize either. Keys are in `kms-access.ts`.
 */
import { AccessKind, MapEdge } from './model';
import { AccessReader, ResourceReading } from './reading';
import { Term } from './values';
import {
  SERVERLESS_ENDPOINT_RESOURCE_TYPE, SERVERLESS_GRANT_RESOURCE_TYPE, SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE,
} from '../aws/private/handlers/serverless/resource-types';
import { REDSHIFT_SERVERLESS_SERVICE, REDSHIFT_SERVICE, sdkAction } from '../rules/aws/sdk-call';
import { SHARE_ACTION, parseSnapshotArn } from '../rules/aws/snapshot-share';

/**
 * A grant to create managed endpoints: AuthorizeEndpointAccess (`AWS::Redshift::EndpointAuthorization`,
 * `aws_redshift_endpoint_authorization`) or the Serverless `PutResourcePolicy` grant of the library. No VPC IDs:
 * every VPC of the account.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeEndpointAccess.html
 */
export function endpointGrant(names: { account: string; target: string; vpcs: string }, kind: 'cluster' | 'workgroup'): AccessReader {
  return r => {
    const account = r.term(names.account);
    if (account === undefined) return;
    r.map.add(r.map.who('account', account), r.target(kind, names.target), 'endpoint', r.source(names.account),
      vpcLimit(r, names.vpcs, r.properties[names.vpcs]));
  };
}

/**
 * The VPCs an endpoint grant is limited to: none given, or an empty list, is every VPC. A whole list computed at deploy
 * (a parameter, a variable, a condition that may leave it out) may be empty, so the edge says so as a risk.
 */
function vpcLimit(r: ResourceReading, property: string, value: unknown): Pick<MapEdge, 'vpcs' | 'risks'> {
  const vpcs = r.terms(property, value).map(([t]) => t.text);
  if (vpcs.length === 0) return {};
  if (Array.isArray(value) || !r.context.isUnresolved(value)) return { vpcs };
  return { vpcs, risks: [`the VPCs are unknown until deploy, and none would allow every VPC: ${vpcs[0]}`] };
}

/**
 * A managed endpoint: it reaches a cluster or workgroup, of another account where an owner is named.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateEndpointAccess.html
 */
export function managedEndpoint(names: { name: string; target: string; owner: string }, kind: 'cluster' | 'workgroup'): AccessReader {
  return r => {
    const name = r.term(names.name);
    const target = r.term(names.target) ?? { text: `${r.resource.resource}.${names.target} (not set)`, known: false };
    const owner = r.term(names.owner);
    const endpoint = name === undefined ? r.self('endpoint') : r.map.what('endpoint', name);
    const reached = owner === undefined ? target : { ...target, text: `${owner.text}/${target.text}` };
    r.map.add(endpoint, r.map.what(kind, reached), 'endpoint', r.source(names.target));
  };
}

/** A snapshot as its identifiers or ARN name it: `<cluster>/<name>` (`*` for any cluster), or a Serverless snapshot's ID. */
function snapshotTerm(r: ResourceReading, values: Record<string, unknown>): Term {
  const arn = r.term('SnapshotArn', values.SnapshotArn);
  if (arn !== undefined) {
    const parts = arn.known && arn.resource === undefined ? parseSnapshotArn(arn.text) : undefined;
    if (parts === undefined) return arn;
    return { text: parts.serverless ? parts.name : `${parts.cluster}/${parts.name}`, known: true };
  }
  const name = r.term('SnapshotIdentifier', values.SnapshotIdentifier);
  const cluster = r.term('SnapshotClusterIdentifier', values.SnapshotClusterIdentifier);
  if (name === undefined) return { text: `${r.resource.resource} (no snapshot named)`, known: false };
  return { text: `${cluster?.text ?? '*'}/${name.text}`, known: name.known && (cluster?.known ?? true) };
}

/**
 * The library's snapshot shares: one resource per share, with its whole account set.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeSnapshotAccess.html
 */
export const snapshotShare: AccessReader = r => {
  const snapshot = r.map.what('snapshot', snapshotTerm(r, r.properties));
  for (const [account, property] of r.terms('Accounts')) {
    r.map.add(r.map.who('account', account), snapshot, 'restore', r.source(property));
  }
};

/** The SDK calls of an `AwsCustomResource` that give access, as aws-cdk-lib writes them. */
const ENDPOINT_ACTION = sdkAction('authorizeEndpointAccess');
const CREATE_ENDPOINT_ACTION = sdkAction('createEndpointAccess');
/** What stands for an intrinsic inside an SDK call that `Fn::Join` builds. */
const PLACEHOLDER = /@@pac(\d+)@@/g;

/** A `${...}` of `Fn::Sub`, or its escape `${!...}`, which stands for the literal text. */
const SUB_VARIABLE = /\$\{(!?)([^}]*)\}/g;

/**
 * The text of an `Fn::Sub` (`"text"` or `["text", { variables }]`) with each variable a placeholder, its intrinsic in
 * `intrinsics`: the variable's value where the list gives one, else `Ref` of a name or `Fn::GetAtt` of `Resource.Attribute`.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html
 */
function substituted(sub: unknown, intrinsics: unknown[]): string | undefined {
  const [text, variables] = Array.isArray(sub) ? sub : [sub, {}];
  if (typeof text !== 'string' || typeof variables !== 'object' || variables === null) return undefined;
  return text.replace(SUB_VARIABLE, (_whole, escape: string, name: string) => {
    if (escape) return `\${${name}}`;
    const given = (variables as Record<string, unknown>)[name];
    const dot = name.indexOf('.');
    const intrinsic = given ?? (dot < 0 ? { Ref: name } : { 'Fn::GetAtt': [name.slice(0, dot), name.slice(dot + 1)] });
    return `@@pac${intrinsics.push(intrinsic) - 1}@@`;
  });
}

/**
 * The call an `AwsCustomResource` makes on create or update: JSON text, or an `Fn::Join` or `Fn::Sub` of JSON text
 * and intrinsics, whose intrinsics come back where the call's values hold them.
 */
function sdkCall(value: unknown): { call: Record<string, unknown>; intrinsics: unknown[] } | undefined {
  let text = value;
  const intrinsics: unknown[] = [];
  const { 'Fn::Join': join, 'Fn::Sub': sub } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (Array.isArray(join) && Array.isArray(join[1])) {
    text = join[1].map(part => typeof part === 'string' ? part : `@@pac${intrinsics.push(part) - 1}@@`).join(String(join[0]));
  } else if (sub !== undefined) {
    text = substituted(sub, intrinsics);
  }
  if (typeof text !== 'string') return undefined;
  try {
    const call = JSON.parse(text);
    return typeof call === 'object' && call !== null ? { call, intrinsics } : undefined;
  } catch {
    return undefined;
  }
}

/** A value of an SDK call with its intrinsics put back: the intrinsic itself, or an `Fn::Join` of text and intrinsics. */
function withIntrinsics(value: unknown, intrinsics: readonly unknown[]): unknown {
  if (typeof value !== 'string' || !value.includes('@@pac')) return value;
  const whole = /^@@pac(\d+)@@$/.exec(value);
  if (whole) return intrinsics[Number(whole[1])];
  const parts: unknown[] = [];
  let last = 0;
  for (const match of value.matchAll(PLACEHOLDER)) {
    parts.push(value.slice(last, match.index), intrinsics[Number(match[1])]);
    last = match.index + match[0].length;
  }
  parts.push(value.slice(last));
  return { 'Fn::Join': ['', parts] };
}

/** The parameters of an SDK call as the map reads them, with the property each is written at. */
interface CallReading {
  readonly values: Record<string, unknown>;
  readonly at: (parameter: string) => string;
}

/** The access one SDK call gives. */
interface CallEdge {
  readonly from: string;
  readonly to: string;
  readonly how: AccessKind;
  readonly property: string;
  readonly limit?: Pick<MapEdge, 'vpcs' | 'risks'>;
}

/**
 * A CreateEndpointAccess call: the endpoint it names reaches the cluster or workgroup (of `ResourceOwner` or
 * `ownerAccount`, where another account owns it), as the endpoint resources do.
 */
function createdEndpoint(kind: 'cluster' | 'workgroup', names: { name: string; target: string; owner: string }) {
  return (r: ResourceReading, { values, at }: CallReading): CallEdge | undefined => {
    const name = r.term(at(names.name), values[names.name]);
    const target = r.term(at(names.target), values[names.target]) ?? { text: `${r.resource.resource} (no ${kind} named)`, known: false };
    const owner = r.term(at(names.owner), values[names.owner]);
    const reached = owner === undefined ? target : { ...target, text: `${owner.text}/${target.text}` };
    return { from: name === undefined ? r.self('endpoint') : r.map.what('endpoint', name), to: r.map.what(kind, reached), how: 'endpoint', property: at(names.target) };
  };
}

/**
 * The calls of an `AwsCustomResource` that give access, by service and action:
 * - AuthorizeSnapshotAccess: the account may restore the snapshot;
 * - AuthorizeEndpointAccess: the account may create managed endpoints to the cluster, in `VpcIds` (none: every VPC);
 * - CreateEndpointAccess, of Redshift or Redshift Serverless: the endpoint reaches the cluster or workgroup.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeSnapshotAccess.html
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeEndpointAccess.html
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateEndpointAccess.html
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateEndpointAccess.html
 */
const ACCESS_CALLS: ReadonlyArray<readonly [RegExp, RegExp, (r: ResourceReading, call: CallReading) => CallEdge | undefined]> = [
  [REDSHIFT_SERVICE, SHARE_ACTION, (r, { values, at }) => {
    const account = r.term(at('AccountWithRestoreAccess'), values.AccountWithRestoreAccess);
    if (account === undefined) return undefined;
    return { from: r.map.who('account', account), to: r.map.what('snapshot', snapshotTerm(r, values)), how: 'restore', property: at('AccountWithRestoreAccess') };
  }],
  [REDSHIFT_SERVICE, ENDPOINT_ACTION, (r, { values, at }) => {
    const account = r.term(at('Account'), values.Account);
    if (account === undefined) return undefined;
    const cluster = r.term(at('ClusterIdentifier'), values.ClusterIdentifier) ?? { text: `${r.resource.resource} (no cluster named)`, known: false };
    return { from: r.map.who('account', account), to: r.map.what('cluster', cluster), how: 'endpoint', property: at('Account'), limit: vpcLimit(r, at('VpcIds'), values.VpcIds) };
  }],
  [REDSHIFT_SERVICE, CREATE_ENDPOINT_ACTION, createdEndpoint('cluster', { name: 'EndpointName', target: 'ClusterIdentifier', owner: 'ResourceOwner' })],
  [REDSHIFT_SERVERLESS_SERVICE, CREATE_ENDPOINT_ACTION, createdEndpoint('workgroup', { name: 'endpointName', target: 'workgroupName', owner: 'ownerAccount' })],
];

/**
 * An `AwsCustomResource` (`Custom::AWS`, or the `resourceType` it was given) whose create or update call gives access
 * to a Redshift snapshot, cluster or Serverless workgroup.
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources.AwsCustomResource.html
 */
export const awsCustomResource: AccessReader = r => {
  const seen = new Set<string>();
  for (const attribute of ['Create', 'Update']) {
    const read = sdkCall(r.properties[attribute]);
    if (read === undefined) continue;
    const [service, action] = [String(read.call.service), String(read.call.action)];
    const reader = ACCESS_CALLS.find(([calls, does]) => calls.test(service) && does.test(action))?.[2];
    const parameters = (read.call.parameters ?? {}) as Record<string, unknown>;
    const values = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, withIntrinsics(v, read.intrinsics)]));
    const edge = reader?.(r, { values, at: parameter => `${attribute}.parameters.${parameter}` });
    if (edge === undefined) continue;
    // The update call usually repeats the create call: one edge for both.
    const key = [edge.from, edge.how, edge.to, ...edge.limit?.vpcs ?? []].join('\0');
    if (seen.has(key)) continue;
    seen.add(key);
    r.map.add(edge.from, edge.to, edge.how, r.source(edge.property), edge.limit);
  }
};

/** The AWS resource types and their readers. */
export const AWS_READERS: Readonly<Record<string, AccessReader>> = {
  'AWS::Redshift::EndpointAuthorization': endpointGrant({ account: 'Account', target: 'ClusterIdentifier', vpcs: 'VpcIds' }, 'cluster'),
  'AWS::Redshift::EndpointAccess': managedEndpoint({ name: 'EndpointName', target: 'ClusterIdentifier', owner: 'ResourceOwner' }, 'cluster'),
  'aws_redshift_endpoint_authorization': endpointGrant({ account: 'account', target: 'cluster_identifier', vpcs: 'vpc_ids' }, 'cluster'),
  'aws_redshift_endpoint_access': managedEndpoint({ name: 'endpoint_name', target: 'cluster_identifier', owner: 'resource_owner' }, 'cluster'),
  [SERVERLESS_GRANT_RESOURCE_TYPE]: endpointGrant({ account: 'Account', target: 'WorkgroupName', vpcs: 'VpcIds' }, 'workgroup'),
  [SERVERLESS_ENDPOINT_RESOURCE_TYPE]: managedEndpoint({ name: 'EndpointName', target: 'WorkgroupName', owner: 'OwnerAccount' }, 'workgroup'),
  'Custom::RedshiftSnapshotShare': snapshotShare,
  [SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE]: snapshotShare,
};
