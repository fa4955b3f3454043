import { lengthBetween } from '../../lib/core/rules';
import { NO_SURROUNDING_SPACE, TagPolicy, notStartingWith } from '../../lib/core/tags';
import { Validator } from '../../lib/core/validator';

const policy: TagPolicy = {
  maxTags: 2,
  key: [lengthBetween(1, 5), notStartingWith('_sys_', 'acs:'), NO_SURROUNDING_SPACE],
  value: [lengthBetween(0, 3)],
};
const isToken = (v: unknown) => typeof v === 'string' && v.startsWith('TOKEN');

function check(tags: Record<string, string> | undefined): string[] {
  const v = new Validator(isToken);
  v.checkTags('tags', tags, policy);
  return v.messages();
}

describe('Validator.checkTags', () => {
  test('accepts tags within the policy', () => {
    expect(check({ a: '', bcdef: 'xyz' })).toEqual([]);
    expect(check(undefined)).toEqual([]);
  });

  test('reports the count, bad keys and bad values, each by its own property', () => {
    expect(check({ 'abcdef': 'x', '_sys_': 'y', ' k': 'long value' })).toEqual([
      'tags: ["abcdef","_sys_"," k"] must have at most 2 tags (has 3)',
      'tags key: "abcdef" must be 1–5 characters long (has 6)',
      'tags key: "_sys_" must not start with "_sys_" or "acs:" (reserved by the cloud)',
      'tags key: " k" must not start or end with a space',
      'tags. k: "long value" must be 0–3 characters long (has 10)',
    ]);
  });

  test('leaves token keys and token values unchecked', () => {
    expect(check({ TOKEN_KEY: 'x', k: 'TOKEN[1] and more' })).toEqual([]);
  });

  test.each([
    ['k', true], [' k', false], ['k ', false], ['k k', true], ['', true],
  ])('NO_SURROUNDING_SPACE on %j → %s', (value, expected) => {
    expect(NO_SURROUNDING_SPACE.accepts(value)).toBe(expected);
  });
});
