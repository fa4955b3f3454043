/**
 * How `RedshiftManagedEndpoint` applies its rule table: the run-time shape of its props, and the checks that need the
 * app (the network, the cluster, the authorization's accounts).
 * The rules themselves are data in the rules layer (`lib/rules/`), which loads without an engine.
 */
import { Stack, Token, aws_ec2 as ec2 } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { isEndpointAuthorization, isSecurityGroup, isVpc } from './private/engine-objects';
import { OwnedResource, ownerAccountOf } from './private/owner-environment';
import { cfnClusterOf, checkClusterChoice, checkClusterPrerequisites, checkClusterReference, clusterChoiceOf, otherCluster } from './private/redshift-cluster';
import type { SubnetSelection } from './private/subnet-selection';
import type { IRedshiftEndpointAuthorization } from './redshift-endpoint-authorization-types';
import type { RedshiftManagedEndpointAttributes, RedshiftManagedEndpointProps } from './redshift-managed-endpoint-types';
import { integer, listOf, object, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';
import { DEFAULT_PORT } from '../rules/aws/endpoint-port';
import { REDSHIFT_MANAGED_ENDPOINT_RULES } from '../rules/aws/redshift-managed-endpoint';

/** The run-time shape of `RedshiftManagedEndpointProps`, for callers without TypeScript's checks. */
/** Security groups are objects the construct reads (their IDs, their connections): a token cannot stand for them. */
export const SECURITY_GROUPS = listOf(object('an ec2.ISecurityGroup', isSecurityGroup), 'security groups', {
  literalBecause: 'for IDs from a parameter, give ec2.SecurityGroup.fromSecurityGroupId(scope, id, Fn.select(i, ids)) for each',
});

export const REDSHIFT_MANAGED_ENDPOINT_PROPS = struct<RedshiftManagedEndpointProps>('RedshiftManagedEndpointProps', {
  clusterIdentifier: optional(string()),
  cluster: optional(object('a CfnCluster or a construct whose default child is one')),
  endpointName: string(),
  subnetGroupName: optional(string()),
  vpc: optional(object('an ec2.IVpc', isVpc)),
  vpcSubnets: optional(object('an ec2.SubnetSelection')),
  securityGroups: optional(SECURITY_GROUPS),
  resourceOwner: optional(string()),
  authorization: optional(object('an IRedshiftEndpointAuthorization', isEndpointAuthorization)),
  port: optional(integer()),
});

/** The run-time shape of `RedshiftManagedEndpointAttributes`, for callers without TypeScript's checks. */
export const REDSHIFT_MANAGED_ENDPOINT_ATTRIBUTES = struct<RedshiftManagedEndpointAttributes>('RedshiftManagedEndpointAttributes', {
  endpointName: string(),
  endpointAddress: string(),
  port: optional(integer()),
  securityGroups: SECURITY_GROUPS,
});

/**
 * Every rule on the props of `endpoint`, with the cluster's prerequisites when the cluster is in this app. Returns the
 * account that owns the cluster when it is known at synth from the cluster's stack or the authorization and is not
 * this stack's: the default `ResourceOwner`.
 */
export function checkRedshiftManagedEndpointProps(v: Validator, endpoint: Construct, props: RedshiftManagedEndpointProps,
  selection: SubnetSelection): string | undefined {
  const cluster = cfnClusterOf(props.cluster);
  checkClusterChoice(v, props);
  checkClusterReference(v, endpoint, props);
  v.check('resourceOwner', props.resourceOwner, ...REDSHIFT_MANAGED_ENDPOINT_RULES.resourceOwner);
  v.check('subnetGroupName', props.subnetGroupName, ...REDSHIFT_MANAGED_ENDPOINT_RULES.subnetGroupName);
  checkNetwork(v, props, selection);
  checkEndpoint(v, props.endpointName, props.port, props.securityGroups);
  if (cluster) checkClusterPrerequisites(v, cluster, props.port ?? cluster.port ?? DEFAULT_PORT);
  return checkOwner(v, endpoint, props);
}

/**
 * CreateEndpointAccess has no region parameter: it looks for the cluster in the region it is called in.
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateEndpointAccess.html
 */
const ENDPOINT_REGION = 'create the endpoint in a stack of the cluster\'s region (CreateEndpointAccess has no region '
  + 'parameter: it looks for the cluster in the region it is called in)';

/**
 * The cluster's owner, from the cluster's stack and the authorization, against `resourceOwner`: returns the owner's
 * account when it is literal and not this stack's.
 */
function checkOwner(v: Validator, endpoint: Construct, props: RedshiftManagedEndpointProps): string | undefined {
  const own = Stack.of(endpoint).account;
  const cluster: OwnedResource | undefined = cfnClusterOf(props.cluster) === undefined ? undefined : {
    property: 'cluster',
    value: props.cluster!,
    sameRegionBecause: ENDPOINT_REGION,
    whenUnknown: 'give both stacks an env with a literal account and region (aws-cdk-lib needs them for any reference '
      + 'between the stacks), or name the cluster by clusterIdentifier (and resourceOwner, for another account\'s cluster)',
  };
  const clusterAccount = cluster && ownerAccountOf(v, endpoint, cluster);
  const grantor = props.authorization && checkAuthorization(v, endpoint, props.authorization, clusterAccount);
  const owner = clusterAccount ?? grantor;
  const resourceOwner = props.resourceOwner;
  if (v.isLiteral(resourceOwner) && owner !== undefined && resourceOwner !== owner) {
    v.fail('resourceOwner', resourceOwner, clusterAccount !== undefined
      ? `must be the account of the cluster's stack (${v.render(clusterAccount)}), or be left out: it is taken from there`
      : `must be the account of the authorization's cluster owner (${v.render(owner)})`);
  }
  const grantorUnknown = props.authorization !== undefined && Token.isUnresolved(props.authorization.env.account);
  if (grantorUnknown && v.isLiteral(own) && owner === undefined && resourceOwner === undefined) {
    // An environment-agnostic stack's account, not this stack's: the cluster is in another account, but which is unknown.
    v.fail('resourceOwner', undefined, `must be given: the authorization ${v.render(props.authorization!.node.path)} is in a `
      + 'stack whose account is not known at synth, so the account that owns the cluster cannot be taken from it (or give '
      + 'that stack an env with a literal account)');
  }
  if (props.authorization) checkAuthorizedCluster(v, props, props.authorization);
  return owner !== undefined && owner !== own ? owner : undefined;
}

/** The rules an endpoint and an imported endpoint share. */
export function checkEndpoint(v: Validator, endpointName: string, port: number | undefined,
  securityGroups: ec2.ISecurityGroup[] | undefined): void {
  v.check('endpointName', endpointName, ...REDSHIFT_MANAGED_ENDPOINT_RULES.endpointName);
  v.check('port', port, ...REDSHIFT_MANAGED_ENDPOINT_RULES.port);
  checkSecurityGroups(v, securityGroups);
}

/** The IDs of a managed endpoint's security groups (provisioned or Serverless). */
export function checkSecurityGroups(v: Validator, securityGroups: ec2.ISecurityGroup[] | undefined): void {
  if (!v.isLiteral(securityGroups)) return;
  v.checkList('securityGroups', securityGroups.map(sg => sg.securityGroupId), REDSHIFT_MANAGED_ENDPOINT_RULES.securityGroupIds);
}

/**
 * Where the endpoint goes: an existing subnet group, or subnets of `vpc`; its security groups, or a new one in `vpc`.
 */
function checkNetwork(v: Validator, props: RedshiftManagedEndpointProps, { subnets, error: selectionError }: SubnetSelection): void {
  const { subnetGroupName, vpc, vpcSubnets, securityGroups } = props;
  if (subnetGroupName === undefined && vpc === undefined) {
    v.fail('subnetGroupName', undefined, 'must be given when vpc is not (give subnetGroupName, or vpc and optionally vpcSubnets)');
  }
  if (vpcSubnets !== undefined && vpc === undefined) {
    v.fail('vpcSubnets', vpcSubnets, 'must be given only with vpc (they are subnets of vpc)');
  }
  if (vpcSubnets !== undefined && subnetGroupName !== undefined) {
    v.fail('vpcSubnets', vpcSubnets, `must not be given together with subnetGroupName ${v.render(subnetGroupName)}: `
      + 'the subnet group already names the subnets');
  }
  if (securityGroups === undefined && vpc === undefined) {
    v.fail('securityGroups', undefined, 'must be given when vpc is not (a new security group needs a VPC)');
  }
  if (selectionError !== undefined) {
    v.fail('vpcSubnets', vpcSubnets ?? {}, `must select subnets of vpc: ${selectionError}`);
  }
  if (subnets !== undefined) {
    v.checkList('vpcSubnets', subnets.subnetIds, REDSHIFT_MANAGED_ENDPOINT_RULES.subnets);
    const zones = subnets.subnets.map(s => s.availabilityZone);
    if (zones.length > 0 && zones.every(z => v.isLiteral(z))) {
      v.check('vpcSubnets', [...new Set(zones)], ...REDSHIFT_MANAGED_ENDPOINT_RULES.subnetAvailabilityZones);
    }
  }
}

/**
 * Both sides of a cross-account endpoint must name the same accounts and region, where that is known at synth.
 * Returns the authorization's literal account (the grantor: the cluster's owner).
 */
function checkAuthorization(v: Validator, endpoint: Construct, authorization: IRedshiftEndpointAuthorization,
  clusterAccount: string | undefined): string | undefined {
  const own = Stack.of(endpoint);
  if (v.isLiteral(own.account) && v.isLiteral(authorization.account) && own.account !== authorization.account) {
    v.fail('authorization', authorization.node.path, `authorizes account ${v.render(authorization.account)}, not this endpoint's account (${v.render(own.account)})`);
  }
  const { account: grantor, region } = authorization.env;
  if (v.isLiteral(region) && v.isLiteral(own.region) && region !== own.region) {
    v.fail('authorization', authorization.node.path, `is in region ${v.render(region)}, not in this stack's region (${v.render(own.region)}): `
      + 'it authorizes a cluster of its own region, and the endpoint must be created in that region');
  }
  if (clusterAccount !== undefined && v.isLiteral(grantor) && grantor !== clusterAccount) {
    v.fail('authorization', authorization.node.path, `is made by account ${v.render(grantor)}, not by the account of the cluster's stack `
      + `(${v.render(clusterAccount)}): only the cluster's owner can authorize access to it`);
  }
  return Token.isUnresolved(grantor) ? undefined : grantor;
}

/** The endpoint's cluster must be the authorization's: by their literal identifiers, or as the same `CfnCluster`. */
function checkAuthorizedCluster(v: Validator, props: RedshiftManagedEndpointProps, authorization: IRedshiftEndpointAuthorization): void {
  const other = otherCluster(props, clusterChoiceOf(authorization));
  if (other !== undefined) {
    const property = props.cluster !== undefined ? 'cluster' : 'clusterIdentifier';
    v.fail(property, props[property], `must be the cluster of the authorization (${v.render(other)})`);
  }
}
