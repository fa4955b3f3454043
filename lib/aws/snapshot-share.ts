import {
  Annotations, Arn, ArnFormat, CfnResource, IResource, Lazy, Resource, Stack, Token, aws_kms as kms, aws_logs as logs, aws_redshift as redshift,
  aws_redshiftserverless as redshiftserverless,
} from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { checkNotOwnAccount, knownEnv } from './private/account';
import { isKey } from './private/engine-objects';
import { RedshiftServerlessFunction, SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE } from './private/redshift-serverless-function';
import { SnapshotKeyGrants } from './private/snapshot-key-grants';
import { SNAPSHOT_SHARE_RESOURCE_TYPE, SnapshotShareFunction } from './private/snapshot-share-function';
import { checkAtSynth, checkNow, checkPropsNow } from './private/validation';
import { checkLaterChanges } from './raw-resource-validation-plugin';
import { renderValue } from '../core/render';
import { Rule, rule } from '../core/rules';
import { integer, listOf, object, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';
import { AWS_SUPPORT_ACCOUNT, SNAPSHOT_SHARE_RULES, notSnapshotOwner, parseSnapshotArn, snapshotArnInEnv } from '../rules/aws/snapshot-share';

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

/** The run-time shape of `SnapshotShareProps`, for callers without TypeScript's checks. */
const SNAPSHOT_SHARE_PROPS = struct<SnapshotShareProps>('SnapshotShareProps', {
  snapshotIdentifier: optional(string()),
  snapshotArn: optional(string()),
  snapshot: optional(object('a redshift.CfnSnapshot or a redshiftserverless.CfnSnapshot')),
  snapshotClusterIdentifier: optional(string()),
  accounts: listOf(string(), 'account entries'),
  encryptionKey: optional(object('a kms.IKey', isKey)),
  logRetention: optional(integer()),
});

/**
 * Shares a Redshift manual snapshot with other AWS accounts. A Redshift Serverless snapshot is shared through its
 * resource policy instead (`RestoreFromSnapshot` for the accounts, in one statement of the share's own, which leaves
 * every other statement in place), by the stack's Redshift Serverless function; what follows is about provisioned
 * snapshots.
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
   * The run-time shapes of its props, for the shape tests.
   * @internal
   */
  public static readonly _shapes = { props: SNAPSHOT_SHARE_PROPS };

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
  private readonly keyGrants?: SnapshotKeyGrants;

  constructor(scope: Construct, id: string, props: SnapshotShareProps) {
    super(scope, id);
    // From here on the checked copy: later changes to the caller's objects cannot reach the construct.
    props = checkPropsNow<SnapshotShareProps>(this, SNAPSHOT_SHARE_PROPS, props, (v, checked) => checkSnapshotShareProps(v, this, checked));
    this.props = props;
    this.keyGrants = props.encryptionKey && new SnapshotKeyGrants(this, props.encryptionKey);

    const stack = Stack.of(this);
    const snapshot = props.snapshot;
    const serverless = isServerlessShare(props);
    // Rendered at every synth (uncached), so that addAccount() reaches it, also after a first synth; sorted, so that
    // reordering the accounts changes nothing.
    const accounts = Lazy.uncachedList({ produce: () => this.sortedAccounts() });
    if (serverless) {
      // A statement of the snapshot's resource policy, written by the stack's Redshift Serverless function.
      const serverlessSnapshot = snapshot as redshiftserverless.CfnSnapshot | undefined;
      this.snapshotArn = serverlessSnapshot?.attrSnapshotSnapshotArn ?? props.snapshotArn!;
      this.ownerAccount = props.snapshotArn !== undefined ? parseSnapshotArn(props.snapshotArn)!.account : stack.account;
      const serverlessFunction = RedshiftServerlessFunction.of(this);
      serverlessFunction.allowSnapshotShares();
      this.resource = new CfnResource(this, 'Resource', {
        type: SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE,
        properties: { ServiceToken: serverlessFunction.serviceToken, SnapshotArn: this.snapshotArn, Accounts: accounts },
      });
    } else {
      const provisioned = snapshot as redshift.CfnSnapshot | undefined;
      const identifier = provisioned?.snapshotIdentifier ?? props.snapshotIdentifier;
      const cluster = provisioned?.clusterIdentifier ?? props.snapshotClusterIdentifier;
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

      const shareFunction = SnapshotShareFunction.of(this, { logRetention: props.logRetention });
      shareFunction.grantShare(this.snapshotArn);
      this.resource = new CfnResource(this, 'Resource', {
        type: SNAPSHOT_SHARE_RESOURCE_TYPE,
        properties: {
          ServiceToken: shareFunction.serviceToken,
          SnapshotIdentifier: props.snapshotArn === undefined ? identifier : undefined,
          SnapshotArn: props.snapshotArn,
          SnapshotClusterIdentifier: cluster,
          Accounts: accounts,
        },
      });
    }
    if (snapshot) this.node.addDependency(snapshot);
    checkLaterChanges(this.resource);

    for (const account of props.accounts) this.share(account);

    // addAccount() can still break the per-snapshot limit after construction.
    checkAtSynth(this, v => v.checkList('accounts', this.shared, {
      list: serverless ? SNAPSHOT_SHARE_RULES.serverlessAccounts : SNAPSHOT_SHARE_RULES.accounts,
    }));
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
    checkNow(this, v => {
      // Callers without TypeScript's checks: a number would pass the account rules' patterns.
      if (v.checkArgument<string>(property, account, string()) === undefined) return;
      checkAccount(v, this, this.props, property, account);
      const key = (a: string) => accountKey(this, a);
      v.checkDistinct([...this.shared, account], i => `accounts[${i}]`, { key, tokenKey: key, start: this.shared.length });
    });
    this.share(account);
  }

  private share(account: string): void {
    this.shared.push(account);
    if (account !== AWS_SUPPORT_ACCOUNT) this.keyGrants?.grant(account);
  }

  /** The accounts in a stable order: literal ids first, then tokens by what they resolve to. */
  private sortedAccounts(): string[] {
    const keyed = this.shared.map(account => ({ account, key: accountKey(this, account) }));
    keyed.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    return keyed.map(k => k.account);
  }
}

