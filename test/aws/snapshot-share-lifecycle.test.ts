/**
 * `SnapshotShare` under CloudFormation's real event order: synthesized templates deployed to an emulated stack
 * (update phase, cleanup phase, rollbacks, stack deletion) whose custom resources run the library's handler against
 * an emulated Redshift that enforces the IAM policies deployed at each moment. After each sequence, the grants must be
 * exactly those the deployed app declares: nothing leaked, nothing lost.
 */
import { AuthorizeSnapshotAccessCommand, RevokeSnapshotAccessCommand } from '@aws-sdk/client-redshift';
import { ArnFormat, CfnResource, CfnWaitConditionHandle, RemovalPolicy, Stack, aws_redshift as redshift, custom_resources as cr } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { SnapshotShare, SnapshotShareProps } from '../../lib/aws';
import { CREATE_FAILED_ID } from '../../lib/aws/private/handlers/cloudformation';
import { HandlerOptions, createHandler } from '../../lib/aws/private/handlers/snapshot-share';
import { CLAIM_TAG_PREFIX } from '../../lib/aws/private/handlers/snapshot-share/ownership';
import { validatedApp } from '../support/aws';
import { CustomResourceHandler, EmulatedStack, FAIL_ON_DEPLOY, Template } from '../support/cloudformation-emulator';
import { answerOf } from '../support/handler-answer';
import { LATE_CREATES, deliverCreateLate } from '../support/late-create';
import { EmulatedRedshift } from '../support/redshift-emulator';

const A = '123456789012';
const B = '210987654321';
const C = '333344445555';
const D = '444455556666';
const CLUSTER = 'analytics';

let redshiftApi: EmulatedRedshift;
/** Options the next handler invocations are built with. */
let handlerOptions: HandlerOptions;
/** Every FAILED answer of the share handler. */
let failures: string[];

beforeEach(() => {
  redshiftApi = new EmulatedRedshift();
  handlerOptions = {};
  failures = [];
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  for (const name of ['nightly', 'weekly', 'monthly']) redshiftApi.createSnapshot(CLUSTER, `analytics-${name}`);
});

afterEach(() => {
  // The handler never works after it answered.
  expect(redshiftApi.callsAfterClose).toEqual([]);
});

/** The library's handler, as the function runs it, with the emulated client and the virtual clock. */
const shareHandler: CustomResourceHandler = async (request, invocation) => {
  const { client, close } = redshiftApi.clientFor(invocation.caller, invocation.policies);
  try {
    return await answerOf(request, invocation.remainingMs, respond => createHandler({
      client,
      cloudFormation: invocation.cloudFormation,
      now: redshiftApi.clock.now,
      sleep: redshiftApi.clock.sleep,
      random: () => 0.5,
      respond,
      ...handlerOptions,
    }), failures);
  } finally {
    close();
  }
};

/** aws-cdk's `AwsCustomResource` handler as the earlier per-account design used it: one SDK call per event. */
const legacyHandler: CustomResourceHandler = async (request, invocation) => {
  const { client, close } = redshiftApi.clientFor(invocation.caller, invocation.policies);
  const props = request.ResourceProperties;
  const text = request.RequestType === 'Delete' ? props.Delete : request.RequestType === 'Update' ? props.Update ?? props.Create : props.Create;
  const call = text === undefined ? undefined : JSON.parse(text);
  const physicalId = call?.physicalResourceId?.id ?? request.PhysicalResourceId ?? request.LogicalResourceId;
  try {
    if (call !== undefined) {
      const command = call.action === 'authorizeSnapshotAccess' ? AuthorizeSnapshotAccessCommand : RevokeSnapshotAccessCommand;
      await client.send(new command(call.parameters));
    }
    return { Status: 'SUCCESS', PhysicalResourceId: physicalId };
  } catch (e) {
    if (call.ignoreErrorCodesMatching && new RegExp(call.ignoreErrorCodesMatching).test((e as Error).name)) {
      return { Status: 'SUCCESS', PhysicalResourceId: physicalId };
    }
    return { Status: 'FAILED', PhysicalResourceId: physicalId, Reason: (e as Error).message };
  } finally {
    close();
  }
};

