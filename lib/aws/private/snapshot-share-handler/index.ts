/**
 * The Lambda handler behind `Custom::RedshiftSnapshotShare`: one custom resource per snapshot share, carrying the
 * whole account set of the share.
 *
 * - Create authorizes every account.
 * - Update revokes the accounts that left the set and authorizes the ones that joined it, from the old and new
 *   properties, so an account that stays (whether written as a literal or as a token resolving to it) is not touched.
 *   When the properties name another snapshot, it authorizes every account on the new snapshot and returns a new
 *   physical id: CloudFormation then deletes the old resource, which revokes the old snapshot's grants.
 * - Delete revokes every account.
 *
 * It answers CloudFormation itself (a PUT of the response to the pre-signed `ResponseURL`) and needs nothing but the
 * Node.js built-ins and `@aws-sdk/client-redshift`, which the Lambda Node.js runtime includes, so the package ships this
 * compiled file as the function's code with no bundling.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeSnapshotAccess.html
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_RevokeSnapshotAccess.html
 */
import * as https from 'https';
// The Lambda Node.js runtime provides the SDK v3 clients; the package declares it only for development.
// eslint-disable-next-line import/no-extraneous-dependencies
import { AuthorizeSnapshotAccessCommand, RedshiftClient, RevokeSnapshotAccessCommand } from '@aws-sdk/client-redshift';

/**
 * The physical id answered for a Create that failed. CloudFormation sends a Delete for a resource whose Create failed;
 * a failed Create has already undone its own grants, so that Delete must not revoke anything (another resource may
 * hold the same grants, e.g. during an upgrade).
 */
export const CREATE_FAILED_ID = 'private-access-constructs:CreateFailed';

/** The most bytes CloudFormation accepts in a custom resource response. */
export const MAX_RESPONSE_BYTES = 4096;

/** The properties of a share, as CloudFormation sends them. */
export interface SnapshotShareProperties {
  readonly ServiceToken?: string;
  readonly SnapshotIdentifier?: string;
  readonly SnapshotArn?: string;
  readonly SnapshotClusterIdentifier?: string;
  readonly Accounts?: string[];
}

/** A CloudFormation custom resource request for this resource type. */
export interface SnapshotShareEvent {
  readonly RequestType: 'Create' | 'Update' | 'Delete';
  readonly ResponseURL: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly ResourceType: string;
  readonly PhysicalResourceId?: string;
  readonly ResourceProperties: SnapshotShareProperties;
  readonly OldResourceProperties?: SnapshotShareProperties;
}

/** The parts of the Lambda context the handler reads. */
export interface HandlerContext {
  readonly logStreamName?: string;
  getRemainingTimeInMillis?(): number;
}

/** The response CloudFormation expects at the `ResponseURL`. */
export interface CloudFormationResponse {
  readonly Status: 'SUCCESS' | 'FAILED';
  readonly Reason?: string;
  readonly PhysicalResourceId: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly NoEcho: boolean;
}

/** How throttled Redshift calls are retried by the handler itself, after the SDK's own attempts. */
export interface RetryOptions {
  /** Calls per request, the first included. */
  readonly attempts: number;
  /** The first backoff; each later one may be twice as long. */
  readonly baseDelayMs: number;
  /** The longest backoff. */
  readonly maxDelayMs: number;
}

/** What the handler depends on; tests replace the clock and the randomness. */
export interface HandlerOptions {
  readonly client?: RedshiftClient;
  readonly retry?: RetryOptions;
  readonly sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1) for the backoff jitter. */
  readonly random?: () => number;
  /** Time kept back from the Lambda timeout to answer CloudFormation before the function is stopped. */
  readonly responseMarginMs?: number;
}

/**
 * The SDK's attempts per call: its adaptive mode also slows the client down after throttling, which helps when one
 * request shares a snapshot with 20 accounts.
 * @see https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html
 */
export const SDK_MAX_ATTEMPTS = 3;

/**
 * The handler's own retries. The SDK retries the throttling errors it knows, but not Redshift's
 * `DependentServiceRequestThrottlingFault`, and gives up after a few seconds; these retries cover both, well within
 * the function's timeout.
 */