// The checks of `SnapshotShare`, which apply its rules (`lib/rules/aws/snapshot-share.ts`). Some need the app (the
// snapshot construct, the stack's account and Region).

/** Whether the props name a Redshift Serverless snapshot (a `redshiftserverless.CfnSnapshot`, or such an ARN). */
function isServerlessShare(props: SnapshotShareProps): boolean {
  const snapshot = props.snapshot as { cfnResourceType?: unknown } | undefined;
  if (snapshot !== undefined && !Token.isUnresolved(snapshot)) return snapshot.cfnResourceType === SERVERLESS_SNAPSHOT_TYPE;
  const arn = props.snapshotArn;
  return arn !== undefined && !Token.isUnresolved(arn) && parseSnapshotArn(arn)?.serverless === true;
}

const SERVERLESS_SNAPSHOT_TYPE = 'AWS::RedshiftServerless::Snapshot';

/** Every rule on the props of `share`: the snapshot, how it is named, and each account. */
function checkSnapshotShareProps(v: Validator, share: IConstruct, props: SnapshotShareProps): void {
  const { snapshotIdentifier, snapshotArn, snapshot, snapshotClusterIdentifier, accounts } = props;
  const rules = SNAPSHOT_SHARE_RULES;
  v.exactlyOneOf(props, 'snapshotIdentifier', 'snapshotArn', 'snapshot');
  v.check('snapshotIdentifier', snapshotIdentifier, ...rules.snapshotIdentifier);
  v.check('snapshotClusterIdentifier', snapshotClusterIdentifier, ...rules.snapshotClusterIdentifier);
  v.check('snapshotArn', snapshotArn, ...rules.snapshotArn, ...arnRules(share, snapshotClusterIdentifier));
  const serverless = isServerlessShare(props);
  if (serverless) checkServerlessShare(v, props);
  if (v.isLiteral(snapshot) && !serverless) {
    if (!redshift.CfnSnapshot.isCfnSnapshot(snapshot)) {
      v.fail('snapshot', snapshot, 'must be a CfnSnapshot (AWS::Redshift::Snapshot) or a redshiftserverless.CfnSnapshot');
    } else {
      v.check('snapshot.snapshotIdentifier', snapshot.snapshotIdentifier, ...rules.snapshotIdentifier);
      v.check('snapshot.clusterIdentifier', snapshot.clusterIdentifier, ...rules.snapshotClusterIdentifier);
    }
    if (snapshotClusterIdentifier !== undefined) {
      v.fail('snapshotClusterIdentifier', snapshotClusterIdentifier,
        'must not be given together with snapshot: the snapshot names its cluster (snapshot.clusterIdentifier)');
    }
  }

  if (v.skips(accounts)) {
    v.fail('accounts', accounts, 'must be a literal list (its entries may be tokens): the 20-account limit, duplicates, '
      + 'the owner account and the key grants of encryptionKey are checked per entry at synth');
    return;
  }
  // Token entries count too: two entries that resolve alike would be one account shared twice.
  v.checkList('accounts', accounts, {
    list: serverless ? rules.serverlessAccounts : rules.accounts, each: accountRules(props), unique: true, tokenKey: a => accountKey(share, a),
  });
  accounts.forEach((account, i) => checkNotOwnAccount(v, share, `accounts[${i}]`, account));
}

