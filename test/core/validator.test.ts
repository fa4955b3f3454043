import { Construct } from 'constructs';
import * as fc from 'fast-check';
import { ValidationError } from '../../lib/core';
import { countBetween, lengthBetween, matches } from '../../lib/core/rules';
import { MISFIT, listOf, number, optional, string, struct } from '../../lib/core/shapes';
import { synthChecksOf } from '../../lib/core/synth-checks';
import { MAX_MESSAGE_LENGTH, Validator, checkNowSkipping, checkPropsNowSkipping } from '../../lib/core/validator';

// A stand-in engine: strings starting with "TOKEN" are unresolved.
const isToken = (v: unknown) => typeof v === 'string' && v.startsWith('TOKEN');
const lowerCase = matches(/^[a-z]*$/, 'be lower-case letters');

describe('Validator.check', () => {
  test('reports the first rule a literal breaks, naming the property and the value', () => {
    // WHEN
    const v = new Validator(isToken).check('name', 'ABCDEFG', lengthBetween(1, 3), lowerCase);
    // THEN
    expect(v.violations).toEqual([{ property: 'name', value: '"ABCDEFG"', message: 'must be 1–3 characters long (has 7)' }]);
  });

  test.each([undefined, 'TOKEN[1]'])('leaves %j unchecked', value => {
    expect(new Validator(isToken).check('name', value, lowerCase).violations).toEqual([]);
  });
});

describe('Validator.checkList', () => {
  test('checks the size, the uniqueness and each literal entry', () => {
    // WHEN
    const v = new Validator(isToken).checkList('ids', ['a', 'B', 'a', 'TOKEN[2]'], {
      list: [countBetween(0, 3)],
      each: [lowerCase],
      unique: true,
    });
    // THEN
    expect(v.messages()).toEqual([
      'ids: ["a","B","a","TOKEN[2]"] must have at most 3 entries (has 4)',
      'ids[1]: "B" must be lower-case letters',
      'ids[2]: "a" repeats ids[0] (each must be given once)',
    ]);
  });

  test('compares entries by uniqueKey', () => {
    const v = new Validator(isToken).checkList('zones', [{ id: 'x' }, { id: 'x' }], { unique: true, uniqueKey: z => z.id });
    expect(v.messages()).toEqual(['zones[1]: {"id":"x"} repeats zones[0] (each must be given once)']);
  });

  test.each<[string, string[], string[]]>([
    ['two tokens that resolve alike', ['a', 'TOKEN[1]', 'TOKEN[1]'], ['ids[2]: "TOKEN[1]" repeats ids[1] (each must be given once)']],
    ['two different tokens', ['TOKEN[1]', 'TOKEN[2]'], []],
    ['a literal and a token with the same key', ['x', 'TOKEN[x]'], []],
  ])('with tokenKey, compares token entries too: %s', (_case, ids, expected) => {
    // GIVEN tokens compared by what they "resolve" to
    const resolve = (token: string) => `~${token}`;
    // WHEN
    const v = new Validator(isToken).checkList('ids', ids, { unique: true, tokenKey: resolve });
    // THEN
    expect(v.messages()).toEqual(expected);
  });

  test('without tokenKey, the same token twice is a repeat and two different tokens are not', () => {
    expect(new Validator(isToken).checkList('ids', ['TOKEN[1]', 'TOKEN[1]'], { unique: true }).messages())
      .toEqual(['ids[1]: "TOKEN[1]" repeats ids[0] (each must be given once)']);
    expect(new Validator(isToken).checkList('ids', ['TOKEN[1]', 'TOKEN[2]'], { unique: true }).violations).toEqual([]);
  });

  test('leaves an unresolved list unchecked', () => {
    const listToken = { isList: true };
    const v = new Validator(x => x === listToken).checkList('ids', listToken as unknown as string[], { list: [countBetween(1, 1)] });
    expect(v.violations).toEqual([]);
  });
});

describe('Validator.fail: long messages', () => {
  test.each([[MAX_MESSAGE_LENGTH, false], [MAX_MESSAGE_LENGTH + 1, true], [1_000_000, true]])(
    'a message of %d characters is cut in the middle: %s', (length, cut) => {
      // GIVEN a message whose start and end matter
      const message = `must start here ${'x'.repeat(length - 29)} and end here`;
      // WHEN
      const [violation] = new Validator(isToken).fail('p', 'v', message).violations;
      // THEN
      expect(violation.message.length <= MAX_MESSAGE_LENGTH).toBe(true);
      expect(violation.message === message).toBe(!cut);
      expect(violation.message.startsWith('must start here')).toBe(true);
      expect(violation.message.endsWith('and end here')).toBe(true);
    });

  test('cuts between code points, never inside one', () => {
    const message = '𝒜'.repeat(MAX_MESSAGE_LENGTH + 10);
    const [violation] = new Validator(isToken).fail('p', 'v', message).violations;
    expect(violation.message.replace(/𝒜|…/gu, '')).toBe('');
  });
});

