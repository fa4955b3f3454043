import type { IResource, aws_ec2 as ec2, aws_redshiftserverless as redshiftserverless } from 'aws-cdk-lib';

/**
 * Properties of a Redshift-managed VPC endpoint to a Redshift Serverless workgroup.
 *
 * Give the workgroup as `workgroup` (a `CfnWorkgroup` of this app) or `workgroupName`, and the subnets as `vpc`
 * (with `vpcSubnets`) or `subnetIds`.
 */
export interface RedshiftServerlessManagedEndpointProps {
  /**
   * The endpoint's name: 1–30 lower-case letters, digits and hyphens, starting with a letter, without two hyphens in a
   * row or one at the end. It identifies the endpoint in its account and region; changing it creates a new endpoint
   * and deletes the old one.
   *
   * The API page also allows upper-case letters; the library keeps to lower case, which the service has been seen to
   * take (the unreleased CloudFormation schema for these endpoints and the provisioned endpoints' schema allow only it).
   *
   * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateEndpointAccess.html
   */
  readonly endpointName: string;

  /**
   * The workgroup, when it is defined in this app. It may be in another stack: of another account, which then becomes
   * the default `ownerAccount`, but not of another region (the endpoint is created in its stack's region, where Redshift
   * Serverless looks for the workgroup). Both stacks need a literal account and region, or neither. The workgroup's
   * literal `workgroupName` is rendered then, instead of a cross-stack reference, and the endpoint's stack deploys after
   * the workgroup's.
   *
   * @default - give `workgroupName`
   */
  readonly workgroup?: redshiftserverless.CfnWorkgroup;

  /**
   * The name of the workgroup: 3–64 lower-case letters, digits and hyphens. With `ownerAccount`, the name of the
   * workgroup in that account.
   *
   * @default - give `workgroup`
   * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateEndpointAccess.html
   */
  readonly workgroupName?: string;

  /**
   * The 12-digit account that owns the workgroup, when it is another account. That account must first grant this one
   * access to the workgroup (`RedshiftServerlessEndpointAuthorization` there, or its own resource policy).
   *
   * With `workgroup`, only for a workgroup of another account's stack, and then that account.
   *
   * @default - the literal account of `workgroup`'s stack when it is not this stack's; else none: the workgroup is in
   * this stack's account
   * @see https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-connecting.html
   */
  readonly ownerAccount?: string;

  /**
   * The VPC the endpoint is placed in; the subnets are chosen with `vpcSubnets`, and a security group is created in it
   * when `securityGroups` is not given.
   *
   * @default - give `subnetIds` (and `securityGroups`)
   */
  readonly vpc?: ec2.IVpc;

  /**
   * Which subnets of `vpc` Redshift Serverless may place the endpoint in.
   *
   * @default - the VPC's private subnets (isolated or with egress), as `vpc.selectSubnets()` chooses them
   */
  readonly vpcSubnets?: ec2.SubnetSelection;

  /**
   * The IDs of the subnets Redshift Serverless chooses one of for the endpoint, when there is no `vpc`.
   *
   * @default - the subnets of `vpc` selected by `vpcSubnets`
   */
  readonly subnetIds?: string[];

  /**
   * The security groups of the endpoint. They are the only setting that changes in place; `connections` allows
   * traffic through them.
   *
   * @default - a new security group in `vpc` (without `vpc`, security groups must be given)
   */
  readonly securityGroups?: ec2.ISecurityGroup[];
}

/**
 * Attributes of an existing Redshift Serverless managed VPC endpoint.
 */
export interface RedshiftServerlessManagedEndpointAttributes {
  /**
   * The endpoint's name.
   */
  readonly endpointName: string;

  /**
   * The DNS address of the endpoint.
   */
  readonly endpointAddress: string;

  /**
   * The port the endpoint serves on: its workgroup's port.
   *
   * @default 5439
   */
  readonly port?: number;

  /**
   * The endpoint's security groups, for `connections`.
   */
  readonly securityGroups: ec2.ISecurityGroup[];
}

/**
 * A Redshift Serverless managed VPC endpoint.
 */
export interface IRedshiftServerlessManagedEndpoint extends IResource, ec2.IConnectable {
  /**
   * The endpoint's name.
   *
   * @attribute
   */
  readonly endpointName: string;

  /**
   * The DNS address of the endpoint.
   *
   * @attribute
   */
  readonly endpointAddress: string;

  /**
   * The port of the endpoint, as a string (a custom resource's attributes are strings).
   *
   * @attribute
   */
  readonly endpointPort: string;
}
