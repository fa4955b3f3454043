/**
 * The rules of `RedshiftServerlessManagedEndpoint`, each stated once. Sources:
 * - CreateEndpointAccess (Redshift Serverless): https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateEndpointAccess.html
 * - the `WorkgroupName` and `OwnerAccount` shapes of the Redshift Serverless API model (botocore `redshift-serverless`)
 * - the CloudFormation registry schema of `AWS::RedshiftServerless::Workgroup` (its `SubnetIds` pattern)
 *
 * Where the sources state no limit (the number of subnets or security groups, duplicates in either list, whether
 * `ownerAccount` may be the caller's own account), there is no rule.
 */
import { ACCOUNT_ID } from './private/account';
import { isCfnWorkgroup, isVpc } from './private/engine-objects';
import { redshiftIdentifier } from './private/redshift-identifier';
import type { SubnetSelection } from './private/subnet-selection';
import { SECURITY_GROUPS, checkSecurityGroups } from './redshift-managed-endpoint-rules';
import type { RedshiftServerlessManagedEndpointAttributes, RedshiftServerlessManagedEndpointProps } from './redshift-serverless-managed-endpoint-types';
import { countAtLeast, lengthBetween, matches } from '../core/rules';
import { integer, listOf, object, optional, string, struct } from '../core/shapes';
import { RuleTable, Validator } from '../core/validator';


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

export const REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES = {
  /**
   * `endpointName`: 1–30 characters, a letter first, letters, digits and hyphens, no `--`, no hyphen at the end. The
   * API page allows upper case; the unreleased CloudFormation schema for these endpoints does not, and the service
   * has not been seen to take it, so lower case only.
   */
  endpointName: redshiftIdentifier({
    maxLength: 30,
    lowerCaseOnly: true,
    lowerCaseReason: 'the API page also allows upper case, which the service is not known to take',
  }),

  /** `WorkgroupName` (API model): 3–64 characters, `^[a-z0-9-]+$`. */
  workgroupName: [
    lengthBetween(3, 64),
    matches(/^[a-z0-9-]*$/, 'contain only lower-case letters, digits and hyphens'),
  ],

  /** `OwnerAccount` (API model): 1–12 characters matching `(\d{12})`, so exactly 12 digits. */
  ownerAccount: [ACCOUNT_ID],

  /**
   * `subnetIds` is required. Each ID as the `AWS::RedshiftServerless::Workgroup` schema checks its subnets
   * (`^subnet-[0-9a-fA-F]{8,}$`); the endpoint API states no format of its own.
   */
  subnetIds: {
    list: [countAtLeast<string>(1, 'subnet ID')],
    each: [matches(/^subnet-[0-9a-fA-F]{8,}$/, 'be a subnet ID: "subnet-" and at least 8 hexadecimal digits')],
  },

} satisfies RuleTable;

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
