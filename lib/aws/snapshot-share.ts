import { createHash } from 'crypto';
import { Annotations, Arn, ArnFormat, Fn, Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct, IConstruct } from 'constructs';
import { notTheStackAccount } from './private/account';
import { validateAtSynth, validateProps } from './private/validation';
import { AWS_SUPPORT_ACCOUNT, SNAPSHOT_SHARE_RULES, parseSnapshotArn } from './snapshot-share-rules';
import { Rule, rule } from '../core/rules';
import { Validator } from '../core/validator';

/**
 * KMS actions a grantee account needs on the snapshot's key to restore it: Redshift in the restoring account reads
 * the key (`DescribeKey`), decrypts the snapshot's data key (`Decrypt`), and creates a grant for the restored cluster
 * (`CreateGrant`, allowed only when an AWS service asks on the account's behalf). Nothing that encrypts or re-encrypts
 * data with the owner's key is granted.
 */
const RESTORE_KEY_ACTIONS = ['kms:DescribeKey', 'kms:Decrypt'];
/** See `RESTORE_KEY_ACTIONS`. */
const RESTORE_KEY_GRANT_ACTIONS = ['kms:CreateGrant'];

/** Matches the names of the errors a revoke may ignore, SDK v2 (`AuthorizationNotFound`) and v3 (`…Fault`). */
const REVOKE_IGNORED_ERRORS = '^(AuthorizationNotFound|ClusterSnapshotNotFound)(Fault)?$';
/** Matches the error of authorizing an account that already has access, which leaves the desired state. */
const AUTHORIZE_IGNORED_ERRORS = '^AuthorizationAlreadyExists(Fault)?$';

/**
 * A share of a Redshift snapshot.
 */
export interface ISnapshotShare extends IConstruct {
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
   * The identifier of the manual snapshot to share. Give exactly one of `snapshotIdentifier` and `snapshotArn`.
   *
   * @default - `snapshotArn` names the snapshot
   * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeSnapshotAccess.html
   */
  readonly snapshotIdentifier?: string;

  /**
   * The ARN of the manual snapshot to share. Give exactly one of `snapshotIdentifier` and `snapshotArn`.
   *
   * @default - `snapshotIdentifier` names the snapshot
   */
  readonly snapshotArn?: string;

  /**
   * The identifier of the cluster the snapshot was taken from. With `snapshotIdentifier`, it scopes the permissions
   * to `snapshot:<cluster>/<name>` and lets the revoke work after the snapshot is gone.
   *
   * @default - the permissions cover `snapshot:*\/<name>` (any cluster's snapshot of that name in this account and region)
   */
  readonly snapshotClusterIdentifier?: string;

  /**
   * The accounts that may restore the snapshot: 12-digit account ids or `amazon-redshift-support`, 1–20, no
   * duplicates, not the owner. Entries may be tokens; the list itself must be literal (one resource per account).
   */
  readonly accounts: string[];

  /**
   * The KMS key the snapshot is encrypted with. Its key policy gets the actions a restore needs
   * (`kms:DescribeKey`, `kms:Decrypt`, and `kms:CreateGrant` for AWS services) for each account.
   * The key must be defined in this app (an imported key's policy cannot be changed here).
   *
   * @default - the snapshot is not encrypted with a customer managed key; no key policy is changed
   */
  readonly encryptionKey?: kms.IKey;
}

/**
 * Shares a Redshift manual snapshot with other AWS accounts.
 *
 * Each account is its own custom resource (`AuthorizeSnapshotAccess` on create and update,
 * `RevokeSnapshotAccess` on delete), so adding or removing an account on an update authorizes or revokes exactly
 * that account. All shares in a stack use the one `AwsCustomResource` handler function.
 *
 * @resource Custom::AWS
 */
export class SnapshotShare extends Construct implements ISnapshotShare {
  /**
   * The ARN the share's permissions are scoped to: `snapshotArn`, or the ARN built from the identifier and cluster
   * (`…:snapshot:*\/<name>` without a cluster).
   */
  public readonly snapshotArn: string;

