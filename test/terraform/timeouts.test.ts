/**
 * Timeouts are Go durations (https://pkg.go.dev/time#ParseDuration), parsed by the provider when it plans: a value Go
 * cannot parse fails `terraform plan`, so it fails the synth here instead; a key the resource has no timeout for
 * would be refused by Terraform too.
 */
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import * as fc from 'fast-check';
import { TERRAFORM_DURATION, checkTimeouts, isTerraformDuration } from '../../lib/terraform/timeouts';
import { checkNow } from '../../lib/terraform/validation';
import { tryValidation } from '../support/validation';

const BLOCK = { keys: ['create', 'delete'], resource: 'huaweicloud_vpcep_endpoint' };

describe('Terraform durations', () => {
  test.each([
    '1s', '30s', '10m', '2h', '1h30m', '2h45m10s', '1.5h', '.5h', '1.s', '300ms', '10us', '10µs', '10μs', '5ns', '0h1m', '01m',
  ])('%s is a duration', value => {
    expect(isTerraformDuration(value)).toBe(true);
  });

  test.each([
    ['empty', ''], ['no unit', '10'], ['zero', '0'], ['zero with a unit', '0s'], ['all parts zero', '0h0m0.0s'],
    ['a sign', '-1m'], ['a plus sign', '+1m'], ['a space', '10 m'], ['days', '1d'], ['a unit only', 'm'], ['a dot only', '.s'],
    ['an upper-case unit', '10M'], ['ISO 8601', 'PT10M'], ['a trailing space', '10m '],
  ])('%s (%j) is not a duration', (_what, value) => {
    expect(isTerraformDuration(value)).toBe(false);
  });

  test('fuzz: any sequence of positive numbers with units is accepted, and nothing with another character', () => {
    const part = fc.tuple(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom('ns', 'us', 'µs', 'ms', 's', 'm', 'h'))
      .map(([n, unit]) => `${n}${unit}`);
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), parts => isTerraformDuration(parts.join(''))));
    fc.assert(fc.property(fc.string(), fc.constantFrom('d', 'w', ' ', '-', ',', 'x'), (s, bad) => !isTerraformDuration(`1m${bad}${s}`)));
  });

  test('the message names the syntax and its source', () => {
    expect(TERRAFORM_DURATION.explain('10')).toMatch(/must be a duration greater than zero such as "30s", "10m" or "1h30m".*time\.ParseDuration/);
  });
});

describe('checkTimeouts', () => {
  let stack: TerraformStack;
  beforeEach(() => {
    stack = new TerraformStack(Testing.app(), 'Stack');
  });

  test('GIVEN durations for the keys the resource has THEN there is no error', () => {
    expect(tryValidation(() => checkNow(stack, v => checkTimeouts(v, 'timeouts', { create: '20m', delete: '1h' }, BLOCK))))
      .toBeUndefined();
  });

  test('GIVEN a key the resource has no timeout for THEN the error names it and the keys it has', () => {
    const error = tryValidation(() => checkNow(stack, v => checkTimeouts(v, 'timeouts', { default: '5m' }, BLOCK)));
    expect(error?.message).toContain('timeouts.default: "5m" is not supported: huaweicloud_vpcep_endpoint has only the create and delete timeouts');
  });

  test('GIVEN a resource with a single timeout THEN the message names it', () => {
    const single = { keys: ['default'], resource: 'opentelekomcloud_vpcep_endpoint_v1' };
    const error = tryValidation(() => checkNow(stack, v => checkTimeouts(v, 'timeouts', { create: '5m' }, single)));
    expect(error?.message).toContain('timeouts.create: "5m" is not supported: opentelekomcloud_vpcep_endpoint_v1 has only the default timeout');
  });

  test('GIVEN a value that is not a duration THEN the error names the key', () => {
    const error = tryValidation(() => checkNow(stack, v => checkTimeouts(v, 'timeouts', { create: '10', delete: '5m' }, BLOCK)));
    expect(error?.violations.map(v => v.property)).toEqual(['timeouts.create']);
  });

  test('GIVEN token values THEN they are not checked', () => {
    const value = new TerraformVariable(stack, 'timeout', { type: 'string' }).stringValue;
    expect(tryValidation(() => checkNow(stack, v => checkTimeouts(v, 'timeouts', { create: value }, BLOCK)))).toBeUndefined();
  });
});
