import { App, Aws, CfnParameter, Fn, Lazy, Stack, Token } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Construct } from 'constructs';
import * as fc from 'fast-check';
import { checkNotOwnAccount } from '../../../lib/aws/private/account';
import { checkAtSynth, checkNow } from '../../../lib/aws/private/validation';
import { ValidationError } from '../../../lib/core';
import { countBetween, integerBetween, matches } from '../../../lib/core/rules';
import { Validator } from '../../../lib/core/validator';
import { ACCOUNT_ID_RULE } from '../../../lib/rules/aws/account-id';
import { validationErrorOf } from '../../support/validation';

const lowerCase = matches(/^[a-z]+$/, 'be lower-case letters');

describe('aws-cdk-lib token guard', () => {
  test('never checks string, number or list tokens as literals', () => {
    // GIVEN
    const stack = new Stack(new App(), 'Stack');
    const param = new CfnParameter(stack, 'P');
    const port = new CfnParameter(stack, 'Port', { type: 'Number' });
    const list = new CfnParameter(stack, 'List', { type: 'CommaDelimitedList' });
    // THEN
    expect(() => checkNow(stack, v => {
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
    expect(() => checkNow(new Construct(stack, 'C'), v => v.check('name', 'ABC', lowerCase)))
      .toThrow(ValidationError);
  });

  test.each<[string, (stack: Stack) => unknown]>([
    ['app.synth()', stack => (stack.node.root as App).synth()],
    ['Template.fromStack()', stack => Template.fromStack(stack)],
  ])('synth-time checks of a stack reach %s as one ValidationError naming each construct', (_how, synthesize) => {
    // GIVEN two constructs whose synth-time check fails
    const stack = new Stack(new App(), 'Stack');
    for (const id of ['A', 'B']) checkAtSynth(new Construct(stack, id), v => v.check('name', 'ABC', lowerCase));
    // WHEN
    const error = validationErrorOf(() => synthesize(stack));
    // THEN
    expect(error.constructPath).toBe('Stack');
    expect(error.violations.map(v => v.constructPath)).toEqual(['Stack/A', 'Stack/B']);
    expect(error.message).toContain('  - [Stack/A] name: "ABC" must be lower-case letters');
  });
});

describe('account rules', () => {
  test.each([
    ['123456789012', true],
    ['12345678901', false],
    ['1234567890123', false],
    ['12345678901a', false],
  ])('ACCOUNT_ID_RULE on %j → %s', (value, expected) => {
    expect(ACCOUNT_ID_RULE.accepts(value)).toBe(expected);
  });

  test.each<[string, { account?: string } | undefined, string, string[]]>([
    ['a known stack account, given', { account: '111111111111' }, '111111111111', ['must not be the stack\'s own account ("111111111111"): an account cannot be granted access to its own resources']],
    ['a known stack account, another', { account: '111111111111' }, '222222222222', []],
    ['an env-agnostic stack, a literal', undefined, '111111111111', []],
    ['a known stack account, Aws.ACCOUNT_ID', { account: '111111111111' }, Aws.ACCOUNT_ID, ['must not be the stack\'s own account: an account cannot be granted access to its own resources']],
    ['an env-agnostic stack, its own account token', undefined, '<stack.account>', ['must not be the stack\'s own account: an account cannot be granted access to its own resources']],
    ['an env-agnostic stack, another token', undefined, '<parameter>', []],
  ])('checkNotOwnAccount: %s', (_case, env, given, expected) => {
    // GIVEN
    const stack = new Stack(new App(), 'Stack', { env: env && { ...env, region: 'eu-west-1' } });
    const account = given === '<stack.account>' ? stack.account : given === '<parameter>' ? new CfnParameter(stack, 'P').valueAsString : given;
    const v = new Validator(Token.isUnresolved);
    // WHEN
    checkNotOwnAccount(v, stack, 'account', account);
    // THEN
    expect(v.violations.map(violation => violation.message)).toEqual(expected);
  });

  test('checkNotOwnAccount fails a literal account exactly when it is the known stack account', () => {
    const stack = new Stack(new App(), 'Stack', { env: { account: '111122223333', region: 'eu-west-1' } });
    fc.assert(fc.property(fc.oneof(fc.constant('111122223333'), fc.stringMatching(/^\d{12}$/), fc.string()), account => {
      // GIVEN
      const v = new Validator(Token.isUnresolved);
      // WHEN
      checkNotOwnAccount(v, stack, 'account', account);
      // THEN
      expect(v.violations.length).toBe(account === '111122223333' ? 1 : 0);
    }));
  });
});
