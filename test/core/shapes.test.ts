import {
  MISFIT, boolean, closestName, integer, listOf, mapOf, number, object, optional, string, struct, union,
} from '../../lib/core/shapes';
import { Validator } from '../../lib/core/validator';

// A stand-in engine: strings starting with "TOKEN" are unresolved.
const isToken = (v: unknown) => typeof v === 'string' && v.startsWith('TOKEN');

interface Entry { readonly name: string; readonly weight?: number }
interface Props {
  readonly id: string;
  readonly size?: number;
  readonly count?: number;
  readonly enabled?: boolean;
  readonly names?: string[];
  readonly labels?: { [key: string]: string };
  readonly entries?: Entry[];
  readonly owner?: object;
  readonly amount?: number | object;
}

const ENTRY = struct<Entry>('Entry', { name: string(), weight: optional(number()) });
const PROPS = struct<Props>('Props', {
  id: string(),
  size: optional(number()),
  count: optional(integer()),
  enabled: optional(boolean()),
  names: optional(listOf(string())),
  labels: optional(mapOf(string(), 'strings')),
  entries: optional(listOf(ENTRY)),
  owner: optional(object('a construct')),
  amount: optional(union('a number or a Count', number(), object('a Count'))),
});

function check(props: unknown): { messages: string[]; copy: Props | undefined } {
  const v = new Validator(isToken);
  const copy = v.checkProps<Props>(props, PROPS);
  return { messages: v.messages(), copy };
}

