import * as path from 'path';
import { MAX_LISTED_VIOLATIONS } from './render';

const VALIDATION_ERROR_BRAND = Symbol.for('private-access-constructs.ValidationError');

/**
 * One broken rule: which property, what value, and what the vendor requires.
 */
export interface Violation {
  /**
   * The path of the construct whose property this is, when the error covers several constructs (checks at synth).
   *
   * @default - the error's `constructPath`
   */
  readonly constructPath?: string;

  /**
   * The property that holds the offending value, e.g. `whitelist[2]` or `tags.env`.
   */
  readonly property: string;

  /**
   * The offending value, rendered as text: at most 120 characters, tokens as `<token>`, an omitted value as `not set`.
   */
  readonly value: string;

  /**
   * The rule the value breaks, in words a person understands.
   */
  readonly message: string;
}

/**
 * Thrown when a construct's props break its vendor's rules. It lists every violation at once.
 *
 * Branded with a global symbol, so `ValidationError.isValidationError()` also recognizes errors thrown by
 * another copy of this library in the same process.
 *
 * jsii cannot model a subclass of the built-in `Error`, so this class exists for TypeScript and JavaScript only;
 * other languages see the error as the host language's generic JavaScript error, with the same message.
 *
 * @jsii ignore
 */
export class ValidationError extends Error {
  /**
   * Whether `x` is a `ValidationError` from any copy of this library.
   */
  public static isValidationError(x: any): x is ValidationError {
    return x !== null && typeof x === 'object' && VALIDATION_ERROR_BRAND in x;
  }

  /**
   * The path of the construct whose props are invalid.
   */
  public readonly constructPath: string;

  /**
   * Every rule the props break.
   */
  public readonly violations: Violation[];

  constructor(constructPath: string, violations: Violation[]) {
    super(formatMessage(constructPath, violations));
    Object.setPrototypeOf(this, new.target.prototype);
    Object.defineProperty(this, VALIDATION_ERROR_BRAND, { value: true });
    this.name = 'ValidationError';
    this.stack = startingAtCaller(this);
    this.constructPath = constructPath;
    this.violations = violations;
  }
}

/** The library's own modules: lib/ of the installed package (or of this repository, in its tests). */
const LIBRARY_ROOT = `${path.resolve(__dirname, '..')}${path.sep}`;

/** How many frames the library's own calls may take before the caller's, beyond the usual limit. */
const LIBRARY_DEPTH = 30;

/**
 * The stack of `error` starting at the first frame outside the library, so that a user's first line to read is
 * their own `new ...` call, not the validator's internals. Kept whole when every frame is the library's.
 */
function startingAtCaller(error: Error): string | undefined {
  const limit = Error.stackTraceLimit;
  if (typeof Error.captureStackTrace !== 'function' || typeof limit !== 'number') return error.stack;
  Error.stackTraceLimit = limit + LIBRARY_DEPTH;
  try {
    Error.captureStackTrace(error, error.constructor);
  } finally {
    Error.stackTraceLimit = limit;
  }
  const lines = (error.stack ?? '').split('\n');
  const firstFrame = lines.findIndex(line => /^\s+at /.test(line));
  if (firstFrame < 0) return error.stack;
  const frames = lines.slice(firstFrame);
  const caller = frames.findIndex(frame => !frame.includes(LIBRARY_ROOT));
  if (caller < 0) return error.stack;
  return [...lines.slice(0, firstFrame), ...frames.slice(caller, caller + limit)].join('\n');
}

/** One line per violation, at most 20, then how many more the error holds. */
function formatMessage(constructPath: string, violations: Violation[]): string {
  const count = violations.length === 1 ? '1 invalid property' : `${violations.length} invalid properties`;
  const lines = violations.slice(0, MAX_LISTED_VIOLATIONS).map(v => {
    const where = v.constructPath !== undefined && v.constructPath !== constructPath ? `[${v.constructPath}] ` : '';
    return `  - ${where}${v.property}: ${v.value} ${v.message}`;
  });
  const more = violations.length - MAX_LISTED_VIOLATIONS;
  if (more > 0) lines.push(`  - and ${more} more (see the error's violations)`);
  return [`${constructPath}: ${count}`, ...lines].join('\n');
}
