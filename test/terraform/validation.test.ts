import { App, TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { countBetween, integerBetween, matches } from '../../lib/core/rules';
import { validateNow } from '../../lib/terraform/validation';

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
    expect(() => validateNow(stack, v => {
      v.check('str', str.stringValue, lowerCase);
      v.check('embedded', `prefix-${str.stringValue}`, lowerCase);
      v.check('num', num.numberValue, integerBetween(1, 1));
      v.checkList('list', list.listValue, { list: [countBetween(5, 5)], each: [lowerCase] });
      v.checkList('mixed', ['ok', str.stringValue], { each: [lowerCase], unique: true });
      v.check('map', Token.asStringMap(map.value), { accepts: () => false, explain: () => 'never' });
    })).not.toThrow();
  });

  test('checks literals and names the construct path', () => {
    expect(() => validateNow(stack, v => v.check('name', 'ABC', lowerCase)))
      .toThrow(/^Stack: 1 invalid property\n {2}- name: "ABC" must be lower-case letters$/);
  });
});

test('a Testing app is a real App', () => {
  expect(Testing.app()).toBeInstanceOf(App);
});
