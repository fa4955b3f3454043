/**
 * How `RedshiftManagedEndpoint` applies its rule table: the run-time shape of its props, and the checks that need the
 * app (the network, the cluster, the authorization's accounts).
 * The rules themselves are data in the matching `-rules.ts`, which loads without an engine.
 */
import { Stack, aws_ec2 as ec2 } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { DEFAULT_PORT } from './private/endpoint-port';
import { isEndpointAuthorization, isSecurityGroup, isVpc } from './private/engine-objects';
import { cfnClusterOf, checkClusterChoice, checkClusterPrerequisites } from './private/redshift-cluster';
import type { IRedshiftEndpointAuthorization } from './redshift-endpoint-authorization-types';
import { REDSHIFT_MANAGED_ENDPOINT_RULES } from './redshift-managed-endpoint-rules';
import type { RedshiftManagedEndpointAttributes, RedshiftManagedEndpointProps } from './redshift-managed-endpoint-types';
import { integer, listOf, object, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';
import type { SubnetSelection } from './private/subnet-selection';

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

/** Every rule on the props of `endpoint`, with the cluster's prerequisites when the cluster is in this app. */
export function checkRedshiftManagedEndpointProps(v: Validator, endpoint: Construct, props: RedshiftManagedEndpointProps,
  selection: SubnetSelection): void {
  const cluster = cfnClusterOf(props.cluster);
  checkClusterChoice(v, props);
  v.check('resourceOwner', props.resourceOwner, ...REDSHIFT_MANAGED_ENDPOINT_RULES.resourceOwner);
  v.check('subnetGroupName', props.subnetGroupName, ...REDSHIFT_MANAGED_ENDPOINT_RULES.subnetGroupName);
  checkNetwork(v, props, selection);
  checkEndpoint(v, props.endpointName, props.port, props.securityGroups);
  if (props.authorization) checkAuthorization(v, endpoint, props, props.authorization);
  if (cluster) checkClusterPrerequisites(v, cluster, props.port ?? cluster.port ?? DEFAULT_PORT);
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

/** Both sides of a cross-account endpoint must name the same accounts and cluster, where that is known at synth. */
function checkAuthorization(v: Validator, endpoint: Construct, props: RedshiftManagedEndpointProps,
  authorization: IRedshiftEndpointAuthorization): void {
  const own = Stack.of(endpoint).account;
  if (v.isLiteral(own) && v.isLiteral(authorization.account) && own !== authorization.account) {
    v.fail('authorization', authorization.node.path,
      `authorizes account ${v.render(authorization.account)}, not this endpoint's account (${v.render(own)})`);
  }
  const owner = authorization.env.account;
  if (v.isLiteral(props.resourceOwner) && v.isLiteral(owner) && props.resourceOwner !== owner) {
    v.fail('resourceOwner', props.resourceOwner, `must be the account of the authorization's cluster owner (${v.render(owner)})`);
  }
  const cluster = props.clusterIdentifier;
  if (v.isLiteral(cluster) && v.isLiteral(authorization.clusterIdentifier) && cluster !== authorization.clusterIdentifier) {
    v.fail('clusterIdentifier', cluster, `must be the cluster of the authorization (${v.render(authorization.clusterIdentifier)})`);
  }
}
