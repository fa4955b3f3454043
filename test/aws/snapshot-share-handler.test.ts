import { EventEmitter } from 'events';
import * as fs from 'fs';
import * as https from 'https';
import { builtinModules } from 'module';
import * as path from 'path';
import {
  AccessToSnapshotDeniedFault,
  AuthorizationAlreadyExistsFault,
  AuthorizationNotFoundFault,
  AuthorizationQuotaExceededFault,
  AuthorizeSnapshotAccessCommand,
  ClusterSnapshotNotFoundFault,
  DependentServiceRequestThrottlingFault,
  InvalidClusterSnapshotStateFault,
  LimitExceededFault,
  RedshiftClient,
  RevokeSnapshotAccessCommand,
  UnsupportedOperationFault,
} from '@aws-sdk/client-redshift';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CREATE_FAILED_ID,
  CloudFormationResponse,
  HandlerContext,
  MAX_RESPONSE_BYTES,
  SDK_MAX_ATTEMPTS,
  SnapshotShareEvent,
  SnapshotShareProperties,
  createHandler,
  fitResponse,
  handler,
  newClient,
  snapshotOf,
} from '../../lib/aws/private/snapshot-share-handler';

// Only `request` is replaced; the rest of the module stays real for the SDK.
jest.mock('https', () => ({ ...jest.requireActual('https'), request: jest.fn() }));

const OWNER = '111122223333';
const A = '123456789012';
const B = '210987654321';
const C = '333344445555';
const STACK_ID = `arn:aws:cloudformation:eu-west-1:${OWNER}:stack/Stack/0f1e2d3c-aaaa-bbbb-cccc-111122223333`;
const RESPONSE_URL = 'https://cloudformation-custom-resource-response-euwest1.s3.eu-west-1.amazonaws.com/signed?X-Amz-Signature=abc';
const SNAPSHOT_ARN = `arn:aws:redshift:eu-west-1:${OWNER}:snapshot:my-cluster/my-snapshot`;
const SHARE_ID = `RedshiftSnapshotShare:eu-west-1:${OWNER}:my-snapshot`;

const redshift = mockClient(RedshiftClient);

/** Every PUT the handler made: the URL, the options and the body. */
let puts: { url: string; options: https.RequestOptions; body: string }[];
/** The status code each next PUT gets (200 once the list is empty), or 'network' for a connection error. */
let putOutcomes: (number | 'network')[];
let sleeps: number[];

beforeEach(() => {
  redshift.reset();
  puts = [];
  putOutcomes = [];
  sleeps = [];
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  (https.request as unknown as jest.Mock).mockImplementation((url: string, options: https.RequestOptions, callback: (res: unknown) => void) => {
    const request = new EventEmitter() as EventEmitter & { end: (body: string) => void };
    request.end = (body: string) => {
      puts.push({ url, options, body });
      const outcome = putOutcomes.shift() ?? 200;
      process.nextTick(() => {
        if (outcome === 'network') {
          request.emit('error', new Error('socket hang up'));
          return;
        }
        const response = Object.assign(new EventEmitter(), { statusCode: outcome, resume: () => undefined });
        callback(response);
        response.emit('end');
      });
    };
    return request;
  });
});

afterEach(() => jest.restoreAllMocks());

const props = (overrides: Partial<SnapshotShareProperties> = {}): SnapshotShareProperties => ({
  ServiceToken: `arn:aws:lambda:eu-west-1:${OWNER}:function:Provider`,
  SnapshotIdentifier: 'my-snapshot',
  SnapshotClusterIdentifier: 'my-cluster',
  Accounts: [A, B],
  ...overrides,
});

function event(request: Partial<SnapshotShareEvent> & Pick<SnapshotShareEvent, 'RequestType'>): SnapshotShareEvent {
  return {
    ResponseURL: RESPONSE_URL,
    StackId: STACK_ID,
    RequestId: 'request-1',
    LogicalResourceId: 'Share',
    ResourceType: 'Custom::RedshiftSnapshotShare',
    ResourceProperties: props(),
    ...request,
  };
}

