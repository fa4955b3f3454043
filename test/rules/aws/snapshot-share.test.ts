import { Stack, aws_redshift as redshift } from 'aws-cdk-lib';
import { RegionInfo } from 'aws-cdk-lib/region-info';
import * as fc from 'fast-check';
import { SnapshotShare, SnapshotShareProps } from '../../../lib/aws/snapshot-share';
import { AWS_PARTITIONS, partitionOf } from '../../../lib/rules/aws/snapshot-share';
import { validatedStack } from '../../support/aws';
import { tryValidation } from '../../support/validation';

const A = '123456789012';
const OWNER = '111122223333';

/** 'ok' or the ValidationError message; anything else is rethrown (a crash is never an acceptable outcome). */
function attempt(props: SnapshotShareProps, env?: { account?: string; region?: string }): string {
  return tryValidation(() => new SnapshotShare(validatedStack('Stack', env), 'Share', props))?.message ?? 'ok';
}

/** The message line naming `property` and `value` (long values are shortened in messages, so match a prefix). */
function named(property: string, value: string, rule: string): RegExp {
  const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`- ${escape(property)}: ${escape(JSON.stringify(value).slice(0, 100))}.* ${escape(rule)}`);
}

const byId = (snapshotIdentifier: string): SnapshotShareProps => ({ snapshotIdentifier, accounts: [A] });
const byCluster = (snapshotClusterIdentifier: string): SnapshotShareProps =>
  ({ snapshotIdentifier: 'snap', snapshotClusterIdentifier, accounts: [A] });
const byArn = (snapshotArn: string): SnapshotShareProps => ({ snapshotArn, accounts: [A] });
const withAccounts = (accounts: string[]): SnapshotShareProps => ({ snapshotIdentifier: 'snap', accounts });

// Independent oracles, written from the vendor's wording.
/** CreateClusterSnapshot: 1–255 alphanumerics or hyphens, first a letter, no trailing hyphen, no two consecutive hyphens. */
function snapshotIdOk(v: string): boolean {
  if (v.length < 1 || v.length > 255) return false;
  for (const ch of v) if (!('a' <= ch.toLowerCase() && ch.toLowerCase() <= 'z') && !('0' <= ch && ch <= '9') && ch !== '-') return false;
  const first = v[0].toLowerCase();
  return first >= 'a' && first <= 'z' && !v.endsWith('-') && !v.includes('--');
}
/** CreateCluster: 1–63, lower-case alphanumerics or hyphens, first a letter, no trailing or double hyphen. */
function clusterIdOk(v: string): boolean {
  return v.length >= 1 && v.length <= 63 && v.split('').every(ch => /[a-z0-9-]/.test(ch)) && /[a-z]/.test(v[0])
    && !v.endsWith('-') && !v.includes('--');
}
/** AccountWithRestoreAccess: twelve decimal digits, or the AWS Support alias. */
function accountOk(v: string): boolean {
  return v === 'amazon-redshift-support' || (v.length === 12 && v.split('').every(ch => ch >= '0' && ch <= '9'));
}
/**
 * The partition of each Region prefix (IAM User Guide, "Amazon Resource Names"); undefined for an area no partition has.
 */
function partitionOfRegion(region: string): string | undefined {
  if (!['af', 'ap', 'ca', 'cn', 'eu', 'eusc', 'il', 'me', 'mx', 'sa', 'us'].includes(region.split('-')[0])) return undefined;
  const prefixes: Array<[string, string]> = [['cn-', 'aws-cn'], ['us-gov-', 'aws-us-gov'], ['us-isob-', 'aws-iso-b'],
    ['us-isof-', 'aws-iso-f'], ['us-iso-', 'aws-iso'], ['eu-isoe-', 'aws-iso-e'], ['eusc-', 'aws-eusc']];
  return prefixes.find(([prefix]) => region.startsWith(prefix))?.[1] ?? 'aws';
}
const REAL_PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];
/** IAM: arn:${Partition}:redshift:${Region}:${Account}:snapshot:${ClusterName}/${SnapshotName}, in a real partition. */
function arnOk(v: string): boolean {
  const parts = v.split(':');
  if (parts.length !== 7) return false;
  const [arn, partition, service, region, account, type, resource] = parts;
  const [cluster, name, ...rest] = resource.split('/');
  const regionPartition = partitionOfRegion(region);
  return arn === 'arn' && REAL_PARTITIONS.includes(partition) && (regionPartition === undefined || regionPartition === partition)
    && service === 'redshift'
    && /^[a-z]{2,}(-[a-z]+)+-[0-9]+$/.test(region) && /^[0-9]{12}$/.test(account) && type === 'snapshot'
    && rest.length === 0 && name !== undefined && clusterIdOk(cluster) && snapshotIdOk(name);
}

