/**
 * Shared fixtures of the Redshift construct tests.
 */
import { Stack, aws_ec2 as ec2, aws_redshift as redshift } from 'aws-cdk-lib';

export const SG_ID = 'sg-0123456789abcdef0';
export const OTHER_ACCOUNT = '111122223333';

let imported = 0;

/** An imported security group with a realistic id. */
export function securityGroup(stack: Stack, id = SG_ID): ec2.ISecurityGroup {
  return ec2.SecurityGroup.fromSecurityGroupId(stack, `Sg${++imported}`, id);
}

/** A cluster that meets every managed-endpoint prerequisite; `overrides` breaks some. */
export function ra3Cluster(stack: Stack, overrides: Partial<redshift.CfnClusterProps> = {}, id = 'Cluster'): redshift.CfnCluster {
  return new redshift.CfnCluster(stack, id, {
    clusterType: 'multi-node',
    numberOfNodes: 2,
    nodeType: 'ra3.xlplus',
    dbName: 'dev',
    masterUsername: 'admin',
    manageMasterPassword: true,
    availabilityZoneRelocation: true,
    ...overrides,
  });
}
