/**
 * How `SnapshotShare` applies its rule table: the run-time shape of its props, and the checks that need the app (the
 * snapshot construct, the stack's account and Region).
 * The rules themselves are data in the rules layer (`lib/rules/`), which loads without an engine.
 */
import { Stack, Token, aws_redshift as redshift } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { checkNotOwnAccount, knownEnv } from './private/account';
import { isKey } from './private/engine-objects';
import type { SnapshotShareProps } from './snapshot-share-types';
import { renderValue } from '../core/render';
import { Rule, rule } from '../core/rules';
import { integer, listOf, object, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';
import { parseSnapshotArn, SNAPSHOT_SHARE_RULES, snapshotArnInEnv } from '../rules/aws/snapshot-share';

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

/** Whether the props name a Redshift Serverless snapshot (a `redshiftserverless.CfnSnapshot`, or such an ARN). */
export function isServerlessShare(props: SnapshotShareProps): boolean {
  const snapshot = props.snapshot as { cfnResourceType?: unknown } | undefined;
  if (snapshot !== undefined && !Token.isUnresolved(snapshot)) return snapshot.cfnResourceType === SERVERLESS_SNAPSHOT_TYPE;
  const arn = props.snapshotArn;
  return arn !== undefined && !Token.isUnresolved(arn) && parseSnapshotArn(arn)?.serverless === true;
}

const SERVERLESS_SNAPSHOT_TYPE = 'AWS::RedshiftServerless::Snapshot';

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
