/**
 * The rules of `SnapshotShare`, each stated once. Sources:
 * - AuthorizeSnapshotAccess (`AccountWithRestoreAccess` is an account id or `amazon-redshift-support`):
 *   https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeSnapshotAccess.html
 * - CreateClusterSnapshot and CreateCluster (identifier constraints)
 * - Redshift Management Guide, "Sharing a snapshot" (20 accounts per snapshot):
 *   https://docs.aws.amazon.com/redshift/latest/mgmt/managing-snapshots-console.html
 * - Service Authorization Reference, Amazon Redshift (snapshot ARN
 *   `arn:${Partition}:redshift:${Region}:${Account}:snapshot:${ClusterName}/${SnapshotName}`)
 * - IAM User Guide, "Amazon Resource Names (ARNs)" (the partition is a group of Regions; each account is in one):
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
import { Stack, Token, aws_redshift as redshift } from 'aws-cdk-lib';
import { RegionInfo } from 'aws-cdk-lib/region-info';
import { IConstruct } from 'constructs';
import { ACCOUNT_ID, checkNotOwnAccount } from './private/account';
import { isKey } from './private/engine-objects';
import { CLUSTER_IDENTIFIER, redshiftIdentifier } from './private/redshift-identifier';
import type { SnapshotShareProps } from './snapshot-share-types';
import { renderValue } from '../core/render';
import { Rule, countAtLeast, countBetween, meetsAll, rule } from '../core/rules';
import { integer, listOf, object, optional, string, struct } from '../core/shapes';
import { RuleTable, Validator } from '../core/validator';

/** The run-time shape of `SnapshotShareProps`, for callers without TypeScript's checks. */
export const SNAPSHOT_SHARE_PROPS = struct<SnapshotShareProps>('SnapshotShareProps', {
  snapshotIdentifier: optional(string()),
  snapshotArn: optional(string()),
  snapshot: optional(object('a redshift.CfnSnapshot or a redshiftserverless.CfnSnapshot')),
  snapshotClusterIdentifier: optional(string()),
  accounts: listOf(string(), 'account entries'),
  encryptionKey: optional(object('a kms.IKey', isKey)),
  logRetention: optional(integer()),
});

/** The pseudo-account that shares a snapshot with AWS Support (`AccountWithRestoreAccess`). */
export const AWS_SUPPORT_ACCOUNT = 'amazon-redshift-support';

/** The most accounts one snapshot can be shared with. */
const MAX_ACCOUNTS_PER_SNAPSHOT = 20;

/** CreateClusterSnapshot `SnapshotIdentifier`: 1–255 characters, either case. */
const SNAPSHOT_IDENTIFIER = redshiftIdentifier({ maxLength: 255, lowerCaseOnly: false });

/** A Region name: `eu-west-1`, `us-gov-east-1`, `eusc-de-east-1` (whose first part has four letters). */
const REGION = /^[a-z]{2,}(-[a-z]+)+-\d+$/;

/**
 * The AWS partitions, as aws-cdk-lib's region-info (2.276) maps Regions to them: commercial, China, GovCloud (US),
 * the ISO partitions and the European Sovereign Cloud.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
export const AWS_PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];

/** The partition of a literal Region, or undefined for a Region aws-cdk-lib does not know. */
export function partitionOf(region: string): string | undefined {
  return RegionInfo.get(region).partition;
}

/** The parts of a Redshift snapshot ARN: of a provisioned cluster's snapshot, or of a Serverless one. */
export interface SnapshotArnParts {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  /** The cluster of a provisioned snapshot; none for a Serverless one. */
  readonly cluster?: string;
  /** The snapshot's name (provisioned) or ID (Serverless). */
  readonly name: string;
  readonly serverless: boolean;
}

/**
 * The parts of a literal snapshot ARN, or undefined when `arn` is not one: `arn:<partition>:redshift:<region>:<account>:
 * snapshot:<cluster>/<name>` or, for Redshift Serverless, `arn:<partition>:redshift-serverless:<region>:<account>:
 * snapshot/<id>` (the Service Authorization Reference's resource types).
 */
export function parseSnapshotArn(arn: string): SnapshotArnParts | undefined {
  const serverless = /^arn:(aws[a-z-]*):redshift-serverless:([^:]+):(\d{12}):snapshot\/([0-9A-Za-z-]+)$/.exec(arn);
  if (serverless) {
    const [, partition, region, account, name] = serverless;
    return REGION.test(region) ? { partition, region, account, name, serverless: true } : undefined;
  }
  const m = /^arn:(aws[a-z-]*):redshift:([^:]+):(\d{12}):snapshot:([^/:]+)\/([^/:]+)$/.exec(arn);
  if (!m) return undefined;
  const [, partition, region, account, cluster, name] = m;
  const valid = REGION.test(region) && meetsAll(cluster, CLUSTER_IDENTIFIER) && meetsAll(name, SNAPSHOT_IDENTIFIER);
  return valid ? { partition, region, account, cluster, name, serverless: false } : undefined;
}

/** Whether the props name a Redshift Serverless snapshot (a `redshiftserverless.CfnSnapshot`, or such an ARN). */
export function isServerlessShare(props: SnapshotShareProps): boolean {
  const snapshot = props.snapshot as { cfnResourceType?: unknown } | undefined;
  if (snapshot !== undefined && !Token.isUnresolved(snapshot)) return snapshot.cfnResourceType === SERVERLESS_SNAPSHOT_TYPE;
  const arn = props.snapshotArn;
  return arn !== undefined && !Token.isUnresolved(arn) && parseSnapshotArn(arn)?.serverless === true;
}

