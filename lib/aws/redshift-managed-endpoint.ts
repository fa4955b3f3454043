import { aws_ec2 as ec2, aws_redshift as redshift, IResource, Resource, Stack, Token, Tokenization } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { isEndpointAuthorization, isVpc } from './private/engine-objects';
import { ImportedEndpoint, importedEndpointShape } from './private/imported-endpoint';
import { OwnedResource, ownerAccountOf } from './private/owner-environment';
import { cfnClusterOf, checkClusterChoice, checkClusterPrerequisites, checkClusterReference, clusterChoiceOf, clusterIdentifierOf, otherCluster } from './private/redshift-cluster';
import { SECURITY_GROUPS, checkSecurityGroups } from './private/security-groups';
import { selectSubnetsOf, SubnetSelection } from './private/subnet-selection';
import { checkAtSynth, checkPropsNow } from './private/validation';
import { checkLaterChanges } from './raw-resource-validation-plugin';
import type { IRedshiftEndpointAuthorization } from './redshift-endpoint-authorization';
import { integer, object, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';
import { DEFAULT_PORT } from '../rules/aws/endpoint-port';
import { REDSHIFT_MANAGED_ENDPOINT_RULES } from '../rules/aws/redshift-managed-endpoint';

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
   * It may be in another stack: of another account, which then becomes the default `resourceOwner`, but not of another
   * region (the endpoint is created in its stack's region, where Redshift looks for the cluster). Both stacks need a
   * literal account and region, or neither. The cluster's literal `clusterIdentifier` is rendered then, instead of a
   * cross-stack reference, and the endpoint's stack deploys after the cluster's.
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
   * must first authorize this one (see `RedshiftEndpointAuthorization`). When `cluster` or `authorization` tells the
   * owner's account, this must be that account.
   *
   * @default - the literal account of `cluster`'s stack, else of `authorization`, when it is not this stack's; else
   * none: the cluster is in this stack's account
   */
  readonly resourceOwner?: string;

  /**
   * The cluster owner's authorization of this endpoint's account, when it is defined in the same app (typically in
   * a stack of the owner account). The endpoint is then deployed after it, `resourceOwner` defaults to the
   * authorization's account (`env.account`: the account of its stack, or the `clusterOwnerAccount` of an import),
   * and the accounts, regions and clusters of both sides are checked for agreement where they are literal. When that
   * account is not known at synth (an environment-agnostic stack) and this stack's is, `resourceOwner` must be given.
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

/** The run-time shape of `RedshiftManagedEndpointProps`, for callers without TypeScript's checks. */
const REDSHIFT_MANAGED_ENDPOINT_PROPS = struct<RedshiftManagedEndpointProps>('RedshiftManagedEndpointProps', {
  clusterIdentifier: optional(string()),
  cluster: optional(object('a CfnCluster or a construct whose default child is one')),
  endpointName: string(),
  subnetGroupName: optional(string()),
  vpc: optional(object('an ec2.IVpc', isVpc)),
  vpcSubnets: optional(object('an ec2.SubnetSelection')),
  securityGroups: optional(SECURITY_GROUPS),
  resourceOwner: optional(string()),
  authorization: optional(object('an IRedshiftEndpointAuthorization', isEndpointAuthorization)),
  port: optional(integer()),
});

const REDSHIFT_MANAGED_ENDPOINT_ATTRIBUTES = importedEndpointShape('RedshiftManagedEndpointAttributes');

/**
 * A Redshift-managed VPC endpoint: private access to a provisioned RA3 cluster from a VPC (of this or another
 * account) other than the cluster's own.
 *
 * @resource AWS::Redshift::EndpointAccess
 */
export class RedshiftManagedEndpoint extends Resource implements IRedshiftManagedEndpoint {
  /**
   * The run-time shapes of its props and attributes, for the shape tests.
   * @internal
   */
  public static readonly _shapes = { props: REDSHIFT_MANAGED_ENDPOINT_PROPS, attributes: REDSHIFT_MANAGED_ENDPOINT_ATTRIBUTES };

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
  public get connections(): ec2.Connections {
    // Made on first use: most endpoints never open a rule, and each Connections is kept until synthesis.
    this.madeConnections ??= new ec2.Connections({ securityGroups: this.securityGroups, defaultPort: ec2.Port.tcp(this.port) });
    return this.madeConnections;
  }

  /**
   * The underlying `AWS::Redshift::EndpointAccess` resource.
   */
  public readonly resource: redshift.CfnEndpointAccess;

  private readonly securityGroups: ec2.ISecurityGroup[];
  private readonly port: number;
  private madeConnections?: ec2.Connections;

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
    checkLaterChanges(this.resource);

    if (authorization) this.node.addDependency(authorization);

    this.endpointPort = Tokenization.stringifyNumber(port);
    this.securityGroups = securityGroups;
    this.port = port;
  }
}

/** The subnets of `vpc` the endpoint goes into, when it makes its own subnet group (and `vpc` is of the right type). */
function selectSubnets(props: RedshiftManagedEndpointProps, vpcFits: boolean): SubnetSelection {
  return props.subnetGroupName !== undefined || !vpcFits ? {} : selectSubnetsOf(props.vpc, props.vpcSubnets);
}

// The checks of `RedshiftManagedEndpoint`, which apply its rules (`lib/rules/aws/redshift-managed-endpoint.ts`). Some
// need the app (the network, the cluster, the authorization's accounts).

/**
 * Every rule on the props of `endpoint`, with the cluster's prerequisites when the cluster is in this app. Returns the
 * account that owns the cluster when it is known at synth from the cluster's stack or the authorization and is not
 * this stack's: the default `ResourceOwner`.
 */
function checkRedshiftManagedEndpointProps(v: Validator, endpoint: Construct, props: RedshiftManagedEndpointProps,
  selection: SubnetSelection): string | undefined {
  const cluster = cfnClusterOf(props.cluster);
  checkClusterChoice(v, props);
  checkClusterReference(v, endpoint, props);
  v.check('resourceOwner', props.resourceOwner, ...REDSHIFT_MANAGED_ENDPOINT_RULES.resourceOwner);
  v.check('subnetGroupName', props.subnetGroupName, ...REDSHIFT_MANAGED_ENDPOINT_RULES.subnetGroupName);
  checkNetwork(v, props, selection);
  checkEndpoint(v, props.endpointName, props.port, props.securityGroups);
  if (cluster) checkClusterPrerequisites(v, cluster, props.port ?? cluster.port ?? DEFAULT_PORT);
  return checkOwner(v, endpoint, props);
}

/**
 * CreateEndpointAccess has no region parameter: it looks for the cluster in the region it is called in.
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateEndpointAccess.html
 */
const ENDPOINT_REGION = 'create the endpoint in a stack of the cluster\'s region (CreateEndpointAccess has no region '
  + 'parameter: it looks for the cluster in the region it is called in)';

/**
 * The cluster's owner, from the cluster's stack and the authorization, against `resourceOwner`: returns the owner's
 * account when it is literal and not this stack's.
 */
function checkOwner(v: Validator, endpoint: Construct, props: RedshiftManagedEndpointProps): string | undefined {
  const own = Stack.of(endpoint).account;
  const cluster: OwnedResource | undefined = cfnClusterOf(props.cluster) === undefined ? undefined : {
    property: 'cluster',
    value: props.cluster!,
    sameRegionBecause: ENDPOINT_REGION,
    whenUnknown: 'give both stacks an env with a literal account and region (aws-cdk-lib needs them for any reference '
      + 'between the stacks), or name the cluster by clusterIdentifier (and resourceOwner, for another account\'s cluster)',
  };
  const clusterAccount = cluster && ownerAccountOf(v, endpoint, cluster);
  const grantor = props.authorization && checkAuthorization(v, endpoint, props.authorization, clusterAccount);
  const owner = clusterAccount ?? grantor;
  const resourceOwner = props.resourceOwner;
  if (v.isLiteral(resourceOwner) && owner !== undefined && resourceOwner !== owner) {
    v.fail('resourceOwner', resourceOwner, clusterAccount !== undefined
      ? `must be the account of the cluster's stack (${v.render(clusterAccount)}), or be left out: it is taken from there`
      : `must be the account of the authorization's cluster owner (${v.render(owner)})`);
  }
  const grantorUnknown = props.authorization !== undefined && Token.isUnresolved(props.authorization.env.account);
  if (grantorUnknown && v.isLiteral(own) && owner === undefined && resourceOwner === undefined) {
    // An environment-agnostic stack's account, not this stack's: the cluster is in another account, but which is unknown.
    v.fail('resourceOwner', undefined, `must be given: the authorization ${v.render(props.authorization!.node.path)} is in a `
      + 'stack whose account is not known at synth, so the account that owns the cluster cannot be taken from it (or give '
      + 'that stack an env with a literal account)');
  }
  if (props.authorization) checkAuthorizedCluster(v, props, props.authorization);
  return owner !== undefined && owner !== own ? owner : undefined;
}

/** The rules an endpoint and an imported endpoint share. */
function checkEndpoint(v: Validator, endpointName: string, port: number | undefined,
  securityGroups: ec2.ISecurityGroup[] | undefined): void {
  v.check('endpointName', endpointName, ...REDSHIFT_MANAGED_ENDPOINT_RULES.endpointName);
  v.check('port', port, ...REDSHIFT_MANAGED_ENDPOINT_RULES.port);
  checkSecurityGroups(v, securityGroups);
}

/**
 * Where the endpoint goes: an existing subnet group, or subnets of `vpc`; its security groups, or a new one in `vpc`.
 */
function checkNetwork(v: Validator, props: RedshiftManagedEndpointProps, { subnets, error: selectionError }: SubnetSelection): void {
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
    v.checkList('vpcSubnets', subnets.subnetIds, REDSHIFT_MANAGED_ENDPOINT_RULES.subnets);
    const zones = subnets.subnets.map(s => s.availabilityZone);
    if (zones.length > 0 && zones.every(z => v.isLiteral(z))) {
      v.check('vpcSubnets', [...new Set(zones)], ...REDSHIFT_MANAGED_ENDPOINT_RULES.subnetAvailabilityZones);
    }
  }
}

