import { aws_redshift as redshift, IResource, Resource } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { checkNotOwnAccount, claimGrant } from './private/account';
import { otherOwnerAccountOf } from './private/owner-environment';
import { cfnClusterOf, checkClusterChoice, checkClusterPrerequisites, checkClusterReference, clusterIdentifierOf, knownClusterIdentifier, rememberClusterChoice } from './private/redshift-cluster';
import { checkAtSynth, checkPropsNow } from './private/validation';
import { checkLaterChanges } from './raw-resource-validation-plugin';
import { boolean, listOf, object, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';
import { REDSHIFT_ENDPOINT_AUTHORIZATION_RULES as RULES } from '../rules/aws/redshift-endpoint-authorization';
import { CLUSTER_IDENTIFIER_RULES } from '../rules/aws/redshift-identifier';

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

/** The run-time shape of `RedshiftEndpointAuthorizationProps`, for callers without TypeScript's checks. */
const REDSHIFT_ENDPOINT_AUTHORIZATION_PROPS = struct<RedshiftEndpointAuthorizationProps>('RedshiftEndpointAuthorizationProps', {
  clusterIdentifier: optional(string()),
  cluster: optional(object('a CfnCluster or a construct whose default child is one')),
  account: string(),
  vpcIds: optional(listOf(string())),
  forceRevoke: optional(boolean()),
});

/** The run-time shape of `RedshiftEndpointAuthorizationAttributes`, for callers without TypeScript's checks. */
const REDSHIFT_ENDPOINT_AUTHORIZATION_ATTRIBUTES = struct<RedshiftEndpointAuthorizationAttributes>('RedshiftEndpointAuthorizationAttributes', {
  clusterIdentifier: string(),
  account: string(),
  clusterOwnerAccount: optional(string()),
});

/**
 * The cluster owner's side of a cross-account Redshift-managed VPC endpoint: authorizes another account to create
 * managed endpoints to a cluster of this account.
 *
 * @resource AWS::Redshift::EndpointAuthorization
 */
export class RedshiftEndpointAuthorization extends Resource implements IRedshiftEndpointAuthorization {
  /**
   * The run-time shapes of its props and attributes, for the shape tests.
   * @internal
   */
  public static readonly _shapes = { props: REDSHIFT_ENDPOINT_AUTHORIZATION_PROPS, attributes: REDSHIFT_ENDPOINT_AUTHORIZATION_ATTRIBUTES };

  /**
   * Imports an authorization defined elsewhere.
   */
  public static fromRedshiftEndpointAuthorizationAttributes(scope: Construct, id: string,
    attrs: RedshiftEndpointAuthorizationAttributes): IRedshiftEndpointAuthorization {
    // The owner account becomes the import's env.account, which Resource takes before anything can be checked.
    const owner = (attrs as Partial<RedshiftEndpointAuthorizationAttributes> | undefined)?.clusterOwnerAccount;
    class Import extends Resource implements IRedshiftEndpointAuthorization {
      public readonly clusterIdentifier: string;
      public readonly account: string;
      constructor() {
        super(scope, id, { account: typeof owner === 'string' ? owner : undefined });
        const checked = checkPropsNow<RedshiftEndpointAuthorizationAttributes>(this, REDSHIFT_ENDPOINT_AUTHORIZATION_ATTRIBUTES, attrs, (v, a) => {
          v.check('clusterIdentifier', a.clusterIdentifier, ...CLUSTER_IDENTIFIER_RULES);
          v.check('account', a.account, ...RULES.account);
          v.check('clusterOwnerAccount', a.clusterOwnerAccount, ...RULES.account);
          if (v.isLiteral(a.account) && v.isLiteral(this.env.account) && a.account === this.env.account) {
            v.fail('account', a.account, `must not be the cluster owner's account (${this.env.account}): an account needs no authorization for its own cluster`);
          }
        });
        this.clusterIdentifier = checked.clusterIdentifier;
        this.account = checked.account;
      }
    }
    return new Import();
  }

  /**
   * The identifier of the cluster the authorization is for.
   */
  public readonly clusterIdentifier: string;

  /**
   * The account that is authorized, as given.
   */
  public readonly account: string;

  /**
   * The account that owns the cluster.
   *
   * @attribute
   */
  public get grantor(): string {
    return this.resource.attrGrantor;
  }

  /**
   * The account that is authorized.
   *
   * @attribute
   */
  public get grantee(): string {
    return this.resource.attrGrantee;
  }

  /**
   * The status of the authorization, e.g. `Authorized` or `Revoking`.
   *
   * @attribute
   */
  public get authorizationStatus(): string {
    return this.resource.attrStatus;
  }

  /**
   * The underlying `AWS::Redshift::EndpointAuthorization` resource.
   */
  public readonly resource: redshift.CfnEndpointAuthorization;

  constructor(scope: Construct, id: string, props: RedshiftEndpointAuthorizationProps) {
    super(scope, id);
    // From here on the checked copy: later changes to the caller's objects cannot reach the construct.
    props = checkPropsNow<RedshiftEndpointAuthorizationProps>(this, REDSHIFT_ENDPOINT_AUTHORIZATION_PROPS, props,
      (v, checked) => checkRedshiftEndpointAuthorizationProps(v, this, checked));
    const cluster = cfnClusterOf(props.cluster);
    // Again at synth, for changes made to the cluster after this point (reached only when the check above passed).
    if (cluster) {
      checkAtSynth(this, v => checkClusterPrerequisites(v, cluster));
    }

    this.resource = new redshift.CfnEndpointAuthorization(this, 'Resource', {
      clusterIdentifier: clusterIdentifierOf(this, props),
      account: props.account,
      vpcIds: props.vpcIds,
      force: props.forceRevoke ?? false,
    });
    checkLaterChanges(this.resource);

    this.clusterIdentifier = this.resource.clusterIdentifier;
    this.account = props.account;
    rememberClusterChoice(this, props);
  }
}

// The checks of `RedshiftEndpointAuthorization`, which apply its rules
// (`lib/rules/aws/redshift-endpoint-authorization.ts`). Some need the app (the cluster, the stack's own account).

/** Every rule on the props of `authorization`, with the cluster's prerequisites when the cluster is in this app. */
function checkRedshiftEndpointAuthorizationProps(v: Validator, authorization: IConstruct, props: RedshiftEndpointAuthorizationProps): void {
  const cluster = cfnClusterOf(props.cluster);
  checkClusterChoice(v, props);
  checkClusterReference(v, authorization, props);
  // AuthorizeEndpointAccess grants access to the caller's own clusters, in the region it is called in
  // (https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeEndpointAccess.html).
  if (cluster) {
    otherOwnerAccountOf(v, authorization, {
      property: 'cluster',
      value: props.cluster!,
      sameRegionBecause: 'make the authorization in a stack of the cluster\'s region (AuthorizeEndpointAccess grants '
        + 'access to a cluster of the region it is called in)',
      whenUnknown: 'give both stacks an env with a literal account and region, or name the cluster by clusterIdentifier',
      sameAccountBecause: 'make the authorization in a stack of the cluster\'s account (only the cluster\'s owner can '
        + 'authorize access to it)',
    });
  }
  v.check('account', props.account, ...RULES.account);
  checkNotOwnAccount(v, authorization, 'account', props.account);
  v.checkList('vpcIds', props.vpcIds, RULES.vpcIds);
  // Two authorizations of one cluster for one account: removing either revokes the access both stand for.
  const other = claimGrant(authorization, 'endpoint-authorization', [knownClusterIdentifier(props) ?? cluster?.ref, props.account]);
  if (other !== undefined) {
    v.fail('account', props.account, `is already authorized for this cluster by ${other}: removing either authorization `
      + 'would revoke the access of both (authorize each account once per cluster)');
  }
  if (cluster) checkClusterPrerequisites(v, cluster);
}

