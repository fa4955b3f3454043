import { RemovalPolicy, Stack, aws_kms as kms, aws_logs as logs } from 'aws-cdk-lib';
import { aws } from '../../lib';

/** Twenty partner accounts, from a range that no real account uses in examples. */
const PARTNERS = Array.from({ length: 20 }, (_, i) => `1000000000${String(i).padStart(2, '0')}`);

/**
 * Shares three manual snapshots of an encrypted cluster with 20 accounts each: every account may restore them and use
 * the cluster's KMS key for that restore. The three shares use one handler function, whose role may grant access to
 * the three snapshots only; the nightly share keeps its grants if it is ever removed from the stack.
 */
export function addSnapshotShareExample(stack: Stack): void {
  const clusterKey = new kms.Key(stack, 'ClusterKey', {
    description: 'Encrypts the analytics cluster and its snapshots',
    enableKeyRotation: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });

  const nightly = new aws.SnapshotShare(stack, 'NightlySnapshotShare', {
    snapshotIdentifier: 'analytics-nightly',
    snapshotClusterIdentifier: 'analytics',
    accounts: PARTNERS.slice(0, 19),
    encryptionKey: clusterKey,
    logRetention: logs.RetentionDays.SIX_MONTHS,
  });
  nightly.addAccount(PARTNERS[19]);
  nightly.applyRemovalPolicy(RemovalPolicy.RETAIN);

  for (const period of ['weekly', 'monthly']) {
    new aws.SnapshotShare(stack, `${period[0].toUpperCase()}${period.slice(1)}SnapshotShare`, {
      snapshotIdentifier: `analytics-${period}`,
      snapshotClusterIdentifier: 'analytics',
      accounts: PARTNERS,
      encryptionKey: clusterKey,
    });
  }
}
