/**
 * The rules of `RedshiftServerlessEndpointAuthorization`, each stated once. The grant is a statement of the
 * workgroup's resource policy (PutResourcePolicy), as the Redshift management guide shows for cross-account endpoints.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-connecting.html
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_PutResourcePolicy.html
 */
import { ACCOUNT_ID_RULE } from './account-id';
import { REDSHIFT_ENDPOINT_AUTHORIZATION_RULES } from './redshift-endpoint-authorization';
import { REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES } from './redshift-serverless-managed-endpoint';
import { RuleTable } from '../../core/validator';
import { ResourceTypeRules, customResourceRules, listAttribute, textAttribute } from '../surfaces/attribute-checks';

export const REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_RULES = {
  /** The workgroup's name, as for endpoints. */
  workgroupName: REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES.workgroupName,
  /** The grantee: a 12-digit account (the guide's console asks for the "12-digit ID"). */
  account: [ACCOUNT_ID_RULE],
  /** The grantee's VPCs, as for provisioned authorizations: omitting them allows all, an empty list is refused. */
  vpcIds: REDSHIFT_ENDPOINT_AUTHORIZATION_RULES.vpcIds,
} satisfies RuleTable;

/** A workgroup's or a Serverless snapshot's resource policy, whose statements grant and share. */
export const PUT_RESOURCE_POLICY = 'https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_PutResourcePolicy.html';

/**
 * The grant's rules on raw resources: the custom resource `RedshiftServerlessEndpointAuthorization` writes (CloudFormation
 * has no resource for a workgroup's resource policy), which a template may carry changed by an escape hatch.
 */
export const REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_RESOURCES = {
  'Custom::RedshiftServerlessEndpointAuthorization': customResourceRules('the custom resource of a RedshiftServerlessEndpointAuthorization', [
    textAttribute('WorkgroupName', REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_RULES.workgroupName, PUT_RESOURCE_POLICY),
    textAttribute('Account', REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_RULES.account, PUT_RESOURCE_POLICY),
    listAttribute('VpcIds', REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_RULES.vpcIds, PUT_RESOURCE_POLICY),
  ]),
} satisfies Record<string, ResourceTypeRules>;
