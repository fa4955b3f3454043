/**
 * The rules of `RedshiftEndpointAuthorization` (`AWS::Redshift::EndpointAuthorization`), each stated once.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeEndpointAccess.html
 */
import { ACCOUNT_ID_RULE } from './account-id';
import { GRANTEE_RULES, templateGrantee } from './grantee';
import { CLUSTER_IDENTIFIER_RULES, CLUSTER_IDENTIFIER_SOURCE } from './redshift-identifier';
import { countAtLeast, matches } from '../../core/rules';
import { RuleTable } from '../../core/validator';
import { ResourceTypeRules, listAttribute, setAttribute, textAttribute } from '../surfaces/attribute-checks';

export const REDSHIFT_ENDPOINT_AUTHORIZATION_RULES = {
  /** `Account`: the 12-digit grantee account. */
  account: [ACCOUNT_ID_RULE],

  /** `VpcIds` items (`^vpc-[A-Za-z0-9]{1,17}$`), each once; `[]` would read like the omitted list, which means all VPCs. */
  vpcIds: {
    list: [countAtLeast<string>(1, 'VPC', 'omit vpcIds to allow all VPCs of the account')],
    each: [matches(/^vpc-[A-Za-z0-9]{1,17}$/, 'be a VPC id: "vpc-" and 1–17 letters or digits')],
    unique: true,
  },
} satisfies RuleTable;

const AUTHORIZE_ENDPOINT_ACCESS = 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeEndpointAccess.html';

/** The authorization's rules on raw resources: CloudFormation's `AWS::Redshift::EndpointAuthorization` and the AWS provider's. */
export const REDSHIFT_ENDPOINT_AUTHORIZATION_RESOURCES = {
  'AWS::Redshift::EndpointAuthorization': {
    engine: 'cloudformation',
    attributes: [
      templateGrantee(textAttribute('Account', REDSHIFT_ENDPOINT_AUTHORIZATION_RULES.account, AUTHORIZE_ENDPOINT_ACCESS, GRANTEE_RULES)),
      textAttribute('ClusterIdentifier', CLUSTER_IDENTIFIER_RULES, CLUSTER_IDENTIFIER_SOURCE),
      listAttribute('VpcIds', REDSHIFT_ENDPOINT_AUTHORIZATION_RULES.vpcIds, AUTHORIZE_ENDPOINT_ACCESS),
    ],
  },
  'aws_redshift_endpoint_authorization': {
    engine: 'terraform',
    attributes: [
      textAttribute('account', REDSHIFT_ENDPOINT_AUTHORIZATION_RULES.account, AUTHORIZE_ENDPOINT_ACCESS, GRANTEE_RULES),
      textAttribute('cluster_identifier', CLUSTER_IDENTIFIER_RULES, CLUSTER_IDENTIFIER_SOURCE),
      setAttribute('vpc_ids', REDSHIFT_ENDPOINT_AUTHORIZATION_RULES.vpcIds, AUTHORIZE_ENDPOINT_ACCESS),
    ],
  },
} satisfies Record<string, ResourceTypeRules>;
