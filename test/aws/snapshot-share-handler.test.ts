/**
 * Unit tests of the `Custom::RedshiftSnapshotShare` handler's modules: the CloudFormation protocol (response size and
 * PUT), the snapshot and account properties, the claim tags, and each request type against a hand-written fake of one
 * snapshot. The calls' timeouts, retries and bounds are in snapshot-share-handler-calls.test.ts; the lifecycle under
 * CloudFormation's event order (IAM, rollbacks, several shares) in snapshot-share-lifecycle.test.ts.
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import {
  AccessToSnapshotDeniedFault,
  AuthorizationAlreadyExistsFault,
  AuthorizationNotFoundFault,
  ClusterSnapshotNotFoundFault,
  RedshiftClient,
  ResourceNotFoundFault,
  UnsupportedOperationFault,
} from '@aws-sdk/client-redshift';
import {
  CREATE_FAILED_ID,
  CloudFormationResponse,
  HandlerContext,
  MAX_RESPONSE_BYTES,
  RESPONSE_ATTEMPTS,
  fitResponse,
  sendResponse,
} from '../../lib/aws/private/handlers/cloudformation';
import {
  HandlerOptions,
  SDK_MAX_ATTEMPTS,
  SnapshotShareEvent,
  createHandler,
  handler,
  newClient,
} from '../../lib/aws/private/handlers/snapshot-share';
import {
  CLAIM_TAG_PREFIX,
  Claim,
  MAX_TAG_VALUE_LENGTH,
  accountsOfClaim,
  claimKey,
  claimsOf,
  decodeClaim,
  encodeClaim,
} from '../../lib/aws/private/handlers/snapshot-share/ownership';
import {
  ShareError,
  SnapshotShareProperties,
  accountsOf,
  physicalIdOf,
  snapshotOf,
} from '../../lib/aws/private/handlers/snapshot-share/shares';

const OWNER = '111122223333';
const A = '123456789012';
const B = '210987654321';
const C = '333344445555';
const SUPPORT = 'amazon-redshift-support';
const STACK_ID = `arn:aws:cloudformation:eu-west-1:${OWNER}:stack/Stack/0f1e2d3c-aaaa-bbbb-cccc-111122223333`;
const OTHER_STACK_ID = `arn:aws:cloudformation:eu-west-1:${OWNER}:stack/Other/9a8b7c6d-aaaa-bbbb-cccc-111122223333`;
const RESPONSE_URL = 'https://cloudformation-custom-resource-response-euwest1.s3.eu-west-1.amazonaws.com/signed?X-Amz-Signature=abc';
const SNAPSHOT_ARN = `arn:aws:redshift:eu-west-1:${OWNER}:snapshot:my-cluster/my-snapshot`;
const SHARE_ID = `RedshiftSnapshotShare:eu-west-1:${OWNER}:my-snapshot`;
/** The claim tag key of the share under test (logical id `Share` of `STACK_ID`). */
const KEY = claimKey(STACK_ID, 'Share');
/** The claim tag key of another share of the same snapshot, in another stack. */
const OTHER_KEY = claimKey(OTHER_STACK_ID, 'Share');

beforeEach(() => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => jest.restoreAllMocks());

const fault = <T>(Fault: new (opts: { $metadata: object; message: string }) => T) => new Fault({ $metadata: {}, message: 'from the fake' });
/** An error the SDK raises for a code its model does not know (the query protocol's names). */
const unmodeled = (name: string) => Object.assign(new Error(`${name} from the fake`), { name, $metadata: {} });
const nameOf = (error: unknown) => (error as Error).name;

/** A claim of the accounts the share granted itself (`made`) and those it `adopted`. */
const claim = (made: string[], adopted: string[] = []): Claim => ({ made: new Set(made), adopted: new Set(adopted) });

/**
 * A fake Redshift holding one manual snapshot: its grants and tags; it also answers CloudFormation's DescribeStacks
 * with the stack's status. Calls are labelled by action, and by account for the grant calls
 * (`AuthorizeSnapshotAccess 123456789012`); faults, delays and hangs are set by label.
 */
class FakeRedshift {
  public readonly grants = new Set<string>();
  public readonly tags = new Map<string, string>();
  /** Whether the snapshot exists; when not, DescribeClusterSnapshots answers `whenGone`. */
  public exists = true;
  public whenGone: Error | 'empty list' = fault(ClusterSnapshotNotFoundFault);
  /** The status DescribeStacks answers for the share's stack. */
  public stackStatus = 'UPDATE_IN_PROGRESS';
  /** `<label>: <outcome>` of each call, as it ended. */
  public readonly log: string[] = [];
  /** `start <label>` and `end <label>` of each call, and what the test adds (the response), in order. */
  public readonly events: string[] = [];
  /** The input of each call, with its action. */
  public readonly inputs: { action: string; input: Record<string, unknown> }[] = [];
  public inFlight = 0;
  private readonly faults = new Map<string, Error>();
  private readonly delays = new Map<string, number>();
  private readonly hangs = new Set<string>();
  private readonly after = new Map<string, () => void>();

  constructor(public readonly name = 'my-snapshot', public readonly cluster = 'my-cluster') {}

  public get arn(): string {
    return `arn:aws:redshift:eu-west-1:${OWNER}:snapshot:${this.cluster}/${this.name}`;
  }

  /** Every call labelled `label` fails with `error`. */
  public fail(label: string, error: Error): this {
    this.faults.set(label, error);
    return this;
  }

  /** Every call labelled `label` takes `ms` (real time). */
  public delay(label: string, ms: number): this {
    this.delays.set(label, ms);
    return this;
  }

  /** Every call labelled `label` never answers until aborted. */
  public hang(label: string): this {
    this.hangs.add(label);
    return this;
  }

  /** Runs `action` once, after the next call labelled `label` was answered (something changing meanwhile). */
  public afterNext(label: string, action: () => void): this {
    this.after.set(label, action);
    return this;
  }

