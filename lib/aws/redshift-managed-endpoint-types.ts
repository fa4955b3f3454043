import type { IResource, aws_ec2 as ec2 } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { IRedshiftEndpointAuthorization } from './redshift-endpoint-authorization-types';

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