/**
 * Both sides of a cross-account endpoint must name the same accounts and region, where that is known at synth.
 * Returns the authorization's literal account (the grantor: the cluster's owner).
 */
function checkAuthorization(v: Validator, endpoint: Construct, authorization: IRedshiftEndpointAuthorization,
  clusterAccount: string | undefined): string | undefined {
  const own = Stack.of(endpoint);
  if (v.isLiteral(own.account) && v.isLiteral(authorization.account) && own.account !== authorization.account) {
    v.fail('authorization', authorization.node.path, `authorizes account ${v.render(authorization.account)}, not this endpoint's account (${v.render(own.account)})`);
  }
  const { account: grantor, region } = authorization.env;
  if (v.isLiteral(region) && v.isLiteral(own.region) && region !== own.region) {
    v.fail('authorization', authorization.node.path, `is in region ${v.render(region)}, not in this stack's region (${v.render(own.region)}): `
      + 'it authorizes a cluster of its own region, and the endpoint must be created in that region');
  }
  if (clusterAccount !== undefined && v.isLiteral(grantor) && grantor !== clusterAccount) {
    v.fail('authorization', authorization.node.path, `is made by account ${v.render(grantor)}, not by the account of the cluster's stack `
      + `(${v.render(clusterAccount)}): only the cluster's owner can authorize access to it`);
  }
  return Token.isUnresolved(grantor) ? undefined : grantor;
}

/** The endpoint's cluster must be the authorization's: by their literal identifiers, or as the same `CfnCluster`. */
function checkAuthorizedCluster(v: Validator, props: RedshiftManagedEndpointProps, authorization: IRedshiftEndpointAuthorization): void {
  const other = otherCluster(props, clusterChoiceOf(authorization));
  if (other !== undefined) {
    const property = props.cluster !== undefined ? 'cluster' : 'clusterIdentifier';
    v.fail(property, props[property], `must be the cluster of the authorization (${v.render(other)})`);
  }
}
