import { IResource, Resource, Stack, Token, Tokenization, aws_ec2 as ec2, aws_redshift as redshift } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { DEFAULT_PORT, cfnClusterOf, checkClusterChoice, checkClusterPrerequisites, clusterIdentifierOf } from './private/redshift-cluster';
import { checkShape, validateAtSynth, validateProps } from './private/validation';
import { IRedshiftEndpointAuthorization } from './redshift-endpoint-authorization';
import { REDSHIFT_MANAGED_ENDPOINT_ATTRIBUTES, REDSHIFT_MANAGED_ENDPOINT_PROPS, REDSHIFT_MANAGED_ENDPOINT_RULES as RULES } from './redshift-managed-endpoint-rules';
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
   * The cluster to reach, defined in this app: a `CfnCluster`, or a construct whose `node.defaultChild` is one (such
   * as `@aws-cdk/aws-redshift-alpha`'s `Cluster`). Give exactly one of `clusterIdentifier` and `cluster`.
   *
   * Its literal properties are checked when the endpoint is constructed, and again at synth (they can be changed
   * later): RA3 node type, `availabilityZoneRelocation: true`, not publicly accessible, and the same port as the
   * endpoint.
   *
   * @default - none: `clusterIdentifier` must be given
   */
  readonly cluster?: IConstruct;

  /**
   * The name of the endpoint: 1–30 characters, a lower-case letter first, then lower-case letters, digits and single
   * hyphens, not ending with a hyphen. The Redshift API also allows upper case; CloudFormation does not.
   *
   * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateEndpointAccess.html
   */
  readonly endpointName: string;

  /**
   * The name of an existing cluster subnet group, in the endpoint's VPC, from which Redshift chooses the endpoint's
   * subnets. Give this or `vpc` (then the endpoint gets its own subnet group of `vpcSubnets`).
   *
   * @default - a new cluster subnet group of `vpcSubnets` in `vpc`
   * @see https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-cluster-subnet-groups.html
   */
  readonly subnetGroupName?: string;

  /**
   * The VPC to put the endpoint in. Without `subnetGroupName`, the endpoint gets a new cluster subnet group of
   * `vpcSubnets`; without `securityGroups`, a new security group in this VPC.
   *
   * @default - none: `subnetGroupName` and `securityGroups` must be given
   */
  readonly vpc?: ec2.IVpc;

  /**
   * The subnets of `vpc` for the endpoint's new cluster subnet group. When their Availability Zones are known at
   * synth they must span at least two (the cluster's availability-zone relocation, which managed endpoints need,
   * moves it between zones). Only with `vpc`, and not with `subnetGroupName`.
   *
   * @default - the subnets `vpc.selectSubnets()` picks by default: the private subnets, else the isolated ones, else
   * the public ones
   * @see https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-cross-vpc.html
   */
  readonly vpcSubnets?: ec2.SubnetSelection;

  /**
   * The security groups of the endpoint (at least one). The only property that can be changed without replacing
   * the endpoint.
   *
   * @default - one new security group in `vpc`, with no inbound rules (open it with `connections`) and no
   * outbound rules; required when `vpc` is not given
   */
  readonly securityGroups?: ec2.ISecurityGroup[];

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
   * authorization's account (`env.account`: the account of its stack, or the `clusterOwnerAccount` of an import),
   * and the accounts and cluster identifiers of both sides are checked for agreement
   * where they are literal.
   *
   * @default - no authorization in this app: the cluster is in this account, or it was authorized elsewhere
   */
  readonly authorization?: IRedshiftEndpointAuthorization;

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
    class Import extends Resource implements IRedshiftManagedEndpoint {
      public readonly endpointName: string;
      public readonly endpointAddress: string;
      public readonly endpointPort: string;
      public readonly connections: ec2.Connections;
      constructor() {
        super(scope, id);
        const checked = checkShape<RedshiftManagedEndpointAttributes>(this, REDSHIFT_MANAGED_ENDPOINT_ATTRIBUTES, attrs);
        validateProps(this, v => checkEndpoint(v, checked.endpointName, checked.port, checked.securityGroups));
        const port = checked.port ?? DEFAULT_PORT;
        this.endpointName = checked.endpointName;
        this.endpointAddress = checked.endpointAddress;
        this.endpointPort = Tokenization.stringifyNumber(port);
        this.connections = new ec2.Connections({ securityGroups: checked.securityGroups, defaultPort: ec2.Port.tcp(port) });
      }
    }
    return new Import();
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
    // From here on the checked copy: later changes to the caller's objects cannot reach the construct.
    props = checkShape<RedshiftManagedEndpointProps>(this, REDSHIFT_MANAGED_ENDPOINT_PROPS, props);

    const cfnCluster = cfnClusterOf(props.cluster);
    const port = props.port ?? cfnCluster?.port ?? DEFAULT_PORT;
    const authorization = props.authorization;
    const ownerAccount = authorization?.env.account;
    // Only a literal account: the owner stack's `AWS::AccountId` would resolve to this stack's own account.
    const resourceOwner = props.resourceOwner ?? (ownerAccount && !Token.isUnresolved(ownerAccount) ? ownerAccount : undefined);
    const { vpc, vpcSubnets } = props;
    // The subnets, selected once (selecting can fail, e.g. for a subnet type the VPC does not have).
    let subnets: ec2.SelectedSubnets | undefined;
    let selectionError: string | undefined;
    if (vpc !== undefined && props.subnetGroupName === undefined) {
      try {
        subnets = vpc.selectSubnets(vpcSubnets);
      } catch (e) {
        selectionError = e instanceof Error ? e.message : String(e);
      }
    }
    validateProps(this, v => {
      checkClusterChoice(v, props);
      v.check('resourceOwner', props.resourceOwner, ...RULES.resourceOwner);
      v.check('subnetGroupName', props.subnetGroupName, ...RULES.subnetGroupName);
      checkNetwork(v, props, subnets, selectionError);
      checkEndpoint(v, props.endpointName, props.port, props.securityGroups);
      if (authorization) checkAuthorization(v, this, props, authorization);
      if (cfnCluster) checkClusterPrerequisites(v, cfnCluster, port);
    });
    // Again at synth, for changes made to the cluster after this point (reached only when the check above passed).
    if (cfnCluster) {
      validateAtSynth(this, v => checkClusterPrerequisites(v, cfnCluster, port));
    }

    const subnetGroupName = props.subnetGroupName ?? new redshift.CfnClusterSubnetGroup(this, 'SubnetGroup', {
      description: `Subnets of the Redshift-managed VPC endpoint ${this.node.path}`,
      subnetIds: subnets!.subnetIds,
    }).ref;
    const securityGroups = props.securityGroups ?? [new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: vpc!,
      description: `Redshift-managed VPC endpoint ${this.node.path}`,
      allowAllOutbound: false,
    })];

    this.resource = new redshift.CfnEndpointAccess(this, 'Resource', {
      clusterIdentifier: clusterIdentifierOf(props),
      endpointName: props.endpointName,
      subnetGroupName,
      resourceOwner,
      vpcSecurityGroupIds: securityGroups.map(sg => sg.securityGroupId),
    });

    if (authorization) this.node.addDependency(authorization);

    this.endpointPort = Tokenization.stringifyNumber(port);
    this.connections = new ec2.Connections({ securityGroups, defaultPort: ec2.Port.tcp(port) });
  }
}

