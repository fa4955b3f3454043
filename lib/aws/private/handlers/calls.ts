/**
 * How the handlers call AWS: each call bounded in time, throttled calls retried with backoff, a deadline after which
 * no call starts, and a bound on the calls in flight. Nothing here outlives the request: every call has ended, or
 * been aborted, before the handler answers CloudFormation.
 */

/** How throttled calls are retried by the handler itself, after the SDK's own attempts. */
export interface RetryOptions {
  /** Calls per request, the first included. */
  readonly attempts: number;
  /** The first backoff; each later one may be twice as long. */
  readonly baseDelayMs: number;
  /** The longest backoff. */
  readonly maxDelayMs: number;
}

/**
 * The handler's own retries. The SDK retries the throttling errors it knows, but not Redshift's
 * `DependentServiceRequestThrottlingFault`, and gives up after a few seconds; these retries cover both.
 */
export const DEFAULT_RETRY: RetryOptions = { attempts: 6, baseDelayMs: 1_000, maxDelayMs: 20_000 };

/** The longest one Redshift call may take before it is aborted (its outcome is then unknown). */
export const DEFAULT_CALL_TIMEOUT_MS = 30_000;

/** Redshift calls in flight at once for one request. */
export const DEFAULT_CONCURRENCY = 4;

const THROTTLING = /^(Throttling(Exception)?|ThrottledException|TooManyRequestsException|RequestLimitExceeded|DependentServiceRequestThrottling(Fault)?)$/;

/** The error's name as the SDK v3 sets it (the exception class, e.g. `AuthorizationNotFoundFault`). */
export function errorName(error: unknown): string {
  const e = error as { name?: unknown; Code?: unknown } | undefined;
  return typeof e?.name === 'string' && e.name !== 'Error' ? e.name : typeof e?.Code === 'string' ? e.Code : 'Error';
}

export function errorText(error: unknown): string {
  return `${errorName(error)}: ${error instanceof Error ? error.message : String(error)}`;
}

/** Whether `error` says the call was throttled. */
export function isThrottling(error: unknown): boolean {
  return THROTTLING.test(errorName(error)) || (error as { $retryable?: { throttling?: boolean } })?.$retryable?.throttling === true;
}

/** A call not started because the deadline was too near. Nothing was sent. */
export class DeadlineError extends Error {
  public readonly name = 'DeadlineError';
}

/** A call aborted after its timeout: Redshift may or may not have carried it out. */
export class CallTimeoutError extends Error {
  public readonly name = 'CallTimeoutError';
}

/** The clock and randomness of the calls; tests give their own. */
export interface CallEnvironment {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** A number in [0, 1) for the backoff jitter. */
  readonly random: () => number;
  readonly retry: RetryOptions;
  readonly callTimeoutMs: number;
}

/**
 * Runs calls until `deadline` (epoch ms): a call starts only if it can end, timeout included, before the deadline,
 * and a backoff that would end past it gives up instead.
 */
export class CallRunner {
  constructor(private readonly env: CallEnvironment, private readonly deadline: number) {}

  /** A runner with the same environment and a later deadline (for undoing what the work did). */
  public until(deadline: number): CallRunner {
    return new CallRunner(this.env, deadline);
  }

  /** Sends one call, aborting it after the call timeout; retries it while throttled, with backoff and full jitter. */
  public async call<T>(what: string, send: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    const { retry, callTimeoutMs, now, sleep, random } = this.env;
    for (let attempt = 1; ; attempt++) {
      if (now() + callTimeoutMs > this.deadline) {
        throw new DeadlineError(`${what} was not started: too little time was left before the function's deadline`);
      }
      try {
        return await this.withTimeout(what, send);
      } catch (e) {
        if (!isThrottling(e) || attempt >= retry.attempts) throw e;
        const ms = Math.floor(random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1)));
        if (now() + ms + callTimeoutMs > this.deadline) throw e;
        console.log(`${what}: throttled (${errorName(e)}), attempt ${attempt} of ${retry.attempts}; retrying in ${ms} ms`);
        await sleep(ms);
      }
    }
  }

  private async withTimeout<T>(what: string, send: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new CallTimeoutError(`${what} did not answer within ${this.env.callTimeoutMs} ms`));
      }, this.env.callTimeoutMs);
    });
    try {
      return await Promise.race([send(controller.signal), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** What became of each item of a bounded run. */
export interface Outcome<T> {
  readonly item: T;
  /** Whether `work` was called for the item (after a failure, the items not yet started never are). */
  readonly started: boolean;
  /** Whether `work` ended without an error. */
  readonly done: boolean;
  readonly error?: unknown;
}

/**
 * Runs `work` for each item, at most `limit` at a time. With `stopOnFailure`, no new item starts after the first
 * failure; the items in flight run to their end. Returns what became of every item, in the items' order.
 */
export async function runBounded<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>,
  stopOnFailure: boolean): Promise<Outcome<T>[]> {
  const outcomes: Outcome<T>[] = items.map(item => ({ item, started: false, done: false }));
  let next = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        await work(items[index]);
        outcomes[index] = { item: items[index], started: true, done: true };
      } catch (error) {
        outcomes[index] = { item: items[index], started: true, done: false, error };
        failed = stopOnFailure;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return outcomes;
}