describe('Validator.checkDistinct', () => {
  const at = (i: number) => `list[${i}]`;

  test.each<[string, unknown[], string[]]>([
    ['distinct literals', ['a', 'b', 'c'], []],
    ['a literal three times: each repeat names the first', ['a', 'b', 'a', 'a'], ['list[2]: "a" repeats list[0] (each must be given once)', 'list[3]: "a" repeats list[0] (each must be given once)']],
    ['undefined entries', [undefined, undefined], []],
    ['a literal and a token of the same text', ['TOKEN[a]', 'TOKEN[a]'], ['list[1]: "TOKEN[a]" repeats list[0] (each must be given once)']],
  ])('%s', (_case, entries, expected) => {
    expect(new Validator(isToken).checkDistinct(entries, at).messages()).toEqual(expected);
  });

  test('compares an object token by identity', () => {
    // GIVEN two tokens that are objects: the same one twice, and another
    const [one, other] = [{ token: 1 }, { token: 1 }];
    const v = new Validator(x => x === one || x === other);
    // WHEN
    v.checkDistinct([one, other, one], at);
    // THEN
    expect(v.violations.map(x => x.property)).toEqual(['list[2]']);
  });

  test('leaves out entries whose key is undefined, and reports only from start, with the reason given', () => {
    // GIVEN two entries already checked, then two added
    const entries = ['a', 'skip', 'skip', 'a'];
    // WHEN
    const v = new Validator(isToken).checkDistinct(entries, at, { key: e => e === 'skip' ? undefined : e, start: 2, why: 'the API says so' });
    // THEN
    expect(v.messages()).toEqual(['list[3]: "a" repeats list[0] (the API says so)']);
  });

  test('reports a repeat exactly when the list has fewer distinct literals than entries', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 2 })), list => {
      const literal = list.filter(e => !isToken(e));
      const v = new Validator(() => false).checkDistinct(literal, at);
      expect(v.violations.length).toBe(literal.length - new Set(literal).size);
    }));
  });
});

describe('Validator.checkArguments', () => {
  test('returns copies of the arguments when all fit, tokens included', () => {
    // WHEN
    const v = new Validator(isToken);
    // THEN
    expect(v.checkArguments('users', 2, ['a', 'TOKEN[1]'], string())).toEqual(['a', 'TOKEN[1]']);
    expect(v.violations).toEqual([]);
  });

  test('names each misfit by its index after the entries already there, and returns nothing', () => {
    // WHEN
    const v = new Validator(isToken);
    const checked = v.checkArguments('users', 2, ['a', 42, null], string());
    // THEN
    expect(checked).toBeUndefined();
    expect(v.violations.map(violation => violation.property)).toEqual(['users[3]', 'users[4]']);
  });
});

describe('throwing', () => {
  test('throwIfInvalid throws one ValidationError with every violation, or nothing', () => {
    const v = new Validator(isToken);
    expect(() => v.throwIfInvalid('Stack/X')).not.toThrow();
    v.fail('a', 1, 'is wrong').fail('b', 'x', 'is also wrong');
    try {
      v.throwIfInvalid('Stack/X');
      throw new Error('expected a ValidationError');
    } catch (e) {
      expect(ValidationError.isValidationError(e)).toBe(true);
      expect((e as ValidationError).violations.map(x => x.property)).toEqual(['a', 'b']);
    }
  });

  test('checkNowSkipping names the construct path; synth checks see the state at synth and throw one ValidationError', () => {
    // GIVEN
    const root = new Construct(undefined as any, 'Root');
    const child = new Construct(root, 'Child');
    // THEN
    expect(() => checkNowSkipping(child, isToken, v => v.check('name', 'X', lowerCase)))
      .toThrow(/^Root\/Child: 1 invalid property\n {2}- name: "X" must be lower-case letters$/);
    let value = 'ok';
    synthChecksOf(root, isToken).add(child, v => v.check('name', value, lowerCase));
    expect(root.node.findAll().flatMap(c => c.node.validate())).toEqual([]);
    value = 'NOT OK';
    expect(() => root.node.findAll().flatMap(c => c.node.validate()))
      .toThrow(/^Root: 1 invalid property\n {2}- \[Root\/Child\] name: "NOT OK" must be lower-case letters$/);
  });
});

