/**
 * The rules of `RedshiftEndpointAuthorization` (`AWS::Redshift::EndpointAuthorization`), each stated once.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeEndpointAccess.html
 */
import { ACCOUNT_ID } from './private/account';
import type { RedshiftEndpointAuthorizationAttributes, RedshiftEndpointAuthorizationProps } from './redshift-endpoint-authorization-types';
import { matches, rule } from '../core/rules';
import { boolean, listOf, object, optional, string, struct } from '../core/shapes';
import { RuleTable } from '../core/validator';

/** The run-time shape of `RedshiftEndpointAuthorizationProps`, for callers without TypeScript's checks. */
export const REDSHIFT_ENDPOINT_AUTHORIZATION_PROPS = struct<RedshiftEndpointAuthorizationProps>('RedshiftEndpointAuthorizationProps', {
  clusterIdentifier: optional(string()),
  cluster: optional(object('a CfnCluster or a construct whose default child is one')),
  account: string(),
  vpcIds: optional(listOf(string())),
  forceRevoke: optional(boolean()),
});

/** The run-time shape of `RedshiftEndpointAuthorizationAttributes`, for callers without TypeScript's checks. */
export const REDSHIFT_ENDPOINT_AUTHORIZATION_ATTRIBUTES = struct<RedshiftEndpointAuthorizationAttributes>('RedshiftEndpointAuthorizationAttributes', {
  clusterIdentifier: string(),
  account: string(),
  clusterOwnerAccount: optional(string()),
});

export const REDSHIFT_ENDPOINT_AUTHORIZATION_RULES = {
  /** `Account`: the 12-digit grantee account. */
  account: [ACCOUNT_ID],

  /** `VpcIds` items (`^vpc-[A-Za-z0-9]{1,17}$`), each once; `[]` would read like the omitted list, which means all VPCs. */
  vpcIds: {
    list: [rule<readonly string[]>('must list at least one VPC: omit vpcIds to allow all VPCs of the account', v => v.length > 0)],
    each: [matches(/^vpc-[A-Za-z0-9]{1,17}$/, 'be a VPC id: "vpc-" and 1–17 letters or digits')],
    unique: true,
  },
} satisfies RuleTable;