describe('snapshotIdentifier', () => {
  test.each([
    ['a', true],
    ['A', true],
    [`a${'b'.repeat(254)}`, true],
    ['my-Snapshot-2024', true],
    ['a-b-c', true],
    ['', false],
    [`a${'b'.repeat(255)}`, false],
    ['1snap', false],
    ['-snap', false],
    ['snap-', false],
    ['snap--shot', false],
    ['snap_shot', false],
    ['snap.shot', false],
    ['snap shot', false],
    ['snap:shot', false],
    ['snäp', false],
  ])('%j valid: %s', (value, valid) => {
    const result = attempt(byId(value));
    if (valid) expect(result).toBe('ok');
    else expect(result).toMatch(named('snapshotIdentifier', value, 'must'));
  });

  test('acceptance equals the vendor rule', () => {
    const chars = fc.constantFrom(...'aZ0-_.:é '.split(''));
    fc.assert(fc.property(fc.oneof(fc.string({ unit: chars, maxLength: 12 }), fc.string({ minLength: 250, maxLength: 260, unit: fc.constantFrom('a', 'b', '-') })), v => {
      const result = attempt(byId(v));
      expect(result === 'ok').toBe(snapshotIdOk(v));
      if (result !== 'ok') expect(result).toContain('snapshotIdentifier: ');
    }), { numRuns: 300 });
  });
});

describe('snapshotClusterIdentifier', () => {
  test.each([
    ['a', true],
    [`a${'b'.repeat(62)}`, true],
    ['my-cluster-1', true],
    ['', false],
    [`a${'b'.repeat(63)}`, false],
    ['My-cluster', false],
    ['1cluster', false],
    ['cluster-', false],
    ['clus--ter', false],
    ['clus_ter', false],
    ['clus/ter', false],
  ])('%j valid: %s', (value, valid) => {
    const result = attempt(byCluster(value));
    if (valid) expect(result).toBe('ok');
    else expect(result).toMatch(named('snapshotClusterIdentifier', value, 'must'));
  });

  test('acceptance equals the vendor rule', () => {
    const chars = fc.constantFrom(...'azA09-_/'.split(''));
    fc.assert(fc.property(fc.oneof(fc.string({ unit: chars, maxLength: 10 }), fc.string({ minLength: 60, maxLength: 66, unit: fc.constantFrom('a', '1', '-') })), v => {
      const result = attempt(byCluster(v));
      expect(result === 'ok').toBe(clusterIdOk(v));
      if (result !== 'ok') expect(result).toContain('snapshotClusterIdentifier: ');
    }), { numRuns: 300 });
  });
});

