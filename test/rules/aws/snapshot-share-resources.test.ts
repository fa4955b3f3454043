/**
 * The custom resources `SnapshotShare` writes (`Custom::RedshiftSnapshotShare`, `Custom::RedshiftServerlessSnapshotShare`)
 * get its rules as raw resources: a template changed by an escape hatch or by hand is checked like the props were,
 * and what the construct renders passes.
 */
import { App, CfnParameter, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as fc from 'fast-check';
import { SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE } from '../../../lib/aws/private/redshift-serverless-function';
import { SNAPSHOT_SHARE_RESOURCE_TYPE } from '../../../lib/aws/private/snapshot-share-function';
import { SnapshotShare, SnapshotShareProps } from '../../../lib/aws/snapshot-share';
import { RawResource, findingsOf } from '../../../lib/raw-checks/check-resource';
import { isIntrinsic } from '../../../lib/raw-checks/inputs/cloudformation';
import { KnownEnv } from '../../../lib/rules/aws/account-id';
import { tryValidation } from '../../support/validation';

const OWNER = '111122223333';
const PARTNER = '444455556666';
const ARN = `arn:aws:redshift:eu-west-1:${OWNER}:snapshot:analytics/nightly`;
const SERVERLESS_ARN = `arn:aws:redshift-serverless:eu-west-1:${OWNER}:snapshot/0a1b2c3d-4e5f-6789-abcd-ef0123456789`;

/** The findings on a raw share of `type` with `properties`, as `property: rule`. */
function findings(type: string, properties: Record<string, unknown>, env: KnownEnv = {}): string[] {
  const resource: RawResource = { resource: 'Share', type, properties, env };
  return findingsOf(resource, isIntrinsic).map(f => `${f.property}: ${f.rule}`);
}

test('the rules are keyed by the types the construct writes', () => {
  // GIVEN the type names SnapshotShare renders WHEN a share of each is checked THEN the rules apply to it
  expect(findings(SNAPSHOT_SHARE_RESOURCE_TYPE, { SnapshotIdentifier: 'nightly', Accounts: ['12'] })).toHaveLength(1);
  expect(findings(SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE, { SnapshotArn: SERVERLESS_ARN, Accounts: ['12'] })).toHaveLength(1);
});

describe('Custom::RedshiftSnapshotShare', () => {
  const share = (accounts: unknown, more: Record<string, unknown> = {}) =>
    ({ SnapshotIdentifier: 'nightly', SnapshotClusterIdentifier: 'analytics', Accounts: accounts, ...more });

  test.each<[string, Record<string, unknown>, KnownEnv, RegExp[]]>([
    ['a partner and AWS Support', share([PARTNER, 'amazon-redshift-support']), {}, []],
    ['an account from a parameter', share([{ Ref: 'Partner' }]), {}, []],
    ['the whole list from a parameter', share({ Ref: 'Partners' }), {}, []],
    ['no account', share([]), {}, [/^Accounts: must have 1–20 accounts/]],
    ['21 accounts', share(Array.from({ length: 21 }, (_, i) => String(100000000000 + i))), {}, [/^Accounts: must have 1–20 accounts/]],
    ['an account that is not one', share(['1111']), {}, [/^Accounts\[0\]: must be a 12-digit AWS account id/]],
    ['an account given twice', share([PARTNER, PARTNER]), {}, [/^Accounts\[1\]: repeats Accounts\[0\]/]],
    ['the stack\'s own account', share([PARTNER]), { account: PARTNER }, [/^Accounts\[0\]: must not be the stack's own account/]],
    ['{ Ref: AWS::AccountId }', share([{ Ref: 'AWS::AccountId' }]), {}, [/^Accounts\[0\]: must not be the stack's own account/]],
    ['the owner of SnapshotArn', { SnapshotArn: ARN, Accounts: [OWNER] }, {}, [/^Accounts\[0\]: must not be the snapshot's owner account/]],
    ['a SnapshotArn of another account than the stack\'s', { SnapshotArn: ARN, Accounts: [PARTNER] }, { account: '999988887777' },
      [/^SnapshotArn: must be owned by the stack's account/]],
    ['a snapshot identifier the API refuses', share([PARTNER], { SnapshotIdentifier: 'nightly_1' }), {}, [/^SnapshotIdentifier: must contain only letters, digits and hyphens/]],
    ['a cluster identifier the API refuses', share([PARTNER], { SnapshotClusterIdentifier: 'Analytics' }), {}, [/^SnapshotClusterIdentifier: must contain only lower-case/]],
  ])('%s', (_case, properties, env, expected) => {
    // GIVEN a raw share WHEN it is checked THEN exactly these findings, one per value
    expect(findings('Custom::RedshiftSnapshotShare', properties, env)).toEqual(expected.map(e => expect.stringMatching(e)));
  });
});

describe('Custom::RedshiftServerlessSnapshotShare', () => {
  test.each<[string, unknown[], RegExp[]]>([
    ['a partner', [PARTNER], []],
    ['no account', [], [/^Accounts: must have at least 1 accounts/]],
    ['AWS Support, which a resource policy cannot name', ['amazon-redshift-support'], [/^Accounts\[0\]: must be a 12-digit AWS account id$/]],
    ['the owner of SnapshotArn', [OWNER], [/^Accounts\[0\]: must not be the snapshot's owner account/]],
  ])('%s', (_case, accounts, expected) => {
    // GIVEN a raw Serverless share WHEN it is checked THEN exactly these findings
    expect(findings('Custom::RedshiftServerlessSnapshotShare', { SnapshotArn: SERVERLESS_ARN, Accounts: accounts }))
      .toEqual(expected.map(e => expect.stringMatching(e)));
  });
});

describe('what SnapshotShare renders passes the raw check', () => {
  test.each<[string, (stack: Stack) => SnapshotShareProps]>([
    ['by identifier and cluster', () => ({ snapshotIdentifier: 'nightly', snapshotClusterIdentifier: 'analytics', accounts: [PARTNER, 'amazon-redshift-support'] })],
    ['by ARN', () => ({ snapshotArn: ARN, accounts: [PARTNER] })],
    ['a Redshift Serverless snapshot', () => ({ snapshotArn: SERVERLESS_ARN, accounts: [PARTNER, '555566667777'] })],
    ['an account from a parameter', stack => ({ snapshotIdentifier: 'nightly', accounts: [new CfnParameter(stack, 'Partner').valueAsString] })],
  ])('%s', (_case, props) => {
    // GIVEN a share made by the construct in a stack of the owner's account
    const stack = new Stack(new App(), 'Shares', { env: { account: OWNER, region: 'eu-west-1' } });
    new SnapshotShare(stack, 'Share', props(stack));
    const resources = Template.fromStack(stack).toJSON().Resources as Record<string, { Type: string; Properties: Record<string, unknown> }>;
    const shares = Object.values(resources).filter(r => /^Custom::Redshift(Serverless)?SnapshotShare$/.test(r.Type));
    expect(shares).toHaveLength(1);
    // WHEN its custom resource is checked as a raw resource of that stack THEN nothing is found
    expect(findings(shares[0].Type, shares[0].Properties, { account: OWNER, region: 'eu-west-1' })).toEqual([]);
  });
});

describe('SnapshotShare and its raw custom resource judge the same accounts alike', () => {
  const ACCOUNTS = fc.array(fc.constantFrom(OWNER, PARTNER, '555566667777', 'amazon-redshift-support', '1111', 'partner-analytics'),
    { maxLength: 22 });

  test.each<[string, string]>([
    ['a provisioned cluster\'s snapshot', ARN],
    ['a Redshift Serverless snapshot', SERVERLESS_ARN],
  ])('of %s: the same entries refused, on the same indexes (property)', (_case, snapshotArn) => {
    fc.assert(fc.property(ACCOUNTS, accounts => {
      // WHEN the construct takes the accounts, and a raw custom resource of the type it writes holds them
      const type = snapshotArn === ARN ? SNAPSHOT_SHARE_RESOURCE_TYPE : SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE;
      const construct = (tryValidation(() => new SnapshotShare(new Stack(new App(), 'L2'), 'Share', { snapshotArn, accounts }))?.violations ?? [])
        .map(v => v.property.replace(/^accounts/, 'Accounts'));
      const raw = findingsOf({ resource: 'Share', type, properties: { SnapshotArn: snapshotArn, Accounts: accounts } }, isIntrinsic)
        .map(f => f.property);
      // THEN both refuse the same entries (and the list, for its size)
      expect(raw.sort()).toEqual(construct.sort());
    }), { numRuns: 60 });
  });
});
