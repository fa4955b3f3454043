import { IResource, Resource, Stack, Token, Tokenization, aws_ec2 as ec2, aws_redshift as redshift } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { DEFAULT_PORT, checkClusterChoice, checkClusterPrerequisites, clusterIdentifierOf } from './private/redshift-cluster';
import { validateAtSynth, validateProps } from './private/validation';
import { RedshiftEndpointAuthorization } from './redshift-endpoint-authorization';
import { REDSHIFT_MANAGED_ENDPOINT_RULES as RULES } from './redshift-managed-endpoint-rules';
import { Validator } from '../core/validator';

/**
 * A Redshift-managed VPC endpoint.
 */
export interface IRedshiftManagedEndpoint extends IResource, ec2.IConnectable {
  /**
   * The name of the endpoint.
   *
   * @attribute
   */
  readonly endpointName: string;

  /**
   * The DNS address clients connect to.
   *
   * @attribute
   */
  readonly endpointAddress: string;

  /**
   * The port clients connect to, as a string.
   *
   * A string because CloudFormation accepts only strings as Output and export values: the endpoint's own
   * integer `Port` attribute fails the deploy there. Use `connections` for security group rules.
   *
   * @attribute
   */
  readonly endpointPort: string;
}

/**
 * Properties of a `RedshiftManagedEndpoint`.
 *
 * Only `securityGroups` can be changed in place; changing any other property replaces the endpoint, and a
 * replacement with the same `endpointName` fails because the name is taken until the old endpoint is deleted.
 */
export interface RedshiftManagedEndpointProps {
  /**
   * The identifier of the cluster to reach, for a cluster that is not defined in this app (for example one in
   * another account: then also set `resourceOwner`). Give exactly one of `clusterIdentifier` and `cluster`.
   *
   * The cluster must be RA3, have availability-zone relocation on, not be publicly accessible, and listen on `port`.
   *
   * @default - none: `cluster` must be given
   */
  readonly clusterIdentifier?: string;

  /**
   * The cluster to reach, defined in this app. Give exactly one of `clusterIdentifier` and `cluster`.
   *
   * Its literal properties are checked at synth: RA3 node type, `availabilityZoneRelocation: true`, not publicly
   * accessible, and the same port as the endpoint.
   *
   * @default - none: `clusterIdentifier` must be given
   */
  readonly cluster?: redshift.CfnCluster;

  /**
   * The name of the endpoint: 1–30 characters, a lower-case letter first, then lower-case letters, digits and single
   * hyphens, not ending with a hyphen. The Redshift API also allows upper case; CloudFormation does not.
   *
   * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateEndpointAccess.html
   */
  readonly endpointName: string;

  /**
   * The name of the cluster subnet group, in the endpoint's VPC, from which Redshift chooses the endpoint's subnets.
   */
  readonly subnetGroupName: string;

  /**
   * The security groups of the endpoint (at least one). The only property that can be changed without replacing
   * the endpoint.
   */
  readonly securityGroups: ec2.ISecurityGroup[];

  /**
   * The 12-digit account that owns the cluster, for an endpoint to a cluster in another account. That account
   * must first authorize this one (see `RedshiftEndpointAuthorization`).
   *
   * @default - the cluster is in this stack's account
   */
  readonly resourceOwner?: string;

  /**
   * The cluster owner's authorization of this endpoint's account, when it is defined in the same app (typically in
   * a stack of the owner account). The endpoint is then deployed after it, `resourceOwner` defaults to the
   * authorization stack's account, and the accounts and cluster identifiers of both sides are checked for agreement
   * where they are literal.
   *
   * @default - no authorization in this app: the cluster is in this account, or it was authorized elsewhere
   */
  readonly authorization?: RedshiftEndpointAuthorization;

  /**
   * The port of the cluster, which the endpoint serves on: 5431–5455 or 8191–8215, the ports a cluster with
   * availability-zone relocation accepts. Used as the default port of `connections` and checked against `cluster`.
   *
   * @default - the literal port of `cluster` when given, else 5439
   */
  readonly port?: number;
}

/**
 * Attributes to import an existing Redshift-managed VPC endpoint.
 */
export interface RedshiftManagedEndpointAttributes {
  /**
   * The name of the endpoint.
   */
  readonly endpointName: string;

  /**
   * The DNS address of the endpoint.
   */
  readonly endpointAddress: string;

  /**
   * The port of the endpoint.
   *
   * @default 5439
   */
  readonly port?: number;

  /**
   * The security groups of the endpoint.
   */
  readonly securityGroups: ec2.ISecurityGroup[];
}

/**
 * A Redshift-managed VPC endpoint: private access to a provisioned RA3 cluster from a VPC (of this or another
 * account) other than the cluster's own.
 *
 * @resource AWS::Redshift::EndpointAccess
 */