describe('snapshotArn', () => {
  const arn = (over: { partition?: string; region?: string; account?: string; type?: string; resource?: string } = {}) =>
    `arn:${over.partition ?? 'aws'}:redshift:${over.region ?? 'eu-west-1'}:${over.account ?? OWNER}:${over.type ?? 'snapshot'}:${over.resource ?? 'my-cluster/my-snapshot'}`;

  test.each([
    [arn(), true],
    [arn({ partition: 'aws-cn', region: 'cn-north-1' }), true],
    [arn({ partition: 'aws-us-gov', region: 'us-gov-west-1' }), true],
    [arn({ partition: 'aws-iso', region: 'us-iso-east-1' }), true],
    [arn({ partition: 'aws-iso-b', region: 'us-isob-east-1' }), true],
    [arn({ partition: 'aws-iso-e', region: 'eu-isoe-west-1' }), true],
    [arn({ partition: 'aws-iso-f', region: 'us-isof-south-1' }), true],
    [arn({ partition: 'aws-eusc', region: 'eusc-de-east-1' }), true],
    [arn({ resource: `c/${'s'.repeat(255)}` }), true],
    [arn({ resource: `${'c'.repeat(63)}/s` }), true],
    [arn({ resource: `c/${'s'.repeat(256)}` }), false],
    [arn({ resource: `${'c'.repeat(64)}/s` }), false],
    [arn({ resource: 'my-snapshot' }), false],
    [arn({ resource: '*/my-snapshot' }), false],
    [arn({ resource: 'My-Cluster/my-snapshot' }), false],
    [arn({ resource: 'my-cluster/my--snapshot' }), false],
    [arn({ resource: 'my-cluster/a/b' }), false],
    [arn({ type: 'cluster' }), false],
    [arn({ account: '1234' }), false],
    [arn({ region: 'mars' }), false],
    [arn({ partition: 'azure' }), false],
    [arn().replace(':redshift:', ':rds:'), false],
    ['my-snapshot', false],
    ['', false],
  ])('%j valid: %s', (value, valid) => {
    const result = attempt(byArn(value));
    if (valid) expect(result).toBe('ok');
    else expect(result).toMatch(named('snapshotArn', value, 'must be a Redshift snapshot ARN'));
  });

  describe('partition', () => {
    test('the partitions are the ones aws-cdk-lib maps its Regions to', () => {
      expect([...AWS_PARTITIONS].sort()).toEqual([...new Set(RegionInfo.regions.map(r => r.partition))].sort());
      expect([...AWS_PARTITIONS].sort()).toEqual([...REAL_PARTITIONS].sort());
    });

    test('each Region aws-cdk-lib knows is in the partition aws-cdk-lib maps it to', () => {
      // GIVEN every Region of aws-cdk-lib's region-info, WHEN the rules name its partition, THEN they agree
      const disagreements = RegionInfo.regions.filter(r => partitionOf(r.name) !== r.partition)
        .map(r => `${r.name}: ${partitionOf(r.name)} (region-info: ${r.partition})`);
      expect(RegionInfo.regions.length).toBeGreaterThan(30);
      expect(disagreements).toEqual([]);
    });

    test.each<[string, string | undefined, string, string]>([
      // GIVEN the stack's region, WHEN the ARN is in partition/region, THEN ok or the rule named
      ['any real partition, env-agnostic stack', undefined, arn({ partition: 'aws-cn', region: 'cn-north-1' }), 'ok'],
      ['a partition that looks like one', undefined, arn({ partition: 'aws-mars', region: 'eu-west-1' }), 'must be in an AWS partition (aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, aws-eusc)'],
      ['the ISO partition spelt without its hyphen', undefined, arn({ partition: 'aws-isob', region: 'us-isob-east-1' }), 'must be in an AWS partition'],
      ['a China region in the commercial partition', undefined, arn({ partition: 'aws', region: 'cn-north-1' }), 'must use the partition of the region it names'],
      ['a commercial region in the GovCloud partition', undefined, arn({ partition: 'aws-us-gov', region: 'eu-west-1' }), 'must use the partition of the region it names'],
      ['a region aws-cdk-lib does not know: only the real-partition check', undefined, arn({ partition: 'aws-cn', region: 'xx-new-1' }), 'ok'],
      ['the stack\'s partition', 'cn-north-1', arn({ partition: 'aws-cn', region: 'cn-north-1' }), 'ok'],
      ['another partition than the stack\'s', 'eu-west-1', arn({ partition: 'aws-cn', region: 'cn-north-1' }), 'must be in the stack\'s partition (aws, of its region "eu-west-1")'],
      ['another partition than a GovCloud stack\'s', 'us-gov-west-1', arn({ partition: 'aws', region: 'us-gov-west-1' }), 'must use the partition of the region it names'],
      ['same partition, another region', 'eu-central-1', arn(), 'must be in the stack\'s region ("eu-central-1")'],
      ['a stack region aws-cdk-lib does not know', 'xx-new-1', arn({ partition: 'aws-eusc', region: 'xx-new-1' }), 'ok'],
    ])('%s', (_case, region, value, expected) => {
      const result = attempt(byArn(value), { region });
      if (expected === 'ok') expect(result).toBe('ok');
      else expect(result).toMatch(named('snapshotArn', value, expected));
    });
  });

  test('acceptance equals the IAM ARN format', () => {
    const piece = (values: string[]) => fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 6, unit: fc.constantFrom('a', 'Z', '1', '-', ':', '/') }));
    const arns = fc.tuple(
      piece(['arn']), piece(['aws', 'aws-cn', 'gcp']), piece(['redshift', 'rds']), piece(['eu-west-1', 'us-gov-east-1', 'x']),
      piece([OWNER, '12345']), piece(['snapshot', 'cluster']), piece(['my-cluster/my-snapshot', 'c/s', 's', 'c/s/t', 'C/s', 'c/s-']),
    ).map(parts => parts.join(':'));
    fc.assert(fc.property(arns, v => {
      const result = attempt(byArn(v));
      expect(result === 'ok').toBe(arnOk(v));
      if (result !== 'ok') expect(result).toContain('snapshotArn: ');
    }), { numRuns: 400 });
  });
});

