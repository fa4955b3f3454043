/**
 * How `RedshiftServerlessEndpointAuthorization` applies its rule table: the run-time shape of its props and the
 * checks.
 * The rules themselves are data in the matching `-rules.ts`, which loads without an engine.
 */
import { isCfnWorkgroup } from './private/engine-objects';
import { REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_RULES } from './redshift-serverless-endpoint-authorization-rules';
import type { RedshiftServerlessEndpointAuthorizationProps } from './redshift-serverless-endpoint-authorization-types';
import { listOf, object, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';

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
export function checkRedshiftServerlessEndpointAuthorizationProps(v: Validator, props: RedshiftServerlessEndpointAuthorizationProps): void {
  v.exactlyOneOf(props, 'workgroupName', 'workgroup');
  v.check('workgroupName', props.workgroupName, ...RULES.workgroupName);
  v.check('account', props.account, ...RULES.account);
  v.checkList('vpcIds', props.vpcIds, RULES.vpcIds);
}