const create = (resourceProperties = props()) => event({ RequestType: 'Create', ResourceProperties: resourceProperties });
const update = (before: SnapshotShareProperties, after: SnapshotShareProperties, physicalId = SHARE_ID) =>
  event({ RequestType: 'Update', PhysicalResourceId: physicalId, OldResourceProperties: before, ResourceProperties: after });
const remove = (resourceProperties = props(), physicalId = SHARE_ID) =>
  event({ RequestType: 'Delete', PhysicalResourceId: physicalId, ResourceProperties: resourceProperties });

/** A handler whose backoff sleeps are recorded, not slept, with the jitter fixed at half the window. */
const run = createHandler({ sleep: async ms => void sleeps.push(ms), random: () => 0.5 });

/** Runs `request` and returns the one response the handler sent to CloudFormation. */
async function respond(request: SnapshotShareEvent, context?: HandlerContext, go = run): Promise<CloudFormationResponse> {
  await go(request, context);
  expect(puts).toHaveLength(1);
  return JSON.parse(puts[0].body);
}

/** The accounts of each call of `command`, in order. */
function accountsCalled(command: typeof AuthorizeSnapshotAccessCommand | typeof RevokeSnapshotAccessCommand): string[] {
  return redshift.commandCalls(command).map(c => c.args[0].input.AccountWithRestoreAccess!);
}

/** The commands sent, in order, as `authorize:<account>` / `revoke:<account>`. */
function callLog(): string[] {
  return redshift.calls().map(c => {
    const command = c.args[0] as AuthorizeSnapshotAccessCommand | RevokeSnapshotAccessCommand;
    const verb = command instanceof AuthorizeSnapshotAccessCommand ? 'authorize' : 'revoke';
    return `${verb}:${command.input.AccountWithRestoreAccess}`;
  });
}

const fault = <T>(Fault: new (opts: { $metadata: object; message: string }) => T) => new Fault({ $metadata: {}, message: 'from the mock' });
/** An error the SDK raises for a code its model does not know (such as the query protocol's `Throttling`). */
const unmodeled = (name: string) => Object.assign(new Error(`${name} from the mock`), { name, $metadata: {} });