/** The rules of one more account of a share (`addAccount`), named `property`. */
function checkAccount(v: Validator, share: IConstruct, props: SnapshotShareProps, property: string, account: string): void {
  v.check(property, account, ...accountRules(props));
  checkNotOwnAccount(v, share, property, account);
}

/**
 * What an account is compared by: its literal id, or for a token, what it resolves to (e.g. `{"Ref":"P"}`), so two
 * entries that resolve alike count as one account.
 */
function accountKey(share: IConstruct, account: string): string {
  if (!Token.isUnresolved(account)) return account;
  return `~${JSON.stringify(Stack.of(share).resolve(account))}`;
}

/** An account's rules, with the one that needs the snapshot's ARN: the owner cannot share with itself. */
function accountRules(props: SnapshotShareProps): Rule<string>[] {
  const arn = props.snapshotArn;
  const notOwner = notSnapshotOwner(arn !== undefined && !Token.isUnresolved(arn) ? arn : undefined);
  return [...(isServerlessShare(props) ? SNAPSHOT_SHARE_RULES.serverlessAccount : SNAPSHOT_SHARE_RULES.account), notOwner];
}

/**
 * What a Serverless share refuses: the props that only provisioned snapshots have, and a key, whose needs the sources
 * do not state for a cross-account restore of a Serverless snapshot.
 */
function checkServerlessShare(v: Validator, props: SnapshotShareProps): void {
  const why = 'a Redshift Serverless snapshot';
  if (props.snapshotClusterIdentifier !== undefined) {
    v.fail('snapshotClusterIdentifier', props.snapshotClusterIdentifier, `must not be given for ${why}: it belongs to no cluster`);
  }
  if (props.encryptionKey !== undefined) {
    v.fail('encryptionKey', props.encryptionKey, `must not be given for ${why}: the Redshift Serverless documentation does not say `
      + 'what another account needs of the key to restore it, so no key policy is changed for it (grant the key yourself, see docs/aws-snapshot-share.md)');
  }
  if (props.logRetention !== undefined) {
    v.fail('logRetention', props.logRetention, `must not be given for ${why}: its share runs on the stack's Redshift Serverless function`);
  }
}

/**
 * The ARN must name a snapshot the stack of `share` can share (`snapshotArnInEnv`), and the cluster given, if any.
 * `stack.partition` stays a token even when the Region is known, so the partition comes from the Region.
 */
function arnRules(share: IConstruct, cluster: string | undefined): Rule<string>[] {
  return [
    ...snapshotArnInEnv(knownEnv(share)),
    rule(`must name the cluster given in snapshotClusterIdentifier (${renderValue(cluster)})`,
      v => cluster === undefined || Token.isUnresolved(cluster) || parseSnapshotArn(v)!.serverless || parseSnapshotArn(v)!.cluster === cluster),
  ];
}
