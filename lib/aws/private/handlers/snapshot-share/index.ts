/**
 * The Lambda handler behind `Custom::RedshiftSnapshotShare`: one custom resource per snapshot share, carrying the
 * whole account set of the share.
 *
 * - Create authorizes every account.
 * - Update revokes the accounts that left the set and authorizes the ones that joined it. When the properties name
 *   another snapshot, it shares the new snapshot and returns a new physical id: CloudFormation then deletes the old
 *   resource in its cleanup phase, which revokes the old snapshot's grants.
 * - Delete revokes the share's accounts, except those another share claims (see `ownership.ts`).
 * - During a rollback (the stack's status says so), Update and Delete revoke only what the share granted itself, never
 *   the access it adopted: that access existed before the deployment that failed.
 * - A Create delivered after its stack stopped waiting for it (rolled back, deleted, settled: see `stack-status.ts`)
 *   does nothing and answers SUCCESS with the marker id of a Create that made nothing.
 *
 * The work stops at a deadline well before the function's own, undoes what it granted if it failed, and only then
 * answers CloudFormation: nothing runs after the response. It needs nothing but the Node.js built-ins,
 * `@aws-sdk/client-redshift` and `@aws-sdk/client-cloudformation`, which the Lambda Node.js runtime includes, so the
 * package ships these compiled files as the function's code with no bundling.
 */
// The Lambda Node.js runtime provides the SDK v3 clients; the package declares them only for development.
// eslint-disable-next-line import/no-extraneous-dependencies
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
// eslint-disable-next-line import/no-extraneous-dependencies
import { RedshiftClient } from '@aws-sdk/client-redshift';
import { CallRunner, DEFAULT_CONCURRENCY, errorText } from '../calls';
import { CREATE_FAILED_ID, CloudFormationResponse, CustomResourceEvent, HandlerContext, fitResponse } from '../cloudformation';
import { RuntimeOptions, runtimeOf } from '../runtime';
import { isLateCreate, isRollingBack, stackStatus } from '../stack-status';
import { claimKey } from './ownership';
import { ShareError, SnapshotGrants, SnapshotShareProperties, accountsOf, physicalIdOf, snapshotOf } from './shares';

/** A request for this resource type. */
export type SnapshotShareEvent = CustomResourceEvent<SnapshotShareProperties>;

/** What the handler depends on; tests replace the clients and the runtime. */
export interface HandlerOptions extends RuntimeOptions {
  readonly client?: RedshiftClient;
  /** Reads the stack's status, to tell a rollback from a change. */
  readonly cloudFormation?: CloudFormationClient;
  /** Redshift calls in flight at once. */
  readonly concurrency?: number;
  /** Time kept back, before the response reserve, to undo what a failed request granted. */
  readonly undoReserveMs?: number;
}

/**
 * The SDK's attempts per call: its adaptive mode also slows the client down after throttling.
 * @see https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html
 */
export const SDK_MAX_ATTEMPTS = 3;

/** A Redshift client with the retry configuration of the handler (adaptive mode, `SDK_MAX_ATTEMPTS`). */
export function newClient(): RedshiftClient {
  return new RedshiftClient({ maxAttempts: SDK_MAX_ATTEMPTS, retryMode: 'adaptive' });
}

/** Builds the handler; `handler` below is the one the function runs. */
export function createHandler(options: HandlerOptions = {}): (event: SnapshotShareEvent, context?: HandlerContext) => Promise<void> {
  const environment = runtimeOf(options);
  const { now, respond } = environment;
  const responseReserve = environment.responseReserveMs;
  // A minute to undo.
  const undoReserve = options.undoReserveMs ?? 60_000;
  let client = options.client;
  let cloudFormation = options.cloudFormation;

  /** Carries out the request; returns the physical id to answer. */
  async function apply(event: SnapshotShareEvent, remainingMs: number): Promise<string> {
    const end = now() + remainingMs;
    const work = new CallRunner(environment, end - responseReserve - undoReserve);
    const calls = {
      client: client ??= newClient(),
      work,
      undo: work.until(end - responseReserve),
      concurrency: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY),
    };
    const key = claimKey(event.StackId, event.LogicalResourceId);
    const props = event.ResourceProperties;
    const current = event.PhysicalResourceId ?? '';
    const stacks = cloudFormation ??= new CloudFormationClient({});
    // A late Create grants nothing: its answer names no snapshot, so a later Delete revokes only what a claim records.
    if (await isLateCreate(event, stacks, work)) return `${CREATE_FAILED_ID}:${event.RequestId}`;
    // During a rollback the share revokes only the access it granted itself. Unreadable, the status is taken for a
    // change: revoking the adopted access too is the safe side for access, not for availability.
    const rollback = event.RequestType !== 'Create' && isRollingBack(await stackStatus(stacks, event.StackId, work));
    switch (event.RequestType) {
      case 'Create': {
        const snapshot = snapshotOf(props, event.StackId);
        await new SnapshotGrants(calls, snapshot, key).create(accountsOf(props));
        return physicalIdOf(snapshot);
      }
      case 'Update': {
        const snapshot = snapshotOf(props, event.StackId);
        const accounts = accountsOf(props);
        const old = event.OldResourceProperties ?? {};
        const grants = new SnapshotGrants(calls, snapshot, key, rollback);
        if (current.startsWith(CREATE_FAILED_ID) || snapshotOf(old, event.StackId).identity !== snapshot.identity) {
          // Another snapshot (or one never shared): share it anew; the new id makes CloudFormation delete the old one.
          await grants.create(accounts);
          return physicalIdOf(snapshot);
        }
        await grants.update(accountsOf(old), accounts);
        // The id never changes for the same snapshot, whatever scheme an earlier version of the handler used.
        return current;
      }
      case 'Delete': {
        const grants = new SnapshotGrants(calls, snapshotOf(props, event.StackId), key, rollback);
        // A failed Create owns only what its claim still records (what it could not undo), never the adopted grants.
        await grants.delete(current.startsWith(CREATE_FAILED_ID) ? [] : accountsOf(props));
        return current;
      }
      default:
        throw new ShareError(`unknown RequestType ${JSON.stringify(event.RequestType)}`);
    }
  }

  /** The physical id of a failed request: unchanged for an existing resource, the marker for a failed Create. */
  function failedId(event: SnapshotShareEvent): string {
    return event.RequestType === 'Create' || !event.PhysicalResourceId ? `${CREATE_FAILED_ID}:${event.RequestId}` : event.PhysicalResourceId;
  }

  return async (event, context = {}) => {
    console.log(JSON.stringify({ ...event, ResponseURL: '(not logged: pre-signed)' }));
    const base = { StackId: event.StackId, RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId, NoEcho: false };
    let response: CloudFormationResponse;
    try {
      const id = await apply(event, context.getRemainingTimeInMillis?.() ?? Number.POSITIVE_INFINITY);
      response = { ...base, Status: 'SUCCESS', PhysicalResourceId: id };
    } catch (e) {
      const reason = e instanceof ShareError ? e.message : errorText(e);
      console.log(reason);
      response = {
        ...base,
        Status: 'FAILED',
        Reason: context.logStreamName ? `${reason} (log stream ${context.logStreamName})` : reason,
        PhysicalResourceId: failedId(event),
      };
    }
    console.log(JSON.stringify(response));
    await respond(event.ResponseURL, fitResponse(response));
  };
}

/** The function's entry point (`index.handler`). */
export const handler = createHandler();
