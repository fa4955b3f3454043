import { Construct } from 'constructs';
import * as fc from 'fast-check';
import { MAX_VALUE_LENGTH, renderValue } from '../../lib/core/render';
import { ValidationError } from '../../lib/core/validation-error';

// A stand-in engine: the number -1e300 and objects marked `resolvable` are tokens.
const isToken = (v: unknown) => v === -1e300 || (typeof v === 'object' && v !== null && 'resolvable' in v);

describe('renderValue', () => {
  test.each<[unknown, string]>([
    ['abc', '"abc"'],
    [42, '42'],
    [undefined, 'not set'],
    [null, 'null'],
    [['a'], '["a"]'],
    [[undefined, 'a'], '["not set","a"]'],
    [NaN, 'NaN'],
    [-Infinity, '-Infinity'],
    [[Infinity], '["Infinity"]'],
    [BigInt(10), '10n'],
    [{ a: BigInt(1) }, '{"a":"1n"}'],
    [() => 1, '<function>'],
    [-1e300, '<token>'],
    [{ resolvable: true }, '<token>'],
    [[{ resolvable: true }], '["<token>"]'],
    ['arn:${Token[AWS.Partition.7]}:x', '"arn:<token>:x"'],
    ['${TfToken[TOKEN.43]}', '<token>'],
    [['#{TfToken[TOKEN.44]}'], '["<token>"]'],
  ])('%p → %s', (value, expected) => {
    expect(renderValue(value, isToken)).toBe(expected);
  });

  test('renders a construct by its path, also inside a list, and a circular object without throwing', () => {
    const child = new Construct(new Construct(undefined as any, 'Root'), 'Child');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(renderValue(child)).toBe('<Root/Child>');
    expect(renderValue([child])).toBe('["<Root/Child>"]');
    expect(renderValue(circular)).toBe('<object>');
  });

  test.each([
    ['a 1 MB string', 'x'.repeat(1_000_000)],
    ['a long list', Array.from({ length: 10_000 }, (_, i) => `entry-${i}`)],
  ])('cuts %s to 120 characters', (_case, value) => {
    const rendered = renderValue(value);
    expect([...rendered]).toHaveLength(MAX_VALUE_LENGTH);
    expect(rendered.endsWith('…')).toBe(true);
  });

  test('never splits a character made of two UTF-16 units (property)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', '😀', 'é', '𝄞'), maxLength: 400 }), text => {
      const rendered = renderValue(text);
      expect(rendered).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect([...rendered].length).toBeLessThanOrEqual(MAX_VALUE_LENGTH);
      if ([...JSON.stringify(text)].length <= MAX_VALUE_LENGTH) expect(rendered).toBe(JSON.stringify(text));
    }));
  });
});

describe('ValidationError message', () => {
  test('lists at most 20 violations, then how many more the error holds', () => {
    // GIVEN 25 violations
    const violations = Array.from({ length: 25 }, (_, i) => ({ property: `p${i}`, value: '1', message: 'is wrong' }));
    // WHEN
    const error = new ValidationError('Stack/X', violations);
    // THEN
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(1 + 20 + 1);
    expect(lines[20]).toBe('  - p19: 1 is wrong');
    expect(lines[21]).toBe("  - and 5 more (see the error's violations)");
    expect(error.violations).toHaveLength(25);
  });

  test('names the construct of a violation when the error covers several', () => {
    const error = new ValidationError('Stack', [
      { constructPath: 'Stack/A', property: 'tags', value: '{}', message: 'is wrong' },
      { constructPath: 'Stack', property: 'provider', value: 'not set', message: 'is missing' },
    ]);
    expect(error.message).toBe('Stack: 2 invalid properties\n  - [Stack/A] tags: {} is wrong\n  - provider: not set is missing');
  });
});