  /** The calls that change something, in the order they ended. */
  public changes(): string[] {
    return this.log.filter(entry => !entry.startsWith('Describe'));
  }

  /** The Redshift calls, in the order they ended. */
  public redshiftCalls(): string[] {
    return this.log.filter(entry => !entry.startsWith('DescribeStacks'));
  }

  public sortedGrants(): string[] {
    return [...this.grants].sort();
  }

  public readonly send = async (command: { input: Record<string, unknown> }, options: { abortSignal?: AbortSignal } = {}): Promise<unknown> => {
    const action = command.constructor.name.replace(/Command$/, '');
    const account = command.input.AccountWithRestoreAccess as string | undefined;
    const label = account === undefined ? action : `${action} ${account}`;
    this.inputs.push({ action, input: command.input });
    this.events.push(`start ${label}`);
    this.inFlight++;
    let outcome = 'ok';
    try {
      await this.wait(label, options.abortSignal);
      const injected = this.faults.get(label);
      if (injected) throw injected;
      return this.answer(action, command.input);
    } catch (e) {
      outcome = nameOf(e);
      throw e;
    } finally {
      this.inFlight--;
      this.events.push(`end ${label}`);
      this.log.push(`${label}: ${outcome}`);
      const after = this.after.get(label);
      this.after.delete(label);
      after?.();
    }
  };

  private async wait(label: string, abortSignal?: AbortSignal): Promise<void> {
    if (this.hangs.has(label)) {
      await new Promise<never>((_, reject) => abortSignal?.addEventListener('abort', () => reject(unmodeled('AbortError'))));
    }
    const ms = this.delays.get(label);
    await (ms === undefined ? Promise.resolve() : new Promise(resolve => setTimeout(resolve, ms)));
  }

  private answer(action: string, input: Record<string, unknown>): unknown {
    switch (action) {
      case 'DescribeStacks':
        return { Stacks: [{ StackId: STACK_ID, StackStatus: this.stackStatus }] };
      case 'DescribeClusterSnapshots':
        if (!this.exists && this.whenGone === 'empty list') return { Snapshots: [] };
        this.check(input.SnapshotIdentifier);
        return {
          Snapshots: [{
            SnapshotIdentifier: this.name,
            ClusterIdentifier: this.cluster,
            SnapshotArn: this.arn,
            AccountsWithRestoreAccess: [...this.grants].map(AccountId => ({ AccountId })),
            Tags: [...this.tags].map(([Key, Value]) => ({ Key, Value })),
          }],
        };
      case 'AuthorizeSnapshotAccess':
      case 'RevokeSnapshotAccess': {
        this.check(input.SnapshotIdentifier ?? String(input.SnapshotArn).split('/').pop());
        const account = input.AccountWithRestoreAccess as string;
        if (action === 'AuthorizeSnapshotAccess') {
          if (this.grants.has(account)) throw fault(AuthorizationAlreadyExistsFault);
          this.grants.add(account);
        } else if (!this.grants.delete(account)) {
          throw fault(AuthorizationNotFoundFault);
        }
        return {};
      }
      case 'CreateTags':
        this.checkResource(input.ResourceName);
        for (const { Key, Value } of input.Tags as { Key: string; Value: string }[]) this.tags.set(Key, Value);
        return {};
      case 'DeleteTags':
        this.checkResource(input.ResourceName);
        for (const key of input.TagKeys as string[]) this.tags.delete(key);
        return {};
      default:
        throw new Error(`the fake does not know ${action}`);
    }
  }

  private check(name: unknown): void {
    if (!this.exists) throw this.whenGone === 'empty list' ? fault(ClusterSnapshotNotFoundFault) : this.whenGone;
    if (typeof name !== 'string' || name.toLowerCase() !== this.name) throw fault(ClusterSnapshotNotFoundFault);
  }

  private checkResource(arn: unknown): void {
    if (!this.exists || arn !== this.arn) throw fault(ResourceNotFoundFault);
  }
}

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

/** The bodies the last `run` sent, as sent. */
let bodies: string[];

/**
 * Runs `request` through a handler on `redshift` (no backoff sleeps, jitter one half) and returns the one response
 * it sent. The response is recorded among the fake's events, with the calls then in flight.
 */
async function run(redshift: FakeRedshift, request: SnapshotShareEvent, context?: HandlerContext,
  options: HandlerOptions = {}): Promise<CloudFormationResponse> {
  bodies = [];
  const go = createHandler({
    client: redshift as unknown as RedshiftClient,
    cloudFormation: redshift as unknown as CloudFormationClient,
    sleep: async () => undefined,
    random: () => 0.5,
    respond: async (_url, body) => {
      redshift.events.push(`respond with ${redshift.inFlight} in flight`);
      bodies.push(body);
    },
    ...options,
  });
  await go(request, context);
  expect(bodies).toHaveLength(1);
  return JSON.parse(bodies[0]);
}

