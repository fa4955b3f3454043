import { Resource, aws_redshift as redshift } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { checkClusterPrerequisites, cfnClusterOf, clusterIdentifierOf, rememberClusterChoice } from './private/redshift-cluster';
import { checkAtSynth, checkPropsNow } from './private/validation';
import { REDSHIFT_ENDPOINT_AUTHORIZATION_ATTRIBUTES, REDSHIFT_ENDPOINT_AUTHORIZATION_PROPS, checkRedshiftEndpointAuthorizationProps } from './redshift-endpoint-authorization-checks';
import { IRedshiftEndpointAuthorization, RedshiftEndpointAuthorizationAttributes, RedshiftEndpointAuthorizationProps } from './redshift-endpoint-authorization-types';
import { REDSHIFT_ENDPOINT_AUTHORIZATION_RULES as RULES } from '../rules/aws/redshift-endpoint-authorization';
import { CLUSTER_IDENTIFIER } from '../rules/aws/redshift-identifier';

/**
 * The cluster owner's side of a cross-account Redshift-managed VPC endpoint: authorizes another account to create
 * managed endpoints to a cluster of this account.
 *
 * @resource AWS::Redshift::EndpointAuthorization
 */
export class RedshiftEndpointAuthorization extends Resource implements IRedshiftEndpointAuthorization {
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
          v.check('clusterIdentifier', a.clusterIdentifier, ...CLUSTER_IDENTIFIER);
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

    this.clusterIdentifier = this.resource.clusterIdentifier;
    this.account = props.account;
    rememberClusterChoice(this, props);
  }
}
