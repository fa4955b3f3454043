import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { App as TfApp, TerraformStack } from 'cdktf';
import { aws, huaweicloud } from '../../lib';
import { ValidationError } from '../../lib/core';
import { validationErrorOf } from '../support/validation';

const OWNER = '111122223333';
/** The library's own modules. */
const LIB = `${path.resolve(__dirname, '../../lib')}${path.sep}`;

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

describe('a ValidationError as a user meets it', () => {
  /** The first frame of `error`'s stack. */
  const firstFrame = (error: Error) => error.stack!.split('\n').find(line => /^\s+at /.test(line));

  test.each<[string, () => unknown]>([
    ['aws.SnapshotShare', () => new aws.SnapshotShare(new Stack(new App(), 'Stack', { env: { account: OWNER } }), 'Share', {
      snapshotIdentifier: 'nightly', snapshotClusterIdentifier: 'analytics', accounts: ['123456789012', 'nope', OWNER],
    })],
    ['huaweicloud.VpcepEndpoint', () => new huaweicloud.VpcepEndpoint(new TerraformStack(new TfApp(), 'Stack'), 'Endpoint', {
      serviceId: 'svc', vpcId: 'vpc', whitelist: ['10.0.0.0/8', '10.0.0.0/33', 'not-a-cidr'],
    })],
  ])('%s: the stack starts at the user\'s own call, and list entries are listed by index', (_construct, build) => {
    // WHEN
    const error = validationErrorOf(build);
    // THEN the first frame is this file's `new ...`, not the validator inside the library
    expect(firstFrame(error)).toContain(__filename);
    expect(error.stack!.split('\n').filter(line => line.includes(LIB))).toEqual([]);
    const entries = error.violations.map(v => v.property).filter(p => /\[\d+\]$/.test(p));
    expect(entries).toEqual([...entries].sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0])));
    expect(entries.length).toBeGreaterThanOrEqual(2);
  });

  test('the stack keeps the frames below the user\'s call, up to the usual limit', () => {
    // GIVEN a call nested in the user's own functions
    const userHelper = () => validationErrorOf(() => new aws.SnapshotShare(new Stack(new App(), 'Stack'), 'Share', {
      snapshotIdentifier: 'Nightly!', snapshotClusterIdentifier: 'analytics', accounts: ['123456789012'],
    }));
    // WHEN
    const error = userHelper();
    // THEN
    const frames = error.stack!.split('\n').filter(line => /^\s+at /.test(line));
    expect(frames.length).toBeLessThanOrEqual(Error.stackTraceLimit);
    expect(frames.slice(0, 3).every(frame => !frame.includes(LIB))).toBe(true);
    expect(frames.some(frame => frame.includes('userHelper'))).toBe(true);
  });
});
