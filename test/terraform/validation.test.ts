import { App, Fn, TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import * as fc from 'fast-check';
import { countBetween, integerBetween, matches } from '../../lib/core/rules';
import { isUnresolved, checkNow } from '../../lib/terraform/validation';

const lowerCase = matches(/^[a-z]+$/, 'be lower-case letters');

describe('cdktf token guard', () => {
  let stack: TerraformStack;
  beforeEach(() => {
    stack = new TerraformStack(Testing.app(), 'Stack');
  });

  test('never checks string, number, list or map tokens as literals', () => {
    // GIVEN
    const str = new TerraformVariable(stack, 'str', { type: 'string' });
    const num = new TerraformVariable(stack, 'num', { type: 'number' });
    const list = new TerraformVariable(stack, 'list', { type: 'list(string)' });
    const map = new TerraformVariable(stack, 'map', { type: 'map(string)' });
    // THEN
    expect(() => checkNow(stack, v => {
      v.check('str', str.stringValue, lowerCase);
      v.check('embedded', `prefix-${str.stringValue}`, lowerCase);
      v.check('num', num.numberValue, integerBetween(1, 1));
      v.checkList('list', list.listValue, { list: [countBetween(5, 5)], each: [lowerCase] });
      v.checkList('mixed', ['ok', str.stringValue], { each: [lowerCase], unique: true });
      v.check('map', Token.asStringMap(map.value), { text: 'never', accepts: () => false, explain: () => 'never' });
    })).not.toThrow();
  });

  test('checks literals and names the construct path', () => {
    expect(() => checkNow(stack, v => v.check('name', 'ABC', lowerCase)))
      .toThrow(/^Stack: 1 invalid property\n {2}- name: "ABC" must be lower-case letters$/);
  });
});

test('the quick answer for strings is cdktf\'s answer', () => {
  // GIVEN strings with and without tokens, and text that only looks like one
  const stack = new TerraformStack(Testing.app(), 'Stack');
  const variable = new TerraformVariable(stack, 'v', { type: 'string' });
  const tokens = [variable.stringValue, Token.asList(variable.value)[0], Fn.lower(variable.stringValue), Token.asString(1)];
  const lookalikes = fc.constantFrom('${TfToken[', '{TfToken[TOKEN.1]}', '${TfToken[TOKEN.x]}', '${Token[TOKEN.1]}', ...tokens);
  const strings = fc.oneof(fc.string(), fc.tuple(fc.string(), lookalikes, fc.string()).map(parts => parts.join('')));
  // THEN
  // (a list token's entry is not a string token, to cdktf either)
  expect(tokens.map(t => isUnresolved(t))).toEqual([true, false, true, true]);
  fc.assert(fc.property(strings, s => isUnresolved(s) === Token.isUnresolved(s)), { numRuns: 2000 });
});

test('a Testing app is a real App', () => {
  expect(Testing.app()).toBeInstanceOf(App);
});