describe('Create', () => {
  test('authorizes every account on the snapshot and answers SUCCESS with the snapshot as physical id', async () => {
    // GIVEN
    redshift.on(AuthorizeSnapshotAccessCommand).resolves({});
    // WHEN
    const response = await respond(create());
    // THEN
    expect(redshift.commandCalls(AuthorizeSnapshotAccessCommand).map(c => c.args[0].input)).toEqual([A, B].map(account => ({
      SnapshotIdentifier: 'my-snapshot',
      SnapshotClusterIdentifier: 'my-cluster',
      AccountWithRestoreAccess: account,
    })));
    expect(redshift.commandCalls(RevokeSnapshotAccessCommand)).toHaveLength(0);
    expect(response).toEqual({
      Status: 'SUCCESS',
      PhysicalResourceId: SHARE_ID,
      StackId: STACK_ID,
      RequestId: 'request-1',
      LogicalResourceId: 'Share',
      NoEcho: false,
    });
  });

  test('passes a snapshot ARN through and authorizes a repeated account once', async () => {
    // GIVEN
    redshift.on(AuthorizeSnapshotAccessCommand).resolves({});
    // WHEN
    const response = await respond(create({ SnapshotArn: SNAPSHOT_ARN, Accounts: [A, A] }));
    // THEN
    expect(redshift.commandCalls(AuthorizeSnapshotAccessCommand).map(c => c.args[0].input))
      .toEqual([{ SnapshotArn: SNAPSHOT_ARN, AccountWithRestoreAccess: A }]);
    expect(response.PhysicalResourceId).toBe(SHARE_ID);
  });

  test('an account that already has access is fine (AuthorizationAlreadyExistsFault)', async () => {
    // GIVEN
    redshift.on(AuthorizeSnapshotAccessCommand, { AccountWithRestoreAccess: A }).rejects(fault(AuthorizationAlreadyExistsFault))
      .on(AuthorizeSnapshotAccessCommand, { AccountWithRestoreAccess: B }).resolves({});
    // WHEN
    const response = await respond(create());
    // THEN
    expect(response.Status).toBe('SUCCESS');
    expect(accountsCalled(AuthorizeSnapshotAccessCommand)).toEqual([A, B]);
  });

  test('a failure revokes only the grants this request made, and answers FAILED with a physical id that Delete skips', async () => {
    // GIVEN A is granted now, B already had access (someone else's grant), C fails
    redshift.on(AuthorizeSnapshotAccessCommand, { AccountWithRestoreAccess: A }).resolves({})
      .on(AuthorizeSnapshotAccessCommand, { AccountWithRestoreAccess: B }).rejects(fault(AuthorizationAlreadyExistsFault))
      .on(AuthorizeSnapshotAccessCommand, { AccountWithRestoreAccess: C }).rejects(fault(AuthorizationQuotaExceededFault))
      .on(RevokeSnapshotAccessCommand).resolves({});
    // WHEN
    const response = await respond(create(props({ Accounts: [A, B, C] })), { logStreamName: '2026/11/29/[$LATEST]abc' });
    // THEN
    expect(callLog()).toEqual([`authorize:${A}`, `authorize:${B}`, `authorize:${C}`, `revoke:${A}`]);
    expect(response.Status).toBe('FAILED');
    expect(response.Reason).toBe(`AuthorizeSnapshotAccess for account ${C} failed: AuthorizationQuotaExceededFault: from the mock `
      + '(log stream 2026/11/29/[$LATEST]abc)');
    expect(response.PhysicalResourceId).toBe(`${CREATE_FAILED_ID}:request-1`);
  });

  test('a failed undo is logged and the original failure is reported', async () => {
    // GIVEN
    redshift.on(AuthorizeSnapshotAccessCommand, { AccountWithRestoreAccess: A }).resolves({})
      .on(AuthorizeSnapshotAccessCommand, { AccountWithRestoreAccess: B }).rejects(fault(InvalidClusterSnapshotStateFault))
      .on(RevokeSnapshotAccessCommand).rejects(fault(UnsupportedOperationFault));
    // WHEN
    const response = await respond(create());
    // THEN
    expect(callLog()).toEqual([`authorize:${A}`, `authorize:${B}`, `revoke:${A}`]);
    expect(response.Reason).toMatch(new RegExp(`^AuthorizeSnapshotAccess for account ${B} failed: InvalidClusterSnapshotStateFault`));
    expect(console.log).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`^Could not undo the grant to ${A}: .*UnsupportedOperationFault`)));
  });

  test.each([
    ['no snapshot', props({ SnapshotIdentifier: undefined }), 'SnapshotIdentifier or SnapshotArn must be set'],
    ['an empty snapshot identifier', props({ SnapshotIdentifier: '' }), 'SnapshotIdentifier or SnapshotArn must be set'],
    ['a snapshot ARN of another service', props({ SnapshotArn: `arn:aws:rds:eu-west-1:${OWNER}:snapshot:x` }), 'SnapshotArn must be a Redshift snapshot ARN'],
    ['a snapshot identifier that is not a string', props({ SnapshotIdentifier: 7 as unknown as string }), 'SnapshotIdentifier must be a string, got 7'],
    ['accounts that are not a list', props({ Accounts: A as unknown as string[] }), `Accounts must be a list of account ids, got "${A}"`],
    ['an empty account', props({ Accounts: [A, ''] }), 'Accounts must be a list of account ids'],
  ])('%s fails before any call', async (_case, resourceProperties, reason) => {
    // WHEN
    const response = await respond(create(resourceProperties));
    // THEN
    expect(redshift.calls()).toHaveLength(0);
    expect(response.Status).toBe('FAILED');
    expect(response.Reason).toContain(reason);
  });

  test.each([
    ['ClusterSnapshotNotFoundFault', fault(ClusterSnapshotNotFoundFault)],
    ['AuthorizationQuotaExceededFault', fault(AuthorizationQuotaExceededFault)],
    ['InvalidClusterSnapshotStateFault', fault(InvalidClusterSnapshotStateFault)],
    ['LimitExceededFault', fault(LimitExceededFault)],
    ['UnsupportedOperationFault', fault(UnsupportedOperationFault)],
    ['AccessDenied', unmodeled('AccessDenied')],
  ])('%s fails the resource with the reason', async (name, error) => {
    // GIVEN
    redshift.on(AuthorizeSnapshotAccessCommand).rejects(error);
    // WHEN
    const response = await respond(create(props({ Accounts: [A] })));
    // THEN not retried, and named in the reason
    expect(redshift.calls()).toHaveLength(1);
    expect(response.Status).toBe('FAILED');
    expect(response.Reason).toBe(`AuthorizeSnapshotAccess for account ${A} failed: ${name}: ${(error as Error).message}`);
  });

  test('the exported handler (the function\'s entry point) answers too', async () => {
    // GIVEN
    redshift.on(AuthorizeSnapshotAccessCommand).resolves({});
    // WHEN
    const response = await respond(create(), undefined, handler);
    // THEN
    expect(response.Status).toBe('SUCCESS');
    expect(accountsCalled(AuthorizeSnapshotAccessCommand)).toEqual([A, B]);
  });
});

