import type { IResource } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as redshift from 'aws-cdk-lib/aws-redshift';
import type * as redshiftserverless from 'aws-cdk-lib/aws-redshiftserverless';

/**
 * A share of a Redshift snapshot.
 */
export interface ISnapshotShare extends IResource {
  /**
   * The ARN the share's permissions are scoped to: the snapshot's ARN, or `…:snapshot:*\/<name>` when only the
   * snapshot identifier is known.
   */
  readonly snapshotArn: string;

  /**
   * The account that owns the snapshot (the only one that can share it).
   */
  readonly ownerAccount: string;
}

/**
 * Properties of a `SnapshotShare`.
 */
export interface SnapshotShareProps {
  /**
   * The identifier of the manual snapshot to share. Give exactly one of `snapshotIdentifier`, `snapshotArn` and
   * `snapshot`.
   *
   * @default - `snapshotArn` or `snapshot` names the snapshot
   * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeSnapshotAccess.html
   */
  readonly snapshotIdentifier?: string;

  /**
   * The ARN of the manual snapshot to share: a provisioned cluster's (`arn:<partition>:redshift:<region>:<account>:
   * snapshot:<cluster>/<name>`) or a Redshift Serverless one (`arn:<partition>:redshift-serverless:<region>:<account>:
   * snapshot/<id>`). A token is taken for a provisioned snapshot's ARN. Give exactly one of `snapshotIdentifier`,
   * `snapshotArn` and `snapshot`.
   *
   * @default - `snapshotIdentifier` or `snapshot` names the snapshot
   */
  readonly snapshotArn?: string;

  /**
   * The manual snapshot to share, defined in this app: a provisioned cluster's (`AWS::Redshift::Snapshot`, named by
   * its identifier and cluster) or a Redshift Serverless one (`AWS::RedshiftServerless::Snapshot`, shared through its
   * resource policy). The share is deployed after it. Give exactly one of `snapshotIdentifier`, `snapshotArn` and
   * `snapshot`.
   *
   * @default - `snapshotIdentifier` or `snapshotArn` names the snapshot
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-redshift-snapshot.html
   */
  readonly snapshot?: redshift.CfnSnapshot | redshiftserverless.CfnSnapshot;

  /**
   * The identifier of the cluster the snapshot was taken from. With `snapshotIdentifier`, it scopes the permission to
   * grant access to `snapshot:<cluster>/<name>`. Not with `snapshot`, which names its cluster.
   *
   * @default - the cluster of `snapshotArn` or `snapshot`; with `snapshotIdentifier`, the permission to grant covers
   * `snapshot:*\/<name>` (any cluster's snapshot of that name in this account and region)
   */
  readonly snapshotClusterIdentifier?: string;

  /**
   * The accounts that may restore the snapshot: 12-digit account ids or `amazon-redshift-support`, 1–20, no
   * duplicates, not the owner. For a Redshift Serverless snapshot: 12-digit account ids, at least one (Redshift
   * Serverless documents no limit and no support account). Entries may be tokens (two entries that resolve alike are a duplicate); the list itself
   * must be literal, so that its size, its entries and the key grants of `encryptionKey` are checked at synth.
   */
  readonly accounts: string[];

  /**
   * The KMS key the snapshot is encrypted with. Its key policy lets each account (not `amazon-redshift-support`) use
   * the key only through Redshift in the key's region (`kms:ViaService: redshift.<region>.amazonaws.com`), for what a
   * restore needs: `kms:Decrypt` and `kms:DescribeKey`, and `kms:CreateGrant` for the restored cluster (only for an AWS
   * resource, `kms:GrantIsForAWSResource`, and only for the operations a cluster uses the key for,
   * `kms:GrantOperations`). The share's handler gets `kms:DescribeKey` on the key, which authorizing access to an
   * encrypted snapshot requires. The key must be defined in this app (an imported key's policy cannot be changed here).
   *
   * @default - the snapshot is not encrypted with a customer managed key; no key policy is changed
   * @see https://docs.aws.amazon.com/redshift/latest/mgmt/managing-snapshots-console.html#snapshot-share-access-kms-key
   * @see https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * How long the logs of the stack's share handler (which account was granted or revoked access, and when) are kept.
   * All shares of a stack use one handler function and log group: shares that set this must agree.
   *
   * @default logs.RetentionDays.ONE_YEAR
   * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html
   */
  readonly logRetention?: logs.RetentionDays;
}
