import { App, CfnParameter, Fn, Lazy, Stack, Token } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Construct } from 'constructs';
import { ACCOUNT_ID, notTheStackAccount } from '../../../lib/aws/private/account';
import { validateAtSynth, validateProps } from '../../../lib/aws/private/validation';
import { ValidationError } from '../../../lib/core';
import { countBetween, integerBetween, matches } from '../../../lib/core/rules';
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

  test.each<[string, (stack: Stack) => unknown]>([
    ['app.synth()', stack => (stack.node.root as App).synth()],
    ['Template.fromStack()', stack => Template.fromStack(stack)],
  ])('synth-time checks of a stack reach %s as one ValidationError naming each construct', (_how, synthesize) => {
    // GIVEN two constructs whose synth-time check fails
    const stack = new Stack(new App(), 'Stack');
    for (const id of ['A', 'B']) validateAtSynth(new Construct(stack, id), v => v.check('name', 'ABC', lowerCase));
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