describe('Create', () => {
  test.each([
    ['identifier', props(), { SnapshotIdentifier: 'my-snapshot', SnapshotClusterIdentifier: 'my-cluster' }],
    ['identifier in another case', props({ SnapshotIdentifier: 'My-Snapshot' }), { SnapshotIdentifier: 'My-Snapshot', SnapshotClusterIdentifier: 'my-cluster' }],
    ['ARN', props({ SnapshotIdentifier: undefined, SnapshotClusterIdentifier: undefined, SnapshotArn: SNAPSHOT_ARN }), { SnapshotArn: SNAPSHOT_ARN }],
  ])('writes the claim tag, then authorizes every account, and answers SUCCESS with the snapshot as physical id (%s)',
    async (_case, resourceProperties, parameters) => {
      // GIVEN
      const redshift = new FakeRedshift();
      // WHEN
      const response = await run(redshift, create(resourceProperties));
      // THEN one claim tag, written before any grant, with the accounts (granted by the share) sorted
      expect(redshift.changes()).toEqual(['CreateTags: ok', `AuthorizeSnapshotAccess ${A}: ok`, `AuthorizeSnapshotAccess ${B}: ok`]);
      expect(Object.fromEntries(redshift.tags)).toEqual({ [KEY]: `${A} ${B}` });
      expect(redshift.sortedGrants()).toEqual([A, B]);
      expect(redshift.inputs.filter(i => i.action === 'AuthorizeSnapshotAccess').map(i => i.input))
        .toEqual([A, B].map(account => ({ ...parameters, AccountWithRestoreAccess: account })));
      // ...and the physical id names the snapshot in lower case
      expect(response).toEqual({
        Status: 'SUCCESS',
        PhysicalResourceId: SHARE_ID,
        StackId: STACK_ID,
        RequestId: 'request-1',
        LogicalResourceId: 'Share',
        NoEcho: false,
      });
    });

  test('a repeated account is authorized and recorded once', async () => {
    // GIVEN
    const redshift = new FakeRedshift();
    // WHEN
    const response = await run(redshift, create(props({ Accounts: [B, A, B] })));
    // THEN
    expect(response.Status).toBe('SUCCESS');
    expect(redshift.changes()).toEqual(['CreateTags: ok', `AuthorizeSnapshotAccess ${B}: ok`, `AuthorizeSnapshotAccess ${A}: ok`]);
    expect(redshift.tags.get(KEY)).toBe(`${A} ${B}`);
  });

  test('an account that already had access (DescribeClusterSnapshots lists it) is not authorized, and is claimed as adopted', async () => {
    // GIVEN
    const redshift = new FakeRedshift();
    redshift.grants.add(A);
    // WHEN
    const response = await run(redshift, create());
    // THEN the claim is the made accounts, then / and the adopted ones
    expect(response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: SHARE_ID });
    expect(redshift.changes()).toEqual(['CreateTags: ok', `AuthorizeSnapshotAccess ${B}: ok`]);
    expect(redshift.sortedGrants()).toEqual([A, B]);
    expect(redshift.tags.get(KEY)).toBe(`${B}/${A}`);
  });

  test('an account granted meanwhile (AuthorizeSnapshotAccess answers AuthorizationAlreadyExistsFault) is fine and claimed as adopted', async () => {
    // GIVEN A is granted by someone else between the read of the snapshot and its authorization
    const redshift = new FakeRedshift();
    redshift.afterNext('DescribeClusterSnapshots', () => redshift.grants.add(A));
    // WHEN
    const response = await run(redshift, create());
    // THEN
    expect(response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: SHARE_ID });
    expect(redshift.changes()).toEqual(['CreateTags: ok', `AuthorizeSnapshotAccess ${A}: AuthorizationAlreadyExistsFault`, `AuthorizeSnapshotAccess ${B}: ok`, 'CreateTags: ok']);
    expect(redshift.sortedGrants()).toEqual([A, B]);
    // ...so a rollback would leave A as it found it
    expect(redshift.tags.get(KEY)).toBe(`${B}/${A}`);
  });

  test('a failing account answers FAILED with a CREATE_FAILED_ID physical id, after revoking what this request granted', async () => {
    // GIVEN A was granted by hand, B will be granted, C fails
    const redshift = new FakeRedshift().fail(`AuthorizeSnapshotAccess ${C}`, fault(UnsupportedOperationFault));
    redshift.grants.add(A);
    // WHEN
    const response = await run(redshift, create(props({ Accounts: [A, B, C] })));
    // THEN
    expect(response).toMatchObject({
      Status: 'FAILED',
      PhysicalResourceId: `${CREATE_FAILED_ID}:request-1`,
      Reason: `AuthorizeSnapshotAccess for account ${C} failed: UnsupportedOperationFault: from the fake`,
    });
    expect(response.PhysicalResourceId.startsWith(CREATE_FAILED_ID)).toBe(true);
    // ...B revoked, the adopted A kept, and no claim left
    expect(redshift.changes()).toContain(`RevokeSnapshotAccess ${B}: ok`);
    expect(redshift.changes()).not.toContain(`RevokeSnapshotAccess ${A}: ok`);
    expect(redshift.sortedGrants()).toEqual([A]);
    expect(Object.fromEntries(redshift.tags)).toEqual({});
  });

  test('a snapshot that does not exist answers FAILED without any grant', async () => {
    // GIVEN
    const redshift = new FakeRedshift();
    redshift.exists = false;
    // WHEN
    const response = await run(redshift, create());
    // THEN
    expect(response).toMatchObject({ Status: 'FAILED', Reason: 'the snapshot my-snapshot does not exist' });
    expect(redshift.changes()).toEqual([]);
  });

  test.each<[string, HandlerContext | undefined, string]>([
    ['with a log stream', { logStreamName: '2026/11/29/[$LATEST]abc' }, ' (log stream 2026/11/29/[$LATEST]abc)'],
    ['without a log stream', {}, ''],
    ['without a context', undefined, ''],
  ])('the FAILED reason names the log stream when the context has one (%s)', async (_case, context, suffix) => {
    // GIVEN
    const redshift = new FakeRedshift().fail(`AuthorizeSnapshotAccess ${B}`, fault(UnsupportedOperationFault));
    // WHEN
    const response = await run(redshift, create(), context);
    // THEN
    expect(response.Reason).toBe(`AuthorizeSnapshotAccess for account ${B} failed: UnsupportedOperationFault: from the fake${suffix}`);
  });

  test.each<[string, (redshift: FakeRedshift) => void, HandlerOptions]>([
    ['a slow call', redshift => redshift.delay(`AuthorizeSnapshotAccess ${B}`, 30), {}],
    ['a call that hangs until it is aborted', redshift => redshift.hang(`AuthorizeSnapshotAccess ${B}`), { callTimeoutMs: 30 }],
  ])('the response is sent only after every call ended (%s in flight when another fails)', async (_case, given, options) => {
    // GIVEN B's call is slow to end, C fails at once
    const redshift = new FakeRedshift().fail(`AuthorizeSnapshotAccess ${C}`, fault(UnsupportedOperationFault));
    given(redshift);
    // WHEN
    const response = await run(redshift, create(props({ Accounts: [A, B, C] })), undefined, options);
    // THEN the response comes last, with nothing in flight
    expect(response.Status).toBe('FAILED');
    const events = redshift.events;
    expect(events[events.length - 1]).toBe('respond with 0 in flight');
    expect(events.filter(e => e.startsWith('start ')).length).toBe(events.filter(e => e.startsWith('end ')).length);
    // ...and the undo waited for B's call to end
    expect(events.indexOf(`end AuthorizeSnapshotAccess ${B}`)).toBeLessThan(events.indexOf(`start RevokeSnapshotAccess ${A}`));
    expect(redshift.sortedGrants()).toEqual([]);
    expect(Object.fromEntries(redshift.tags)).toEqual({});
  });
});

