/**
 * How `RedshiftServerlessEndpointAuthorization` applies its rule table: the run-time shape of its props and the
 * checks.
 * The rules themselves are data in the rules layer (`lib/rules/`), which loads without an engine.
 */
import { Stack, aws_redshiftserverless as redshiftserverless } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { isCfnWorkgroup } from './private/engine-objects';
import { literalAcrossStacks, ownerAccountOf } from './private/owner-environment';
import type { RedshiftServerlessEndpointAuthorizationProps } from './redshift-serverless-endpoint-authorization-types';
import { listOf, object, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';
import { REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_RULES } from '../rules/aws/redshift-serverless-endpoint-authorization';

/** The run-time shape of `RedshiftServerlessEndpointAuthorizationProps`, for callers without TypeScript's checks. */
export const REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_PROPS = struct<RedshiftServerlessEndpointAuthorizationProps>(
  'RedshiftServerlessEndpointAuthorizationProps', {
    workgroup: optional(object('a redshiftserverless.CfnWorkgroup', isCfnWorkgroup)),
    workgroupName: optional(string()),
    account: string(),
    vpcIds: optional(listOf(string(), 'VPC IDs')),
  });

const RULES = REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_RULES;

/** Every rule on the props. */
export function checkRedshiftServerlessEndpointAuthorizationProps(v: Validator, grant: IConstruct,
  props: RedshiftServerlessEndpointAuthorizationProps): void {
  v.exactlyOneOf(props, 'workgroupName', 'workgroup');
  v.check('workgroupName', props.workgroupName, ...RULES.workgroupName);
  if (v.isLiteral(props.workgroup)) checkWorkgroupOwner(v, grant, props.workgroup);
  v.check('account', props.account, ...RULES.account);
  v.checkList('vpcIds', props.vpcIds, RULES.vpcIds);
}

/**
 * PutResourcePolicy sets the policy of a workgroup of the caller's account, in the region it is called in: a workgroup
 * of the app must be in this stack's account and region. Its literal name is rendered when it is in another stack.
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_PutResourcePolicy.html
 */
function checkWorkgroupOwner(v: Validator, grant: IConstruct, workgroup: redshiftserverless.CfnWorkgroup): void {
  v.check('workgroup.workgroupName', literalAcrossStacks(grant, workgroup, workgroup.workgroupName), ...RULES.workgroupName);
  const own = Stack.of(grant).account;
  const owner = ownerAccountOf(v, grant, {
    property: 'workgroup',
    value: workgroup,
    sameRegionBecause: 'make the grant in a stack of the workgroup\'s region (PutResourcePolicy sets the policy of a '
      + 'workgroup of the region it is called in)',
    whenUnknown: 'give both stacks an env with a literal account and region, or name the workgroup by workgroupName',
  });
  if (owner !== undefined && owner !== own) {
    v.fail('workgroup', workgroup, `is in account ${v.render(owner)}, not in this stack's account (${v.render(own)}): make the `
      + 'grant in a stack of the workgroup\'s account (only its owner can set its resource policy)');
  }
}