function emulatedStack(name = 'Snapshots'): EmulatedStack {
  return new EmulatedStack({
    name,
    clock: redshiftApi.clock,
    handlers: { 'Custom::RedshiftSnapshotShare': shareHandler, 'Custom::AWS': legacyHandler },
    sideEffects: {
      'AWS::Redshift::Snapshot': {
        create: props => redshiftApi.createSnapshot(props.ClusterIdentifier, props.SnapshotIdentifier),
        delete: props => redshiftApi.deleteSnapshot(props.SnapshotIdentifier),
      },
    },
  });
}

type ShareSpec = Omit<SnapshotShareProps, 'accounts'> & { accounts: string[]; retain?: boolean; failOnDeploy?: boolean };

/**
 * The template of a stack with these shares (by construct id), as `cdk synth` writes it, checked by AWS's template
 * validator. The stack always holds one other resource: CloudFormation refuses a template without resources.
 */
function template(shares: Record<string, ShareSpec>, extra?: (stack: Stack) => void): Template {
  const app = validatedApp();
  const stack = new Stack(app, 'Snapshots');
  new CfnWaitConditionHandle(stack, 'Other');
  for (const [id, { retain, failOnDeploy, ...props }] of Object.entries(shares)) {
    const construct = new SnapshotShare(stack, id, props);
    if (retain) construct.applyRemovalPolicy(RemovalPolicy.RETAIN);
    if (failOnDeploy) construct.resource.addMetadata(FAIL_ON_DEPLOY, true);
  }
  extra?.(stack);
  return app.synth().getStackByName('Snapshots').template;
}

/** A share of one of the emulator's snapshots. */
function share(name: string, accounts: string[], more: Partial<ShareSpec> = {}): ShareSpec {
  return { snapshotIdentifier: `analytics-${name}`, snapshotClusterIdentifier: CLUSTER, accounts, ...more };
}

/** A resource that fails its deploy, so that CloudFormation rolls the update back. */
function failingResource(stack: Stack): void {
  new redshift.CfnSnapshot(stack, 'Breaks', { clusterIdentifier: CLUSTER, snapshotIdentifier: 'breaks' }).addMetadata(FAIL_ON_DEPLOY, true);
}

function grants(): Record<string, string[]> {
  return {
    nightly: redshiftApi.grantsOf('analytics-nightly'),
    weekly: redshiftApi.grantsOf('analytics-weekly'),
    monthly: redshiftApi.grantsOf('analytics-monthly'),
  };
}

const none = { nightly: [], weekly: [], monthly: [] };