describe('Update', () => {
  test.each([
    ['the same properties', props(), SHARE_ID],
    ['identifier to ARN', props({ SnapshotIdentifier: undefined, SnapshotClusterIdentifier: undefined, SnapshotArn: SNAPSHOT_ARN }), SHARE_ID],
    ['the name in another case', props({ SnapshotIdentifier: 'My-Snapshot' }), SHARE_ID],
    ['a physical id from an older handler', props(), 'id-from-an-older-handler'],
  ])('on the same snapshot (%s) revokes the removed accounts, then authorizes the added ones, and keeps the physical id',
    async (_case, after, physicalId) => {
      // GIVEN A and B shared by this share
      const redshift = new FakeRedshift();
      [A, B].forEach(a => redshift.grants.add(a));
      redshift.tags.set(KEY, encodeClaim(claim([A, B])));
      // WHEN the accounts go from A, B to B, C
      const response = await run(redshift, update(props({ Accounts: [A, B] }), { ...after, Accounts: [B, C] }, physicalId));
      // THEN
      expect(response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: physicalId });
      expect(redshift.changes()).toEqual(['CreateTags: ok', `RevokeSnapshotAccess ${A}: ok`, `AuthorizeSnapshotAccess ${C}: ok`]);
      expect(redshift.sortedGrants()).toEqual([B, C]);
      expect(redshift.tags.get(KEY)).toBe(`${B} ${C}`);
    });

  test.each([
    ['another snapshot', 'next-snapshot', props({ SnapshotIdentifier: 'next-snapshot' }), SHARE_ID,
      `RedshiftSnapshotShare:eu-west-1:${OWNER}:next-snapshot`],
    ['another snapshot, named in upper case', 'next-snapshot', props({ SnapshotIdentifier: 'NEXT-SNAPSHOT' }), SHARE_ID,
      `RedshiftSnapshotShare:eu-west-1:${OWNER}:next-snapshot`],
    ['the same snapshot after a failed Create', 'my-snapshot', props(), `${CREATE_FAILED_ID}:request-0`, SHARE_ID],
  ])('to %s shares it anew with every account and answers its physical id', async (_case, snapshot, after, physicalId, expectedId) => {
    // GIVEN the fake holds only the snapshot shared now: a call naming the old one would fail
    const redshift = new FakeRedshift(snapshot);
    // WHEN
    const response = await run(redshift, update(props({ Accounts: [A] }), { ...after, Accounts: [B, C] }, physicalId));
    // THEN nothing revoked: the old snapshot is left to the Delete that follows
    expect(response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: expectedId });
    expect(redshift.redshiftCalls().every(entry => entry.endsWith(': ok'))).toBe(true);
    expect(redshift.changes()).toEqual(['CreateTags: ok', `AuthorizeSnapshotAccess ${B}: ok`, `AuthorizeSnapshotAccess ${C}: ok`]);
    expect(redshift.sortedGrants()).toEqual([B, C]);
  });

  test('a failed revoke answers FAILED with the physical id unchanged, authorizes nothing, and keeps the account in the claim', async () => {
    // GIVEN
    const redshift = new FakeRedshift().fail(`RevokeSnapshotAccess ${A}`, fault(AccessToSnapshotDeniedFault));
    [A, B].forEach(a => redshift.grants.add(a));
    redshift.tags.set(KEY, encodeClaim(claim([A, B])));
    // WHEN
    const response = await run(redshift, update(props({ Accounts: [A, B] }), props({ Accounts: [B, C] })));
    // THEN
    expect(response).toMatchObject({
      Status: 'FAILED',
      PhysicalResourceId: SHARE_ID,
      Reason: `RevokeSnapshotAccess for account ${A} failed: AccessToSnapshotDeniedFault: from the fake`,
    });
    expect(redshift.changes().filter(c => c.startsWith('AuthorizeSnapshotAccess'))).toEqual([]);
    expect(redshift.tags.get(KEY)).toBe(`${A} ${B} ${C}`);
  });
});

