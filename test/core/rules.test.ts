import * as fc from 'fast-check';
import { IPV4_NO_HOST_BITS } from '../../lib/core/network';
import { Rule, charLength, countAtLeast, countBetween, integerBetween, lengthBetween, matches, notMatching, oneOf, rule as statedRule } from '../../lib/core/rules';

describe('lengthBetween', () => {
  const rule = lengthBetween(2, 4);
  test.each([
    ['a', false],
    ['ab', true],
    ['abcd', true],
    ['abcde', false],
    ['😀😀', true],
  ])('%j → %s', (value, expected) => {
    expect(rule.accepts(value)).toBe(expected);
  });

  test('explains with the limit and the actual length', () => {
    expect(rule.explain('abcde')).toBe('must be 2–4 characters long (has 5)');
    expect(lengthBetween(3, 3).explain('a')).toBe('must be 3 characters long (has 1)');
  });

  test('counts code points, as the vendors do', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), s => {
      expect(lengthBetween(0, 10).accepts(s)).toBe(Array.from(s).length <= 10);
      expect(charLength(s)).toBe(Array.from(s).length);
    }));
  });

  test.each([
    ['a lone high surrogate', 'a\uD83D'],
    ['a lone low surrogate', '\uDE00b'],
    ['a low surrogate before a high one', '\uDE00\uD83D'],
    ['a pair after a lone high surrogate', '\uD83D\uD83D\uDE00'],
  ])('counts %s as a string iterator does', (_, s) => {
    expect(charLength(s)).toBe(Array.from(s).length);
  });

  test('counts code points in any UTF-16 text, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), s => {
      expect(charLength(s)).toBe(Array.from(s).length);
    }));
  });
});

describe('matches / notMatching / oneOf / integerBetween', () => {
  test('matches and notMatching are each other\'s complement', () => {
    const yes = matches(/^[a-z]+$/, 'be lower-case letters');
    const no = notMatching(/^[a-z]+$/, 'be lower-case letters');
    fc.assert(fc.property(fc.string(), s => {
      expect(yes.accepts(s)).toBe(!no.accepts(s));
    }));
    expect(yes.explain('A')).toBe('must be lower-case letters');
    expect(no.explain('a')).toBe('must not be lower-case letters');
  });

  test('oneOf lists the allowed values', () => {
    const rule = oneOf(['IPV4', 'DUALSTACK']);
    expect(rule.accepts('IPV4')).toBe(true);
    expect(rule.accepts('ipv4')).toBe(false);
    expect(rule.explain('x')).toBe('must be one of "IPV4", "DUALSTACK"');
  });

  test.each([
    [0, false], [1, true], [1.5, false], [10, true], [11, false],
  ])('integerBetween(1, 10) on %d → %s', (value, expected) => {
    expect(integerBetween(1, 10).accepts(value)).toBe(expected);
  });
});

describe('countBetween', () => {
  test.each([
    [0, false], [1, true], [20, true], [21, false],
  ])('1–20 with %d entries → %s', (n, expected) => {
    expect(countBetween(1, 20).accepts(new Array(n).fill('x'))).toBe(expected);
  });

  test('explains the limit and the count', () => {
    expect(countBetween(0, 2, 'tags').explain(['a', 'b', 'c'])).toBe('must have at most 2 tags (has 3)');
    expect(countBetween(1, 1).explain([])).toBe('must have exactly 1 entries (has 0)');
    expect(countBetween(1, 20, 'accounts').explain([])).toBe('must have 1–20 accounts (has 0)');
  });
});

describe('text: each rule states itself without a value, for tables that list rules', () => {
  test.each<[string, Rule<never>, string]>([
    ['rule', statedRule('must be "a"', () => true), 'must be "a"'],
    ['lengthBetween', lengthBetween(1, 30), 'must be 1–30 characters long'],
    ['lengthBetween, one length', lengthBetween(4, 4), 'must be 4 characters long'],
    ['countBetween', countBetween(1, 20, 'accounts'), 'must have 1–20 accounts'],
    ['countBetween with a reason', countBetween(0, 10, 'zones', 'API limit'), 'must have at most 10 zones (API limit)'],
    ['countAtLeast with a reason', countAtLeast(1, 'VPC', 'omit it for all'), 'must have at least 1 VPC (omit it for all)'],
    ['IPV4_NO_HOST_BITS', IPV4_NO_HOST_BITS, 'must not have host bits set (write the network address)'],
  ])('%s', (_case, r, text) => {
    expect(r.text).toBe(text);
  });
});
