/**
 * Rule primitives. A rule is data: a sentence that states the constraint (used verbatim in error messages)
 * and a predicate that accepts the values meeting it.
 */
export interface Rule<T> {
  /** The rule in general terms, e.g. "must be 1–30 characters long" (for tables that list rules, not values). */
  readonly text: string;
  /** Whether `value` meets the rule. */
  readonly accepts: (value: T) => boolean;
  /** Completes "<property>: <value> ..." for a value the rule rejects, e.g. "must be 1–30 characters long (has 31)". */
  readonly explain: (value: T) => string;
}

export function rule<T>(requirement: string, accepts: (value: T) => boolean): Rule<T> {
  return { text: requirement, accepts, explain: () => requirement };
}

/** Characters counted as the vendors count them: by code point, not UTF-16 unit. */
export function charLength(value: string): number {
  // Counted without spreading the string into an array: every name and description of every construct is measured.
  let length = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    if (isHighSurrogate(value.charCodeAt(i)) && isLowSurrogate(value.charCodeAt(i + 1))) {
      length--;
      i++;
    }
  }
  return length;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

export function lengthBetween(min: number, max: number): Rule<string> {
  const text = min === max ? `${min}` : `${min}–${max}`;
  return {
    text: `must be ${text} characters long`,
    accepts: v => {
      const length = charLength(v);
      return length >= min && length <= max;
    },
    explain: v => `must be ${text} characters long (has ${charLength(v)})`,
  };
}

/** An id, name or other text that must not be the empty string (an omitted prop is not checked). */
export const NOT_EMPTY: Rule<string> = rule('must not be empty', v => v.length > 0);

export function matches(pattern: RegExp, description: string): Rule<string> {
  return rule(`must ${description}`, v => pattern.test(v));
}

export function notMatching(pattern: RegExp, description: string): Rule<string> {
  return rule(`must not ${description}`, v => !pattern.test(v));
}

export function oneOf(values: readonly string[]): Rule<string> {
  return rule(`must be one of ${values.map(v => JSON.stringify(v)).join(', ')}`, v => values.includes(v));
}

export function integerBetween(min: number, max: number): Rule<number> {
  return rule(`must be an integer from ${min} to ${max}`, v => Number.isInteger(v) && v >= min && v <= max);
}

/** A list size from `min` to `max`; `why`, when given, follows the count in the message. */
export function countBetween<T>(min: number, max: number, noun = 'entries', why?: string): Rule<readonly T[]> {
  const text = min === 0 ? `at most ${max}` : min === max ? `exactly ${min}` : `${min}–${max}`;
  return {
    text: `must have ${text} ${noun}${why === undefined ? '' : ` (${why})`}`,
    accepts: v => v.length >= min && v.length <= max,
    explain: v => `must have ${text} ${noun} (has ${v.length}${why === undefined ? '' : `; ${why}`})`,
  };
}

/** A list size of at least `min`; `why`, when given, follows the count in the message. */
export function countAtLeast<T>(min: number, noun = 'entries', why?: string): Rule<readonly T[]> {
  return {
    text: `must have at least ${min} ${noun}${why === undefined ? '' : ` (${why})`}`,
    accepts: v => v.length >= min,
    explain: v => `must have at least ${min} ${noun} (has ${v.length}${why === undefined ? '' : `; ${why}`})`,
  };
}

/** A JSON object document, such as a policy; `example` shows the reader what one looks like. */
export function jsonObject(example: string): Rule<string> {
  return rule(`must be a JSON object document, e.g. ${example}`, v => {
    try {
      const parsed = JSON.parse(v);
      return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed);
    } catch {
      return false;
    }
  });
}

/** Whether `value` meets every rule, for code that needs a yes or no rather than a message (e.g. parsers). */
export function meetsAll<T>(value: T, rules: readonly Rule<T>[]): boolean {
  return rules.every(r => r.accepts(value));
}

/**
 * A rule that ties several values of one resource together (one value is required when another has some value, two
 * values exclude each other). It is stated once over named values (`V`), whatever a surface calls them: each surface
 * (a construct's props, a raw resource's Terraform arguments) passes its values under these names, and its own names
 * for the message.
 */
export interface CrossRule<V extends object> {
  /** The rule in general terms (for tables), naming the values as `name` tells. */
  readonly text: (name: (value: keyof V & string) => string) => string;
  /** The value a violation is reported on. */
  readonly reportOn: keyof V & string;
  /** Values the rule asks only whether they are given, never what they are: a token there still counts as given. */
  readonly presenceOnly?: readonly (keyof V & string)[];
  /** Whether `values` meet the rule; an absent (`undefined`) value is one not given. Only ever called with literals. */
  readonly accepts: (values: Partial<V>) => boolean;
  /** Completes "<reported value> ..." for values the rule rejects, naming the values as `name` tells. */
  readonly explain: (values: Partial<V>, name: (value: keyof V & string) => string) => string;
}

/** A value as a cross-argument rule's message shows it: quoted, or `not set`. */
export function shown(value: unknown): string {
  return value === undefined ? 'not set' : JSON.stringify(value);
}

/** The rules for the entries of a list and for the list as a whole. */
export interface ListRules<T> {
  /** Rules on the list as a whole, e.g. `countBetween(1, 20)`. */
  readonly list?: Rule<readonly T[]>[];
  /** Rules on each literal entry. */
  readonly each?: Rule<T>[];
  /** Whether literal entries must be distinct. */
  readonly unique?: boolean;
  /** How entries are compared for `unique`. */
  readonly uniqueKey?: (value: T) => string;
  /**
   * How token entries are compared for `unique`, e.g. by what they resolve to, so that two entries that resolve alike
   * count as one.
   *
   * @default - tokens are never compared
   */
  readonly tokenKey?: (token: T) => string;
}