describe('SnapshotShare lifecycle under CloudFormation\'s event order', () => {
  test('a share removed while others stay is revoked in the cleanup phase, after the policy lost its snapshot', async () => {
    // GIVEN three shares
    const stack = emulatedStack();
    await stack.deploy(template({ Nightly: share('nightly', [A, B]), Weekly: share('weekly', [A]), Monthly: share('monthly', [C]) }));
    expect(grants()).toEqual({ nightly: [A, B], weekly: [A], monthly: [C] });
    // WHEN the weekly share leaves the app
    const result = await stack.deploy(template({ Nightly: share('nightly', [A, B]), Monthly: share('monthly', [C]) }));
    // THEN its Delete came in the cleanup phase and revoked; the others are untouched
    expect(result.events).toContainEqual(expect.objectContaining({ phase: 'cleanup', logicalId: expect.stringMatching(/^Weekly/), action: 'Delete', status: 'COMPLETE' }));
    expect(grants()).toEqual({ nightly: [A, B], weekly: [], monthly: [C] });
    expect(redshiftApi.tagsOf('analytics-weekly')).toEqual({});
    expect(failures).toEqual([]);
  });

  test('moving a share to another snapshot revokes the old snapshot\'s grants', async () => {
    const stack = emulatedStack();
    await stack.deploy(template({ Nightly: share('nightly', [A, B]), Monthly: share('monthly', [C]) }));
    // WHEN the nightly share now names the weekly snapshot
    const result = await stack.deploy(template({ Nightly: share('weekly', [A, B]), Monthly: share('monthly', [C]) }));
    // THEN
    expect(result.status).toBe('UPDATE_COMPLETE');
    expect(grants()).toEqual({ nightly: [], weekly: [A, B], monthly: [C] });
    expect(failures).toEqual([]);
  });

  test('renaming the construct keeps every account\'s access', async () => {
    const stack = emulatedStack();
    await stack.deploy(template({ Nightly: share('nightly', [A, B]) }));
    // WHEN the construct gets another id (a new logical id): CloudFormation creates the new one, then deletes the old
    const result = await stack.deploy(template({ NightlyRenamed: share('nightly', [A, B]) }));
    // THEN
    expect(result.events.map(e => `${e.phase} ${e.action} ${e.logicalId.replace(/[0-9A-F]{8}$/, '')}`))
      .toEqual(expect.arrayContaining(['update Create NightlyRenamed', 'cleanup Delete Nightly']));
    expect(grants()).toEqual({ ...none, nightly: [A, B] });
    // ...and the one claim left is the new resource's, so removing it later revokes
    await stack.deploy(template({}));
    expect(grants()).toEqual(none);
    expect(failures).toEqual([]);
  });

  test('an account moved from one share to another of the same snapshot keeps its access', async () => {
    const stack = emulatedStack();
    await stack.deploy(template({ First: share('nightly', [A, B]), Second: share('nightly', [C]) }));
    await stack.deploy(template({ First: share('nightly', [A]), Second: share('nightly', [B, C]) }));
    expect(grants()).toEqual({ ...none, nightly: [A, B, C] });
    await stack.deploy(template({ Second: share('nightly', [B, C]) }));
    expect(grants()).toEqual({ ...none, nightly: [B, C] });
  });

  test('two stacks sharing one snapshot with one account: the account keeps access until both are gone', async () => {
    // GIVEN two stacks (one app each, as two teams would) that both share the nightly snapshot with A
    const first = emulatedStack('First');
    const second = emulatedStack('Second');
    await first.deploy(template({ Share: share('nightly', [A, B]) }));
    await second.deploy(template({ Share: share('nightly', [A, C]) }));
    expect(grants()).toEqual({ ...none, nightly: [A, B, C] });
    // WHEN the first stack is deleted, THEN A stays (the second declares it) and B goes
    await first.destroy();
    expect(grants()).toEqual({ ...none, nightly: [A, C] });
    // WHEN the second goes too, THEN nothing is left
    await second.destroy();
    expect(grants()).toEqual(none);
    expect(redshiftApi.tagsOf('analytics-nightly')).toEqual({});
  });

  test('stack deletion revokes everything, and a retained share keeps its grants', async () => {
    const stack = emulatedStack();
    await stack.deploy(template({ Nightly: share('nightly', [A], { retain: true }), Weekly: share('weekly', [B]) }));
    const result = await stack.destroy();
    expect(result.status).toBe('DELETE_COMPLETE');
    expect(grants()).toEqual({ ...none, nightly: [A] });
  });

  test('a snapshot deleted by the same update is unshared first, so Redshift lets it go', async () => {
    const stack = emulatedStack();
    const withSnapshot = (stackScope: Stack) => {
      const snapshot = new redshift.CfnSnapshot(stackScope, 'Baseline', { clusterIdentifier: CLUSTER, snapshotIdentifier: 'analytics-baseline' });
      new SnapshotShare(stackScope, 'BaselineShare', { snapshot, accounts: [A, B] });
    };
    await stack.deploy(template({}, withSnapshot));
    expect(redshiftApi.grantsOf('analytics-baseline')).toEqual([A, B]);
    const result = await stack.deploy(template({}));
    expect(result.events.filter(e => e.status === 'FAILED')).toEqual([]);
  });

  test.each<[string, ShareSpec, Record<string, string[]>]>([
    ['accounts added and removed', share('nightly', [B, C]), { ...none, nightly: [A, B] }],
    ['another snapshot', share('weekly', [A, B]), { ...none, nightly: [A, B] }],
  ])('an update rolled back (%s) leaves the grants as they were', async (_case, next, expected) => {
    const stack = emulatedStack();
    await stack.deploy(template({ Nightly: share('nightly', [A, B]) }));
    // WHEN the update changes the share, then a later resource fails
    const result = await stack.deploy(template({ Nightly: next }, failingResource));
    // THEN CloudFormation rolled it back, and the grants are as before
    expect(result.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(grants()).toEqual(expected);
    expect(failures).toEqual([]);
    // ...and the share still owns them
    await stack.destroy();
    expect(grants()).toEqual(none);
  });

  test('a share created by an update that rolls back revokes its grants', async () => {
    const stack = emulatedStack();
    await stack.deploy(template({ Weekly: share('weekly', [A]) }));
    const result = await stack.deploy(template({ Weekly: share('weekly', [A]), Nightly: share('nightly', [B, C]) }, failingResource));
    expect(result.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(grants()).toEqual({ ...none, weekly: [A] });
  });

  test('a share created by an update that rolls back keeps the access it adopted (granted before the deployment)', async () => {
    redshiftApi.grantByHand('analytics-nightly', D);
    const stack = emulatedStack();
    await stack.deploy(template({ Weekly: share('weekly', [A]) }));
    const result = await stack.deploy(template({ Weekly: share('weekly', [A]), Nightly: share('nightly', [B, D]) }, failingResource));
    expect(result.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(grants()).toEqual({ ...none, weekly: [A], nightly: [D] });
    expect(redshiftApi.tagsOf('analytics-nightly')).toEqual({});
  });

  test('an account granted by hand, added to a share by an update that rolls back, keeps its access and stays unowned', async () => {
    redshiftApi.grantByHand('analytics-nightly', D);
    const stack = emulatedStack();
    await stack.deploy(template({ Nightly: share('nightly', [A]) }));
    await stack.deploy(template({ Nightly: share('nightly', [A, D]) }, failingResource));
    expect(grants()).toEqual({ ...none, nightly: [A, D] });
    // The share does not own D after the rollback: deleting the stack leaves it as it was before
    await stack.destroy();
    expect(grants()).toEqual({ ...none, nightly: [D] });
  });

  test('an account adopted by a deployment that succeeded is the share\'s: removing the share revokes it', async () => {
    redshiftApi.grantByHand('analytics-nightly', D);
    const stack = emulatedStack();
    await stack.deploy(template({ Nightly: share('nightly', [A, D]) }));
    await stack.deploy(template({ Nightly: share('nightly', [A]) }));
    expect(grants()).toEqual({ ...none, nightly: [A] });
  });

  test('a failed Create revokes what it granted and keeps a grant made by hand', async () => {
    redshiftApi.grantByHand('analytics-nightly', D);
    redshiftApi.failNext('AuthorizeSnapshotAccess', 'UnsupportedOperationFault', 1, C);
    const stack = emulatedStack();
    const result = await stack.deploy(template({ Nightly: share('nightly', [A, C, D], { }) }));
    expect(result.events.map(e => `${e.phase} ${e.action} ${e.status}`)).toContain('rollback-cleanup Delete COMPLETE');
    expect(grants()).toEqual({ ...none, nightly: [D] });
    expect(redshiftApi.tagsOf('analytics-nightly')).toEqual({});
  });

  test.each(LATE_CREATES)('a Create delivered late, when %s, grants nothing and writes no claim', async when => {
    // GIVEN / WHEN the share's Create comes again after the stack stopped waiting for it
    const answer = await deliverCreateLate(emulatedStack(), when, {
      // A share of another snapshot keeps the function when only the update that added "Nightly" is rolled back.
      without: template({ Weekly: share('weekly', [C]) }),
      with: template({ Weekly: share('weekly', [C]), Nightly: share('nightly', [A, B]) }),
      withFailure: template({ Weekly: share('weekly', [C]), Nightly: share('nightly', [A, B]) }, failingResource),
    }, id => id.startsWith('Nightly'));
    // THEN it answers that it made nothing, and the snapshot has no grant and no claim
    expect(answer).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: expect.stringMatching(new RegExp(`^${CREATE_FAILED_ID}:`)) });
    expect(grants().nightly).toEqual([]);
    expect(redshiftApi.tagsOf('analytics-nightly')).toEqual({});
    expect(failures).toEqual([]);
  });

  test('a Create delivered again while its stack is still being created changes nothing', async () => {
    const stack = emulatedStack();
    const deployed = template({ Nightly: share('nightly', [A, B]) });
    await stack.deploy(deployed);
    stack.status = 'CREATE_IN_PROGRESS';
    const tags = redshiftApi.tagsOf('analytics-nightly');
    // WHEN the same Create arrives again (Lambda retries an invocation that it thinks failed)
    const request = {
      RequestType: 'Create' as const,
      ResponseURL: 'https://example/signed',
      StackId: stack.stackId,
      RequestId: 'again',
      LogicalResourceId: Object.keys(deployed.Resources).find(id => id.startsWith('Nightly'))!,
      ResourceType: 'Custom::RedshiftSnapshotShare',
      ResourceProperties: { SnapshotIdentifier: 'analytics-nightly', SnapshotClusterIdentifier: CLUSTER, Accounts: [A, B] },
    };
    const policies = () => stack.policiesOf(roleId(deployed));
    const answer = await shareHandler(request, { policies, cloudFormation: stack.cloudFormationClient(policies), remainingMs: () => 900_000, caller: 'again' });
    // THEN it succeeds with the same id and leaves everything as it was
    expect(answer).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'RedshiftSnapshotShare:eu-west-1:111122223333:analytics-nightly' });
    expect(grants()).toEqual({ ...none, nightly: [A, B] });
    expect(redshiftApi.tagsOf('analytics-nightly')).toEqual(tags);
  });
});