describe('Update', () => {
  test('revokes removed accounts, then authorizes added ones, leaves the others alone and keeps the physical id', async () => {
    // GIVEN
    redshift.on(AuthorizeSnapshotAccessCommand).resolves({}).on(RevokeSnapshotAccessCommand).resolves({});
    // WHEN
    const response = await respond(update(props({ Accounts: [A, B] }), props({ Accounts: [B, C] }), 'id-from-an-older-handler'));
    // THEN
    expect(callLog()).toEqual([`revoke:${A}`, `authorize:${C}`]);
    expect(response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'id-from-an-older-handler' });
  });

  test.each([
    ['the same accounts', [A, B], [A, B]],
    ['reordered', [A, B], [B, A]],
    // A token CloudFormation resolves to an account already shared arrives as that account.
    ['a token resolving to an account already shared', [A, B], [A, B, A]],
  ])('%s: no call, and the physical id stays', async (_case, before, after) => {
    // WHEN
    const response = await respond(update(props({ Accounts: before }), props({ Accounts: after })));
    // THEN
    expect(redshift.calls()).toHaveLength(0);
    expect(response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: SHARE_ID });
  });

  test.each([
    ['identifier to ARN', props(), props({ SnapshotIdentifier: undefined, SnapshotArn: SNAPSHOT_ARN })],
    ['ARN to identifier', props({ SnapshotIdentifier: undefined, SnapshotArn: SNAPSHOT_ARN }), props()],
    ['cluster added', props({ SnapshotClusterIdentifier: undefined }), props()],
    ['case of the name', props(), props({ SnapshotIdentifier: 'My-Snapshot' })],
  ])('the same snapshot named differently (%s) updates in place: only the account diff is applied', async (_case, before, after) => {
    // GIVEN
    redshift.on(AuthorizeSnapshotAccessCommand).resolves({});
    // WHEN
    const response = await respond(update(before, { ...after, Accounts: [A, B, C] }));
    // THEN
    expect(callLog()).toEqual([`authorize:${C}`]);
    expect(redshift.commandCalls(AuthorizeSnapshotAccessCommand)[0].args[0].input).toEqual({
      ...snapshotOf(after, STACK_ID).parameters,
      AccountWithRestoreAccess: C,
    });
    expect(response.PhysicalResourceId).toBe(SHARE_ID);
  });

  test('another snapshot is shared with every account under a new physical id; the old one is left to the Delete that follows', async () => {
    // GIVEN
    redshift.on(AuthorizeSnapshotAccessCommand).resolves({});
    // WHEN
    const response = await respond(update(props(), props({ SnapshotIdentifier: 'next-snapshot', Accounts: [B, C] })));
    // THEN
    expect(redshift.commandCalls(AuthorizeSnapshotAccessCommand).map(c => c.args[0].input)).toEqual([B, C].map(account => ({
      SnapshotIdentifier: 'next-snapshot',
      SnapshotClusterIdentifier: 'my-cluster',
      AccountWithRestoreAccess: account,
    })));
    expect(redshift.commandCalls(RevokeSnapshotAccessCommand)).toHaveLength(0);
    expect(response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: `RedshiftSnapshotShare:eu-west-1:${OWNER}:next-snapshot` });
  });

  test('a resource whose Create failed is shared anew when updated', async () => {
    // GIVEN
    redshift.on(AuthorizeSnapshotAccessCommand).resolves({});
    // WHEN
    const response = await respond(update(props(), props(), `${CREATE_FAILED_ID}:request-0`));
    // THEN
    expect(callLog()).toEqual([`authorize:${A}`, `authorize:${B}`]);
    expect(response.PhysicalResourceId).toBe(SHARE_ID);
  });

  test('a failure answers FAILED with the physical id unchanged, so CloudFormation rolls back the same resource', async () => {
    // GIVEN
    redshift.on(RevokeSnapshotAccessCommand).rejects(fault(AccessToSnapshotDeniedFault));
    // WHEN
    const response = await respond(update(props({ Accounts: [A, B] }), props({ Accounts: [B, C] })));
    // THEN the authorization after the failed revoke is not attempted
    expect(callLog()).toEqual([`revoke:${A}`]);
    expect(response).toMatchObject({
      Status: 'FAILED',
      PhysicalResourceId: SHARE_ID,
      Reason: `RevokeSnapshotAccess for account ${A} failed: AccessToSnapshotDeniedFault: from the mock`,
    });
  });
});

