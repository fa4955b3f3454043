/**
 * How `RedshiftServerlessManagedEndpoint` applies its rule table: the run-time shape of its props and the checks.
 * The rules themselves are data in the rules layer (`lib/rules/`), which loads without an engine.
 */
import { Stack, aws_redshiftserverless as redshiftserverless } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { isCfnWorkgroup, isVpc } from './private/engine-objects';
import { comparableEnvironments, literalAcrossStacks, ownerAccountOf } from './private/owner-environment';
import type { SubnetSelection } from './private/subnet-selection';
import { SECURITY_GROUPS, checkSecurityGroups } from './redshift-managed-endpoint-checks';
import type { RedshiftServerlessManagedEndpointAttributes, RedshiftServerlessManagedEndpointProps } from './redshift-serverless-managed-endpoint-types';
import { integer, listOf, object, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';
import { REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES } from '../rules/aws/redshift-serverless-managed-endpoint';

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

/**
 * Every rule on the props: names, the workgroup and its owner, the subnets and the security groups. Returns the account
 * of the workgroup's stack when it is literal and not this stack's: the default `OwnerAccount`.
 */
export function checkRedshiftServerlessManagedEndpointProps(v: Validator, endpoint: IConstruct, props: RedshiftServerlessManagedEndpointProps,
  selection: SubnetSelection): string | undefined {
  v.check('endpointName', props.endpointName, ...RULES.endpointName);
  v.exactlyOneOf(props, 'workgroupName', 'workgroup');
  v.check('workgroupName', props.workgroupName, ...RULES.workgroupName);
  v.check('ownerAccount', props.ownerAccount, ...RULES.ownerAccount);
  const owner = v.isLiteral(props.workgroup) ? checkWorkgroupOwner(v, endpoint, props.workgroup, props.ownerAccount) : undefined;
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
  return owner;
}

/**
 * A workgroup of the app: in this stack's region (CreateEndpointAccess has no region parameter), and in this stack's
 * account or, by its stack's literal env, another one, which `ownerAccount` must then name if given. Its literal name
 * is rendered when it is in another stack, so it must be a workgroup name.
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateEndpointAccess.html
 */
function checkWorkgroupOwner(v: Validator, endpoint: IConstruct, workgroup: redshiftserverless.CfnWorkgroup,
  ownerAccount: string | undefined): string | undefined {
  v.check('workgroup.workgroupName', literalAcrossStacks(endpoint, workgroup, workgroup.workgroupName), ...RULES.workgroupName);
  const own = Stack.of(endpoint).account;
  const owner = ownerAccountOf(v, endpoint, {
    property: 'workgroup',
    value: workgroup,
    sameRegionBecause: 'create the endpoint in a stack of the workgroup\'s region (CreateEndpointAccess has no region '
      + 'parameter: it looks for the workgroup in the region it is called in)',
    whenUnknown: 'give both stacks an env with a literal account and region (aws-cdk-lib needs them for any reference '
      + 'between the stacks), or name the workgroup by workgroupName (and ownerAccount, for another account\'s workgroup)',
  });
  const other = owner !== undefined && owner !== own ? owner : undefined;
  if (ownerAccount === undefined || !comparableEnvironments(Stack.of(endpoint), Stack.of(workgroup))) return other;
  if (other === undefined) {
    v.fail('ownerAccount', ownerAccount, `must not be given with workgroup ${v.render(workgroup)}, which is in this stack's account `
      + '(give workgroupName for another account\'s workgroup)');
  } else if (v.isLiteral(ownerAccount) && ownerAccount !== other) {
    v.fail('ownerAccount', ownerAccount, `must be the account of the workgroup's stack (${v.render(other)}), or be left out: `
      + 'it is taken from there');
  }
  return other;
}