describe('deadlines', () => {
  test('a Create that runs out of time stops, undoes its grants, answers in time, and the rollback leaves nothing', async () => {
    // GIVEN 20 accounts, each throttled five times, and a 5-minute function
    const accounts = Array.from({ length: 20 }, (_, i) => `1000000000${String(i).padStart(2, '0')}`);
    for (const account of accounts) redshiftApi.failNext('AuthorizeSnapshotAccess', 'ThrottlingException', 5, account);
    handlerOptions = { retry: { attempts: 8, baseDelayMs: 10_000, maxDelayMs: 60_000 } };
    const stack = emulatedStack();
    const stackTemplate = withFunctionTimeout(template({ Nightly: share('nightly', accounts) }), 300);
    // WHEN
    const result = await stack.deploy(stackTemplate);
    // THEN the Create failed in time (the emulator throws if an answer comes after the timeout) and was rolled back
    expect(result.events).toContainEqual(expect.objectContaining({ phase: 'update', action: 'Create', status: 'FAILED' }));
    expect(failures[0]).toMatch(/AuthorizeSnapshotAccess for account \d{12} failed: (DeadlineError|ThrottlingException)/);
    expect(grants()).toEqual(none);
    expect(redshiftApi.tagsOf('analytics-nightly')).toEqual({});
    // ...with at most four calls in flight
    expect(redshiftApi.maxInFlight).toBeLessThanOrEqual(4);
  });

  test('a call that hangs is aborted; its account counts as granted and is undone', async () => {
    handlerOptions = { callTimeoutMs: 20 };
    redshiftApi.hangNext('AuthorizeSnapshotAccess', 1, B);
    redshiftApi.failNext('AuthorizeSnapshotAccess', 'UnsupportedOperationFault', 1, C);
    const stack = emulatedStack();
    const result = await stack.deploy(template({ Nightly: share('nightly', [A, B, C]) }));
    expect(result.events[result.events.length - 1]).toMatchObject({ phase: 'rollback-cleanup' });
    expect(grants()).toEqual(none);
  });

  test('a failed undo names the account left granted, and the rollback\'s Delete revokes it', async () => {
    // GIVEN a Create whose third account fails and whose undo of the first fails too
    redshiftApi.failNext('AuthorizeSnapshotAccess', 'UnsupportedOperationFault', 1, C);
    redshiftApi.failNext('RevokeSnapshotAccess', 'InternalFailure', 1, A);
    handlerOptions = { concurrency: 1 };
    const stack = emulatedStack();
    // WHEN
    await stack.deploy(template({ Nightly: share('nightly', [A, B, C]) }));
    // THEN the FAILED answer names A first, and the claim tag tracked it until the rollback's Delete revoked it
    expect(failures[0]).toMatch(new RegExp(`^Create Nightly\\w+: Left granted on the snapshot, its undo failed: ${A} \\(`));
    expect(redshiftApi.calls.filter(c => c.account === A).map(c => `${c.action} ${c.outcome}`))
      .toEqual(['AuthorizeSnapshotAccess ok', 'RevokeSnapshotAccess InternalFailure', 'RevokeSnapshotAccess ok']);
    expect(grants()).toEqual(none);
    expect(redshiftApi.tagsOf('analytics-nightly')).toEqual({});
  });
});

