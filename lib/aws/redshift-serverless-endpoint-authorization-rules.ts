/**
 * The rules of `RedshiftServerlessEndpointAuthorization`, each stated once. The grant is a statement of the
 * workgroup's resource policy (PutResourcePolicy), as the Redshift management guide shows for cross-account endpoints.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-connecting.html
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_PutResourcePolicy.html
 */
import { ACCOUNT_ID } from './private/account';
import { isCfnWorkgroup } from './private/engine-objects';
import { REDSHIFT_ENDPOINT_AUTHORIZATION_RULES } from './redshift-endpoint-authorization-rules';
import type { RedshiftServerlessEndpointAuthorizationProps } from './redshift-serverless-endpoint-authorization-types';
import { REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES } from './redshift-serverless-managed-endpoint-rules';
import { listOf, object, optional, string, struct } from '../core/shapes';
import { RuleTable, Validator } from '../core/validator';

/** The run-time shape of `RedshiftServerlessEndpointAuthorizationProps`, for callers without TypeScript's checks. */
export const REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_PROPS = struct<RedshiftServerlessEndpointAuthorizationProps>(
  'RedshiftServerlessEndpointAuthorizationProps', {
    workgroup: optional(object('a redshiftserverless.CfnWorkgroup', isCfnWorkgroup)),
    workgroupName: optional(string()),
    account: string(),
    vpcIds: optional(listOf(string(), 'VPC IDs')),
  });

export const REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_RULES = {
  /** The workgroup's name, as for endpoints. */
  workgroupName: REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES.workgroupName,
  /** The grantee: a 12-digit account (the guide's console asks for the "12-digit ID"). */
  account: [ACCOUNT_ID],
  /** The grantee's VPCs, as for provisioned authorizations: omitting them allows all, an empty list is refused. */
  vpcIds: REDSHIFT_ENDPOINT_AUTHORIZATION_RULES.vpcIds,
} satisfies RuleTable;

const RULES = REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_RULES;

/** Every rule on the props. */
export function checkRedshiftServerlessEndpointAuthorizationProps(v: Validator, props: RedshiftServerlessEndpointAuthorizationProps): void {
  v.exactlyOneOf(props, 'workgroupName', 'workgroup');
  v.check('workgroupName', props.workgroupName, ...RULES.workgroupName);
  v.check('account', props.account, ...RULES.account);
  v.checkList('vpcIds', props.vpcIds, RULES.vpcIds);
}
