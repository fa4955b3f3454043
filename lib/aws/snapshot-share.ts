import { Annotations, Arn, ArnFormat, CfnResource, Lazy, Resource, Stack, Token, aws_redshift as redshift, aws_redshiftserverless as redshiftserverless } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { RedshiftServerlessFunction, SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE } from './private/redshift-serverless-function';
import { SnapshotKeyGrants } from './private/snapshot-key-grants';
import { SNAPSHOT_SHARE_RESOURCE_TYPE, SnapshotShareFunction } from './private/snapshot-share-function';
import { checkAtSynth, checkNow, checkPropsNow } from './private/validation';
import { SNAPSHOT_SHARE_PROPS, accountKey, checkAccount, checkSnapshotShareProps, isServerlessShare } from './snapshot-share-checks';
import { ISnapshotShare, SnapshotShareProps } from './snapshot-share-types';
import { string } from '../core/shapes';
import { AWS_SUPPORT_ACCOUNT, SNAPSHOT_SHARE_RULES, parseSnapshotArn } from '../rules/aws/snapshot-share';

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