describe('the upgrade from the per-account Custom::AWS resources (docs/aws-snapshot-share.md)', () => {
  /** The earlier design: one AwsCustomResource per account, authorizing on create and revoking on delete. */
  function legacyTemplate(retain: boolean): Template {
    const app = validatedApp();
    const stack = new Stack(app, 'Snapshots');
    new CfnWaitConditionHandle(stack, 'Other');
    const arn = stack.formatArn({ service: 'redshift', resource: 'snapshot', resourceName: `${CLUSTER}/analytics-nightly`, arnFormat: ArnFormat.COLON_RESOURCE_NAME });
    const scope = new Construct(stack, 'NightlyShare');
    for (const account of [A, B]) {
      const parameters = { SnapshotIdentifier: 'analytics-nightly', SnapshotClusterIdentifier: CLUSTER, AccountWithRestoreAccess: account };
      const resource = new cr.AwsCustomResource(scope, `Account${account}`, {
        onCreate: { service: 'Redshift', action: 'authorizeSnapshotAccess', parameters, physicalResourceId: cr.PhysicalResourceId.of(`${account}`) },
        onDelete: { service: 'Redshift', action: 'revokeSnapshotAccess', parameters, ignoreErrorCodesMatching: 'AuthorizationNotFound.*|ClusterSnapshotNotFound.*' },
        policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [arn] }),
        installLatestAwsSdk: false,
      });
      // The guide's aspect, applied by the earlier version.
      if (retain) {
        resource.node.findAll().filter((c): c is CfnResource => c instanceof CfnResource && c.cfnResourceType === 'Custom::AWS')
          .forEach(c => c.applyRemovalPolicy(RemovalPolicy.RETAIN));
      }
    }
    return app.synth().getStackByName('Snapshots').template;
  }

  test('the two-step upgrade keeps every account\'s access at every step', async () => {
    const stack = emulatedStack();
    await stack.deploy(legacyTemplate(false));
    expect(grants()).toEqual({ ...none, nightly: [A, B] });
    // Step 1: retain the old resources
    await stack.deploy(legacyTemplate(true));
    expect(grants()).toEqual({ ...none, nightly: [A, B] });
    // Step 2: upgrade
    const result = await stack.deploy(template({ NightlyShare: share('nightly', [A, B]) }));
    expect(result.events).toContainEqual(expect.objectContaining({ phase: 'cleanup', action: 'Retain' }));
    expect(grants()).toEqual({ ...none, nightly: [A, B] });
    // ...and the new share owns the grants from now on
    await stack.deploy(template({ NightlyShare: share('nightly', [A]) }));
    expect(grants()).toEqual({ ...none, nightly: [A] });
    expect(failures).toEqual([]);
  });

  test('a second step that rolls back keeps every account\'s access, and can be deployed again', async () => {
    const stack = emulatedStack();
    await stack.deploy(legacyTemplate(true));
    const result = await stack.deploy(template({ NightlyShare: share('nightly', [A, B]) }, failingResource));
    expect(result.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(grants()).toEqual({ ...none, nightly: [A, B] });
    await stack.deploy(template({ NightlyShare: share('nightly', [A, B]) }));
    expect(grants()).toEqual({ ...none, nightly: [A, B] });
  });

  test('a one-step upgrade revokes every account, as the guide warns', async () => {
    const stack = emulatedStack();
    await stack.deploy(legacyTemplate(false));
    await stack.deploy(template({ NightlyShare: share('nightly', [A, B]) }));
    expect(grants()).toEqual(none);
  });
});

