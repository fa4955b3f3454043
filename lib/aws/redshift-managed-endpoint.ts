import { Resource, Stack, Token, Tokenization, aws_ec2 as ec2, aws_redshift as redshift } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { DEFAULT_PORT, cfnClusterOf, checkClusterChoice, checkClusterPrerequisites, clusterIdentifierOf } from './private/redshift-cluster';
import { checkShape, validateAtSynth, validateProps } from './private/validation';
import { IRedshiftEndpointAuthorization } from './redshift-endpoint-authorization-types';
import { REDSHIFT_MANAGED_ENDPOINT_ATTRIBUTES, REDSHIFT_MANAGED_ENDPOINT_PROPS, REDSHIFT_MANAGED_ENDPOINT_RULES as RULES } from './redshift-managed-endpoint-rules';
import { IRedshiftManagedEndpoint, RedshiftManagedEndpointAttributes, RedshiftManagedEndpointProps } from './redshift-managed-endpoint-types';
import { Validator } from '../core/validator';

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