export class RedshiftManagedEndpoint extends Resource implements IRedshiftManagedEndpoint {
  /**
   * Imports an existing Redshift-managed VPC endpoint.
   */
  public static fromRedshiftManagedEndpointAttributes(scope: Construct, id: string,
    attrs: RedshiftManagedEndpointAttributes): IRedshiftManagedEndpoint {
    const port = attrs.port ?? DEFAULT_PORT;

    class Import extends Resource implements IRedshiftManagedEndpoint {
      public readonly endpointName = attrs.endpointName;
      public readonly endpointAddress = attrs.endpointAddress;
      public readonly endpointPort = Tokenization.stringifyNumber(port);
      public readonly connections = new ec2.Connections({
        securityGroups: attrs.securityGroups,
        defaultPort: ec2.Port.tcp(port),
      });
    }

    const imported = new Import(scope, id);
    validateProps(imported, v => checkEndpoint(v, attrs.endpointName, attrs.port, attrs.securityGroups));
    return imported;
  }

  // Attribute tokens are made on first use: each one costs aws-cdk-lib a token registration.

  /**
   * The name of the endpoint (its `Ref`, so using it also orders deployment after the endpoint).
   *
   * @attribute
   */
  public get endpointName(): string {
    return this.resource.ref;
  }

  /**
   * The DNS address clients connect to.
   *
   * @attribute
   */
  public get endpointAddress(): string {
    return this.resource.attrAddress;
  }

  /**
   * The port clients connect to, as a string. Taken from `port` (the cluster's port, which the endpoint always
   * uses), not from the endpoint's integer `Port` attribute, which CloudFormation rejects in Outputs and exports.
   *
   * @attribute
   */
  public readonly endpointPort: string;

  /**
   * The id of the VPC endpoint Redshift created.
   *
   * @attribute
   */
  public get vpcEndpointId(): string {
    return this.resource.attrVpcEndpointVpcEndpointId;
  }

  /**
   * The id of the VPC the endpoint is in.
   *
   * @attribute
   */
  public get vpcId(): string {
    return this.resource.attrVpcEndpointVpcId;
  }

  /**
   * Network access to the endpoint; the default port is the endpoint's port.
   */
  public readonly connections: ec2.Connections;

  /**
   * The underlying `AWS::Redshift::EndpointAccess` resource.
   */
  public readonly resource: redshift.CfnEndpointAccess;

  constructor(scope: Construct, id: string, props: RedshiftManagedEndpointProps) {
    super(scope, id);

    const port = props.port ?? props.cluster?.port ?? DEFAULT_PORT;
    const authorization = props.authorization;
    const ownerAccount = authorization ? Stack.of(authorization).account : undefined;
    // Only a literal account: the owner stack's `AWS::AccountId` would resolve to this stack's own account.
    const resourceOwner = props.resourceOwner ?? (ownerAccount && !Token.isUnresolved(ownerAccount) ? ownerAccount : undefined);
    validateProps(this, v => {
      checkClusterChoice(v, props);
      v.check('resourceOwner', props.resourceOwner, ...RULES.resourceOwner);
      v.check('subnetGroupName', props.subnetGroupName, ...RULES.subnetGroupName);
      checkEndpoint(v, props.endpointName, props.port, props.securityGroups);
      if (authorization) checkAuthorization(v, this, props, authorization);
    });
    const cluster = props.cluster;
    if (cluster) {
      validateAtSynth(this, v => checkClusterPrerequisites(v, cluster, port));
    }

    this.resource = new redshift.CfnEndpointAccess(this, 'Resource', {
      clusterIdentifier: clusterIdentifierOf(props),
      endpointName: props.endpointName,
      subnetGroupName: props.subnetGroupName,
      resourceOwner,
      vpcSecurityGroupIds: props.securityGroups.map(sg => sg.securityGroupId),
    });

    if (authorization) this.node.addDependency(authorization);

    this.endpointPort = Tokenization.stringifyNumber(port);
    this.connections = new ec2.Connections({ securityGroups: props.securityGroups, defaultPort: ec2.Port.tcp(port) });
  }
}

/** The rules an endpoint and an imported endpoint share. */
function checkEndpoint(v: Validator, endpointName: string, port: number | undefined,
  securityGroups: ec2.ISecurityGroup[]): void {
  v.check('endpointName', endpointName, ...RULES.endpointName);
  v.check('port', port, ...RULES.port);
  v.checkList('securityGroups', securityGroups.map(sg => sg.securityGroupId), RULES.securityGroupIds);
}

/** Both sides of a cross-account endpoint must name the same accounts and cluster, where that is known at synth. */
function checkAuthorization(v: Validator, endpoint: Construct, props: RedshiftManagedEndpointProps,
  authorization: RedshiftEndpointAuthorization): void {
  const own = Stack.of(endpoint).account;
  if (v.isLiteral(own) && v.isLiteral(authorization.account) && own !== authorization.account) {
    v.fail('authorization', authorization.node.path,
      `authorizes account ${authorization.account}, not this endpoint's account (${own})`);
  }
  const owner = Stack.of(authorization).account;
  if (v.isLiteral(props.resourceOwner) && v.isLiteral(owner) && props.resourceOwner !== owner) {
    v.fail('resourceOwner', props.resourceOwner, `must be the account of the authorization's stack (${owner})`);
  }
  const cluster = props.clusterIdentifier;
  if (v.isLiteral(cluster) && v.isLiteral(authorization.clusterIdentifier) && cluster !== authorization.clusterIdentifier) {
    v.fail('clusterIdentifier', cluster, `must be the cluster of the authorization (${authorization.clusterIdentifier})`);
  }
}
