/**
 * A snapshot is never shared with the account that owns it (only the owner can share a snapshot, and an account cannot
 * be granted access to its own resources): `SnapshotShare` refuses such an account, and a raw AwsCustomResource whose
 * AuthorizeSnapshotAccess call names the owner of its SnapshotArn gets the same rule, `notSnapshotOwner`, also where
 * the stack's account is not known.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { SnapshotShare } from '../../../lib/aws/snapshot-share';
import { RawResource, findingsOf } from '../../../lib/raw-checks/check-resource';
import { isIntrinsic } from '../../../lib/raw-checks/inputs/cloudformation';
import { outcome } from '../../support/validation';

const OWNER = '111122223333';
const PARTNER = '444455556666';
const ARN = `arn:aws:redshift:eu-west-1:${OWNER}:snapshot:analytics/nightly`;
const SERVERLESS_ARN = `arn:aws:redshift-serverless:eu-west-1:${OWNER}:snapshot/0a1b2c3d-4e5f-6789-abcd-ef0123456789`;

/** The SDK call of an AwsCustomResource that shares a snapshot, as aws-cdk-lib writes it: JSON text. */
const shareCall = (parameters: Record<string, unknown>) => JSON.stringify({ service: 'Redshift', action: 'authorizeSnapshotAccess', parameters });

/** The findings on a raw share of an environment-agnostic stack whose `Create` is `create`, as `property: rule`. */
function shareFindings(create: unknown): string[] {
  const resource: RawResource = { resource: 'Share', type: 'Custom::AWS', properties: { Create: create } };
  return findingsOf(resource, isIntrinsic).map(f => `${f.property}: ${f.rule}`);
}

const OWNER_FINDING = /^Create\.parameters\.AccountWithRestoreAccess: must not be the snapshot's owner account \("111122223333"\): the owner always has access$/;

describe('a raw AuthorizeSnapshotAccess call whose account owns the snapshot', () => {
  test.each<[string, unknown, RegExp[]]>([
    ['the owner of SnapshotArn', shareCall({ SnapshotArn: ARN, AccountWithRestoreAccess: OWNER }), [OWNER_FINDING]],
    ['the owner of a Redshift Serverless SnapshotArn', shareCall({ SnapshotArn: SERVERLESS_ARN, AccountWithRestoreAccess: OWNER }), [OWNER_FINDING]],
    ['another account', shareCall({ SnapshotArn: ARN, AccountWithRestoreAccess: PARTNER }), []],
    ['AWS Support', shareCall({ SnapshotArn: ARN, AccountWithRestoreAccess: 'amazon-redshift-support' }), []],
    ['that account without SnapshotArn (the snapshot named by its identifier)',
      shareCall({ SnapshotIdentifier: 'nightly', AccountWithRestoreAccess: OWNER }), []],
    ['the account from a parameter (Fn::Sub)', { 'Fn::Sub': shareCall({ SnapshotArn: ARN, AccountWithRestoreAccess: '${Partner}' }) }, []],
    ['the ARN from a parameter (Fn::Sub)', { 'Fn::Sub': shareCall({ SnapshotArn: '${SnapshotArn}', AccountWithRestoreAccess: OWNER }) }, []],
    ['the owner, both literal in an Fn::Sub', { 'Fn::Sub': shareCall({ SnapshotArn: ARN, AccountWithRestoreAccess: OWNER }) }, [OWNER_FINDING]],
  ])('%s', (_case, create, expected) => {
    // GIVEN a raw share in a stack whose account is not known, WHEN it is checked, THEN exactly these findings
    expect(shareFindings(create)).toEqual(expected.map(e => expect.stringMatching(e)));
  });

  test.each([OWNER, PARTNER])('SnapshotShare and the raw check agree on sharing the snapshot of %s', account => {
    // WHEN the construct shares the snapshot with `account` in an environment-agnostic stack, and a raw call does
    const constructRefuses = outcome(() => new SnapshotShare(new Stack(new App(), 'L2'), 'Share', { snapshotArn: ARN, accounts: [account] })) === 'invalid';
    const rawRefuses = shareFindings(shareCall({ SnapshotArn: ARN, AccountWithRestoreAccess: account })).length > 0;
    // THEN both give the same verdict
    expect(rawRefuses).toBe(constructRefuses);
  });

  test('what SnapshotShare renders passes the raw check, one call per account', () => {
    // GIVEN a share made by the construct
    const stack = new Stack(new App(), 'L2');
    new SnapshotShare(stack, 'Share', { snapshotArn: ARN, accounts: [PARTNER, 'amazon-redshift-support'] });
    const [share] = Object.values(Template.fromStack(stack).findResources('Custom::RedshiftSnapshotShare'));
    const { SnapshotArn, Accounts } = share.Properties as { SnapshotArn: string; Accounts: string[] };
    expect(Accounts).toHaveLength(2);
    // WHEN each account it renders is shared by a raw call of the same snapshot THEN nothing is found
    for (const account of Accounts) {
      expect(shareFindings(shareCall({ SnapshotArn, AccountWithRestoreAccess: account }))).toEqual([]);
    }
  });
});