describe('the harness has teeth', () => {
  test('with revoking limited to the template\'s snapshots (the earlier policy), a removed share leaks', async () => {
    const stack = emulatedStack();
    const declaredOnly = (t: Template) => withoutReleaseWildcard(t);
    await stack.deploy(declaredOnly(template({ Nightly: share('nightly', [A]), Weekly: share('weekly', [B]) })));
    const result = await stack.deploy(declaredOnly(template({ Nightly: share('nightly', [A]) })));
    expect(result.events).toContainEqual(expect.objectContaining({ phase: 'cleanup', action: 'Delete', status: 'FAILED' }));
    expect(grants()).toEqual({ ...none, nightly: [A], weekly: [B] });
  });

  test('claims are tags with the library\'s prefix: the accounts the share granted, then / and those it adopted', async () => {
    redshiftApi.grantByHand('analytics-nightly', D);
    const stack = emulatedStack();
    await stack.deploy(template({ Nightly: share('nightly', [D, B, A]) }));
    const tags = redshiftApi.tagsOf('analytics-nightly');
    expect(Object.keys(tags)).toEqual([expect.stringMatching(new RegExp(`^${CLAIM_TAG_PREFIX}[0-9a-f]{24}$`))]);
    expect(Object.values(tags)).toEqual([`${A} ${B}/${D}`]);
  });

  test('without the stack status (DescribeStacks denied), a rollback revokes adopted access too, as a change would', async () => {
    redshiftApi.grantByHand('analytics-nightly', D);
    const stack = emulatedStack();
    const denied = (t: Template) => withoutStatement(t, 'cloudformation:DescribeStacks');
    await stack.deploy(denied(template({ Weekly: share('weekly', [A]) })));
    await stack.deploy(denied(template({ Weekly: share('weekly', [A]), Nightly: share('nightly', [D]) }, failingResource)));
    expect(grants()).toEqual({ ...none, weekly: [A] });
  });
});

