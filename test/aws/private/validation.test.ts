import { App, CfnParameter, Fn, Lazy, Stack, Token } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { ACCOUNT_ID, notTheStackAccount } from '../../../lib/aws/private/account';
import { validateAtSynth, validateProps } from '../../../lib/aws/private/validation';
import { ValidationError } from '../../../lib/core';
import { countBetween, integerBetween, matches } from '../../../lib/core/rules';

const lowerCase = matches(/^[a-z]+$/, 'be lower-case letters');

describe('aws-cdk-lib token guard', () => {
  test('never checks string, number or list tokens as literals', () => {
    // GIVEN
    const stack = new Stack(new App(), 'Stack');
    const param = new CfnParameter(stack, 'P');
    const port = new CfnParameter(stack, 'Port', { type: 'Number' });
    const list = new CfnParameter(stack, 'List', { type: 'CommaDelimitedList' });
    // THEN
    expect(() => validateProps(stack, v => {
      v.check('ref', param.valueAsString, lowerCase);
      v.check('import', Fn.importValue('x'), lowerCase);
      v.check('lazy', Lazy.string({ produce: () => 'ABC' }), lowerCase);
      v.check('num', port.valueAsNumber, integerBetween(1, 1));
      v.checkList('list', list.valueAsList, { list: [countBetween(5, 5)], each: [lowerCase] });
      v.checkList('mixed', ['ok', Token.asString(param.value)], { each: [lowerCase] });
    })).not.toThrow();
  });

  test('checks literals, naming the construct path', () => {
    const stack = new Stack(new App(), 'Stack');
    expect(() => validateProps(new Construct(stack, 'C'), v => v.check('name', 'ABC', lowerCase)))
      .toThrow(ValidationError);
  });

  test('synth-time checks fail app.synth()', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    validateAtSynth(stack, v => v.check('name', 'ABC', lowerCase));
    expect(() => app.synth()).toThrow(/name: "ABC" must be lower-case letters/);
  });
});

describe('account rules', () => {
  test.each([
    ['123456789012', true],
    ['12345678901', false],
    ['1234567890123', false],
    ['12345678901a', false],
  ])('ACCOUNT_ID on %j → %s', (value, expected) => {
    expect(ACCOUNT_ID.accepts(value)).toBe(expected);
  });

  test('notTheStackAccount rejects the stack account only when it is known', () => {
    const known = new Stack(new App(), 'Known', { env: { account: '111111111111', region: 'eu-west-1' } });
    const agnostic = new Stack(new App(), 'Agnostic');
    expect(notTheStackAccount(known).accepts('111111111111')).toBe(false);
    expect(notTheStackAccount(known).accepts('222222222222')).toBe(true);
    expect(notTheStackAccount(known).explain('111111111111')).toMatch(/stack's own account \(111111111111\)/);
    expect(notTheStackAccount(agnostic).accepts('111111111111')).toBe(true);
  });
});
