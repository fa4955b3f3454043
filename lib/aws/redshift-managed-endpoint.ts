import { Resource, Tokenization, aws_ec2 as ec2, aws_redshift as redshift } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { ImportedEndpoint } from './private/imported-endpoint';
import { cfnClusterOf, checkClusterPrerequisites, clusterIdentifierOf } from './private/redshift-cluster';
import { SubnetSelection, selectSubnetsOf } from './private/subnet-selection';
import { checkAtSynth, checkPropsNow } from './private/validation';
import { REDSHIFT_MANAGED_ENDPOINT_ATTRIBUTES, REDSHIFT_MANAGED_ENDPOINT_PROPS, checkEndpoint, checkRedshiftManagedEndpointProps } from './redshift-managed-endpoint-checks';
import { IRedshiftManagedEndpoint, RedshiftManagedEndpointAttributes, RedshiftManagedEndpointProps } from './redshift-managed-endpoint-types';
import { DEFAULT_PORT } from '../rules/aws/endpoint-port';

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
    return new ImportedEndpoint(scope, id, self => checkPropsNow<RedshiftManagedEndpointAttributes>(self, REDSHIFT_MANAGED_ENDPOINT_ATTRIBUTES,
      attrs, (v, a) => checkEndpoint(v, a.endpointName, a.port, a.securityGroups)));
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
    let selection: SubnetSelection = {};
    let clusterOwner: string | undefined;
    props = checkPropsNow<RedshiftManagedEndpointProps>(this, REDSHIFT_MANAGED_ENDPOINT_PROPS, props, (v, checked) => {
      selection = selectSubnets(checked, v.isLiteral(checked.vpc));
      clusterOwner = checkRedshiftManagedEndpointProps(v, this, checked, selection);
    });
    const subnets = selection.subnets;
    const cfnCluster = cfnClusterOf(props.cluster);
    const port = props.port ?? cfnCluster?.port ?? DEFAULT_PORT;
    const authorization = props.authorization;
    // Only a literal account (of the cluster's stack or the authorization): another stack's `AWS::AccountId` would
    // resolve to this stack's own account.
    const resourceOwner = props.resourceOwner ?? clusterOwner;
    const vpc = props.vpc;
    // Again at synth, for changes made to the cluster after this point (reached only when the check above passed).
    if (cfnCluster) {
      checkAtSynth(this, v => checkClusterPrerequisites(v, cfnCluster, port));
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
      clusterIdentifier: clusterIdentifierOf(this, props),
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

/** The subnets of `vpc` the endpoint goes into, when it makes its own subnet group (and `vpc` is of the right type). */
function selectSubnets(props: RedshiftManagedEndpointProps, vpcFits: boolean): SubnetSelection {
  return props.subnetGroupName !== undefined || !vpcFits ? {} : selectSubnetsOf(props.vpc, props.vpcSubnets);
}
