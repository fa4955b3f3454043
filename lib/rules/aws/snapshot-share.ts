import { ACCOUNT_ID_RULE, KnownEnv } from './account-id';
import { GRANTEE_RULES, templateGrantee } from './grantee';
import { CLUSTER_IDENTIFIER_RULES, redshiftIdentifier } from './redshift-identifier';
import { PUT_RESOURCE_POLICY } from './redshift-serverless-endpoint-authorization';
import { REDSHIFT_SERVICE, sdkAction, sdkCallOf } from './sdk-call';
import { renderValue } from '../../core/render';
import { Rule, countAtLeast, countBetween, meetsAll, rule } from '../../core/rules';
import { RuleTable, Validator } from '../../core/validator';
import { AttributeCheck, EnvRules, ResourceTypeRules, customResourceRules, listAttribute, textAttribute } from '../surfaces/attribute-checks';
import { ResourceCheck } from '../surfaces/resource-checks';

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

/** The pseudo-account that shares a snapshot with AWS Support (`AccountWithRestoreAccess`). */
export const AWS_SUPPORT_ACCOUNT = 'amazon-redshift-support';

/** The most accounts one snapshot can be shared with. */
const MAX_ACCOUNTS_PER_SNAPSHOT = 20;

/** CreateClusterSnapshot `SnapshotIdentifier`: 1–255 characters, either case. */
const SNAPSHOT_IDENTIFIER_RULES = redshiftIdentifier({ maxLength: 255, lowerCaseOnly: false });

/** A Region name: `eu-west-1`, `us-gov-east-1`, `eusc-de-east-1` (whose first part has four letters). */
const REGION = /^[a-z]{2,}(-[a-z]+)+-\d+$/;

/**
 * The AWS partitions, as aws-cdk-lib's region-info (2.276) maps Regions to them: commercial, China, GovCloud (US),
 * the ISO partitions and the European Sovereign Cloud.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
export const AWS_PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];

/**
 * The partition of each Region prefix that is not in `aws` (the IAM User Guide's ARN page). Written out rather than
 * read from aws-cdk-lib's region-info, so that these rules load without an engine; a test compares the two.
 */
const PARTITION_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['cn-', 'aws-cn'], ['us-gov-', 'aws-us-gov'], ['us-isob-', 'aws-iso-b'], ['us-isof-', 'aws-iso-f'], ['us-iso-', 'aws-iso'],
  ['eu-isoe-', 'aws-iso-e'], ['eusc-', 'aws-eusc'],
];

/** The geographic prefixes of the Regions in the commercial partition, `aws`. */
const COMMERCIAL_AREAS = ['af', 'ap', 'ca', 'eu', 'il', 'me', 'mx', 'sa', 'us'];

/**
 * The partition of a literal Region name, or undefined when the name is not one or begins with an area no partition
 * is known to have (a Region newer than these rules may open a new partition).
 */
export function partitionOf(region: string): string | undefined {
  if (!REGION.test(region)) return undefined;
  const special = PARTITION_PREFIXES.find(([prefix]) => region.startsWith(prefix));
  if (special) return special[1];
  return COMMERCIAL_AREAS.includes(region.split('-')[0]) ? 'aws' : undefined;
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
  const valid = REGION.test(region) && meetsAll(cluster, CLUSTER_IDENTIFIER_RULES) && meetsAll(name, SNAPSHOT_IDENTIFIER_RULES);
  return valid ? { partition, region, account, cluster, name, serverless: false } : undefined;
}

