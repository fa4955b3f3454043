import type { IResource, aws_redshiftserverless as redshiftserverless } from 'aws-cdk-lib';

/**
 * Properties of a grant that lets another account create managed VPC endpoints to a Redshift Serverless workgroup.
 */
export interface RedshiftServerlessEndpointAuthorizationProps {
  /**
   * The workgroup, when it is defined in this app. A workgroup of another stack must be of this stack's account and
   * region (only its owner can put its resource policy); its literal `workgroupName` is rendered then.
   *
   * @default - give `workgroupName`
   */
  readonly workgroup?: redshiftserverless.CfnWorkgroup;

  /**
   * The name of a workgroup of this stack's account and region: 3–64 lower-case letters, digits and hyphens.
   *
   * @default - give `workgroup`
   */
  readonly workgroupName?: string;

  /**
   * The 12-digit account allowed to create endpoints to the workgroup.
   */
  readonly account: string;

  /**
   * The VPCs of that account in which it may create endpoints (`vpc-` and 1–17 letters or digits, each once).
   *
   * @default - every VPC of the account
   * @see https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-connecting.html
   */
  readonly vpcIds?: string[];
}

/**
 * A grant of access to a Redshift Serverless workgroup's managed VPC endpoints.
 */
export interface IRedshiftServerlessEndpointAuthorization extends IResource {
  /**
   * The name of the workgroup.
   *
   * @attribute
   */
  readonly workgroupName: string;

  /**
   * The account granted access.
   *
   * @attribute
   */
  readonly account: string;
}
