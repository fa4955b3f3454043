/**
 * `SnapshotShare` of a Redshift Serverless snapshot: the custom resource it renders, what it refuses, and its lifecycle
 * under CloudFormation's event order against an emulated Redshift Serverless whose snapshot policies a put replaces
 * whole. After each sequence the policy must let restore exactly the accounts the deployed app declares, and keep
 * every statement someone else put there.
 */
import { CfnParameter, CfnWaitConditionHandle, Stack, aws_kms as kms, aws_redshiftserverless as redshiftserverless } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as fc from 'fast-check';
import { SnapshotShare, SnapshotShareProps } from '../../lib/aws';
import { CREATE_FAILED_ID } from '../../lib/aws/private/handlers/cloudformation';
import { createHandler } from '../../lib/aws/private/handlers/serverless-policy';
import { SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE } from '../../lib/aws/private/redshift-serverless-function';
import { synthValidated, validatedApp, validatedStack } from '../support/aws';
import { CustomResourceHandler, EmulatedStack, FAIL_ON_DEPLOY, Template as CfnTemplate } from '../support/cloudformation-emulator';
import { answerOf } from '../support/handler-answer';
import { LATE_CREATES, deliverCreateLate } from '../support/late-create';
import { EmulatedRedshiftServerless } from '../support/redshift-serverless-emulator';
import { namedProperties, tryValidation } from '../support/validation';

const ENV = { account: '111122223333', region: 'eu-west-1' };
const A = '222233334444';
const B = '555566667777';
const ARN = 'arn:aws:redshift-serverless:eu-west-1:111122223333:snapshot/0a1b2c3d-0000-4000-8000-00000000000a';

describe('SnapshotShare of a Redshift Serverless snapshot', () => {
  test('a CfnSnapshot is shared through its ARN attribute, by the Serverless function, with the accounts sorted', () => {
    // GIVEN
    const stack = validatedStack('Stack', ENV);
    const snapshot = new redshiftserverless.CfnSnapshot(stack, 'Snapshot', { snapshotName: 'nightly', namespaceName: 'analytics' });
    // WHEN
    const share = new SnapshotShare(stack, 'Share', { snapshot, accounts: [B, A] });
    share.addAccount('333344445555');
    // THEN
    const template = Template.fromStack(stack);
    template.hasResourceProperties(SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE, {
      SnapshotArn: { 'Fn::GetAtt': [stack.getLogicalId(snapshot), 'Snapshot.SnapshotArn'] },
      Accounts: [A, '333344445555', B],
    });
    template.resourceCountIs('Custom::RedshiftSnapshotShare', 0);
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(p => p.Properties.PolicyDocument.Statement);
    expect(statements.map(s => stack.resolve(s))).toEqual([expect.objectContaining({
      Action: ['redshift-serverless:GetResourcePolicy', 'redshift-serverless:PutResourcePolicy', 'redshift-serverless:DeleteResourcePolicy'],
      Resource: '*',
    })]);
    expect(share.ownerAccount).toBe('111122223333');
    synthValidated(stack);
  });

  test.each<[string, Partial<SnapshotShareProps> & Record<string, unknown>, string[]]>([
    ['a Serverless snapshot ARN', { snapshotArn: ARN }, []],
    ['21 accounts (Redshift Serverless documents no limit)', { snapshotArn: ARN, accounts: Array.from({ length: 21 }, (_, i) => `2222333344${String(i).padStart(2, '0')}`) }, []],
    ['amazon-redshift-support (a provisioned-only grantee)', { snapshotArn: ARN, accounts: ['amazon-redshift-support'] }, ['accounts[0]']],
    ['snapshotClusterIdentifier', { snapshotArn: ARN, snapshotClusterIdentifier: 'analytics' }, ['snapshotClusterIdentifier']],
    ['logRetention', { snapshotArn: ARN, logRetention: 30 }, ['logRetention']],
    ['a Serverless ARN of another region', { snapshotArn: ARN.replace('eu-west-1', 'eu-central-1') }, ['snapshotArn']],
    ['a Serverless ARN of another account', { snapshotArn: ARN.replace('111122223333', '999988887777') }, ['snapshotArn']],
    ['a Serverless ARN with a path', { snapshotArn: `${ARN}/x` }, ['snapshotArn']],
    // Both the snapshot's owner and the stack's own account: one rule each.
    ['the owner among the accounts', { snapshotArn: ARN, accounts: ['111122223333'] }, ['accounts[0]', 'accounts[0]']],
  ])('%s → violations %j', (_case, props, expected) => {
    const error = tryValidation(() => new SnapshotShare(validatedStack('Stack', ENV), 'Share', { accounts: [A], ...props } as SnapshotShareProps));
    expect(namedProperties(error)).toEqual(expected);
  });

  test('an account is accepted exactly when it is 12 digits other than the owner\'s (property); a token passes', () => {
    fc.assert(fc.property(fc.oneof(fc.stringMatching(/^\d{12}$/), fc.string({ maxLength: 14 }), fc.constant('111122223333')), account => {
      const error = tryValidation(() => new SnapshotShare(validatedStack('Stack', ENV), 'Share', { snapshotArn: ARN, accounts: [account] }));
      expect(error === undefined).toBe(/^\d{12}$/.test(account) && account !== '111122223333');
    }), { numRuns: 80 });
    const stack = validatedStack('Stack', ENV);
    new SnapshotShare(stack, 'Share', { snapshotArn: ARN, accounts: [new CfnParameter(stack, 'Account').valueAsString] });
    Template.fromStack(stack).hasResourceProperties(SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE, { Accounts: [{ Ref: 'Account' }] });
  });

  test('an encryption key is refused, saying why: the sources do not state what a restore needs of it', () => {
    const stack = validatedStack('Stack', ENV);
    const error = tryValidation(() => new SnapshotShare(stack, 'Share', { snapshotArn: ARN, accounts: [A], encryptionKey: new kms.Key(stack, 'Key') }));
    expect(error?.message).toMatch(/encryptionKey: .* must not be given for a Redshift Serverless snapshot: the Redshift Serverless documentation does not say/);
  });
});