describe('Delete', () => {
  test('revokes every account and keeps the physical id', async () => {
    // GIVEN
    redshift.on(RevokeSnapshotAccessCommand).resolves({});
    // WHEN
    const response = await respond(remove());
    // THEN
    expect(redshift.commandCalls(RevokeSnapshotAccessCommand).map(c => c.args[0].input)).toEqual([A, B].map(account => ({
      SnapshotIdentifier: 'my-snapshot',
      SnapshotClusterIdentifier: 'my-cluster',
      AccountWithRestoreAccess: account,
    })));
    expect(response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: SHARE_ID });
  });

  test.each([
    ['AuthorizationNotFoundFault', fault(AuthorizationNotFoundFault)],
    ['ClusterSnapshotNotFoundFault', fault(ClusterSnapshotNotFoundFault)],
    // The same errors as SDK v2 and the query protocol name them.
    ['AuthorizationNotFound', unmodeled('AuthorizationNotFound')],
    ['ClusterSnapshotNotFound', unmodeled('ClusterSnapshotNotFound')],
  ])('%s is ignored: nothing is left to revoke', async (_name, error) => {
    // GIVEN
    redshift.on(RevokeSnapshotAccessCommand, { AccountWithRestoreAccess: A }).rejects(error)
      .on(RevokeSnapshotAccessCommand, { AccountWithRestoreAccess: B }).resolves({});
    // WHEN
    const response = await respond(remove());
    // THEN
    expect(accountsCalled(RevokeSnapshotAccessCommand)).toEqual([A, B]);
    expect(response.Status).toBe('SUCCESS');
  });

  test.each([
    ['AccessToSnapshotDeniedFault', fault(AccessToSnapshotDeniedFault)],
    ['UnsupportedOperationFault', fault(UnsupportedOperationFault)],
    ['AuthorizationNotFoundForCluster', unmodeled('AuthorizationNotFoundForCluster')],
  ])('%s fails the resource with the reason', async (name, error) => {
    // GIVEN
    redshift.on(RevokeSnapshotAccessCommand).rejects(error);
    // WHEN
    const response = await respond(remove());
    // THEN
    expect(response).toMatchObject({
      Status: 'FAILED',
      PhysicalResourceId: SHARE_ID,
      Reason: `RevokeSnapshotAccess for account ${A} failed: ${name}: ${(error as Error).message}`,
    });
  });

  test('after a failed Create it revokes nothing (the Create undid its own grants)', async () => {
    // WHEN
    const response = await respond(remove(props(), `${CREATE_FAILED_ID}:request-1`));
    // THEN
    expect(redshift.calls()).toHaveLength(0);
    expect(response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: `${CREATE_FAILED_ID}:request-1` });
  });
});