describe('checkPropsNowSkipping: shape and rules in one error', () => {
  interface P { readonly name?: string; readonly sizes?: number[] }
  const SHAPE = struct<P>('P', { name: optional(string()), sizes: optional(listOf(number())) });
  const root = () => new Construct(undefined as any, 'Root');
  const rules = (v: Validator, p: P) => {
    v.check('name', p.name, lowerCase);
    v.checkList('sizes', p.sizes, { unique: true });
  };
  const violations = (props: unknown, checks = rules) => {
    try {
      checkPropsNowSkipping(root(), isToken, SHAPE, props, checks);
      return [];
    } catch (e) {
      if (!ValidationError.isValidationError(e)) throw e;
      return e.violations.map(x => `${x.property}: ${x.message}`);
    }
  };

  test('a misspelt key and a wrong entry do not hide a rule violation elsewhere', () => {
    expect(violations({ Name: 'x', name: 'NOT', sizes: [1, 'two', 1] })).toEqual([
      'Name: is not a property of P (did you mean "name"?)',
      'name: must be lower-case letters',
      'sizes[1]: must be a finite number',
      'sizes[2]: repeats sizes[0] (each must be given once)',
    ]);
  });

  test('violations come in the order the props are declared, a misspelt key first and list entries by index', () => {
    // GIVEN rules that find problems in another order than the props are declared in
    const backwards = (v: Validator, p: P) => {
      v.fail('sizes[10]', p.sizes?.[10], 'is the eleventh');
      v.fail('sizes[2]', p.sizes?.[2], 'is the third');
      v.fail('sizes', p.sizes, 'is the list');
      v.fail('sizes[2].unit', 'x', 'is beneath the third');
      v.fail('name', p.name, 'is the name');
    };
    // WHEN
    const found = violations({ sizes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], name: 'a', colour: 'red' }, backwards);
    // THEN
    expect(found).toEqual([
      'colour: is not a property of P',
      'name: is the name',
      'sizes: is the list',
      'sizes[2]: is the third',
      'sizes[2].unit: is beneath the third',
      'sizes[10]: is the eleventh',
    ]);
  });

  test('what the rules say about a value that did not fit is left out: the shape has said it', () => {
    const naive = (v: Validator, p: P) => v.fail('sizes', p.sizes, 'is judged by code that does not ask about tokens');
    expect(violations({ sizes: 'many' }, naive)).toEqual(['sizes: must be a list of finite number entries']);
    expect(violations({ sizes: [1] }, naive)).toEqual(['sizes: is judged by code that does not ask about tokens']);
  });

  test('rules that trip over a stand-in do not hide the shape error; without misfits, their errors surface', () => {
    const throwing = (_v: Validator, p: P) => {
      if (typeof p.name !== 'string') throw new TypeError('name.toLowerCase is not a function');
    };
    expect(violations({ name: 5 }, throwing)).toEqual(['name: must be a string']);
    expect(() => violations({}, throwing)).toThrow(TypeError);
  });
});

describe('Validator.exactlyOneOf', () => {
  type P = { a?: string; b?: string; c?: string };
  test.each<[P, string[]]>([
    // GIVEN two names
    [{ a: 'x' }, []],
    [{ b: 'y' }, []],
    [{}, ['a: not set must be given when b is not (give exactly one of a and b)']],
    [{ a: 'x', b: 'y' }, ['a: "x" must not be given together with b "y" (give exactly one of a and b)']],
  ])('of a and b, %j → %j', (props, messages) => {
    // WHEN / THEN
    expect(new Validator(isToken).exactlyOneOf(props, 'a', 'b').messages()).toEqual(messages);
  });

  test.each<[P, string[]]>([
    // GIVEN three names
    [{ a: 'x' }, []],
    [{ c: 'z' }, []],
    [{}, ['a: not set must be given when b and c are not (give exactly one of a, b and c)']],
    [{ b: 'y', c: 'z' }, ['b: "y" must not be given together with c "z" (give exactly one of a, b and c)']],
    [{ a: 'x', b: 'y', c: 'z' }, ['a: "x" must not be given together with b "y" and c "z" (give exactly one of a, b and c)']],
    // a token counts as given: it names the thing, whatever it resolves to
    [{ a: 'TOKEN[1]', c: 'z' }, ['a: "TOKEN[1]" must not be given together with c "z" (give exactly one of a, b and c)']],
    // a prop of the wrong type was reported by the shape: which one the user meant is not known
    [{ a: MISFIT as any, c: 'z' }, []],
    [{ a: MISFIT as any }, []],
  ])('of a, b and c, %j → %j', (props, messages) => {
    expect(new Validator(isToken).exactlyOneOf(props, 'a', 'b', 'c').messages()).toEqual(messages);
  });

  test('reports one violation whatever the number of names given', () => {
    const maybe = fc.option(fc.string(), { nil: undefined });
    fc.assert(fc.property(fc.record({ a: maybe, b: maybe, c: maybe }), props => {
      const count = Object.values(props).filter(v => v !== undefined).length;
      const messages = new Validator(isToken).exactlyOneOf(props, 'a', 'b', 'c').messages();
      expect(messages).toHaveLength(count === 1 ? 0 : 1);
    }));
  });
});