describe('accounts', () => {
  const accounts = (n: number) => Array.from({ length: n }, (_, i) => `2000000000${String(i).padStart(2, '0')}`);

  test.each([
    [[A], true],
    [['000000000000'], true],
    [['amazon-redshift-support'], true],
    [accounts(20), true],
    [[], false],
    [accounts(21), false],
    [['12345678901'], false],
    [['1234567890123'], false],
    [['12345678901a'], false],
    [[' 123456789012'], false],
    [['Amazon-Redshift-Support'], false],
    [['amazon-redshift-support-2'], false],
    [[A, A], false],
    [['amazon-redshift-support', 'amazon-redshift-support'], false],
  ])('%j valid: %s', (value, valid) => {
    const result = attempt(withAccounts(value));
    if (valid) expect(result).toBe('ok');
    else expect(result).toMatch(/\n {2}- accounts(\[\d+\])?: /);
  });

  test('the stack account is refused only when it is known', () => {
    expect(attempt(withAccounts([OWNER]), { account: OWNER })).toContain('accounts[0]: "111122223333" must not be the stack\'s own account');
    expect(attempt(withAccounts([OWNER]))).toBe('ok');
  });

  test('acceptance equals the vendor rule, entry by entry, count and uniqueness', () => {
    const entry = fc.oneof(
      fc.constantFrom(A, OWNER, '210987654321', 'amazon-redshift-support', 'amazon-redshift-Support'),
      fc.string({ minLength: 11, maxLength: 13, unit: fc.constantFrom('1', '2', 'a') }),
    );
    fc.assert(fc.property(fc.array(entry, { maxLength: 23 }), list => {
      const result = attempt(withAccounts(list), { account: OWNER });
      const ok = list.length >= 1 && list.length <= 20 && new Set(list).size === list.length
        && list.every(accountOk) && !list.includes(OWNER);
      expect(result === 'ok').toBe(ok);
      if (result !== 'ok') expect(result).toContain('accounts');
    }), { numRuns: 300 });
  });
});

describe('exactly one of snapshotIdentifier, snapshotArn and snapshot', () => {
  const ARN = `arn:aws:redshift:eu-west-1:${OWNER}:snapshot:c/s`;
  test.each<[string, (stack: Stack) => Partial<SnapshotShareProps>, string]>([
    ['identifier', () => ({ snapshotIdentifier: 'snap' }), 'ok'],
    ['ARN', () => ({ snapshotArn: ARN }), 'ok'],
    ['CfnSnapshot', stack => ({ snapshot: cfnSnapshot(stack) }), 'ok'],
    ['none', () => ({}), 'snapshotIdentifier: not set must be given when snapshotArn and snapshot are not '
      + '(give exactly one of snapshotIdentifier, snapshotArn and snapshot)'],
    ['identifier and ARN', () => ({ snapshotIdentifier: 'snap', snapshotArn: ARN }), `snapshotIdentifier: "snap" must not be given together with snapshotArn "${ARN}"`],
    ['ARN and CfnSnapshot', stack => ({ snapshotArn: ARN, snapshot: cfnSnapshot(stack) }), `snapshotArn: "${ARN}" must not be given together with snapshot <Stack/Snapshot>`],
    ['all three', stack => ({ snapshotIdentifier: 'snap', snapshotArn: ARN, snapshot: cfnSnapshot(stack) }),
      `snapshotIdentifier: "snap" must not be given together with snapshotArn "${ARN}" and snapshot <Stack/Snapshot>`],
  ])('%s -> %s', (_name, snapshot, expected) => {
    const stack = validatedStack();
    const result = tryValidation(() => new SnapshotShare(stack, 'Share', { ...snapshot(stack), accounts: [A] }))?.message ?? 'ok';
    if (expected === 'ok') expect(result).toBe('ok');
    else expect(result).toContain(expected);
  });
});

function cfnSnapshot(stack: Stack): redshift.CfnSnapshot {
  return new redshift.CfnSnapshot(stack, 'Snapshot', { clusterIdentifier: 'analytics', snapshotIdentifier: 'nightly' });
}
