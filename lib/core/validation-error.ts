const VALIDATION_ERROR_BRAND = Symbol.for('private-access-constructs.ValidationError');

/**
 * One broken rule: which property, what value, and what the vendor requires.
 */
export interface Violation {
  /**
   * The property that holds the offending value, e.g. `whitelist[2]` or `tags.env`.
   */
  readonly property: string;

  /**
   * The offending value, rendered as text.
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
    this.constructPath = constructPath;
    this.violations = violations;
  }
}

function formatMessage(constructPath: string, violations: Violation[]): string {
  const count = violations.length === 1 ? '1 invalid property' : `${violations.length} invalid properties`;
  const lines = violations.map(v => `  - ${v.property}: ${v.value} ${v.message}`);
  return [`${constructPath}: ${count}`, ...lines].join('\n');
}