describe('SnapshotShare of a Redshift Serverless snapshot, under CloudFormation\'s event order', () => {
  let serverless: EmulatedRedshiftServerless;
  let failures: string[];
  let nightly: string;
  let weekly: string;

  beforeEach(() => {
    serverless = new EmulatedRedshiftServerless();
    nightly = serverless.createSnapshot();
    weekly = serverless.createSnapshot();
    failures = [];
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });

  const policyHandler: CustomResourceHandler = async (request, invocation) => {
    const { client, close } = serverless.clientFor(invocation.caller, invocation.policies);
    try {
      return await answerOf(request, invocation.remainingMs, respond => createHandler({
        client, cloudFormation: invocation.cloudFormation, now: serverless.clock.now, sleep: serverless.clock.sleep, random: () => 0.5, respond,
      }), failures);
    } finally {
      close();
    }
  };

  const emulatedStack = () => new EmulatedStack({ name: 'Shares', clock: serverless.clock, handlers: { [SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE]: policyHandler } });

  function template(shares: Record<string, { arn: string; accounts: string[] }>, fail = false): CfnTemplate {
    const app = validatedApp();
    const stack = new Stack(app, 'Shares', { env: ENV });
    new CfnWaitConditionHandle(stack, 'Other');
    for (const [id, { arn, accounts }] of Object.entries(shares)) new SnapshotShare(stack, id, { snapshotArn: arn, accounts });
    if (fail) new CfnWaitConditionHandle(stack, 'Breaks').addMetadata(FAIL_ON_DEPLOY, true);
    return app.synth().getStackByName('Shares').template;
  }

  /** The accounts that may restore a snapshot, with foreign statements by their Sid. */
  const restorers = (arn: string) => serverless.restoreGrantsOf(arn).flatMap(([sid, ...accounts]) => sid === 'Foreign' ? ['foreign'] : accounts).sort();

  test('accounts added and removed; a foreign statement survives; deleting the stack leaves only it', async () => {
    serverless.putSnapshotPolicy(nightly, [{ Sid: 'Foreign', Effect: 'Allow', Principal: { AWS: ['999988887777'] }, Action: ['redshift-serverless:RestoreFromSnapshot'] }]);
    const stack = emulatedStack();
    await stack.deploy(template({ Share: { arn: nightly, accounts: [A] } }));
    expect(restorers(nightly)).toEqual([A, 'foreign']);
    await stack.deploy(template({ Share: { arn: nightly, accounts: [B] } }));
    expect(restorers(nightly)).toEqual([B, 'foreign']);
    await stack.destroy();
    expect(restorers(nightly)).toEqual(['foreign']);
    expect(failures).toEqual([]);
  });

  test('two shares of one snapshot and account: removing one keeps the account\'s access through the other', async () => {
    const stack = emulatedStack();
    await stack.deploy(template({ First: { arn: nightly, accounts: [A] }, Second: { arn: nightly, accounts: [A, B] } }));
    await stack.deploy(template({ Second: { arn: nightly, accounts: [A, B] } }));
    expect(restorers(nightly)).toEqual([A, B]);
    expect(failures).toEqual([]);
  });

  test('a share moved to another snapshot: granted there in the update, revoked on the old one in the cleanup', async () => {
    const stack = emulatedStack();
    await stack.deploy(template({ Share: { arn: nightly, accounts: [A] } }));
    await stack.deploy(template({ Share: { arn: weekly, accounts: [A] } }));
    expect([restorers(nightly), restorers(weekly)]).toEqual([[], [A]]);
    expect(failures).toEqual([]);
  });

  test('an update rolled back leaves the grants as they were', async () => {
    const stack = emulatedStack();
    await stack.deploy(template({ Share: { arn: nightly, accounts: [A] } }));
    const result = await stack.deploy(template({ Share: { arn: nightly, accounts: [B] }, Weekly: { arn: weekly, accounts: [B] } }, true));
    expect(result.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect([restorers(nightly), restorers(weekly)]).toEqual([[A], []]);
    expect(failures).toEqual([]);
  });

  test.each(LATE_CREATES)('a Create delivered late, when %s, grants nothing', async when => {
    // GIVEN / WHEN the share's Create comes again after the stack stopped waiting for it
    const answer = await deliverCreateLate(emulatedStack(), when, {
      // A share of another snapshot keeps the function when only the update that added "Share" is rolled back.
      without: template({ Keeper: { arn: weekly, accounts: [B] } }),
      with: template({ Keeper: { arn: weekly, accounts: [B] }, Share: { arn: nightly, accounts: [A] } }),
      withFailure: template({ Keeper: { arn: weekly, accounts: [B] }, Share: { arn: nightly, accounts: [A] } }, true),
    }, id => id.startsWith('Share'));
    // THEN it answers that it made nothing, and nobody may restore the snapshot
    expect(answer).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: expect.stringMatching(new RegExp(`^${CREATE_FAILED_ID}:`)) });
    expect(restorers(nightly)).toEqual([]);
    expect(failures).toEqual([]);
  });

  test('a snapshot deleted underneath: the share\'s Delete succeeds', async () => {
    const stack = emulatedStack();
    await stack.deploy(template({ Share: { arn: nightly, accounts: [A] } }));
    serverless.deleteSnapshot(nightly);
    expect((await stack.destroy()).status).toBe('DELETE_COMPLETE');
    expect(failures).toEqual([]);
  });
});