  /**
   * The account that owns the snapshot: the ARN's account, or the stack's.
   */
  public readonly ownerAccount: string;

  private readonly props: SnapshotShareProps;
  private readonly snapshotName: string;
  private readonly policy: cr.AwsCustomResourcePolicy;
  private readonly shared: string[] = [];
  private readonly ids = new Set<string>();
  private keyStatements?: iam.PolicyStatement[];

  constructor(scope: Construct, id: string, props: SnapshotShareProps) {
    super(scope, id);
    this.props = props;

    validateProps(this, v => this.validate(v));

    const stack = Stack.of(this);
    if (props.snapshotArn !== undefined) {
      this.snapshotArn = props.snapshotArn;
      const literal = Token.isUnresolved(props.snapshotArn) ? undefined : parseSnapshotArn(props.snapshotArn);
      this.snapshotName = literal?.name ?? Fn.select(1, Fn.split('/', props.snapshotArn));
      this.ownerAccount = literal?.account ?? Arn.split(props.snapshotArn, ArnFormat.COLON_RESOURCE_NAME).account!;
    } else {
      const name = props.snapshotIdentifier!;
      this.snapshotArn = stack.formatArn({
        service: 'redshift',
        resource: 'snapshot',
        resourceName: `${props.snapshotClusterIdentifier ?? '*'}/${name}`,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      });
      this.snapshotName = name;
      this.ownerAccount = stack.account;
      if (props.snapshotClusterIdentifier === undefined) {
        Annotations.of(this).addWarningV2('private-access-constructs:aws.SnapshotShare.noClusterIdentifier',
          'snapshotClusterIdentifier is not set: the permissions cover snapshot:*/<name>, and revoking access after '
          + 'the snapshot is deleted fails (Redshift needs the cluster to check permissions). Set it when you know it.');
      }
    }
    this.policy = cr.AwsCustomResourcePolicy.fromStatements([new iam.PolicyStatement({
      actions: ['redshift:AuthorizeSnapshotAccess', 'redshift:RevokeSnapshotAccess'],
      resources: [this.snapshotArn],
    })]);

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
    validateProps(this, v => {
      v.check(`accounts[${this.shared.length}]`, account, ...this.accountRules());
      if (this.ids.has(this.accountId(account))) v.fail('accounts', account, 'is already shared with');
    });
    this.share(account);
  }

