import type { IResource } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * A cluster owner's authorization of another account to create Redshift-managed VPC endpoints to a cluster.
 * `env.account` is the account that owns the cluster (the grantor).
 */
export interface IRedshiftEndpointAuthorization extends IResource {
  /**
   * The identifier of the cluster the authorization is for.
   */
  readonly clusterIdentifier: string;

  /**
   * The account that is authorized (the grantee).
   */
  readonly account: string;
}

/**
 * Attributes to import an authorization made elsewhere (for example by the cluster owner's own app), so that a
 * `RedshiftManagedEndpoint` can check its cluster and accounts against it.
 */
export interface RedshiftEndpointAuthorizationAttributes {
  /**
   * The identifier of the cluster the authorization is for.
   */
  readonly clusterIdentifier: string;

  /**
   * The 12-digit account that is authorized (the grantee).
   */
  readonly account: string;

  /**
   * The 12-digit account that owns the cluster (the grantor); becomes `env.account` of the import, and the default
   * `resourceOwner` of an endpoint given this authorization.
   *
   * @default - the account of the stack the import is defined in
   */
  readonly clusterOwnerAccount?: string;
}

/**
 * Properties of a `RedshiftEndpointAuthorization`.
 */
export interface RedshiftEndpointAuthorizationProps {
  /**
   * The identifier of the cluster to authorize access to, for a cluster not defined in this app.
   * Give exactly one of `clusterIdentifier` and `cluster`. Changing it replaces the authorization.
   *
   * @default - none: `cluster` must be given
   */
  readonly clusterIdentifier?: string;

  /**
   * The cluster to authorize access to, defined in this app: a `CfnCluster`, or a construct whose `node.defaultChild`
   * is one (such as `@aws-cdk/aws-redshift-alpha`'s `Cluster`). Give exactly one of `clusterIdentifier` and `cluster`.
   * Its literal properties are checked when the authorization is constructed, and again at synth (they can be
   * changed later): RA3 node type, availability-zone relocation, not publicly accessible. Changing it replaces the
   * authorization. A cluster of another stack must be of this stack's account and region (only its owner can authorize
   * access to it); its literal `clusterIdentifier` is rendered then.
   *
   * @default - none: `clusterIdentifier` must be given
   */
  readonly cluster?: IConstruct;

  /**
   * The 12-digit account allowed to create managed endpoints to the cluster; not the stack's own account.
   * Changing it replaces the authorization.
   */
  readonly account: string;

  /**
   * The VPCs of `account` in which it may create endpoints (`vpc-` and 1–17 letters or digits, each once).
   *
   * @default - all VPCs of the account
   */
  readonly vpcIds?: string[];

  /**
   * Whether revoking the authorization (deleting this resource) also deletes the endpoints the grantee created.
   * When false, revoking fails while the grantee still has endpoints to the cluster.
   *
   * @default false
   * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_RevokeEndpointAccess.html
   */
  readonly forceRevoke?: boolean;
}
