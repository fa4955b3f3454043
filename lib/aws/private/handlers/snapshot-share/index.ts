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
 *   does nothing: the envelope answers SUCCESS with the marker id of a Create that made nothing.
 *
 * The work stops at a deadline well before the function's own and undoes what it granted if it failed; the envelope
 * (`envelope.ts`) then answers CloudFormation: nothing runs after the response. It needs nothing but the Node.js
 * built-ins, `@aws-sdk/client-redshift` and `@aws-sdk/client-cloudformation`, which the Lambda Node.js runtime
 * includes, so the package ships these compiled files as the function's code with no bundling.
 */
// The Lambda Node.js runtime provides the SDK v3 clients; the package declares them only for development.
// eslint-disable-next-line import/no-extraneous-dependencies
import { RedshiftClient } from '@aws-sdk/client-redshift';
import { DEFAULT_CONCURRENCY } from '../calls';
import { CREATE_FAILED_ID, CustomResourceEvent } from '../cloudformation';
import { EnvelopeOptions, Handler, Request, SDK_CLIENT_CONFIG, WorkResult, customResourceHandler } from '../envelope';
import { isRollingBack } from '../stack-status';
import { claimKey } from './ownership';
import { ShareCalls, SnapshotGrants, SnapshotShareProperties, accountsOf, physicalIdOf, snapshotOf } from './shares';

export { SDK_MAX_ATTEMPTS } from '../envelope';

/** A request for this resource type. */
export type SnapshotShareEvent = CustomResourceEvent<SnapshotShareProperties>;

/** What the handler depends on; tests replace the clients and the runtime. */
export interface HandlerOptions extends EnvelopeOptions<RedshiftClient> {
  /** Redshift calls in flight at once. */
  readonly concurrency?: number;
  /** Time kept back, before the response reserve, to undo what a failed request granted. */
  readonly undoReserveMs?: number;
}

/** A Redshift client with the retry configuration of the handlers (adaptive mode, `SDK_MAX_ATTEMPTS`). */
export function newClient(): RedshiftClient {
  return new RedshiftClient(SDK_CLIENT_CONFIG);
}

/** Builds the handler; `handler` below is the one the function runs. */
export function createHandler(options: HandlerOptions = {}): Handler<SnapshotShareEvent> {
  // A minute to undo.
  const undoReserveMs = options.undoReserveMs ?? 60_000;
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  return customResourceHandler({ newClient, work: request => share(request, { undoReserveMs, concurrency }) }, options);
}

/** Carries out one request on the snapshot's grants. */
async function share(request: Request<SnapshotShareEvent, RedshiftClient>,
  options: { readonly undoReserveMs: number; readonly concurrency: number }): Promise<WorkResult> {
  const { event } = request;
  const calls: ShareCalls = {
    client: request.client,
    work: request.runner.until(request.deadline - options.undoReserveMs),
    undo: request.runner,
    concurrency: options.concurrency,
  };
  const key = claimKey(event.StackId, event.LogicalResourceId);
  const props = event.ResourceProperties;
  const current = event.PhysicalResourceId ?? '';
  // During a rollback the share revokes only the access it granted itself. Unreadable, the status is taken for a
  // change: revoking the adopted access too is the safe side for access, not for availability.
  const rollback = event.RequestType !== 'Create' && isRollingBack(await request.stackStatus());
  switch (event.RequestType) {
    case 'Create': {
      const snapshot = snapshotOf(props, event.StackId);
      await new SnapshotGrants(calls, snapshot, key).create(accountsOf(props));
      return { physicalResourceId: physicalIdOf(snapshot) };
    }
    case 'Update': {
      const snapshot = snapshotOf(props, event.StackId);
      const accounts = accountsOf(props);
      const old = event.OldResourceProperties ?? {};
      const grants = new SnapshotGrants(calls, snapshot, key, rollback);
      if (current.startsWith(CREATE_FAILED_ID) || snapshotOf(old, event.StackId).identity !== snapshot.identity) {
        // Another snapshot (or one never shared): share it anew; the new id makes CloudFormation delete the old one.
        await grants.create(accounts);
        return { physicalResourceId: physicalIdOf(snapshot) };
      }
      await grants.update(accountsOf(old), accounts);
      // The id never changes for the same snapshot, whatever scheme an earlier version of the handler used.
      return { physicalResourceId: current };
    }
    case 'Delete': {
      const grants = new SnapshotGrants(calls, snapshotOf(props, event.StackId), key, rollback);
      // A failed Create owns only what its claim still records (what it could not undo), never the adopted grants;
      // the answer to a late Create names no snapshot either, so its Delete revokes only what a claim records.
      await grants.delete(current.startsWith(CREATE_FAILED_ID) ? [] : accountsOf(props));
      return { physicalResourceId: current };
    }
  }
}

/** The function's entry point (`index.handler`). */
export const handler = createHandler();
