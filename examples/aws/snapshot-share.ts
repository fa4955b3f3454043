import { RemovalPolicy, Stack, aws_kms as kms } from 'aws-cdk-lib';
import { aws } from '../../lib';

/**
 * Shares a manual snapshot of an encrypted cluster with two accounts: each account may restore it and use the
 * cluster's KMS key for that restore.
 */
export function addSnapshotShareExample(stack: Stack): void {
  const clusterKey = new kms.Key(stack, 'ClusterKey', {
    description: 'Encrypts the analytics cluster and its snapshots',
    enableKeyRotation: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });

  const share = new aws.SnapshotShare(stack, 'NightlySnapshotShare', {
    snapshotIdentifier: 'analytics-nightly',
    snapshotClusterIdentifier: 'analytics',
    accounts: ['123456789012'],
    encryptionKey: clusterKey,
  });
  share.addAccount('210987654321');
}
