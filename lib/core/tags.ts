import { Rule, rule } from './rules';

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