describe('Delete', () => {
  test.each<[string, string, string[], string[], string[], string[]]>([
    // case, physical id, declared accounts, own claim, granted before, granted after
    ['the declared accounts, except one another share claims', SHARE_ID, [A, B], [A, B], [A, B, C], [B, C]],
    ['also an account the claim still records', SHARE_ID, [A], [A, C], [A, B, C], [B]],
    ['after a failed Create, only what its claim records', `${CREATE_FAILED_ID}:request-0`, [A, B], [A], [A, B], [B]],
  ])('revokes %s, removes the share\'s claim, and keeps the physical id', async (_case, physicalId, declared, claimed, before, after) => {
    // GIVEN another share (another stack) claims B
    const redshift = new FakeRedshift();
    before.forEach(a => redshift.grants.add(a));
    redshift.tags.set(KEY, encodeClaim(claim(claimed)));
    redshift.tags.set(OTHER_KEY, encodeClaim(claim([B])));
    // WHEN
    const response = await run(redshift, remove(props({ Accounts: declared }), physicalId));
    // THEN
    expect(response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: physicalId });
    expect(redshift.sortedGrants()).toEqual(after);
    expect(Object.fromEntries(redshift.tags)).toEqual({ [OTHER_KEY]: B });
    expect(redshift.changes()).not.toContain(`RevokeSnapshotAccess ${B}: ok`);
  });

  test.each<[string, Error | 'empty list']>([
    ['ClusterSnapshotNotFoundFault', fault(ClusterSnapshotNotFoundFault)],
    ['ClusterSnapshotNotFound (the query protocol\'s name)', unmodeled('ClusterSnapshotNotFound')],
    ['ResourceNotFoundFault', fault(ResourceNotFoundFault)],
    ['an empty list', 'empty list'],
  ])('of a snapshot that no longer exists (DescribeClusterSnapshots answers %s) succeeds with nothing else called', async (_case, whenGone) => {
    // GIVEN
    const redshift = new FakeRedshift();
    redshift.exists = false;
    redshift.whenGone = whenGone;
    // WHEN
    const response = await run(redshift, remove());
    // THEN
    expect(response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: SHARE_ID });
    expect(redshift.redshiftCalls()).toHaveLength(1);
    expect(redshift.redshiftCalls()[0]).toMatch(/^DescribeClusterSnapshots: /);
  });

  test.each<[string, (redshift: FakeRedshift) => void, string[]]>([
    ['UPDATE_ROLLBACK_IN_PROGRESS', r => r.stackStatus = 'UPDATE_ROLLBACK_IN_PROGRESS', [B]],
    ['ROLLBACK_IN_PROGRESS (a failed stack creation)', r => r.stackStatus = 'ROLLBACK_IN_PROGRESS', [B]],
    ['UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS', r => r.stackStatus = 'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS', [B]],
    ['IMPORT_ROLLBACK_IN_PROGRESS', r => r.stackStatus = 'IMPORT_ROLLBACK_IN_PROGRESS', [B]],
    ['UPDATE_COMPLETE_CLEANUP_IN_PROGRESS (a change)', r => r.stackStatus = 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS', []],
    ['UPDATE_IN_PROGRESS (a change)', r => r.stackStatus = 'UPDATE_IN_PROGRESS', []],
    ['DELETE_IN_PROGRESS (the stack\'s deletion)', r => r.stackStatus = 'DELETE_IN_PROGRESS', []],
    ['nothing: DescribeStacks is denied, so it is taken for a change', r => r.fail('DescribeStacks', unmodeled('AccessDenied')), []],
  ])('with the stack status %s, the accounts the share adopted are revoked unless it is a rollback', async (_case, given, left) => {
    // GIVEN the share granted A itself and adopted B
    const redshift = new FakeRedshift();
    given(redshift);
    [A, B].forEach(a => redshift.grants.add(a));
    redshift.tags.set(KEY, encodeClaim(claim([A], [B])));
    // WHEN
    const response = await run(redshift, remove());
    // THEN A is revoked either way, and the claim is gone
    expect(response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: SHARE_ID });
    expect(redshift.inputs.find(i => i.action === 'DescribeStacks')?.input).toEqual({ StackName: STACK_ID });
    expect(redshift.sortedGrants()).toEqual(left);
    expect(Object.fromEntries(redshift.tags)).toEqual({});
  });

  test('a failed revoke answers FAILED with the physical id unchanged, and the claim keeps the account left granted', async () => {
    // GIVEN
    const redshift = new FakeRedshift().fail(`RevokeSnapshotAccess ${A}`, fault(AccessToSnapshotDeniedFault));
    [A, B].forEach(a => redshift.grants.add(a));
    redshift.tags.set(KEY, encodeClaim(claim([A, B])));
    // WHEN
    const response = await run(redshift, remove());
    // THEN
    expect(response).toMatchObject({
      Status: 'FAILED',
      PhysicalResourceId: SHARE_ID,
      Reason: `RevokeSnapshotAccess for account ${A} failed: AccessToSnapshotDeniedFault: from the fake`,
    });
    expect(redshift.sortedGrants()).toEqual([A]);
    expect(redshift.tags.get(KEY)).toBe(A);
  });
});

describe('requests that fail before any call', () => {
  test.each([
    ['no snapshot', props({ SnapshotIdentifier: undefined }), 'SnapshotIdentifier or SnapshotArn must be set'],
    ['an empty snapshot identifier', props({ SnapshotIdentifier: '' }), 'SnapshotIdentifier or SnapshotArn must be set'],
    ['a snapshot ARN of another service', props({ SnapshotArn: `arn:aws:rds:eu-west-1:${OWNER}:snapshot:x` }), 'SnapshotArn must be a Redshift snapshot ARN'],
    ['a snapshot identifier that is not a string', props({ SnapshotIdentifier: 7 as unknown as string }), 'SnapshotIdentifier must be a string, got 7'],
    ['accounts that are not a list', props({ Accounts: A as unknown as string[] }), `Accounts must be a list of 12-digit account ids or ${SUPPORT}, got "${A}"`],
    ['an invalid account', props({ Accounts: [A, '12345'] }), 'Accounts must be a list of 12-digit account ids'],
  ])('a Create with %s answers FAILED', async (_case, resourceProperties, reason) => {
    // GIVEN
    const redshift = new FakeRedshift();
    // WHEN
    const response = await run(redshift, create(resourceProperties));
    // THEN no Redshift call (only the stack's status was read)
    expect(redshift.redshiftCalls()).toEqual([]);
    expect(response.Status).toBe('FAILED');
    expect(response.Reason).toContain(reason);
    expect(response.PhysicalResourceId).toBe(`${CREATE_FAILED_ID}:request-1`);
  });

  test('an unknown request type answers FAILED with the physical id unchanged', async () => {
    // GIVEN
    const redshift = new FakeRedshift();
    // WHEN
    const response = await run(redshift, event({ RequestType: 'Replace' as SnapshotShareEvent['RequestType'], PhysicalResourceId: SHARE_ID }));
    // THEN
    expect(redshift.redshiftCalls()).toEqual([]);
    expect(response).toMatchObject({ Status: 'FAILED', Reason: 'unknown RequestType "Replace"', PhysicalResourceId: SHARE_ID });
  });
});

