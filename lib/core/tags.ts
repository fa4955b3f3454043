import { Rule, countBetween, rule } from './rules';

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

const TAG_COUNTS = new WeakMap<TagPolicy, Map<string, Rule<readonly string[]>>>();

/** The rule on the number of tags of a policy, counted as `what` says, made once (every construct of an app asks). */
function countOf(policy: TagPolicy, what: string): Rule<readonly string[]> {
  const made = TAG_COUNTS.get(policy) ?? new Map<string, Rule<readonly string[]>>();
  TAG_COUNTS.set(policy, made);
  let count = made.get(what);
  if (!count) {
    count = countBetween<string>(0, policy.maxTags, what);
    made.set(what, count);
  }
  return count;
}

/** The rule on the number of tags of a policy. */
export function tagCount(policy: TagPolicy): Rule<readonly string[]> {
  return countOf(policy, 'tags');
}

/**
 * The most tags a resource may carry once its provider merges its `default_tags` in: the keys of both, the resource's
 * own value winning for a key both have (`mergedTagKeys`).
 */
export function mergedTagCount(policy: TagPolicy): Rule<readonly string[]> {
  return countOf(policy, "tags once the provider's default_tags are merged in");
}

/** The tag keys a resource ends up with when its provider merges `defaultTags` into its own `tags`. */
export function mergedTagKeys(tags: Readonly<Record<string, unknown>> | undefined, defaultTags: Readonly<Record<string, unknown>>): string[] {
  return Object.keys({ ...defaultTags, ...tags });
}