export const SNAPSHOT_SHARE_RULES = {
  /** Each entry of `accounts`. */
  account: [
    rule<string>(`must be a 12-digit AWS account id or "${AWS_SUPPORT_ACCOUNT}"`,
      v => v === AWS_SUPPORT_ACCOUNT || ACCOUNT_ID_RULE.accepts(v)),
  ],
  /** The `accounts` list as a whole. */
  accounts: [countBetween<string>(1, MAX_ACCOUNTS_PER_SNAPSHOT, 'accounts (the per-snapshot limit)')],
  /** Each account of a Serverless share: an account ID, as the PutResourcePolicy example names its principal. */
  serverlessAccount: [ACCOUNT_ID_RULE],
  /** The accounts of a Serverless share: at least one; Redshift Serverless documents no limit. */
  serverlessAccounts: [countAtLeast<string>(1, 'accounts')],
  snapshotIdentifier: SNAPSHOT_IDENTIFIER_RULES,
  snapshotClusterIdentifier: CLUSTER_IDENTIFIER_RULES,
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

/**
 * The rules on a snapshot ARN (one that meets `SNAPSHOT_SHARE_RULES.snapshotArn`) that need where the share deploys:
 * only the owner can share a snapshot, in the snapshot's own Region and partition. The stack's partition is known
 * when its Region is. Each applies when `env` knows what it compares with.
 */
export function snapshotArnInEnv(env: KnownEnv): Rule<string>[] {
  const { account, region } = env;
  const partition = region === undefined ? undefined : partitionOf(region);
  return [
    rule(`must be in the stack's partition (${partition}, of its region ${renderValue(region)}): an account and its snapshots `
      + 'belong to one partition', v => partition === undefined || parseSnapshotArn(v)!.partition === partition),
    rule(`must be in the stack's region (${renderValue(region)}): snapshots are shared in their own region`,
      v => region === undefined || parseSnapshotArn(v)!.region === region),
    rule(`must be owned by the stack's account (${renderValue(account)}): only the owner can share a snapshot`,
      v => account === undefined || parseSnapshotArn(v)!.account === account),
  ];
}

/**
 * The rule on an account a snapshot is shared with that needs the snapshot's literal ARN (`undefined` when it is not
 * known): not the account that owns the snapshot. Only the owner can share a snapshot, and an account cannot be
 * granted access to its own resources, so sharing a snapshot with its owner fails whichever account makes the call.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshot-share-snapshot.html
 */
export function notSnapshotOwner(snapshotArn: string | undefined): Rule<string> {
  const owner = snapshotArn === undefined ? undefined : parseSnapshotArn(snapshotArn)?.account;
  return {
    text: 'must not be the account in the snapshot\'s ARN, its owner: the owner always has access',
    accepts: v => v !== owner,
    explain: () => `must not be the snapshot's owner account (${renderValue(owner)}): the owner always has access`,
  };
}

const AUTHORIZE_SNAPSHOT_ACCESS = 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeSnapshotAccess.html';

/** A snapshot ARN, as `SnapshotShare` checks it against its stack's account, Region and partition. */
const SNAPSHOT_ARN_IN_ENV: EnvRules = {
  rules: snapshotArnInEnv,
  described: ['must be owned by the stack\'s account, and in its Region and partition, where those are known'],
};

/** The action of an `AwsCustomResource` (`Custom::AWS`) that shares a snapshot. */
export const SHARE_ACTION = sdkAction('authorizeSnapshotAccess');
const SNAPSHOT_SHARE_PARAMETERS = [
  textAttribute('AccountWithRestoreAccess', SNAPSHOT_SHARE_RULES.account, AUTHORIZE_SNAPSHOT_ACCESS, GRANTEE_RULES),
  textAttribute('SnapshotIdentifier', SNAPSHOT_SHARE_RULES.snapshotIdentifier, AUTHORIZE_SNAPSHOT_ACCESS),
  textAttribute('SnapshotClusterIdentifier', SNAPSHOT_SHARE_RULES.snapshotClusterIdentifier, AUTHORIZE_SNAPSHOT_ACCESS),
  textAttribute('SnapshotArn', SNAPSHOT_SHARE_RULES.snapshotArn, AUTHORIZE_SNAPSHOT_ACCESS, SNAPSHOT_ARN_IN_ENV),
];

/**
 * `Create` or `Update` of an `AwsCustomResource`: the SDK call as JSON text, or an `Fn::Sub` or `Fn::Join` of it.
 * Only a Redshift AuthorizeSnapshotAccess call is checked, parameter by parameter; a value with a computed part is
 * known only at deploy time, and left alone.
 */
function snapshotShareCall(attribute: string): AttributeCheck {
  return {
    attribute,
    source: AUTHORIZE_SNAPSHOT_ACCESS,
    rules: [
      ...SNAPSHOT_SHARE_PARAMETERS.flatMap(p => p.rules.map(r => `parameters.${p.attribute} ${r}`)),
      `parameters.AccountWithRestoreAccess ${notSnapshotOwner(undefined).text} (given parameters.SnapshotArn)`,
    ],
    check: (v: Validator, property: string, value: unknown, env: KnownEnv) => {
      const read = sdkCallOf(value);
      if (read === undefined) return;
      const { call, known } = read;
      if (!REDSHIFT_SERVICE.test(String(call.service)) || !SHARE_ACTION.test(String(call.action))) return;
      const parameters = call.parameters ?? {};
      // The call goes to its own region, if it names one, and runs in the account of the role it assumes, if any.
      const callEnv: KnownEnv = {
        account: call.assumedRoleArn === undefined ? env.account : undefined,
        region: call.region === undefined ? env.region : typeof call.region === 'string' && known(call.region) ? call.region : undefined,
      };
      for (const parameter of SNAPSHOT_SHARE_PARAMETERS) {
        const given = parameters[parameter.attribute];
        if (given !== undefined && given !== null && known(given)) {
          parameter.check(v, `${property}.parameters.${parameter.attribute}`, given, callEnv);
        }
      }
      // The grantee against the snapshot's owner, once the ARN is known; one finding per value, as for the other rules.
      const { AccountWithRestoreAccess: account, SnapshotArn: arn } = parameters;
      const grantee = `${property}.parameters.AccountWithRestoreAccess`;
      if (typeof account === 'string' && typeof arn === 'string' && known(account) && known(arn) && !v.skips(arn)
        && !v.violations.some(violation => violation.property === grantee)) {
        v.check(grantee, account, notSnapshotOwner(arn));
      }
    },
  };
}

/** A snapshot share on raw resources: the checks of an `AwsCustomResource`'s calls of AuthorizeSnapshotAccess. */
export const SNAPSHOT_SHARE_CALLS: readonly AttributeCheck[] = [snapshotShareCall('Create'), snapshotShareCall('Update')];

const SHARING_SNAPSHOTS = 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshot-share-snapshot.html';

/**
 * The `Accounts` of a share's custom resource, as `SnapshotShare` checks its `accounts`: the list's size, each entry
 * (the first rule it breaks), repeats, and no entry the stack's own account, each reported as the construct reports it.
 */
function shareAccounts(list: readonly Rule<readonly string[]>[], each: readonly Rule<string>[], source: string): AttributeCheck {
  const entries = listAttribute('Accounts', { list: [...list], each: [...each], unique: true }, source);
  const notOwn = templateGrantee(textAttribute('Accounts', [], source, GRANTEE_RULES));
  return {
    ...entries,
    rules: [...entries.rules, ...notOwn.rules.map(r => `each entry ${r}`)],
    check: (v, property, value, env) => {
      entries.check(v, property, value, env);
      if (!Array.isArray(value)) return;
      value.forEach((account, i) => {
        if (account !== null && account !== undefined) notOwn.check(v, `${property}[${i}]`, account, env);
      });
    },
  };
}

/** No account in `Accounts` is the owner named by `SnapshotArn`, as `SnapshotShare` checks it. */
const NOT_WITH_OWNER: ResourceCheck = {
  attributes: ['SnapshotArn', 'Accounts'],
  rules: [`Accounts: each entry ${notSnapshotOwner(undefined).text} (given SnapshotArn)`],
  source: SHARING_SNAPSHOTS,
  check: (v, args, at) => {
    const { SnapshotArn: arn, Accounts: accounts } = args;
    if (typeof arn !== 'string' || v.skips(arn) || parseSnapshotArn(arn) === undefined || !Array.isArray(accounts)) return;
    // Only a well-formed account ID can be the owner's, so this never adds to a finding on the entry's form.
    accounts.forEach((account, i) => {
      if (typeof account === 'string') v.check(`${at('Accounts')}[${i}]`, account, notSnapshotOwner(arn));
    });
  },
};

/**
 * A snapshot share on raw resources: the custom resources `SnapshotShare` writes, which a template may carry changed by
 * an escape hatch (`addPropertyOverride`). An `AwsCustomResource`'s share calls are `SNAPSHOT_SHARE_CALLS`.
 */
export const SNAPSHOT_SHARE_RESOURCES = {
  'Custom::RedshiftSnapshotShare': customResourceRules('the custom resource of a SnapshotShare of a provisioned cluster\'s snapshot', [
    textAttribute('SnapshotIdentifier', SNAPSHOT_SHARE_RULES.snapshotIdentifier, AUTHORIZE_SNAPSHOT_ACCESS),
    textAttribute('SnapshotClusterIdentifier', SNAPSHOT_SHARE_RULES.snapshotClusterIdentifier, AUTHORIZE_SNAPSHOT_ACCESS),
    textAttribute('SnapshotArn', SNAPSHOT_SHARE_RULES.snapshotArn, AUTHORIZE_SNAPSHOT_ACCESS, SNAPSHOT_ARN_IN_ENV),
    shareAccounts(SNAPSHOT_SHARE_RULES.accounts, SNAPSHOT_SHARE_RULES.account, AUTHORIZE_SNAPSHOT_ACCESS),
  ], [NOT_WITH_OWNER]),
  'Custom::RedshiftServerlessSnapshotShare': customResourceRules('the custom resource of a SnapshotShare of a Redshift Serverless snapshot', [
    textAttribute('SnapshotArn', SNAPSHOT_SHARE_RULES.snapshotArn, PUT_RESOURCE_POLICY, SNAPSHOT_ARN_IN_ENV),
    shareAccounts(SNAPSHOT_SHARE_RULES.serverlessAccounts, SNAPSHOT_SHARE_RULES.serverlessAccount, PUT_RESOURCE_POLICY),
  ], [NOT_WITH_OWNER]),
} satisfies Record<string, ResourceTypeRules>;