/** The rules an endpoint and an imported endpoint share. */
function checkEndpoint(v: Validator, endpointName: string, port: number | undefined,
  securityGroups: ec2.ISecurityGroup[] | undefined): void {
  v.check('endpointName', endpointName, ...RULES.endpointName);
  v.check('port', port, ...RULES.port);
  if (securityGroups !== undefined) {
    v.checkList('securityGroups', securityGroups.map(sg => sg.securityGroupId), RULES.securityGroupIds);
  }
}

/**
 * Where the endpoint goes: an existing subnet group, or subnets of `vpc`; its security groups, or a new one in `vpc`.
 */
function checkNetwork(v: Validator, props: RedshiftManagedEndpointProps, subnets: ec2.SelectedSubnets | undefined,
  selectionError: string | undefined): void {
  const { subnetGroupName, vpc, vpcSubnets, securityGroups } = props;
  if (subnetGroupName === undefined && vpc === undefined) {
    v.fail('subnetGroupName', undefined, 'must be given when vpc is not (give subnetGroupName, or vpc and optionally vpcSubnets)');
  }
  if (vpcSubnets !== undefined && vpc === undefined) {
    v.fail('vpcSubnets', vpcSubnets, 'must be given only with vpc (they are subnets of vpc)');
  }
  if (vpcSubnets !== undefined && subnetGroupName !== undefined) {
    v.fail('vpcSubnets', vpcSubnets, `must not be given together with subnetGroupName ${v.render(subnetGroupName)}: `
      + 'the subnet group already names the subnets');
  }
  if (securityGroups === undefined && vpc === undefined) {
    v.fail('securityGroups', undefined, 'must be given when vpc is not (a new security group needs a VPC)');
  }
  if (selectionError !== undefined) {
    v.fail('vpcSubnets', vpcSubnets ?? {}, `must select subnets of vpc: ${selectionError}`);
  }
  if (subnets !== undefined) {
    v.checkList('vpcSubnets', subnets.subnetIds, RULES.subnets);
    const zones = subnets.subnets.map(s => s.availabilityZone);
    if (zones.length > 0 && zones.every(z => v.isLiteral(z))) {
      v.check('vpcSubnets', [...new Set(zones)], ...RULES.subnetAvailabilityZones);
    }
  }
}

/** Both sides of a cross-account endpoint must name the same accounts and cluster, where that is known at synth. */
function checkAuthorization(v: Validator, endpoint: Construct, props: RedshiftManagedEndpointProps,
  authorization: IRedshiftEndpointAuthorization): void {
  const own = Stack.of(endpoint).account;
  if (v.isLiteral(own) && v.isLiteral(authorization.account) && own !== authorization.account) {
    v.fail('authorization', authorization.node.path,
      `authorizes account ${authorization.account}, not this endpoint's account (${own})`);
  }
  const owner = authorization.env.account;
  if (v.isLiteral(props.resourceOwner) && v.isLiteral(owner) && props.resourceOwner !== owner) {
    v.fail('resourceOwner', props.resourceOwner, `must be the account of the authorization's cluster owner (${owner})`);
  }
  const cluster = props.clusterIdentifier;
  if (v.isLiteral(cluster) && v.isLiteral(authorization.clusterIdentifier) && cluster !== authorization.clusterIdentifier) {
    v.fail('clusterIdentifier', cluster, `must be the cluster of the authorization (${authorization.clusterIdentifier})`);
  }
}
