/**
 * How the snapshot share handler calls Redshift (`calls.ts`): per-call timeout, throttling retries against a
 * deadline, and a bound on the calls in flight. A virtual clock drives the deadlines; real timers only the timeouts.
 */
import {
  CallEnvironment,
  CallRunner,
  CallTimeoutError,
  DEFAULT_RETRY,
  DeadlineError,
  RetryOptions,
  errorName,
  isThrottling,
  runBounded,
} from '../../lib/aws/private/handlers/calls';

const START = 1_700_000_000_000;

/** The virtual time; only `sleep` moves it. */
let clock: number;
/** Every backoff the runner slept. */
let sleeps: number[];

beforeEach(() => {
  clock = START;
  sleeps = [];
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => jest.restoreAllMocks());

function environment(overrides: Partial<CallEnvironment> = {}): CallEnvironment {
  return {
    now: () => clock,
    sleep: async ms => {
      sleeps.push(ms);
      clock += ms;
    },
    random: () => 0.5,
    retry: { attempts: 4, baseDelayMs: 100, maxDelayMs: 250 },
    callTimeoutMs: 1_000,
    ...overrides,
  };
}

/** An error as the SDK raises it, by name. */
const sdkError = (name: string) => Object.assign(new Error(`${name} from the test`), { name, $metadata: {} });

/** A `send` that rejects with each of `errors` in turn, then resolves 'done'; it records its calls. */
function sendFailing(...errors: Error[]): jest.Mock<Promise<string>, [AbortSignal]> {
  const queue = [...errors];
  return jest.fn(async (_signal: AbortSignal) => {
    const error = queue.shift();
    if (error) throw error;
    return 'done';
  });
}

describe('CallRunner', () => {
  describe('the deadline', () => {
    test.each([
      ['ends exactly at the deadline', 0, true],
      ['ends 1 ms past the deadline', -1, false],
      ['ends well before the deadline', 10_000, true],
    ])('a call that, with its whole timeout, %s', async (_case, slackMs, starts) => {
      // GIVEN a deadline `slackMs` after the end of a call started now
      const runner = new CallRunner(environment(), clock + 1_000 + slackMs);
      const send = sendFailing();
      // WHEN
      const result = runner.call('AuthorizeSnapshotAccess for A', send);
      // THEN it is started, or refused with nothing sent
      if (starts) {
        await expect(result).resolves.toBe('done');
        expect(send).toHaveBeenCalledTimes(1);
      } else {
        await expect(result).rejects.toThrow(DeadlineError);
        await expect(result).rejects.toThrow('AuthorizeSnapshotAccess for A was not started');
        expect(send).not.toHaveBeenCalled();
      }
    });

    test('until() gives the same calls a later deadline (for the undo)', async () => {
      // GIVEN a runner whose deadline has passed
      const work = new CallRunner(environment(), clock);
      const send = sendFailing();
      // WHEN
      const undo = work.until(clock + 1_000);
      // THEN the work refuses the call, the undo makes it
      await expect(work.call('RevokeSnapshotAccess', send)).rejects.toThrow(DeadlineError);
      await expect(undo.call('RevokeSnapshotAccess', send)).resolves.toBe('done');
      expect(send).toHaveBeenCalledTimes(1);
    });
  });

  describe('throttling', () => {
    test('a throttled call is retried after a backoff that grows, drawn from random(), until it succeeds', async () => {
      // GIVEN two throttling errors of the two kinds the SDK raises
      const send = sendFailing(sdkError('Throttling'), sdkError('DependentServiceRequestThrottlingFault'));
      const runner = new CallRunner(environment(), Number.POSITIVE_INFINITY);
      // WHEN
      const result = await runner.call('AuthorizeSnapshotAccess', send);
      // THEN three calls, with half of 100 ms and of 200 ms (the jitter is one half) in between
      expect(result).toBe('done');
      expect(send).toHaveBeenCalledTimes(3);
      expect(sleeps).toEqual([50, 100]);
    });

    test.each<[string, RetryOptions, number, number[]]>([
      // The window doubles up to its cap: 100, 200, then 400 and 800 are cut to 250; random() 0.999 takes almost all.
      ['5 attempts, capped at 250 ms', { attempts: 5, baseDelayMs: 100, maxDelayMs: 250 }, 0.999, [99, 199, 249, 249]],
      ['2 attempts', { attempts: 2, baseDelayMs: 100, maxDelayMs: 250 }, 0.999, [99]],
      ['1 attempt: no retry', { attempts: 1, baseDelayMs: 100, maxDelayMs: 250 }, 0.999, []],
      ['no jitter drawn', { attempts: 3, baseDelayMs: 100, maxDelayMs: 250 }, 0, [0, 0]],
    ])('a call throttled every time gives up after the last attempt (%s)', async (_case, retry, random, backoffs) => {
      // GIVEN
      const error = sdkError('ThrottlingException');
      const send = jest.fn(async () => { throw error; });
      const runner = new CallRunner(environment({ retry, random: () => random }), Number.POSITIVE_INFINITY);
      // WHEN / THEN the throttling error itself is thrown
      await expect(runner.call('AuthorizeSnapshotAccess', send)).rejects.toBe(error);
      expect(send).toHaveBeenCalledTimes(retry.attempts);
      expect(sleeps).toEqual(backoffs);
    });

    test.each([
      ['ends 1 ms past the deadline: it gives up', 49, 1, []],
      ['ends exactly at the deadline: it retries', 50, 2, [50]],
    ])('a backoff that, with the next call\'s timeout, %s', async (_case, slackMs, calls, backoffs) => {
      // GIVEN a backoff of 50 ms (half of 100), and a deadline `slackMs` after the first call's end
      const error = sdkError('ThrottlingException');
      const send = jest.fn(async () => {
        if (send.mock.calls.length === 1) throw error;
        return 'done';
      });
      const runner = new CallRunner(environment(), clock + 1_000 + slackMs);
      // WHEN
      const result = runner.call('RevokeSnapshotAccess', send);
      // THEN
      if (calls === 1) await expect(result).rejects.toBe(error);
      else await expect(result).resolves.toBe('done');
      expect(send).toHaveBeenCalledTimes(calls);
      expect(sleeps).toEqual(backoffs);
    });

    test.each([
      ['AuthorizationQuotaExceededFault'],
      ['AccessDenied'],
      ['CallTimeoutError'],
    ])('%s is not retried', async name => {
      // GIVEN
      const error = sdkError(name);
      const send = sendFailing(error);
      const runner = new CallRunner(environment(), Number.POSITIVE_INFINITY);
      // WHEN / THEN
      await expect(runner.call('AuthorizeSnapshotAccess', send)).rejects.toBe(error);
      expect(send).toHaveBeenCalledTimes(1);
      expect(sleeps).toEqual([]);
    });

    test('with the default retries, a call throttled every time is tried several times, each backoff within the cap', async () => {
      // GIVEN
      const error = sdkError('ThrottlingException');
      const send = jest.fn(async () => { throw error; });
      const runner = new CallRunner(environment({ retry: DEFAULT_RETRY, random: () => 0.999 }), Number.POSITIVE_INFINITY);
      // WHEN
      await expect(runner.call('AuthorizeSnapshotAccess', send)).rejects.toBe(error);
      // THEN
      expect(DEFAULT_RETRY.attempts).toBeGreaterThan(1);
      expect(send).toHaveBeenCalledTimes(DEFAULT_RETRY.attempts);
      expect(sleeps).toHaveLength(DEFAULT_RETRY.attempts - 1);
      expect(sleeps).toEqual([...sleeps].sort((x, y) => x - y));
      expect(Math.max(...sleeps)).toBeLessThan(DEFAULT_RETRY.maxDelayMs);
      expect(sleeps[0]).toBe(Math.floor(0.999 * DEFAULT_RETRY.baseDelayMs));
    });
  });

  describe('the call timeout', () => {
    test('a call that does not settle is aborted after the timeout and rejects with CallTimeoutError', async () => {
      // GIVEN a call that never answers, and a 30 ms timeout
      const signals: AbortSignal[] = [];
      const send = jest.fn((signal: AbortSignal) => {
        signals.push(signal);
        return new Promise<never>(() => undefined);
      });
      const runner = new CallRunner(environment({ callTimeoutMs: 30, now: Date.now }), Number.POSITIVE_INFINITY);
      const started = Date.now();
      // WHEN
      const result = runner.call('AuthorizeSnapshotAccess for A', send);
      // THEN it is not retried: its outcome is unknown
      await expect(result).rejects.toThrow(CallTimeoutError);
      await expect(result).rejects.toThrow('AuthorizeSnapshotAccess for A did not answer within 30 ms');
      expect(Date.now() - started).toBeGreaterThanOrEqual(25);
      expect(send).toHaveBeenCalledTimes(1);
      expect(signals[0].aborted).toBe(true);
    });

    test('a call that answers in time is not aborted', async () => {
      // GIVEN
      const signals: AbortSignal[] = [];
      const runner = new CallRunner(environment({ callTimeoutMs: 30 }), Number.POSITIVE_INFINITY);
      // WHEN
      const result = await runner.call('DescribeClusterSnapshots', async signal => {
        signals.push(signal);
        return 'answer';
      });
      await new Promise(resolve => setTimeout(resolve, 60));
      // THEN the timer was cleared with the answer
      expect(result).toBe('answer');
      expect(signals[0].aborted).toBe(false);
    });

    test('the CallTimeoutError is named so, for the Reason', () => {
      // THEN
      expect(errorName(new CallTimeoutError('x'))).toBe('CallTimeoutError');
      expect(errorName(new DeadlineError('x'))).toBe('DeadlineError');
    });
  });
});

/** A promise resolved or rejected from outside. */
interface Deferred {
  readonly promise: Promise<void>;
  resolve(): void;
  reject(error: Error): void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending promise reaction run. */
const settle = () => new Promise(resolve => setImmediate(resolve));

/** A `work` whose items end only when the test says so; it tracks the calls in flight. */
function controlledWork() {
  const pending = new Map<string, Deferred>();
  const started: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const work = async (item: string): Promise<void> => {
    started.push(item);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const d = deferred();
    pending.set(item, d);
    try {
      await d.promise;
    } finally {
      inFlight--;
    }
  };
  return {
    work,
    started,
    pending,
    get inFlight() { return inFlight; },
    get maxInFlight() { return maxInFlight; },
  };
}

describe('runBounded', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f'];

  test.each([
    [1, 1],
    [2, 2],
    [4, 4],
    [6, 6],
    [10, 6],
  ])('with a limit of %i, at most %i items are in flight, and every item runs', async (limit, expectedMax) => {
    // GIVEN
    const control = controlledWork();
    // WHEN the items are finished one at a time, the oldest first
    const run = runBounded(items, limit, control.work, true);
    for (let i = 0; i < items.length; i++) {
      await settle();
      expect(control.inFlight).toBeLessThanOrEqual(limit);
      control.pending.get(control.started[i])!.resolve();
    }
    const outcomes = await run;
    // THEN
    expect(control.maxInFlight).toBe(expectedMax);
    expect(control.started).toEqual(items);
    expect(outcomes).toEqual(items.map(item => ({ item, started: true, done: true })));
  });

  test('with stopOnFailure, no item starts after the first failure; the items in flight run to their end', async () => {
    // GIVEN a limit of 2: a and b start
    const control = controlledWork();
    const run = runBounded(items, 2, control.work, true);
    await settle();
    expect(control.started).toEqual(['a', 'b']);
    // WHEN a fails, then b ends
    const failure = new Error('a failed');
    control.pending.get('a')!.reject(failure);
    await settle();
    control.pending.get('b')!.resolve();
    const outcomes = await run;
    // THEN nothing started after a's failure, and the unstarted items say so
    expect(control.started).toEqual(['a', 'b']);
    expect(outcomes).toEqual([
      { item: 'a', started: true, done: false, error: failure },
      { item: 'b', started: true, done: true },
      ...['c', 'd', 'e', 'f'].map(item => ({ item, started: false, done: false })),
    ]);
  });

  test('without stopOnFailure, every item runs whatever fails, and each outcome is in the items\' order', async () => {
    // GIVEN work that fails for b and e
    const started: string[] = [];
    const failures = new Map(['b', 'e'].map(item => [item, new Error(`${item} failed`)]));
    // WHEN
    const outcomes = await runBounded(items, 2, async item => {
      started.push(item);
      await settle();
      if (failures.has(item)) throw failures.get(item);
    }, false);
    // THEN
    expect(started).toEqual(items);
    expect(outcomes).toEqual(items.map(item => failures.has(item)
      ? { item, started: true, done: false, error: failures.get(item) }
      : { item, started: true, done: true }));
  });

  test('no items: nothing runs', async () => {
    // GIVEN
    const work = jest.fn(async () => undefined);
    // WHEN
    const outcomes = await runBounded([], 4, work, true);
    // THEN
    expect(outcomes).toEqual([]);
    expect(work).not.toHaveBeenCalled();
  });
});

describe('isThrottling', () => {
  test.each([
    'Throttling', 'ThrottlingException', 'ThrottledException', 'TooManyRequestsException', 'RequestLimitExceeded',
    'DependentServiceRequestThrottling', 'DependentServiceRequestThrottlingFault',
  ])('%s is throttling', name => {
    // THEN
    expect(isThrottling(sdkError(name))).toBe(true);
  });

  test.each<[string, unknown, boolean]>([
    ['an error the SDK marks throttling, whatever its name', Object.assign(sdkError('SomethingNew'), { $retryable: { throttling: true } }), true],
    ['an SDK v2 style error with the code', { Code: 'Throttling' }, true],
    ['a retryable error that is not throttling', Object.assign(sdkError('InternalFailure'), { $retryable: { throttling: false } }), false],
    ['a name that only starts like one', sdkError('ThrottlingExceptionElsewhere'), false],
    ['a name that only ends like one', sdkError('NotThrottling'), false],
    ['AuthorizationNotFoundFault', sdkError('AuthorizationNotFoundFault'), false],
    ['a plain Error', new Error('Throttling'), false],
    ['undefined', undefined, false],
    ['a string', 'Throttling', false],
  ])('%s', (_case, error, expected) => {
    // THEN
    expect(isThrottling(error)).toBe(expected);
  });
});

describe('errorName', () => {
  test.each<[string, unknown, string]>([
    ['an SDK exception', sdkError('AuthorizationNotFoundFault'), 'AuthorizationNotFoundFault'],
    ['a plain Error', new Error('x'), 'Error'],
    ['an error with only a code', Object.assign(new Error('x'), { Code: 'AccessDenied' }), 'AccessDenied'],
    ['undefined', undefined, 'Error'],
    ['null', null, 'Error'],
  ])('%s', (_case, error, name) => {
    // THEN
    expect(errorName(error)).toBe(name);
  });
});
