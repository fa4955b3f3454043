import { Rule, countBetween, rule } from './rules';
import { Validator } from './validator';

/**
 * A cloud's rules for resource tags. Each construct family keeps its policy next to it, citing its source.
 */
export interface TagPolicy {
  /** The most tags one resource may carry. */
  readonly maxTags: number;
  /** Rules every key must meet, in order. */
  readonly key: Rule<string>[];
  /** Rules every value must meet, in order. */
  readonly value: Rule<string>[];
}

export const NO_SURROUNDING_SPACE: Rule<string> = rule(
  'must not start or end with a space',
  v => v === v.trim(),
);

export function notStartingWith(...prefixes: string[]): Rule<string> {
  const list = prefixes.map(p => JSON.stringify(p)).join(' or ');
  return rule(`must not start with ${list} (reserved by the cloud)`, v => !prefixes.some(p => v.startsWith(p)));
}


/**
 * Checks a tag map against a policy: the count, then every literal key and value.
 * Keys are reported as `property.<key>` so a user can find the offending tag.
 */
export function checkTags(validator: Validator, property: string, tags: Record<string, string> | undefined, policy: TagPolicy): void {
  if (!validator.isLiteral(tags)) return;
  const keys = Object.keys(tags);
  validator.check(property, keys, countBetween<string>(0, policy.maxTags, 'tags'));
  for (const key of keys) {
    if (validator.isUnresolved(key)) continue;
    validator.check(`${property} key`, key, ...policy.key);
    validator.check(`${property}.${key}`, tags[key], ...policy.value);
  }
}