export const DEFAULT_RETRY: RetryOptions = { attempts: 6, baseDelayMs: 1_000, maxDelayMs: 20_000 };

const THROTTLING = /^(Throttling(Exception)?|ThrottledException|TooManyRequestsException|RequestLimitExceeded|DependentServiceRequestThrottling(Fault)?)$/;
const ALREADY_AUTHORIZED = /^AuthorizationAlreadyExists(Fault)?$/;
const NOTHING_TO_REVOKE = /^(AuthorizationNotFound|ClusterSnapshotNotFound)(Fault)?$/;
const SNAPSHOT_ARN = /^arn:[a-z-]+:redshift:([a-z0-9-]+):(\d{12}):snapshot:[^/]+\/(.+)$/;
const STACK_ARN = /^arn:[a-z-]+:cloudformation:([a-z0-9-]+):(\d{12}):stack\//;

/** A Redshift client with the retry configuration of the handler (adaptive mode, `SDK_MAX_ATTEMPTS`). */
export function newClient(): RedshiftClient {
  return new RedshiftClient({ maxAttempts: SDK_MAX_ATTEMPTS, retryMode: 'adaptive' });
}

/** A failure that the handler reports with its own message. */
class ShareError extends Error {}

/** The snapshot a set of properties names, as the API parameters and as an identity. */
interface Snapshot {
  readonly parameters: { SnapshotIdentifier?: string; SnapshotArn?: string; SnapshotClusterIdentifier?: string };
  /**
   * `<region>:<account>:<name>`. Snapshot identifiers are unique in an account (and region), so the name, not the
   * cluster nor the way it is written (identifier or ARN), identifies the snapshot. Compared in lower case: a change
   * of case alone must never be taken for another snapshot, whose replacement would revoke the grants.
   */
  readonly identity: string;
}

/** The snapshot named by `props`; throws a `ShareError` when the properties name none. */
export function snapshotOf(props: SnapshotShareProperties, stackId: string): Snapshot {
  const text = (name: keyof SnapshotShareProperties): string | undefined => {
    const value = props[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') throw new ShareError(`${name} must be a string, got ${JSON.stringify(value)}`);
    return value;
  };
  const identifier = text('SnapshotIdentifier');
  const arn = text('SnapshotArn');
  const cluster = text('SnapshotClusterIdentifier');
  const stack = STACK_ARN.exec(stackId);
  let identity: string;
  if (arn !== undefined) {
    const parts = SNAPSHOT_ARN.exec(arn);
    if (!parts) throw new ShareError(`SnapshotArn must be a Redshift snapshot ARN (arn:<partition>:redshift:<region>:<account>:snapshot:<cluster>/<name>), got ${arn}`);
    identity = `${parts[1]}:${parts[2]}:${parts[3]}`;
  } else if (identifier !== undefined) {
    identity = `${stack?.[1] ?? ''}:${stack?.[2] ?? ''}:${identifier}`;
  } else {
    throw new ShareError('SnapshotIdentifier or SnapshotArn must be set');
  }
  return {
    parameters: {
      ...(identifier !== undefined && { SnapshotIdentifier: identifier }),
      ...(arn !== undefined && { SnapshotArn: arn }),
      ...(cluster !== undefined && { SnapshotClusterIdentifier: cluster }),
    },
    identity: identity.toLowerCase(),
  };
}

/** The accounts of `props`, each once, in their order; throws a `ShareError` when `Accounts` is not a list of strings. */
export function accountsOf(props: SnapshotShareProperties): string[] {
  const accounts: unknown = props.Accounts ?? [];
  if (!Array.isArray(accounts) || accounts.some(a => typeof a !== 'string' || a === '')) {
    throw new ShareError(`Accounts must be a list of account ids, got ${JSON.stringify(accounts)}`);
  }
  return [...new Set(accounts as string[])];
}

/** The physical id of a share: the snapshot's identity, never the accounts, so that account changes update in place. */
export function physicalIdOf(snapshot: Snapshot): string {
  return `RedshiftSnapshotShare:${snapshot.identity}`;
}

function errorName(error: unknown): string {
  const e = error as { name?: unknown; Code?: unknown } | undefined;
  return typeof e?.name === 'string' && e.name !== 'Error' ? e.name : typeof e?.Code === 'string' ? e.Code : 'Error';
}

function errorText(error: unknown): string {
  return `${errorName(error)}: ${error instanceof Error ? error.message : String(error)}`;
}

/** Whether `error` says the call was throttled. */
export function isThrottling(error: unknown): boolean {
  return THROTTLING.test(errorName(error)) || (error as { $retryable?: { throttling?: boolean } })?.$retryable?.throttling === true;
}

/** Cuts `response.Reason` (marked with `...`) so that the response JSON stays within `MAX_RESPONSE_BYTES`. */
export function fitResponse(response: CloudFormationResponse): string {
  const json = JSON.stringify(response);
  const reason = response.Reason;
  if (Buffer.byteLength(json) <= MAX_RESPONSE_BYTES || reason === undefined) return json;
  const cut = (length: number) => {
    // Never split a surrogate pair.
    const end = length > 0 && /[\uD800-\uDBFF]/.test(reason[length - 1]) ? length - 1 : length;
    return JSON.stringify({ ...response, Reason: `${reason.slice(0, end)}...` });
  };
  // The longest prefix that fits (characters escape to a varying number of bytes, so search).
  let fits = 0;
  let tooLong = reason.length;
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (Buffer.byteLength(cut(middle)) <= MAX_RESPONSE_BYTES) fits = middle;
    else tooLong = middle;
  }
  return cut(fits);
}

