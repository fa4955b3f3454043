/**
 * A Redshift-managed VPC endpoint to an RA3 cluster, reachable from a client security group, and an authorization
 * that lets a second account create endpoints to the same cluster. No account, no lookups: synthesizes offline.
 */
import { Stack, aws_ec2 as ec2, aws_redshift as redshift } from 'aws-cdk-lib';
import { aws } from '../../lib';

/** The account that may create its own managed endpoints to the cluster. */
const PARTNER_ACCOUNT = '111122223333';

export function addRedshiftExample(stack: Stack): void {
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    maxAzs: 2,
    natGateways: 0,
    subnetConfiguration: [{ name: 'data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  });

  // Relocation needs a subnet group spanning more than one Availability Zone.
  const subnetGroup = new redshift.CfnClusterSubnetGroup(stack, 'SubnetGroup', {
    description: 'Subnets of the cluster and its managed endpoint',
    subnetIds: vpc.isolatedSubnets.map(s => s.subnetId),
  });

  // Managed endpoints need RA3, availability-zone relocation, no public access, and a port in 5431-5455 or 8191-8215.
  const cluster = new redshift.CfnCluster(stack, 'Cluster', {
    clusterType: 'multi-node',
    numberOfNodes: 2,
    nodeType: 'ra3.xlplus',
    dbName: 'analytics',
    masterUsername: 'admin',
    manageMasterPassword: true,
    encrypted: true,
    availabilityZoneRelocation: true,
    publiclyAccessible: false,
    port: 5439,
    clusterSubnetGroupName: subnetGroup.ref,
  });

  // Like ec2.InterfaceVpcEndpoint: the endpoint gets its own cluster subnet group of the VPC's isolated subnets and its
  // own security group (no rules until `connections` opens it).
  const endpoint = new aws.RedshiftManagedEndpoint(stack, 'Endpoint', {
    cluster,
    endpointName: 'analytics-reporting',
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  });

  const clients = new ec2.SecurityGroup(stack, 'Clients', { vpc, description: 'Reporting clients' });
  endpoint.connections.allowDefaultPortFrom(clients, 'Reporting clients to Redshift');

  new aws.RedshiftEndpointAuthorization(stack, 'PartnerAccess', {
    cluster,
    account: PARTNER_ACCOUNT,
    forceRevoke: false,
  });
}