const SERVERLESS_SNAPSHOT_TYPE = 'AWS::RedshiftServerless::Snapshot';

export const SNAPSHOT_SHARE_RULES = {
  /** Each entry of `accounts`. */
  account: [
    rule<string>(`must be a 12-digit AWS account id or "${AWS_SUPPORT_ACCOUNT}"`,
      v => v === AWS_SUPPORT_ACCOUNT || ACCOUNT_ID.accepts(v)),
  ],
  /** The `accounts` list as a whole. */
  accounts: [countBetween<string>(1, MAX_ACCOUNTS_PER_SNAPSHOT, 'accounts (the per-snapshot limit)')],
  /** Each account of a Serverless share: an account ID, as the PutResourcePolicy example names its principal. */
  serverlessAccount: [ACCOUNT_ID],
  /** The accounts of a Serverless share: at least one; Redshift Serverless documents no limit. */
  serverlessAccounts: [countAtLeast<string>(1, 'accounts')],
  snapshotIdentifier: SNAPSHOT_IDENTIFIER,
  snapshotClusterIdentifier: CLUSTER_IDENTIFIER,
  /** A Redshift manual snapshot ARN whose cluster and snapshot parts follow the identifier rules above. */
  snapshotArn: [
    rule<string>('must be a Redshift snapshot ARN (arn:<partition>:redshift:<region>:<account>:snapshot:<cluster>/<name>, '
      + 'cluster and name following the identifier rules) or a Redshift Serverless one '
      + '(arn:<partition>:redshift-serverless:<region>:<account>:snapshot/<id>)', v => parseSnapshotArn(v) !== undefined),
    rule<string>(`must be in an AWS partition (${AWS_PARTITIONS.join(', ')})`,
      v => AWS_PARTITIONS.includes(parseSnapshotArn(v)!.partition)),
    rule<string>('must use the partition of the region it names (for example aws-cn for cn-north-1)', v => {
      const { partition, region } = parseSnapshotArn(v)!;
      const expected = partitionOf(region);
      return expected === undefined || expected === partition;
    }),
  ],
} satisfies RuleTable;

/** Every rule on the props of `share`: the snapshot, how it is named, and each account. */
export function checkSnapshotShareProps(v: Validator, share: IConstruct, props: SnapshotShareProps): void {
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

  if (v.isUnresolved(accounts)) {
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
export function checkAccount(v: Validator, share: IConstruct, props: SnapshotShareProps, property: string, account: string): void {
  v.check(property, account, ...accountRules(props));
  checkNotOwnAccount(v, share, property, account);
}

/**
 * What an account is compared by: its literal id, or for a token, what it resolves to (e.g. `{"Ref":"P"}`), so two
 * entries that resolve alike count as one account.
 */
export function accountKey(share: IConstruct, account: string): string {
  if (!Token.isUnresolved(account)) return account;
  return `~${JSON.stringify(Stack.of(share).resolve(account))}`;
}

/** An account's rules, with the one that needs the snapshot's ARN: the owner cannot share with itself. */
function accountRules(props: SnapshotShareProps): Rule<string>[] {
  const arn = props.snapshotArn;
  const owner = arn !== undefined && !Token.isUnresolved(arn) ? parseSnapshotArn(arn)?.account : undefined;
  const notOwner = rule<string>(`must not be the snapshot's owner account (${renderValue(owner)}): the owner always has access`,
    v => v !== owner);
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
      + 'what another account needs of the key to restore it, so no key policy is changed for it (grant the key yourself, see the README)');
  }
  if (props.logRetention !== undefined) {
    v.fail('logRetention', props.logRetention, `must not be given for ${why}: its share runs on the stack's Redshift Serverless function`);
  }
}

/**
 * The ARN must name a snapshot the stack of `share` can share: same partition, account and region, same cluster if
 * both are given. The stack's partition is known when its region is: `stack.partition` stays a token even then.
 */
function arnRules(share: IConstruct, cluster: string | undefined): Rule<string>[] {
  const stack = Stack.of(share);
  const known = (x: string | undefined): x is string => x !== undefined && !Token.isUnresolved(x);
  const partition = known(stack.region) ? partitionOf(stack.region) : undefined;
  return [
    rule(`must be in the stack's partition (${partition}, of its region ${renderValue(stack.region)}): an account and its snapshots `
      + 'belong to one partition', v => partition === undefined || parseSnapshotArn(v)!.partition === partition),
    rule(`must be in the stack's region (${renderValue(stack.region)}): snapshots are shared in their own region`,
      v => !known(stack.region) || parseSnapshotArn(v)!.region === stack.region),
    rule(`must be owned by the stack's account (${renderValue(stack.account)}): only the owner can share a snapshot`,
      v => !known(stack.account) || parseSnapshotArn(v)!.account === stack.account),
    rule(`must name the cluster given in snapshotClusterIdentifier (${renderValue(cluster)})`,
      v => !known(cluster) || parseSnapshotArn(v)!.serverless || parseSnapshotArn(v)!.cluster === cluster),
  ];
}