describe('the response to CloudFormation', () => {
  test('a long reason is cut so that the response stays within 4 KB', async () => {
    // GIVEN
    const redshift = new FakeRedshift().fail(`AuthorizeSnapshotAccess ${A}`, Object.assign(unmodeled('ValidationError'), { message: 'ü'.repeat(5000) }));
    // WHEN
    const response = await run(redshift, create(props({ Accounts: [A] })));
    // THEN
    expect(Buffer.byteLength(bodies[0])).toBeLessThanOrEqual(MAX_RESPONSE_BYTES);
    expect(Buffer.byteLength(bodies[0])).toBeGreaterThan(MAX_RESPONSE_BYTES - 10);
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
  ])('fitResponse: a reason making the response %s', (_case, reason, expected) => {
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
  ])('fitResponse: a reason of %s is cut to the longest prefix that fits, never inside a character', (_case, character) => {
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

  test('fitResponse: a response without a reason is never cut', () => {
    // GIVEN a response over the limit by its physical id alone
    const response = { ...base, Status: 'SUCCESS' as const, PhysicalResourceId: 'p'.repeat(MAX_RESPONSE_BYTES) };
    // WHEN
    const json = fitResponse(response);
    // THEN
    expect(JSON.parse(json)).toEqual(response);
  });
});

/**
 * What the local response server does with each next PUT (200 once the list is empty): answer a status, never answer,
 * close the connection, or send the headers and part of the body only.
 */
type Behaviour = number | 'hang' | 'network' | 'stall';

interface Received {
  readonly method?: string;
  readonly path?: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

const servers: http.Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise(resolve => server.close(resolve));
  }
});

/** A local HTTP server standing in for the pre-signed URL. */
async function responseServer(...behaviours: Behaviour[]): Promise<{ url: (path: string) => string; received: Received[] }> {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', chunk => body += chunk);
    request.on('end', () => {
      received.push({ method: request.method, path: request.url, headers: request.headers, body });
      const behaviour = behaviours.shift() ?? 200;
      if (behaviour === 'hang') return;
      if (behaviour === 'network') return void request.socket.destroy();
      if (behaviour === 'stall') return void response.writeHead(200, { 'content-length': '10' }).write('abc');
      response.writeHead(behaviour).end();
    });
  });
  servers.push(server);
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: p => `http://127.0.0.1:${port}${p}`, received };
}

describe('sendResponse', () => {
  const body = JSON.stringify({ Status: 'SUCCESS', PhysicalResourceId: SHARE_ID });
  let sleeps: number[];
  const sleep = async (ms: number) => void sleeps.push(ms);

  beforeEach(() => {
    sleeps = [];
  });

  test('PUTs the body with an empty content type (as the URL is signed) and its length', async () => {
    // GIVEN
    const server = await responseServer(200);
    // WHEN
    await sendResponse(server.url('/signed?X-Amz-Signature=abc'), body, sleep, 1_000);
    // THEN
    expect(server.received).toHaveLength(1);
    expect(server.received[0]).toMatchObject({ method: 'PUT', path: '/signed?X-Amz-Signature=abc', body });
    expect(server.received[0].headers['content-type']).toBe('');
    expect(server.received[0].headers['content-length']).toBe(String(Buffer.byteLength(body)));
  });

  test.each<[number, number, string | undefined]>([
    [200, 1, undefined],
    [204, 1, undefined],
    [300, 1, 'the response URL answered 300'],
    [403, 1, 'the response URL answered 403'],
    [499, 1, 'the response URL answered 499'],
    [500, RESPONSE_ATTEMPTS, 'the response URL answered 500'],
    [503, RESPONSE_ATTEMPTS, 'the response URL answered 503'],
  ])('a %i answer every time: %i attempt(s)', async (status, attempts, error) => {
    // GIVEN
    const server = await responseServer(status, status, status);
    // WHEN
    const sent = sendResponse(server.url('/signed'), body, sleep, 1_000);
    // THEN a 4xx (an expired URL) is not tried again; a 5xx is, three times at most
    if (error === undefined) await expect(sent).resolves.toBeUndefined();
    else await expect(sent).rejects.toThrow(error);
    expect(server.received).toHaveLength(attempts);
    expect(RESPONSE_ATTEMPTS).toBe(3);
  });

  test.each<[string, Behaviour[]]>([
    ['server errors', [500, 503]],
    ['connection errors', ['network', 'network']],
    ['PUTs that never answer', ['hang', 'hang']],
    ['answers that stop in the middle of the body', ['stall', 'stall']],
    ['one of each', ['hang', 'network']],
  ])('after two %s, the third attempt succeeds, with the same body and a growing pause', async (_case, behaviours) => {
    // GIVEN
    const server = await responseServer(...behaviours);
    // WHEN
    await sendResponse(server.url('/signed'), body, sleep, 50);
    // THEN
    expect(server.received.map(r => r.body)).toEqual([body, body, body]);
    expect(sleeps).toEqual([1_000, 2_000]);
  });

  test('a PUT that never answers is abandoned after the timeout; the third timeout fails', async () => {
    // GIVEN
    const server = await responseServer('hang', 'hang', 'hang');
    const started = Date.now();
    // WHEN
    const sent = sendResponse(server.url('/signed'), body, sleep, 50);
    // THEN
    await expect(sent).rejects.toThrow('the response URL did not answer within 50 ms');
    expect(Date.now() - started).toBeGreaterThanOrEqual(3 * 45);
    expect(server.received).toHaveLength(3);
  });

  test('the pre-signed URL is not logged, not even when a PUT fails', async () => {
    // GIVEN
    const server = await responseServer(500);
    // WHEN
    await sendResponse(server.url('/signed?X-Amz-Signature=abc'), body, sleep, 1_000);
    // THEN
    const logged = (console.log as jest.Mock).mock.calls.flat().join('\n');
    expect(logged).toContain('answered 500');
    expect(logged).not.toContain('X-Amz-Signature');
  });
});

