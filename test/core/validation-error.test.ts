import { ValidationError } from '../../lib/core';

describe('ValidationError', () => {
  const violations = [
    { property: 'whitelist[0]', value: '"10.0.0.0/33"', message: 'must be an IPv4 address or CIDR block' },
    { property: 'tags key', value: '"_sys_x"', message: 'must not start with "_sys_"' },
  ];

  test('lists the construct path and every violation in its message', () => {
    // WHEN
    const error = new ValidationError('Stack/Endpoint', violations);
    // THEN
    expect(error.message).toBe([
      'Stack/Endpoint: 2 invalid properties',
      '  - whitelist[0]: "10.0.0.0/33" must be an IPv4 address or CIDR block',
      '  - tags key: "_sys_x" must not start with "_sys_"',
    ].join('\n'));
    expect(error.constructPath).toBe('Stack/Endpoint');
    expect(error.violations).toEqual(violations);
    expect(error.name).toBe('ValidationError');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ValidationError);
  });

  test('says "1 invalid property" for a single violation', () => {
    expect(new ValidationError('A', [violations[0]]).message).toMatch(/^A: 1 invalid property\n/);
  });

  test('is recognized across copies of the library by its global brand', () => {
    // GIVEN an error from another copy: a plain object carrying the same global symbol
    const foreign = Object.defineProperty(new Error('x'), Symbol.for('private-access-constructs.ValidationError'), { value: true });
    // THEN
    expect(ValidationError.isValidationError(new ValidationError('A', violations))).toBe(true);
    expect(ValidationError.isValidationError(foreign)).toBe(true);
    expect(ValidationError.isValidationError(new Error('x'))).toBe(false);
    expect(ValidationError.isValidationError(undefined)).toBe(false);
    expect(ValidationError.isValidationError('ValidationError')).toBe(false);
  });
});
