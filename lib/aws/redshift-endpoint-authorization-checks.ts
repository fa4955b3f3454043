/**
 * How `RedshiftEndpointAuthorization` applies its rule table: the run-time shape of its props, and the checks that
 * need the app (the cluster, the stack's own account).
 * The rules themselves are data in the rules layer (`lib/rules/`), which loads without an engine.
 */
import { Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { checkNotOwnAccount, claimGrant } from './private/account';
import { ownerAccountOf } from './private/owner-environment';
import { cfnClusterOf, checkClusterChoice, checkClusterPrerequisites, checkClusterReference, knownClusterIdentifier } from './private/redshift-cluster';
import type { RedshiftEndpointAuthorizationAttributes, RedshiftEndpointAuthorizationProps } from './redshift-endpoint-authorization-types';
import { boolean, listOf, object, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';
import { REDSHIFT_ENDPOINT_AUTHORIZATION_RULES } from '../rules/aws/redshift-endpoint-authorization';

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

/** Every rule on the props of `authorization`, with the cluster's prerequisites when the cluster is in this app. */
export function checkRedshiftEndpointAuthorizationProps(v: Validator, authorization: IConstruct, props: RedshiftEndpointAuthorizationProps): void {
  const rules = REDSHIFT_ENDPOINT_AUTHORIZATION_RULES;
  const cluster = cfnClusterOf(props.cluster);
  checkClusterChoice(v, props);
  checkClusterReference(v, authorization, props);
  if (cluster) checkClusterOwner(v, authorization, props.cluster!);
  v.check('account', props.account, ...rules.account);
  checkNotOwnAccount(v, authorization, 'account', props.account);
  v.checkList('vpcIds', props.vpcIds, rules.vpcIds);
  // Two authorizations of one cluster for one account: removing either revokes the access both stand for.
  const other = claimGrant(authorization, 'endpoint-authorization', [knownClusterIdentifier(props) ?? cluster?.ref, props.account]);
  if (other !== undefined) {
    v.fail('account', props.account, `is already authorized for this cluster by ${other}: removing either authorization `
      + 'would revoke the access of both (authorize each account once per cluster)');
  }
  if (cluster) checkClusterPrerequisites(v, cluster);
}

/**
 * AuthorizeEndpointAccess grants access to the caller's own clusters, in the region it is called in: a cluster of the
 * app must be in this stack's account and region.
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeEndpointAccess.html
 */
function checkClusterOwner(v: Validator, authorization: IConstruct, cluster: IConstruct): void {
  const own = Stack.of(authorization).account;
  const owner = ownerAccountOf(v, authorization, {
    property: 'cluster',
    value: cluster,
    sameRegionBecause: 'make the authorization in a stack of the cluster\'s region (AuthorizeEndpointAccess grants access '
      + 'to a cluster of the region it is called in)',
    whenUnknown: 'give both stacks an env with a literal account and region, or name the cluster by clusterIdentifier',
  });
  if (owner !== undefined && owner !== own) {
    v.fail('cluster', cluster, `is in account ${v.render(owner)}, not in this stack's account (${v.render(own)}): make the `
      + 'authorization in a stack of the cluster\'s account (only the cluster\'s owner can authorize access to it)');
  }
}
