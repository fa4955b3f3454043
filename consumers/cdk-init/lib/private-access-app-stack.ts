import * as cdk from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { aws } from 'private-access-constructs';

export interface PrivateAccessAppStackProps extends cdk.StackProps {
  /** Also shares the snapshot with this stack's own account, which the library refuses. */
  readonly shareWithOwnAccount?: boolean;
}

/** Every AWS construct of the library, on a cluster and a workgroup that exist already. */
export class PrivateAccessAppStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: PrivateAccessAppStackProps) {
    super(scope, id, props);
    const partner = '210987654321';
    const clients = ec2.SecurityGroup.fromSecurityGroupId(this, 'Clients', 'sg-0123456789abcdef0');

    new aws.RedshiftManagedEndpoint(this, 'ReportingEndpoint', {
      clusterIdentifier: 'analytics',
      endpointName: 'analytics-reporting',
      subnetGroupName: 'reporting-subnets',
      securityGroups: [clients],
    });
    new aws.RedshiftEndpointAuthorization(this, 'PartnerEndpoints', { clusterIdentifier: 'analytics', account: partner });

    const snapshotKey = new kms.Key(this, 'SnapshotKey', { description: 'Encrypts the analytics cluster', enableKeyRotation: true });
    const accounts = props.shareWithOwnAccount ? [partner, this.account] : [partner];
    new aws.SnapshotShare(this, 'NightlyShare', {
      snapshotIdentifier: 'analytics-nightly',
      snapshotClusterIdentifier: 'analytics',
      accounts,
      encryptionKey: snapshotKey,
    });

    new aws.RedshiftServerlessManagedEndpoint(this, 'ServerlessEndpoint', {
      workgroupName: 'analytics',
      endpointName: 'analytics-clients',
      subnetIds: ['subnet-0123456789abcdef0'],
      securityGroups: [clients],
    });
    new aws.RedshiftServerlessEndpointAuthorization(this, 'PartnerServerlessEndpoints', { workgroupName: 'analytics', account: partner });
    new aws.SnapshotShare(this, 'ServerlessShare', {
      snapshotArn: `arn:aws:redshift-serverless:eu-west-1:${this.account}:snapshot/0f8e2c1a-5b7d-4e3f-9a6c-1d2b3c4e5f60`,
      accounts: [partner],
    });
  }
}
