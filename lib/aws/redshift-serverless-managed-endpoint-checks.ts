/**
 * How `RedshiftServerlessManagedEndpoint` applies its rule table: the run-time shape of its props and the checks.
 * The rules themselves are data in the matching `-rules.ts`, which loads without an engine.
 */
import { isCfnWorkgroup, isVpc } from './private/engine-objects';
import type { SubnetSelection } from './private/subnet-selection';
import { SECURITY_GROUPS, checkSecurityGroups } from './redshift-managed-endpoint-checks';
import { REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES } from './redshift-serverless-managed-endpoint-rules';
import type { RedshiftServerlessManagedEndpointAttributes, RedshiftServerlessManagedEndpointProps } from './redshift-serverless-managed-endpoint-types';
import { integer, listOf, object, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';

/** The run-time shape of `RedshiftServerlessManagedEndpointProps`, for callers without TypeScript's checks. */
export const REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_PROPS = struct<RedshiftServerlessManagedEndpointProps>('RedshiftServerlessManagedEndpointProps', {
  endpointName: string(),
  workgroup: optional(object('a redshiftserverless.CfnWorkgroup', isCfnWorkgroup)),
  workgroupName: optional(string()),
  ownerAccount: optional(string()),
  vpc: optional(object('an ec2.IVpc', isVpc)),
  vpcSubnets: optional(object('an ec2.SubnetSelection')),
  subnetIds: optional(listOf(string(), 'subnet IDs')),
  securityGroups: optional(SECURITY_GROUPS),
});

/** The run-time shape of `RedshiftServerlessManagedEndpointAttributes`. */
export const REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_ATTRIBUTES = struct<RedshiftServerlessManagedEndpointAttributes>('RedshiftServerlessManagedEndpointAttributes', {
  endpointName: string(),
  endpointAddress: string(),
  port: optional(integer()),
  securityGroups: SECURITY_GROUPS,
});

const RULES = REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES;

/** Every rule on the props: names, the workgroup and its owner, the subnets and the security groups. */
export function checkRedshiftServerlessManagedEndpointProps(v: Validator, props: RedshiftServerlessManagedEndpointProps,
  selection: SubnetSelection): void {
  v.check('endpointName', props.endpointName, ...RULES.endpointName);
  v.exactlyOneOf(props, 'workgroupName', 'workgroup');
  v.check('workgroupName', props.workgroupName, ...RULES.workgroupName);
  v.check('ownerAccount', props.ownerAccount, ...RULES.ownerAccount);
  if (v.isLiteral(props.workgroup) && props.ownerAccount !== undefined) {
    v.fail('ownerAccount', props.ownerAccount, 'must not be given with workgroup: a workgroup of this app is in this stack\'s account '
      + '(give workgroupName for another account\'s workgroup)');
  }
  v.exactlyOneOf(props, 'subnetIds', 'vpc');
  if (props.vpcSubnets !== undefined && props.vpc === undefined) {
    v.fail('vpcSubnets', props.vpcSubnets, 'must be given only with vpc (they are subnets of vpc)');
  }
  if (props.securityGroups === undefined && props.vpc === undefined) {
    v.fail('securityGroups', undefined, 'must be given when vpc is not (a new security group needs a VPC)');
  }
  if (selection.error !== undefined) v.fail('vpcSubnets', props.vpcSubnets ?? {}, `must select subnets of vpc: ${selection.error}`);
  if (props.subnetIds !== undefined) v.checkList('subnetIds', props.subnetIds, RULES.subnetIds);
  else if (selection.subnets !== undefined) v.checkList('vpcSubnets', selection.subnets.subnetIds, RULES.subnetIds);
  // The security groups as for provisioned endpoints (EC2's `sg-` format, each once).
  checkSecurityGroups(v, props.securityGroups);
}
