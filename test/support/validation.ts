/**
 * The one set of helpers that tell what a construct's validation did: tests of every construct use these.
 */
import { ValidationError } from '../../lib/core';

/** The ValidationError `build` throws, or undefined when it succeeds; anything else thrown fails the test. */
export function tryValidation(build: () => unknown): ValidationError | undefined {
  try {
    build();
    return undefined;
  } catch (e) {
    if (ValidationError.isValidationError(e)) return e;
    throw e;
  }
}

/** The ValidationError `build` throws; fails the test when it throws nothing or something else. */
export function validationErrorOf(build: () => unknown): ValidationError {
  const error = tryValidation(build);
  if (!error) throw new Error('expected a ValidationError, but nothing was thrown');
  return error;
}

/** 'ok' when `build` succeeds, 'invalid' when it throws a ValidationError; anything else fails the test. */
export function outcome(build: () => unknown): 'ok' | 'invalid' {
  return tryValidation(build) ? 'invalid' : 'ok';
}

/** The properties an error names, in order ([] for no error). */
export function namedProperties(error: ValidationError | undefined): string[] {
  return error?.violations.map(v => v.property) ?? [];
}

/** Asserts that `build` throws a ValidationError with exactly one violation of `property`, whose message matches. */
export function expectViolation(build: () => unknown, property: string, message: RegExp): void {
  const error = validationErrorOf(build);
  const found = error.violations.filter(v => v.property === property);
  expect(found).toHaveLength(1);
  expect(found[0].message).toMatch(message);
  expect(error.message).toContain(`${property}: ${found[0].value} ${found[0].message}`);
}
