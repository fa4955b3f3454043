import * as cdk from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as redshift from 'aws-cdk-lib/aws-redshift';
import * as redshiftserverless from 'aws-cdk-lib/aws-redshiftserverless';
import { Construct } from 'constructs';
import { aws } from 'private-access-constructs';

export interface ClusterOwnerStackProps extends cdk.StackProps {
  /** The account that may create managed endpoints to the cluster and the workgroup. */
  readonly consumerAccount: string;
}

/** The data account: an RA3 cluster and a Serverless workgroup, and the grants that let the consumer reach them. */
export class ClusterOwnerStack extends cdk.Stack {
  public readonly cluster: redshift.CfnCluster;
  public readonly workgroup: redshiftserverless.CfnWorkgroup;

  constructor(scope: Construct, id: string, props: ClusterOwnerStackProps) {
    super(scope, id, props);
    const parameters = new redshift.CfnClusterParameterGroup(this, 'ClusterParameters', {
      description: 'TLS only, with user activity logs',
      parameterGroupFamily: 'redshift-1.0',
      parameters: [
        { parameterName: 'require_ssl', parameterValue: 'true' },
        { parameterName: 'enable_user_activity_logging', parameterValue: 'true' },
      ],
    });
    this.cluster = new redshift.CfnCluster(this, 'Cluster', {
      clusterIdentifier: 'analytics',
      clusterType: 'multi-node',
      numberOfNodes: 2,
      nodeType: 'ra3.xlplus',
      dbName: 'analytics',
      masterUsername: 'admin',
      manageMasterPassword: true,
      encrypted: true,
      availabilityZoneRelocation: true,
      publiclyAccessible: false,
      port: 5440,
      clusterSubnetGroupName: 'analytics-subnets',
      clusterParameterGroupName: parameters.ref,
      enhancedVpcRouting: true,
      loggingProperties: { logDestinationType: 's3', bucketName: 'analytics-audit-logs' },
    });
    const namespace = new redshiftserverless.CfnNamespace(this, 'Namespace', {
      namespaceName: 'analytics',
      manageAdminPassword: true,
      adminUsername: 'admin',
    });
    this.workgroup = new redshiftserverless.CfnWorkgroup(this, 'Workgroup', {
      workgroupName: 'analytics',
      namespaceName: namespace.ref,
      subnetIds: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1', 'subnet-0123456789abcdef2'],
      publiclyAccessible: false,
    });

    new aws.RedshiftEndpointAuthorization(this, 'ConsumerEndpoints', { cluster: this.cluster, account: props.consumerAccount });
    new aws.RedshiftServerlessEndpointAuthorization(this, 'ConsumerServerlessEndpoints', {
      workgroup: this.workgroup,
      account: props.consumerAccount,
    });
  }
}

export interface EndpointConsumerStackProps extends cdk.StackProps {
  readonly cluster: redshift.CfnCluster;
  readonly workgroup: redshiftserverless.CfnWorkgroup;
}

/** The consumer account: managed endpoints in its own VPC to the owner's cluster and workgroup. */
export class EndpointConsumerStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: EndpointConsumerStackProps) {
    super(scope, id, props);
    const clients = ec2.SecurityGroup.fromSecurityGroupId(this, 'Clients', 'sg-0fedcba9876543210');
    new aws.RedshiftManagedEndpoint(this, 'ReportingEndpoint', {
      cluster: props.cluster,
      endpointName: 'analytics-reporting',
      subnetGroupName: 'reporting-subnets',
      securityGroups: [clients],
    });
    new aws.RedshiftServerlessManagedEndpoint(this, 'ServerlessEndpoint', {
      workgroup: props.workgroup,
      endpointName: 'analytics-clients',
      subnetIds: ['subnet-0fedcba9876543210'],
      securityGroups: [clients],
    });
  }
}
