import { Annotations, Arn, ArnFormat, CfnResource, Lazy, Resource, Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as redshift from 'aws-cdk-lib/aws-redshift';
import { Construct } from 'constructs';
import { checkNotOwnAccount } from './private/account';
import { SNAPSHOT_SHARE_RESOURCE_TYPE, SnapshotShareProvider } from './private/snapshot-share-provider';
import { checkShape, validateAtSynth, validateProps } from './private/validation';
import { AWS_SUPPORT_ACCOUNT, SNAPSHOT_SHARE_PROPS, SNAPSHOT_SHARE_RULES, parseSnapshotArn, partitionOf } from './snapshot-share-rules';
import { ISnapshotShare, SnapshotShareProps } from './snapshot-share-types';
import { Rule, rule } from '../core/rules';
import { string } from '../core/shapes';
import { Validator } from '../core/validator';

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
 * Shares a Redshift manual snapshot with other AWS accounts.
 *
 * One custom resource carries the share's whole account set: creating it authorizes every account
 * (`AuthorizeSnapshotAccess`), an update authorizes the accounts added and revokes the ones removed, and deleting it
 * revokes its accounts (`RevokeSnapshotAccess`) except those another share declares: each share records what it
 * declares in a tag on the snapshot (its claim), so a renamed construct, an account moved between shares, or two
 * shares of one snapshot and account never take access away that a live share declares, and a rollback revokes only
 * what a share granted itself. All shares of a stack use one handler function, whose role may grant access only to
 * the shares' snapshots. `applyRemovalPolicy(RemovalPolicy.RETAIN)` keeps the grants when the share or its stack is
 * deleted.
 *
 * @resource Custom::RedshiftSnapshotShare
 */
export class SnapshotShare extends Resource implements ISnapshotShare {
  /**
   * The ARN the share's permissions are scoped to: `snapshotArn`, or the ARN built from the identifier and cluster
   * (`…:snapshot:*\/<name>` without a cluster).
   */
  public readonly snapshotArn: string;

  /**
   * The account that owns the snapshot: the ARN's account, or the stack's.
   */
  public readonly ownerAccount: string;

  /**
   * The `Custom::RedshiftSnapshotShare` resource (the default child, to which `applyRemovalPolicy` applies).
   */
  public readonly resource: CfnResource;

  private readonly props: SnapshotShareProps;
  private readonly shared: string[] = [];
  private readonly keys = new Set<string>();
  private keyStatements?: iam.PolicyStatement[];

  constructor(scope: Construct, id: string, props: SnapshotShareProps) {
    super(scope, id);
    // From here on the checked copy: later changes to the caller's objects cannot reach the construct.
    props = checkShape<SnapshotShareProps>(this, SNAPSHOT_SHARE_PROPS, props);
    this.props = props;

    validateProps(this, v => this.validate(v));

    const stack = Stack.of(this);
    const snapshot = props.snapshot;
    const identifier = snapshot?.snapshotIdentifier ?? props.snapshotIdentifier;
    const cluster = snapshot?.clusterIdentifier ?? props.snapshotClusterIdentifier;
    if (props.snapshotArn !== undefined) {
      this.snapshotArn = props.snapshotArn;
      const literal = Token.isUnresolved(props.snapshotArn) ? undefined : parseSnapshotArn(props.snapshotArn);
      this.ownerAccount = literal?.account ?? Arn.split(props.snapshotArn, ArnFormat.COLON_RESOURCE_NAME).account!;
    } else {
      this.snapshotArn = stack.formatArn({
        service: 'redshift',
        resource: 'snapshot',
        resourceName: `${cluster ?? '*'}/${identifier}`,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      });
      this.ownerAccount = stack.account;
      if (cluster === undefined) {
        Annotations.of(this).addWarningV2('private-access-constructs:aws.SnapshotShare.noClusterIdentifier',
          'snapshotClusterIdentifier is not set: the permission to grant access covers snapshot:*/<name>, any '
          + 'cluster\'s snapshot of that name in the stack\'s account and region. Set it when you know it.');
      }
    }

    const provider = SnapshotShareProvider.of(this, { logRetention: props.logRetention });
    provider.grantShare(this.snapshotArn);
    this.resource = new CfnResource(this, 'Resource', {
      type: SNAPSHOT_SHARE_RESOURCE_TYPE,
      properties: {
        ServiceToken: provider.serviceToken,
        SnapshotIdentifier: props.snapshotArn === undefined ? identifier : undefined,
        SnapshotArn: props.snapshotArn,
        SnapshotClusterIdentifier: cluster,
        // Rendered at synth, so that addAccount() reaches it; sorted, so that reordering the accounts changes nothing.
        Accounts: Lazy.list({ produce: () => this.sortedAccounts() }),
      },
    });
    if (snapshot) this.node.addDependency(snapshot);

    for (const account of props.accounts) this.share(account);

    // addAccount() can still break the per-snapshot limit after construction.
    validateAtSynth(this, v => v.checkList('accounts', this.shared, { list: SNAPSHOT_SHARE_RULES.accounts }));
  }

  /**
   * The accounts the snapshot is shared with.
   */
  public get accounts(): string[] {
    return [...this.shared];
  }

  /**
   * Shares the snapshot with one more account. An invalid or repeated account fails now; more than 20 accounts
   * fail at synth.
   */
  public addAccount(account: string): void {
    const property = `accounts[${this.shared.length}]`;
    validateProps(this, v => {
      // Callers without TypeScript's checks: a number would pass the account rules' patterns.
      if (v.checkArgument<string>(property, account, string()) === undefined) return;
      v.check(property, account, ...this.accountRules());
      checkNotOwnAccount(v, this, property, account);
      if (this.keys.has(this.accountKey(account))) v.fail('accounts', account, 'is already shared with');
    });
    this.share(account);
  }

  private validate(v: Validator): void {
    const { snapshotIdentifier, snapshotArn, snapshot, snapshotClusterIdentifier, accounts } = this.props;
    v.exactlyOneOf(this.props, 'snapshotIdentifier', 'snapshotArn', 'snapshot');
    v.check('snapshotIdentifier', snapshotIdentifier, ...SNAPSHOT_SHARE_RULES.snapshotIdentifier);
    v.check('snapshotClusterIdentifier', snapshotClusterIdentifier, ...SNAPSHOT_SHARE_RULES.snapshotClusterIdentifier);
    v.check('snapshotArn', snapshotArn, ...SNAPSHOT_SHARE_RULES.snapshotArn, ...this.arnRules());
    if (snapshot !== undefined) {
      if (!redshift.CfnSnapshot.isCfnSnapshot(snapshot)) {
        v.fail('snapshot', snapshot, 'must be a CfnSnapshot (AWS::Redshift::Snapshot)');
      } else {
        v.check('snapshot.snapshotIdentifier', snapshot.snapshotIdentifier, ...SNAPSHOT_SHARE_RULES.snapshotIdentifier);
        v.check('snapshot.clusterIdentifier', snapshot.clusterIdentifier, ...SNAPSHOT_SHARE_RULES.snapshotClusterIdentifier);
      }
      if (snapshotClusterIdentifier !== undefined) {
        v.fail('snapshotClusterIdentifier', snapshotClusterIdentifier,
          'must not be given together with snapshot: the snapshot names its cluster (snapshot.clusterIdentifier)');
      }
    }

    if (v.isUnresolved(accounts)) {
      v.fail('accounts', accounts, 'must be a literal list (its entries may be tokens): the 20-account limit, duplicates, '
        + 'the owner account and the key grants of encryptionKey are checked per entry at synth');
      return;
    }
    v.checkList('accounts', accounts, { list: SNAPSHOT_SHARE_RULES.accounts, each: this.accountRules() });
    // Token entries count too: two entries that resolve alike would be one account shared twice.
    const seen = new Set<string>();
    accounts.forEach((account, i) => checkNotOwnAccount(v, this, `accounts[${i}]`, account));
    for (const account of accounts ?? []) {
      const key = this.accountKey(account);
      if (seen.has(key)) v.fail('accounts', accounts, `must not contain ${v.render(account)} more than once`);
      seen.add(key);
    }
  }

  /** Rules that need the stack: the owner cannot share with itself. */
  private accountRules(): Rule<string>[] {
    const arn = this.props.snapshotArn;
    const owner = arn !== undefined && !Token.isUnresolved(arn) ? parseSnapshotArn(arn)?.account : undefined;
    const notOwner = rule<string>(`must not be the snapshot's owner account (${owner}): the owner always has access`,
      v => v !== owner);
    return [...SNAPSHOT_SHARE_RULES.account, notOwner];
  }

  /**
   * The ARN must name a snapshot this stack can share: same partition, account and region, same cluster if both are
   * given. The stack's partition is known when its region is: `stack.partition` stays a token even then.
   */
  private arnRules(): Rule<string>[] {
    const stack = Stack.of(this);
    const cluster = this.props.snapshotClusterIdentifier;
    const known = (x: string | undefined): x is string => x !== undefined && !Token.isUnresolved(x);
    const partition = known(stack.region) ? partitionOf(stack.region) : undefined;
    return [
      rule(`must be in the stack's partition (${partition}, of its region ${stack.region}): an account and its snapshots `
        + 'belong to one partition', v => partition === undefined || parseSnapshotArn(v)!.partition === partition),
      rule(`must be in the stack's region (${stack.region}): snapshots are shared in their own region`,
        v => !known(stack.region) || parseSnapshotArn(v)!.region === stack.region),
      rule(`must be owned by the stack's account (${stack.account}): only the owner can share a snapshot`,
        v => !known(stack.account) || parseSnapshotArn(v)!.account === stack.account),
      rule(`must name the cluster given in snapshotClusterIdentifier (${cluster})`,
        v => !known(cluster) || parseSnapshotArn(v)!.cluster === cluster),
    ];
  }

  private share(account: string): void {
    this.keys.add(this.accountKey(account));
    this.shared.push(account);
    this.grantKey(account);
  }

  /** The accounts in a stable order: literal ids first, then tokens by what they resolve to. */
  private sortedAccounts(): string[] {
    const keyed = this.shared.map(account => ({ account, key: this.accountKey(account) }));
    keyed.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    return keyed.map(k => k.account);
  }

  /**
   * What an account is compared by: its literal id, or for a token, what it resolves to (e.g. `{"Ref":"P"}`), so two
   * entries that resolve alike count as one account.
   */
  private accountKey(account: string): string {
    if (!Token.isUnresolved(account)) return account;
    return `~${JSON.stringify(Stack.of(this).resolve(account))}`;
  }

  private grantKey(account: string): void {
    const key = this.props.encryptionKey;
    if (key === undefined || account === AWS_SUPPORT_ACCOUNT) return;
    if (this.keyStatements === undefined) {
      // The key's own region: the restore runs where the key (and the snapshot) is.
      const viaRedshift = { 'kms:ViaService': redshiftService(Stack.of(key).region) };
      this.keyStatements = [
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
      for (const statement of this.keyStatements) statement.addPrincipals(new iam.AccountPrincipal(account));
      const added = this.keyStatements.every(s => key.addToResourcePolicy(s).statementAdded);
      // The identity that authorizes access to an encrypted snapshot needs kms:DescribeKey on its key.
      SnapshotShareProvider.of(this).grantDescribeKey(key.keyArn);
      if (!added) {
        validateProps(this, v => v.fail('encryptionKey', key.node.path,
          'must be a key defined in this app: the key policy of an imported key cannot be changed here. '
          + `Grant ${[...RESTORE_KEY_ACTIONS, ...RESTORE_KEY_GRANT_ACTIONS].join(', ')} (with kms:ViaService ${redshiftService('<region>')}) `
          + 'in the key\'s own policy and leave encryptionKey unset'));
      }
      return;
    }
    for (const statement of this.keyStatements) statement.addPrincipals(new iam.AccountPrincipal(account));
  }
}