function roleId(deployed: Template): string {
  return Object.keys(deployed.Resources).find(id => deployed.Resources[id].Type === 'AWS::IAM::Role' && id.includes('SnapshotShareProvider'))!;
}

function withFunctionTimeout(t: Template, seconds: number): Template {
  const copy = JSON.parse(JSON.stringify(t));
  for (const resource of Object.values<any>(copy.Resources)) {
    if (resource.Type === 'AWS::Lambda::Function') resource.Properties.Timeout = seconds;
  }
  return copy;
}

/** The template without the policy statement for `action`. */
function withoutStatement(t: Template, action: string): Template {
  const copy = JSON.parse(JSON.stringify(t));
  for (const resource of Object.values<any>(copy.Resources)) {
    if (resource.Type !== 'AWS::IAM::Policy') continue;
    resource.Properties.PolicyDocument.Statement = resource.Properties.PolicyDocument.Statement.filter((s: any) => s.Action !== action);
  }
  return copy;
}

/** The template with the release policy's revoke scoped to the share policy's snapshots, as before this design. */
function withoutReleaseWildcard(t: Template): Template {
  const copy = JSON.parse(JSON.stringify(t));
  const resources = Object.values<any>(copy.Resources);
  const grantPolicy = resources.find(r => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r).includes('AuthorizeSnapshotAccess'));
  const release = resources.find(r => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r).includes('RevokeSnapshotAccess'));
  const declared = grantPolicy.Properties.PolicyDocument.Statement[0].Resource;
  for (const statement of release.Properties.PolicyDocument.Statement) {
    if (['redshift:RevokeSnapshotAccess', 'redshift:DeleteTags'].includes(statement.Action)) statement.Resource = declared;
  }
  return copy;
}