describe('the function\'s entry point', () => {
  test('answers through a PUT to the ResponseURL, and does not log the URL', async () => {
    // GIVEN a Create the handler rejects before any AWS call
    const server = await responseServer(200);
    const request = event({
      RequestType: 'Create',
      ResourceProperties: props({ SnapshotIdentifier: undefined }),
      ResponseURL: server.url('/signed?X-Amz-Signature=abc'),
    });
    // WHEN
    await handler(request, { logStreamName: 'stream' });
    // THEN
    expect(server.received).toHaveLength(1);
    expect(server.received[0].method).toBe('PUT');
    expect(JSON.parse(server.received[0].body)).toEqual({
      Status: 'FAILED',
      Reason: 'SnapshotIdentifier or SnapshotArn must be set (log stream stream)',
      PhysicalResourceId: `${CREATE_FAILED_ID}:request-1`,
      StackId: STACK_ID,
      RequestId: 'request-1',
      LogicalResourceId: 'Share',
      NoEcho: false,
    });
    const logged = (console.log as jest.Mock).mock.calls.flat().join('\n');
    expect(logged).toContain('request-1');
    expect(logged).not.toContain('X-Amz-Signature');
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

describe('snapshotOf and the physical id', () => {
  test.each([
    ['identifier', props()],
    ['identifier in another case', props({ SnapshotIdentifier: 'My-Snapshot' })],
    ['identifier in upper case', props({ SnapshotIdentifier: 'MY-SNAPSHOT' })],
    ['identifier without its cluster', props({ SnapshotClusterIdentifier: undefined })],
    ['identifier with another cluster', props({ SnapshotClusterIdentifier: 'other-cluster' })],
    ['ARN', props({ SnapshotIdentifier: undefined, SnapshotClusterIdentifier: undefined, SnapshotArn: SNAPSHOT_ARN })],
    ['ARN in another case', props({ SnapshotIdentifier: undefined, SnapshotArn: SNAPSHOT_ARN.replace('my-snapshot', 'My-Snapshot') })],
    ['other accounts', props({ Accounts: [C] })],
  ])('the same snapshot, named by %s, has the same identity and physical id', (_case, resourceProperties) => {
    // WHEN
    const snapshot = snapshotOf(resourceProperties, STACK_ID);
    // THEN
    expect(snapshot.identity).toBe(`eu-west-1:${OWNER}:my-snapshot`);
    expect(physicalIdOf(snapshot)).toBe(SHARE_ID);
  });

  test.each([
    ['another name', props({ SnapshotIdentifier: 'other-snapshot' }), `RedshiftSnapshotShare:eu-west-1:${OWNER}:other-snapshot`],
    ['an ARN in another region', props({ SnapshotArn: SNAPSHOT_ARN.replace('eu-west-1', 'us-east-1') }), `RedshiftSnapshotShare:us-east-1:${OWNER}:my-snapshot`],
    ['an ARN in another account', props({ SnapshotArn: SNAPSHOT_ARN.replace(OWNER, C) }), `RedshiftSnapshotShare:eu-west-1:${C}:my-snapshot`],
  ])('another snapshot, %s, has another physical id', (_case, resourceProperties, id) => {
    // WHEN
    const snapshot = snapshotOf(resourceProperties, STACK_ID);
    // THEN
    expect(physicalIdOf(snapshot)).toBe(id);
  });

  test.each([
    ['identifier and cluster', props(), { SnapshotIdentifier: 'my-snapshot', SnapshotClusterIdentifier: 'my-cluster' }],
    ['identifier, empty cluster', props({ SnapshotClusterIdentifier: '' }), { SnapshotIdentifier: 'my-snapshot' }],
    ['ARN', props({ SnapshotIdentifier: undefined, SnapshotClusterIdentifier: undefined, SnapshotArn: SNAPSHOT_ARN }), { SnapshotArn: SNAPSHOT_ARN }],
  ])('the API parameters are the properties as written (%s)', (_case, resourceProperties, parameters) => {
    // WHEN
    const snapshot = snapshotOf(resourceProperties, STACK_ID);
    // THEN
    expect(snapshot.parameters).toEqual(parameters);
  });

  test.each([
    ['no snapshot', props({ SnapshotIdentifier: undefined }), 'SnapshotIdentifier or SnapshotArn must be set'],
    ['an empty identifier', props({ SnapshotIdentifier: '' }), 'SnapshotIdentifier or SnapshotArn must be set'],
    ['an ARN of another service', props({ SnapshotArn: `arn:aws:rds:eu-west-1:${OWNER}:snapshot:x` }), 'SnapshotArn must be a Redshift snapshot ARN'],
    ['a Redshift ARN without the cluster', props({ SnapshotArn: `arn:aws:redshift:eu-west-1:${OWNER}:snapshot:x` }), 'SnapshotArn must be a Redshift snapshot ARN'],
    ['an identifier that is not a string', props({ SnapshotIdentifier: 7 as unknown as string }), 'SnapshotIdentifier must be a string, got 7'],
  ])('%s is a ShareError', (_case, resourceProperties, message) => {
    // WHEN / THEN
    expect(() => snapshotOf(resourceProperties, STACK_ID)).toThrow(ShareError);
    expect(() => snapshotOf(resourceProperties, STACK_ID)).toThrow(message);
  });
});

describe('accountsOf', () => {
  test.each<[string, unknown, string[]]>([
    ['no accounts', undefined, []],
    ['an empty list', [], []],
    ['accounts, each once, in their order', [B, A, B], [B, A]],
    ['AWS Support', [A, SUPPORT], [A, SUPPORT]],
  ])('%s', (_case, accounts, expected) => {
    // WHEN / THEN
    expect(accountsOf(props({ Accounts: accounts as string[] }))).toEqual(expected);
  });

  test.each<[string, unknown]>([
    ['a string, not a list', A],
    ['an object', { account: A }],
    ['a number in the list', [A, 123456789012]],
    ['null in the list', [A, null]],
    ['11 digits', ['12345678901']],
    ['13 digits', ['1234567890123']],
    ['an empty account', ['']],
    ['an account with spaces', [` ${A}`]],
    ['AWS Support in another case', ['Amazon-Redshift-Support']],
  ])('%s is a ShareError', (_case, accounts) => {
    // WHEN / THEN
    expect(() => accountsOf(props({ Accounts: accounts as string[] }))).toThrow(ShareError);
    expect(() => accountsOf(props({ Accounts: accounts as string[] }))).toThrow(`Accounts must be a list of 12-digit account ids or ${SUPPORT}, got ${JSON.stringify(accounts)}`);
  });
});

describe('claim tags', () => {
  test.each([
    ['a stack and construct', STACK_ID, 'Share'],
    ['empty ids', '', ''],
    ['very long ids', `${STACK_ID}${'x'.repeat(2_000)}`, 'L'.repeat(255)],
  ])('claimKey of %s: stable, with the prefix, and a valid Redshift tag key', (_case, stackId, logicalId) => {
    // WHEN
    const key = claimKey(stackId, logicalId);
    // THEN
    expect(claimKey(stackId, logicalId)).toBe(key);
    expect(key.startsWith(CLAIM_TAG_PREFIX)).toBe(true);
    expect(key.length).toBeLessThanOrEqual(128);
    expect(key).toMatch(/^[\p{L}\p{N}\s_.:/=+\-@]+$/u);
  });

  test.each([
    ['another logical id (a renamed construct)', STACK_ID, 'Share2'],
    ['the same stack name, created again (another unique suffix)', STACK_ID.replace('0f1e2d3c', '0f1e2d3d'), 'Share'],
    ['another stack', OTHER_STACK_ID, 'Share'],
  ])('claimKey differs for %s', (_case, stackId, logicalId) => {
    // WHEN / THEN
    expect(claimKey(stackId, logicalId)).not.toBe(KEY);
  });

  /** `count` distinct 12-digit accounts, in descending order, from the `from`th on. */
  const accounts = (count: number, from = 0) => Array.from({ length: count }, (_, i) => String(999_999_999_999 - (from + i) * 1_234_567));
  const sorted = (list: string[]) => [...new Set(list)].sort();

  test.each<[string, string[], string[], string]>([
    ['no account', [], [], ''],
    ['one account made', [A], [], A],
    ['accounts out of order, one repeated', [C, A, B, A], [], `${A} ${B} ${C}`],
    ['one account adopted', [], [A], `/${A}`],
    ['made and adopted accounts', [C, A], [B], `${A} ${C}/${B}`],
    ['AWS Support and an account', [SUPPORT, A], [], `${A} ${SUPPORT}`],
    ['19 accounts (spaced: 246 characters)', accounts(19), [], sorted(accounts(19)).join(' ')],
    ['20 accounts (spaced would be 259: unseparated)', accounts(20), [], sorted(accounts(20)).join('')],
    ['20 accounts, given twice', [...accounts(20), ...accounts(20)], [], sorted(accounts(20)).join('')],
    ['19 accounts and AWS Support (spaced would be 270: unseparated)', [...accounts(19), SUPPORT], [], [...sorted(accounts(19)), SUPPORT].join('')],
    ['10 accounts made, 10 adopted (spaced would be 259: unseparated)', accounts(10), accounts(10, 10),
      `${sorted(accounts(10)).join('')}/${sorted(accounts(10, 10)).join('')}`],
    ['19 accounts made, AWS Support adopted', accounts(19), [SUPPORT], `${sorted(accounts(19)).join('')}/${SUPPORT}`],
    ['19 accounts and AWS Support, all adopted', [], [...accounts(19), SUPPORT], `/${[...sorted(accounts(19)), SUPPORT].join('')}`],
  ])('encodeClaim / decodeClaim round-trip: %s', (_case, made, adopted, expected) => {
    // WHEN
    const value = encodeClaim(claim(made, adopted));
    // THEN the value fits a tag, each group sorted and de-duplicated, and decodes to the same claim
    expect(value.length).toBeLessThanOrEqual(MAX_TAG_VALUE_LENGTH);
    expect(MAX_TAG_VALUE_LENGTH).toBe(256);
    expect(value).toBe(expected);
    const decoded = decodeClaim(value);
    expect([...decoded.made]).toEqual(sorted(made));
    expect([...decoded.adopted]).toEqual(sorted(adopted));
  });

  test.each<[string, Claim | undefined, string[]]>([
    ['no claim', undefined, []],
    ['an empty claim', claim([]), []],
    ['made and adopted accounts', claim([B, A], [C]), [B, A, C]],
  ])('accountsOfClaim of %s: every account, made then adopted', (_case, claimed, expected) => {
    // WHEN / THEN
    expect(accountsOfClaim(claimed)).toEqual(expected);
  });

  test('claimsOf reads the tags with the claim prefix only', () => {
    // GIVEN
    const tags = [
      { Key: KEY, Value: `${A} ${B}` },
      { Key: OTHER_KEY, Value: `${B}/${C}` },
      { Key: `${CLAIM_TAG_PREFIX}without-value` },
      { Key: 'Name', Value: A },
      { Key: `x-${CLAIM_TAG_PREFIX}not-at-the-start`, Value: A },
      { Key: 'aws:cloudformation:stack-id', Value: STACK_ID },
      { Value: C },
    ];
    // WHEN
    const claims = claimsOf(tags);
    // THEN
    expect(claims).toEqual(new Map([
      [KEY, claim([A, B])],
      [OTHER_KEY, claim([B], [C])],
      [`${CLAIM_TAG_PREFIX}without-value`, claim([])],
    ]));
  });
});