test('an unknown request type fails without any call', async () => {
  // WHEN
  const response = await respond(event({ RequestType: 'Replace' as SnapshotShareEvent['RequestType'], PhysicalResourceId: SHARE_ID }));
  // THEN
  expect(redshift.calls()).toHaveLength(0);
  expect(response).toMatchObject({ Status: 'FAILED', Reason: 'unknown RequestType "Replace"', PhysicalResourceId: SHARE_ID });
});

describe('throttling', () => {
  test('a throttled call is retried with growing backoff until it succeeds', async () => {
    // GIVEN
    redshift.on(AuthorizeSnapshotAccessCommand)
      .rejectsOnce(unmodeled('Throttling'))
      .rejectsOnce(fault(DependentServiceRequestThrottlingFault))
      .resolves({});
    // WHEN
    const response = await respond(create(props({ Accounts: [A] })));
    // THEN three calls, with half of 1 s and of 2 s (the jitter is fixed at one half) in between
    expect(accountsCalled(AuthorizeSnapshotAccessCommand)).toEqual([A, A, A]);
    expect(sleeps).toEqual([500, 1000]);
    expect(response.Status).toBe('SUCCESS');
  });

  test.each([
    'Throttling', 'ThrottlingException', 'ThrottledException', 'TooManyRequestsException', 'RequestLimitExceeded',
    'DependentServiceRequestThrottling', 'DependentServiceRequestThrottlingFault',
  ])('%s is retried', async name => {
    // GIVEN
    redshift.on(RevokeSnapshotAccessCommand).rejectsOnce(unmodeled(name)).resolves({});
    // WHEN
    const response = await respond(remove(props({ Accounts: [A] })));
    // THEN
    expect(accountsCalled(RevokeSnapshotAccessCommand)).toEqual([A, A]);
    expect(response.Status).toBe('SUCCESS');
  });

  test('an error marked throttling by the SDK is retried whatever its name', async () => {
    // GIVEN
    redshift.on(AuthorizeSnapshotAccessCommand).rejectsOnce(Object.assign(unmodeled('SomethingNew'), { $retryable: { throttling: true } })).resolves({});
    // WHEN
    await respond(create(props({ Accounts: [A] })));
    // THEN
    expect(accountsCalled(AuthorizeSnapshotAccessCommand)).toEqual([A, A]);
  });

  test('after the last attempt the throttling fails the resource', async () => {
    // GIVEN
    redshift.on(AuthorizeSnapshotAccessCommand).rejects(unmodeled('ThrottlingException'));
    const go = createHandler({
      sleep: async ms => void sleeps.push(ms),
      random: () => 0.999,
      retry: { attempts: 5, baseDelayMs: 100, maxDelayMs: 500 },
    });
    // WHEN
    const response = await respond(create(props({ Accounts: [A] })), undefined, go);
    // THEN 5 calls; the backoff doubles up to its cap (boundary: 400 < 500 is kept, 800 is cut to 500)
    expect(accountsCalled(AuthorizeSnapshotAccessCommand)).toHaveLength(5);
    expect(sleeps).toEqual([99, 199, 399, 499]);
    expect(response).toMatchObject({ Status: 'FAILED', Reason: `AuthorizeSnapshotAccess for account ${A} failed: ThrottlingException: ThrottlingException from the mock` });
  });

  test('the SDK client retries in adaptive mode, with a few attempts of its own', async () => {
    // WHEN
    const client = newClient();
    // THEN
    expect(await client.config.maxAttempts()).toBe(SDK_MAX_ATTEMPTS);
    expect(SDK_MAX_ATTEMPTS).toBeGreaterThan(1);
    expect(client.config.retryMode).toBe('adaptive');
    expect(((await client.config.retryStrategy()) as { mode?: string }).mode).toBe('adaptive');
  });
});