describe('Validator.checkProps', () => {
  test('accepts well-shaped props and tokens anywhere', () => {
    expect(check({
      id: 'a',
      size: 1.5,
      count: 2,
      enabled: false,
      names: ['x', 'TOKEN1'],
      labels: { k: 'v' },
      entries: [{ name: 'n', weight: 1 }],
      owner: {},
      amount: 3,
    }).messages).toEqual([]);
    expect(check({ id: 'TOKEN2', names: 'TOKEN3' as any, labels: 'TOKEN4' as any }).messages).toEqual([]);
  });

  test.each<[string, unknown, string]>([
    ['props missing', undefined, 'props: not set must be a Props object'],
    ['props null', null, 'props: null must be a Props object'],
    ['props a list', [], 'props: [] must be a Props object'],
    ['a required prop missing', {}, 'id: not set is required (a string)'],
    ['a number for a string', { id: 42 }, 'id: 42 must be a string'],
    ['null for an optional prop', { id: 'a', size: null }, 'size: null must be a finite number, or left out (not null)'],
    ['NaN', { id: 'a', size: NaN }, 'size: NaN must be a finite number'],
    ['Infinity', { id: 'a', size: Infinity }, 'size: Infinity must be a finite number'],
    ['a BigInt', { id: 'a', count: BigInt(2) }, 'count: 2n must be a whole number'],
    ['a fraction for an integer', { id: 'a', count: 1.5 }, 'count: 1.5 must be a whole number'],
    ['a string for a boolean', { id: 'a', enabled: 'false' }, 'enabled: "false" must be true or false'],
    ['a string for a list', { id: 'a', names: 'x' }, 'names: "x" must be a list of string entries'],
    ['a null list entry', { id: 'a', names: ['x', null] }, 'names[1]: null must be a string, not null'],
    ['an undefined list entry', { id: 'a', names: [undefined] }, 'names[0]: not set is required (a string)'],
    ['a hole in a list', { id: 'a', names: [, 'x'] }, 'names[0]: not set is required (a string)'], // eslint-disable-line no-sparse-arrays
    ['a number as map value', { id: 'a', labels: { k: 1 } }, 'labels.k: 1 must be a string'],
    ['the __proto__ key', { id: 'a', labels: JSON.parse('{"__proto__":"v"}') }, 'labels key: "__proto__" cannot be used'],
    ['a list for a map', { id: 'a', labels: ['v'] }, 'labels: ["v"] must be a map of strings'],
    ['a struct entry with an unknown key', { id: 'a', entries: [{ name: 'n', wieght: 1 }] }, 'entries[0].wieght: 1 is not a property of Entry (did you mean "weight"?)'],
    ['a struct entry missing a field', { id: 'a', entries: [{}] }, 'entries[0].name: not set is required (a string)'],
    ['a string for an object', { id: 'a', owner: 'me' }, 'owner: "me" must be a construct'],
    ['neither alternative of a union', { id: 'a', amount: 'x' }, 'amount: "x" must be a number or a Count'],
    ['an unknown prop', { id: 'a', sise: 1 }, 'sise: 1 is not a property of Props (did you mean "size"?)'],
    ['an unknown prop in another case', { id: 'a', ID: 'b' }, 'ID: "b" is not a property of Props (did you mean "id"?)'],
    ['an unknown prop with nothing close', { id: 'a', zzzzzz: 1 }, 'zzzzzz: 1 is not a property of Props'],
  ])('%s', (_case, props, expected) => {
    const { messages } = check(props);
    expect(messages).toHaveLength(1);
    expect(messages[0].startsWith(expected)).toBe(true);
    if (!expected.includes('did you mean')) expect(messages[0]).not.toContain('did you mean');
  });

  test('the copy holds new lists, maps and structs, so changing the originals later changes nothing', () => {
    // GIVEN
    const props = { id: 'a', names: ['x'], labels: { k: 'v' }, entries: [{ name: 'n' }] };
    const { copy } = check(props);
    // WHEN
    props.names.push('not-checked');
    props.labels.k = 'changed';
    props.entries[0].name = 'changed';
    // THEN
    expect(copy).toEqual({ id: 'a', names: ['x'], labels: { k: 'v' }, entries: [{ name: 'n' }] });
  });

  test('a value that does not fit is reported and stands in the copy as MISFIT, which the validator skips though it is no token', () => {
    // GIVEN
    const v = new Validator(isToken);
    // WHEN
    const copy = v.checkProps<Props>({ id: 'a', names: [1], Names: 'x' } as any, PROPS);
    // THEN the misspelt key stays out, the wrong entry is a stand-in, and rules would pass over it
    expect(v.messages()).toEqual(['Names: "x" is not a property of Props (did you mean "names"?)', 'names[0]: 1 must be a string']);
    expect(copy).toEqual({ id: 'a', names: [MISFIT] });
    expect(v.skips(copy!.names![0])).toBe(true);
    expect(v.isUnknown(copy!.names![0])).toBe(false);
    expect([v.isUnknown('TOKEN'), v.skips('TOKEN')]).toEqual([true, true]);
  });

  test.each<[string, unknown, string]>([
    ['a holder with stringValue where a string belongs', { id: new (class TerraformVariable { get stringValue() { return 'x'; } })() },
      'id: {} must be a string: a TerraformVariable is not one, give its .stringValue'],
    ['a holder with valueAsNumber where a number belongs', { id: 'a', size: new (class CfnParameter { valueAsNumber = 1; })() },
      'size: {"valueAsNumber":1} must be a finite number: a CfnParameter is not one, give its .valueAsNumber'],
    ['a plain object with listValue where a list belongs', { id: 'a', names: { listValue: [] } },
      'names: {"listValue":[]} must be a list of string entries: this object is not one, give its .listValue'],
    ['an object without such a member', { id: { value: 'x' } }, 'id: {"value":"x"} must be a string'],
  ])('%s: the message says which member gives the token', (_case, props, message) => {
    const v = new Validator(isToken);
    v.checkProps<Props>(props, PROPS);
    expect(v.messages()).toEqual([message]);
  });

  test('a list shape with literalBecause refuses a token for the whole list, with the reason, but not token entries', () => {
    // GIVEN
    const shape = listOf(string(), 'names', { literalBecause: 'each name becomes a resource' });
    const v = new Validator(isToken);
    // WHEN
    v.checkArgument('names', 'TOKEN[list]', shape);
    const entries = v.checkArgument('more', ['TOKEN[1]', 'x'], shape);
    // THEN
    expect(v.messages()).toEqual(['names: "TOKEN[list]" must be a list of names, not a token for one (its entries may be tokens): each name becomes a resource']);
    expect(entries).toEqual(['TOKEN[1]', 'x']);
  });

  test('props that are not an object at all give no copy', () => {
    const v = new Validator(isToken);
    expect(v.checkProps<Props>(null, PROPS)).toBeUndefined();
    expect(v.checkProps<Props>(['a'], PROPS)).toBeUndefined();
    expect(v.violations.map(x => x.property)).toEqual(['props', 'props']);
  });

  test('tokens are kept as they are, and the engine is asked only about values of the wrong type', () => {
    // GIVEN
    const asked: unknown[] = [];
    const v = new Validator(value => {
      asked.push(value);
      return isToken(value) || (typeof value === 'object' && value !== null && 'resolve' in value);
    });
    const token = { resolve: () => 1 };
    // WHEN
    const copy = v.checkProps<Props>({ id: 'TOKEN1', size: 2, enabled: token as any, names: ['x'], entries: token as any }, PROPS);
    // THEN
    expect(v.messages()).toEqual([]);
    expect(copy!.enabled).toBe(token);
    expect(copy!.entries).toBe(token);
    expect(asked).toEqual([token, ['x'], token]);
  });

  test('checkArgument checks and copies one argument', () => {
    const v = new Validator(isToken);
    expect(v.checkArgument('entries[3]', { name: 'n' }, ENTRY)).toEqual({ name: 'n' });
    expect(v.checkArgument('entries[4]', null, ENTRY)).toBeUndefined();
    expect(v.messages()).toEqual(['entries[4]: null must be an Entry object, not null']);
  });
});

describe('closestName', () => {
  test.each<[string, string | undefined]>([
    ['portIP', 'portIp'],
    ['endpointname', 'endpointName'],
    ['zone', 'zones'],
    ['whitlist', 'whitelist'],
    ['colour', undefined],
  ])('%s → %s', (name, expected) => {
    expect(closestName(name, ['portIp', 'endpointName', 'zones', 'whitelist'])).toBe(expected);
  });
});
