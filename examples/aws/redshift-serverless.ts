/**
 * Redshift Serverless private access, both sides in one stack for the example: a workgroup with a managed VPC endpoint
 * in another VPC, reachable from a client security group, and a grant that lets a partner account create endpoints to
 * the same workgroup, and a snapshot shared with that account. No account, no lookups: synthesizes offline.
 */
import { Stack, aws_ec2 as ec2, aws_redshiftserverless as redshiftserverless } from 'aws-cdk-lib';
import { aws } from '../../lib';

/** The account that may create its own managed endpoints to the workgroup. */
const PARTNER_ACCOUNT = '111122223333';

export function addRedshiftServerlessExample(stack: Stack): void {
  const isolated = (id: string) => new ec2.Vpc(stack, id, {
    maxAzs: 3,
    natGateways: 0,
    subnetConfiguration: [{ name: 'data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  });
  const dataVpc = isolated('ServerlessVpc');
  const clientVpc = isolated('ClientVpc');

  const namespace = new redshiftserverless.CfnNamespace(stack, 'Namespace', {
    namespaceName: 'analytics',
    manageAdminPassword: true,
    adminUsername: 'admin',
  });
  const workgroup = new redshiftserverless.CfnWorkgroup(stack, 'Workgroup', {
    workgroupName: 'analytics',
    namespaceName: namespace.ref,
    subnetIds: dataVpc.isolatedSubnets.map(s => s.subnetId),
    publiclyAccessible: false,
    port: 5439,
  });

  // The endpoint puts the workgroup into the client VPC, with a security group of its own.
  const endpoint = new aws.RedshiftServerlessManagedEndpoint(stack, 'ServerlessEndpoint', {
    endpointName: 'analytics-clients',
    workgroup,
    vpc: clientVpc,
  });
  const clients = new ec2.SecurityGroup(stack, 'ServerlessClients', { vpc: clientVpc, description: 'Analytics clients' });
  endpoint.connections.allowDefaultPortFrom(clients, 'Analytics clients to Redshift Serverless');

  // A snapshot of the namespace, which the partner may restore into its own namespace.
  const snapshot = new redshiftserverless.CfnSnapshot(stack, 'NightlySnapshot', { snapshotName: 'analytics-nightly', namespaceName: namespace.ref });
  new aws.SnapshotShare(stack, 'ServerlessSnapshotShare', { snapshot, accounts: [PARTNER_ACCOUNT] });

  // The partner creates its endpoint in its own account, with workgroupName 'analytics' and ownerAccount set to ours.
  new aws.RedshiftServerlessEndpointAuthorization(stack, 'ServerlessPartnerAccess', {
    workgroup,
    account: PARTNER_ACCOUNT,
  });
}