describe('the response to CloudFormation', () => {
  test('is PUT to the pre-signed URL with an empty content type and its length', async () => {
    // GIVEN
    redshift.on(AuthorizeSnapshotAccessCommand).resolves({});
    // WHEN
    await run(create());
    // THEN
    expect(puts).toHaveLength(1);
    const [{ url, options, body }] = puts;
    expect(url).toBe(RESPONSE_URL);
    expect(options).toEqual({ method: 'PUT', headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) } });
  });

  test('a long reason is cut so that the response stays within 4 KB', async () => {
    // GIVEN
    redshift.on(AuthorizeSnapshotAccessCommand).rejects(Object.assign(unmodeled('ValidationError'), { message: 'ü'.repeat(5000) }));
    // WHEN
    const response = await respond(create());
    // THEN
    expect(Buffer.byteLength(puts[0].body)).toBeLessThanOrEqual(MAX_RESPONSE_BYTES);
    expect(Buffer.byteLength(puts[0].body)).toBeGreaterThan(MAX_RESPONSE_BYTES - 10);
    expect(response.Reason).toMatch(new RegExp(`^AuthorizeSnapshotAccess for account ${A} failed: ValidationError: ü+\\.\\.\\.$`));
  });

  const base: CloudFormationResponse = {
    Status: 'FAILED', PhysicalResourceId: SHARE_ID, StackId: STACK_ID, RequestId: 'r', LogicalResourceId: 'Share', NoEcho: false,
  };
  const sizeWith = (reason: string) => Buffer.byteLength(JSON.stringify({ ...base, Reason: reason }));
  const fitting = 'x'.repeat(MAX_RESPONSE_BYTES - sizeWith(''));
  test.each([
    ['exactly 4096 bytes', fitting, fitting],
    ['one byte over', `${fitting}y`, `${fitting.slice(0, -3)}...`],
    ['short', 'short', 'short'],
  ])('a reason making the response %s', (_case, reason, expected) => {
    // WHEN
    const json = fitResponse({ ...base, Reason: reason });
    // THEN
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(MAX_RESPONSE_BYTES);
    expect(JSON.parse(json).Reason).toBe(expected);
  });

  test.each([
    ['two-byte characters', 'ü'],
    ['four-byte characters (surrogate pairs)', '😀'],
    ['characters JSON escapes', '"'],
  ])('a reason of %s is cut to the longest prefix that fits, never inside a character', (_case, character) => {
    // GIVEN
    const reason = character.repeat(3000);
    // WHEN
    const json = fitResponse({ ...base, Reason: reason });
    // THEN
    const cut: string = JSON.parse(json).Reason;
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(MAX_RESPONSE_BYTES);
    // One more character would not fit.
    expect(sizeWith(`${cut.slice(0, -3)}${character}...`)).toBeGreaterThan(MAX_RESPONSE_BYTES);
    expect(cut.endsWith('...')).toBe(true);
    expect(cut.slice(0, -3)).toBe(character.repeat((cut.length - 3) / character.length));
  });

  test.each([
    ['a server error', [500, 503]],
    ['a connection error', ['network', 'network'] as const],
  ])('after %s the PUT is tried again, three times at most', async (_case, outcomes) => {
    // GIVEN
    redshift.on(RevokeSnapshotAccessCommand).resolves({});
    putOutcomes = [...outcomes];
    // WHEN
    await run(remove());
    // THEN
    expect(puts).toHaveLength(3);
    expect(new Set(puts.map(p => p.body)).size).toBe(1);
    expect(sleeps).toEqual([1000, 2000]);
  });

  test('a PUT that keeps failing fails the invocation', async () => {
    // GIVEN
    redshift.on(RevokeSnapshotAccessCommand).resolves({});
    putOutcomes = [500, 500, 500];
    // WHEN / THEN
    await expect(run(remove())).rejects.toThrow('the response URL answered 500');
    expect(puts).toHaveLength(3);
  });

  test('a 403 (an expired URL) is not tried again', async () => {
    // GIVEN
    putOutcomes = [403];
    // WHEN / THEN
    await expect(run(remove(props({ Accounts: [] })))).rejects.toThrow('the response URL answered 403');
    expect(puts).toHaveLength(1);
  });

  test('a request that runs out of time is answered FAILED before Lambda stops the function', async () => {
    // GIVEN a call that never returns, and 30 ms left of which 20 are kept for the answer
    redshift.on(AuthorizeSnapshotAccessCommand).callsFake(() => new Promise(() => undefined));
    const go = createHandler({ responseMarginMs: 20 });
    // WHEN
    const response = await respond(create(), { getRemainingTimeInMillis: () => 30 }, go);
    // THEN
    expect(response).toMatchObject({
      Status: 'FAILED',
      Reason: 'the function ran out of time before the request was complete',
      PhysicalResourceId: `${CREATE_FAILED_ID}:request-1`,
    });
  });

  test('the pre-signed URL is not logged', async () => {
    // WHEN
    await run(remove(props({ Accounts: [] })));
    // THEN
    const logged = (console.log as jest.Mock).mock.calls.flat().join('\n');
    expect(logged).toContain('request-1');
    expect(logged).not.toContain('X-Amz-Signature');
  });
});

