/**
 * What every handler runs with, and what its tests replace: the clock, the randomness, the retries of throttled
 * calls, the time kept to answer CloudFormation and the answer's PUT.
 */
import { CallEnvironment, DEFAULT_CALL_TIMEOUT_MS, DEFAULT_RETRY, RetryOptions } from './calls';
import { sendResponse } from './cloudformation';

export interface RuntimeOptions {
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1) for the backoff jitter. */
  readonly random?: () => number;
  readonly retry?: RetryOptions;
  /** How long one call may take before it is aborted. */
  readonly callTimeoutMs?: number;
  /** Time kept back from the function's deadline to answer CloudFormation. */
  readonly responseReserveMs?: number;
  /** Sends the response body; by default a PUT to the pre-signed URL. */
  readonly respond?: (url: string, body: string) => Promise<void>;
}

export interface Runtime extends CallEnvironment {
  readonly responseReserveMs: number;
  readonly respond: (url: string, body: string) => Promise<void>;
}

function delay(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}

/** The runtime of `options`, with the function's defaults: real time, three PUT attempts of 5 s in a 20 s reserve. */
export function runtimeOf(options: RuntimeOptions): Runtime {
  const sleep = options.sleep ?? delay;
  return {
    now: options.now ?? Date.now,
    sleep,
    random: options.random ?? Math.random,
    retry: options.retry ?? DEFAULT_RETRY,
    callTimeoutMs: options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS,
    responseReserveMs: options.responseReserveMs ?? 20_000,
    respond: options.respond ?? ((url, body) => sendResponse(url, body, sleep)),
  };
}
