/**
 * The rules of `RedshiftEndpointAuthorization` (`AWS::Redshift::EndpointAuthorization`), each stated once.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeEndpointAccess.html
 */
import { IConstruct } from 'constructs';
import { ACCOUNT_ID, checkNotOwnAccount, claimGrant } from './private/account';
import { cfnClusterOf, checkClusterChoice, checkClusterPrerequisites } from './private/redshift-cluster';
import type { RedshiftEndpointAuthorizationAttributes, RedshiftEndpointAuthorizationProps } from './redshift-endpoint-authorization-types';
import { countAtLeast, matches } from '../core/rules';
import { boolean, listOf, object, optional, string, struct } from '../core/shapes';
import { RuleTable, Validator } from '../core/validator';

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
    list: [countAtLeast<string>(1, 'VPC', 'omit vpcIds to allow all VPCs of the account')],
    each: [matches(/^vpc-[A-Za-z0-9]{1,17}$/, 'be a VPC id: "vpc-" and 1–17 letters or digits')],
    unique: true,
  },
} satisfies RuleTable;

/** Every rule on the props of `authorization`, with the cluster's prerequisites when the cluster is in this app. */
export function checkRedshiftEndpointAuthorizationProps(v: Validator, authorization: IConstruct, props: RedshiftEndpointAuthorizationProps): void {
  const rules = REDSHIFT_ENDPOINT_AUTHORIZATION_RULES;
  const cluster = cfnClusterOf(props.cluster);
  checkClusterChoice(v, props);
  v.check('account', props.account, ...rules.account);
  checkNotOwnAccount(v, authorization, 'account', props.account);
  v.checkList('vpcIds', props.vpcIds, rules.vpcIds);
  // Two authorizations of one cluster for one account: removing either revokes the access both stand for.
  const other = claimGrant(authorization, 'endpoint-authorization', [props.clusterIdentifier ?? cluster?.ref, props.account]);
  if (other !== undefined) {
    v.fail('account', props.account, `is already authorized for this cluster by ${other}: removing either authorization `
      + 'would revoke the access of both (authorize each account once per cluster)');
  }
  if (cluster) checkClusterPrerequisites(v, cluster);
}