describe('the physical id', () => {
  test.each([
    ['identifier', props(), SHARE_ID],
    ['ARN', props({ SnapshotIdentifier: undefined, SnapshotArn: SNAPSHOT_ARN }), SHARE_ID],
    ['ARN in another region', props({ SnapshotArn: SNAPSHOT_ARN.replace('eu-west-1', 'us-east-1') }), `RedshiftSnapshotShare:us-east-1:${OWNER}:my-snapshot`],
    ['other accounts', props({ Accounts: [C] }), SHARE_ID],
    ['other cluster', props({ SnapshotClusterIdentifier: 'other-cluster' }), SHARE_ID],
  ])('names the snapshot, not the accounts (%s)', async (_case, resourceProperties, id) => {
    // GIVEN
    redshift.on(AuthorizeSnapshotAccessCommand).resolves({});
    // WHEN
    const response = await respond(create(resourceProperties));
    // THEN
    expect(response.PhysicalResourceId).toBe(id);
  });
});

describe('the shipped file', () => {
  test('imports only Node.js built-ins and the Redshift client that the Lambda runtime provides', () => {
    // GIVEN
    const source = fs.readFileSync(path.join(__dirname, '..', '..', 'lib', 'aws', 'private', 'snapshot-share-handler', 'index.ts'), 'utf-8');
    // WHEN
    const imported = [...source.matchAll(/^import .* from '([^']+)';$|require\('([^']+)'\)/gm)].map(m => m[1] ?? m[2]);
    // THEN
    expect(imported.length).toBeGreaterThan(0);
    for (const name of imported) expect([...builtinModules, '@aws-sdk/client-redshift']).toContain(name);
  });
});