/**
 * PUTs `body` to the pre-signed `url`; tries three times when the connection fails or the answer is a 5xx (a 4xx, such
 * as an expired URL, will not get better).
 */
export async function sendResponse(url: string, body: string, sleep: (ms: number) => Promise<void> = delay): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await put(url, body);
      return;
    } catch (e) {
      if (attempt >= 3 || (e as { fatal?: boolean }).fatal) throw e;
      console.log(`Response PUT failed (attempt ${attempt}): ${errorText(e)}`);
      await sleep(1_000 * attempt);
    }
  }
}

function put(url: string, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = https.request(url, {
      method: 'PUT',
      // The URL is signed for an empty content type.
      headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
    }, response => {
      response.resume();
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        if (status >= 500) reject(new Error(`the response URL answered ${status}`));
        else if (status >= 300) reject(Object.assign(new Error(`the response URL answered ${status}`), { fatal: true }));
        else resolve();
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

function delay(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}

/** Builds the handler; `handler` below is the one the function runs. */
export function createHandler(options: HandlerOptions = {}): (event: SnapshotShareEvent, context?: HandlerContext) => Promise<void> {
  const retry = options.retry ?? DEFAULT_RETRY;
  const sleep = options.sleep ?? delay;
  const random = options.random ?? Math.random;
  const margin = options.responseMarginMs ?? 10_000;
  let client = options.client;
  const redshift = (): RedshiftClient => client ??= newClient();

  /** Sends one call; retries it while throttled, with exponential backoff and full jitter. */
  async function call<T>(send: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await send();
      } catch (e) {
        if (!isThrottling(e) || attempt >= retry.attempts) throw e;
        const ms = Math.floor(random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1)));
        console.log(`Throttled (${errorName(e)}), attempt ${attempt} of ${retry.attempts}; retrying in ${ms} ms`);
        await sleep(ms);
      }
    }
  }

  /** Authorizes one account; true when this call granted it, false when it already had access. */
  async function authorize(snapshot: Snapshot, account: string): Promise<boolean> {
    try {
      await call(() => redshift().send(new AuthorizeSnapshotAccessCommand({ ...snapshot.parameters, AccountWithRestoreAccess: account })));
      console.log(`Authorized ${account}`);
      return true;
    } catch (e) {
      if (ALREADY_AUTHORIZED.test(errorName(e))) {
        console.log(`${account} already had access`);
        return false;
      }
      throw new ShareError(`AuthorizeSnapshotAccess for account ${account} failed: ${errorText(e)}`);
    }
  }

  async function revoke(snapshot: Snapshot, account: string): Promise<void> {
    try {
      await call(() => redshift().send(new RevokeSnapshotAccessCommand({ ...snapshot.parameters, AccountWithRestoreAccess: account })));
      console.log(`Revoked ${account}`);
    } catch (e) {
      if (NOTHING_TO_REVOKE.test(errorName(e))) {
        console.log(`Nothing to revoke for ${account} (${errorName(e)})`);
        return;
      }
      throw new ShareError(`RevokeSnapshotAccess for account ${account} failed: ${errorText(e)}`);
    }
  }

  /**
   * Authorizes `accounts` one by one. When one fails, revokes the accounts this call granted (not those that
   * already had access, which something else granted) and rethrows, so a failed request leaves no grant behind.
   */
  async function authorizeAll(snapshot: Snapshot, accounts: string[]): Promise<void> {
    const granted: string[] = [];
    try {
      for (const account of accounts) {
        if (await authorize(snapshot, account)) granted.push(account);
      }
    } catch (e) {
      for (const account of granted) {
        try {
          await revoke(snapshot, account);
        } catch (undo) {
          console.log(`Could not undo the grant to ${account}: ${errorText(undo)}`);
        }
      }
      throw e;
    }
  }

  async function revokeAll(snapshot: Snapshot, accounts: string[]): Promise<void> {
    for (const account of accounts) await revoke(snapshot, account);
  }

  /** Carries out the request; returns the physical id to answer. */
  async function apply(event: SnapshotShareEvent): Promise<string> {
    const props = event.ResourceProperties;
    switch (event.RequestType) {
      case 'Create': {
        const snapshot = snapshotOf(props, event.StackId);
        await authorizeAll(snapshot, accountsOf(props));
        return physicalIdOf(snapshot);
      }
      case 'Update': {
        const snapshot = snapshotOf(props, event.StackId);
        const accounts = accountsOf(props);
        const current = event.PhysicalResourceId ?? '';
        const old = event.OldResourceProperties ?? {};
        if (current.startsWith(CREATE_FAILED_ID) || snapshotOf(old, event.StackId).identity !== snapshot.identity) {
          // Another snapshot (or one never shared): share it anew; the new id makes CloudFormation delete the old one.
          await authorizeAll(snapshot, accounts);
          return physicalIdOf(snapshot);
        }
        const before = new Set(accountsOf(old));
        const after = new Set(accounts);
        // Revoke first: a share at the 20-account limit can then swap an account.
        await revokeAll(snapshot, [...before].filter(a => !after.has(a)));
        await authorizeAll(snapshot, accounts.filter(a => !before.has(a)));
        // The id never changes for the same snapshot, whatever scheme an earlier version of the handler used.
        return current;
      }
      case 'Delete': {
        const current = event.PhysicalResourceId ?? '';
        if (!current.startsWith(CREATE_FAILED_ID)) await revokeAll(snapshotOf(props, event.StackId), accountsOf(props));
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
    const failed = (reason: string): CloudFormationResponse => ({
      ...base,
      Status: 'FAILED',
      Reason: context.logStreamName ? `${reason} (log stream ${context.logStreamName})` : reason,
      PhysicalResourceId: failedId(event),
    });

    const work = apply(event).then(
      (id): CloudFormationResponse => ({ ...base, Status: 'SUCCESS', PhysicalResourceId: id }),
      (e: unknown) => {
        console.log(e instanceof ShareError ? e.message : e);
        return failed(e instanceof ShareError ? e.message : errorText(e));
      });
    // Answer before Lambda stops the function: otherwise CloudFormation waits an hour for a response.
    let timer: NodeJS.Timeout | undefined;
    const remaining = context.getRemainingTimeInMillis?.();
    const timeout = remaining === undefined ? undefined : new Promise<CloudFormationResponse>(resolve => {
      timer = setTimeout(() => resolve(failed('the function ran out of time before the request was complete')), Math.max(0, remaining - margin));
    });
    const response = await (timeout ? Promise.race([work, timeout]) : work);
    clearTimeout(timer);

    console.log(JSON.stringify(response));
    await sendResponse(event.ResponseURL, fitResponse(response), sleep);
  };
}

/** The function's entry point (`index.handler`). */
export const handler = createHandler();
