import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { IConstruct } from 'constructs';
import { SnapshotShareFunction } from './snapshot-share-function';
import { checkNow } from './validation';

/**
 * What each grantee account may do with the snapshot's key, and only through Redshift in the key's region
 * (`kms:ViaService`), never by calling KMS itself. Restoring a shared encrypted snapshot needs the key shared with the
 * restoring account with `kms:Decrypt`; Redshift also reads the key (`kms:DescribeKey`) and, for the restored cluster,
 * creates a grant on the account's behalf (`kms:CreateGrant`, allowed only for an AWS resource).
 *
 * @see https://docs.aws.amazon.com/redshift/latest/mgmt/managing-snapshots-console.html#snapshot-share-access-kms-key
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-grant-is-for-aws-resource
 */
const RESTORE_KEY_ACTIONS = ['kms:Decrypt', 'kms:DescribeKey'];
/** See `RESTORE_KEY_ACTIONS`. */
const RESTORE_KEY_GRANT_ACTIONS = ['kms:CreateGrant'];
/**
 * The only operations the grant Redshift creates for a restored cluster may allow (`kms:GrantOperations` with
 * `ForAllValues`). AWS does not list the operations of Redshift's grant, so these are the ones a cluster uses its root
 * key for (generating, decrypting and, on key rotation, re-encrypting its cluster key; reading the key; creating and
 * retiring its own grants). Left out: data key pairs, which Redshift does not use.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-grant-operations
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#terms-grant-operations
 */
const RESTORE_GRANT_OPERATIONS = ['Decrypt', 'Encrypt', 'GenerateDataKey', 'GenerateDataKeyWithoutPlaintext',
  'ReEncryptFrom', 'ReEncryptTo', 'DescribeKey', 'CreateGrant', 'RetireGrant'];

/** The `kms:ViaService` value of Redshift in a region (the AWS KMS condition-key table lists `redshift.<region>.amazonaws.com`). */
function redshiftService(region: string): string {
  return `redshift.${region}.amazonaws.com`;
}

/**
 * The key policy statements of one share's `encryptionKey`: each account the snapshot is shared with (not AWS Support)
 * may use the key through Redshift, for a restore. The statements are made with the first account and grow with each
 * one after it.
 */
export class SnapshotKeyGrants {
  private statements?: iam.PolicyStatement[];

  constructor(private readonly share: IConstruct, private readonly key: kms.IKey) {}

  /** Lets `account` restore the snapshot with the key; the first call also lets the share's handler read the key. */
  public grant(account: string): void {
    if (this.statements !== undefined) {
      for (const statement of this.statements) statement.addPrincipals(new iam.AccountPrincipal(account));
      return;
    }
    const key = this.key;
    // The key's own region: the restore runs where the key (and the snapshot) is.
    const viaRedshift = { 'kms:ViaService': redshiftService(Stack.of(key).region) };
    this.statements = [
      new iam.PolicyStatement({ actions: RESTORE_KEY_ACTIONS, resources: ['*'], conditions: { StringEquals: viaRedshift } }),
      new iam.PolicyStatement({
        actions: RESTORE_KEY_GRANT_ACTIONS,
        resources: ['*'],
        conditions: {
          'StringEquals': viaRedshift,
          'Bool': { 'kms:GrantIsForAWSResource': true },
          'ForAllValues:StringEquals': { 'kms:GrantOperations': RESTORE_GRANT_OPERATIONS },
        },
      }),
    ];
    for (const statement of this.statements) statement.addPrincipals(new iam.AccountPrincipal(account));
    const added = this.statements.every(s => key.addToResourcePolicy(s).statementAdded);
    // The identity that authorizes access to an encrypted snapshot needs kms:DescribeKey on its key.
    SnapshotShareFunction.of(this.share).grantDescribeKey(key.keyArn);
    if (!added) {
      checkNow(this.share, v => v.fail('encryptionKey', key.node.path,
        'must be a key defined in this app: the key policy of an imported key cannot be changed here. '
        + `Grant ${[...RESTORE_KEY_ACTIONS, ...RESTORE_KEY_GRANT_ACTIONS].join(', ')} (with kms:ViaService ${redshiftService('<region>')}) `
        + 'in the key\'s own policy and leave encryptionKey unset'));
    }
  }
}