  private validate(v: Validator): void {
    const { snapshotIdentifier, snapshotArn, snapshotClusterIdentifier, accounts } = this.props;
    v.exactlyOneOf(this.props, 'snapshotIdentifier', 'snapshotArn');
    v.check('snapshotIdentifier', snapshotIdentifier, ...SNAPSHOT_SHARE_RULES.snapshotIdentifier);
    v.check('snapshotClusterIdentifier', snapshotClusterIdentifier, ...SNAPSHOT_SHARE_RULES.snapshotClusterIdentifier);
    v.check('snapshotArn', snapshotArn, ...SNAPSHOT_SHARE_RULES.snapshotArn, ...this.arnRules());

    if (v.isUnresolved(accounts)) {
      v.fail('accounts', accounts, 'must be a literal list (its entries may be tokens): each account becomes its own resource');
      return;
    }
    v.checkList('accounts', accounts, { list: SNAPSHOT_SHARE_RULES.accounts, each: this.accountRules() });
    // Token entries count too: two entries that resolve alike would be one account shared twice.
    const seen = new Set<string>();
    for (const account of accounts ?? []) {
      const key = this.accountId(account);
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
    return [...SNAPSHOT_SHARE_RULES.account, notTheStackAccount(this), notOwner];
  }

  /** The ARN must name a snapshot this stack can share: same account and region, same cluster if both are given. */
  private arnRules(): Rule<string>[] {
    const stack = Stack.of(this);
    const cluster = this.props.snapshotClusterIdentifier;
    const known = (x: string | undefined): x is string => x !== undefined && !Token.isUnresolved(x);
    return [
      rule(`must be in the stack's region (${stack.region}): snapshots are shared in their own region`,
        v => !known(stack.region) || parseSnapshotArn(v)!.region === stack.region),
      rule(`must be owned by the stack's account (${stack.account}): only the owner can share a snapshot`,
        v => !known(stack.account) || parseSnapshotArn(v)!.account === stack.account),
      rule(`must name the cluster given in snapshotClusterIdentifier (${cluster})`,
        v => !known(cluster) || parseSnapshotArn(v)!.cluster === cluster),
    ];
  }

  private share(account: string): void {
    const id = this.accountId(account);
    this.ids.add(id);
    this.shared.push(account);

    const parameters = {
      AccountWithRestoreAccess: account,
      SnapshotIdentifier: this.props.snapshotIdentifier,
      SnapshotArn: this.props.snapshotArn,
      SnapshotClusterIdentifier: this.props.snapshotClusterIdentifier,
    };
    // Keyed on snapshot name and account: a new snapshot gets a new id (CloudFormation then revokes the old one),
    // while naming the same snapshot differently (identifier or ARN) keeps the id and revokes nothing.
    const physicalResourceId = cr.PhysicalResourceId.of(`${this.snapshotName}:${account}`);
    const authorize: cr.AwsSdkCall = {
      service: 'Redshift',
      action: 'authorizeSnapshotAccess',
      parameters,
      physicalResourceId,
      ignoreErrorCodesMatching: AUTHORIZE_IGNORED_ERRORS,
      // The full snapshot description can exceed the 4 KB custom resource response limit.
      outputPaths: ['Snapshot.SnapshotIdentifier'],
    };
    new cr.AwsCustomResource(this, id, {
      onCreate: authorize,
      onUpdate: authorize,
      onDelete: {
        service: 'Redshift',
        action: 'revokeSnapshotAccess',
        parameters,
        physicalResourceId,
        ignoreErrorCodesMatching: REVOKE_IGNORED_ERRORS,
        outputPaths: ['Snapshot.SnapshotIdentifier'],
      },
      policy: this.policy,
      installLatestAwsSdk: false,
    });
    this.grantKey(account);
  }

  /**
   * A construct id derived from the account, never from its position, so reordering or removing other accounts
   * leaves this account's resource untouched. A token account is keyed on what it resolves to (e.g. `{Ref: P}`).
   */
  private accountId(account: string): string {
    if (!Token.isUnresolved(account)) return `Account${account}`;
    const resolved = JSON.stringify(Stack.of(this).resolve(account));
    return `Account${createHash('sha256').update(resolved).digest('hex').slice(0, 12)}`;
  }

  private grantKey(account: string): void {
    const key = this.props.encryptionKey;
    if (key === undefined || account === AWS_SUPPORT_ACCOUNT) return;
    if (this.keyStatements === undefined) {
      this.keyStatements = [
        new iam.PolicyStatement({ actions: RESTORE_KEY_ACTIONS, resources: ['*'] }),
        new iam.PolicyStatement({
          actions: RESTORE_KEY_GRANT_ACTIONS,
          resources: ['*'],
          conditions: { Bool: { 'kms:GrantIsForAWSResource': true } },
        }),
      ];
      for (const statement of this.keyStatements) statement.addPrincipals(new iam.AccountPrincipal(account));
      const added = this.keyStatements.every(s => key.addToResourcePolicy(s).statementAdded);
      if (!added) {
        validateProps(this, v => v.fail('encryptionKey', key.node.path,
          'must be a key defined in this app: the key policy of an imported key cannot be changed here. '
          + `Grant ${[...RESTORE_KEY_ACTIONS, ...RESTORE_KEY_GRANT_ACTIONS].join(', ')} in the key's own policy and leave encryptionKey unset`));
      }
      return;
    }
    for (const statement of this.keyStatements) statement.addPrincipals(new iam.AccountPrincipal(account));
  }
}
