import { IConstruct } from 'constructs';
import { renderValue } from './render';
import { CrossRule, ListRules, Rule } from './rules';
import { MISFIT, Shape, ShapeContext, copyFieldsIfFit, copyIfFits } from './shapes';
import { TagPolicy, tagCount } from './tags';
import { ValidationError, Violation } from './validation-error';

/**
 * Tells whether a value is an engine token (aws-cdk-lib or cdktf) that has no literal value yet.
 * Each engine supplies its own; the core never imports one.
 */
export type UnresolvedPredicate = (value: unknown) => boolean;

/**
 * The shape every rule table of `lib/rules/` has: rules per property, list rules, or a tag policy. Tables declare
 * it with `satisfies`, so each entry keeps its own precise type.
 */
export type RuleTable = Readonly<Record<string, readonly Rule<never>[] | Rule<never> | ListRules<never> | TagPolicy | CrossRule<never>>>;

/** Where `Validator.checkTags` reports a tag's key and its value. */
export interface TagNames {
  readonly key: (key: string) => string;
  readonly value: (key: string) => string;
}

/** How `Validator.checkDistinct` compares entries. */
export interface DistinctOptions<T> {
  /** How literal entries are compared; `undefined` leaves an entry out. @default String */
  readonly key?: (value: T) => string | undefined;
  /** How token entries are compared. @default - the same token is a repeat, different tokens are not */
  readonly tokenKey?: (token: T) => unknown;
  /** The index of the first entry to report; entries before it are only compared with. @default 0 */
  readonly start?: number;
  /** Why entries must be distinct, for the message. @default 'each must be given once' */
  readonly why?: string;
}

/** A token's identity: a string or number token by its text (one token always encodes alike), any other by itself. */
function sameToken(token: unknown): unknown {
  return typeof token === 'object' && token !== null ? token : `token:${String(token)}`;
}

const NO_VIOLATIONS: readonly Violation[] = Object.freeze([]);

/** The most characters of a rule's message (besides the value, which `render` cuts to 120). */
export const MAX_MESSAGE_LENGTH = 600;

/** A message cut to `MAX_MESSAGE_LENGTH` in the middle (between code points), so both its start and its end remain. */
function cutMiddle(message: string): string {
  if (message.length <= MAX_MESSAGE_LENGTH) return message;
  const points = [...message];
  if (points.length <= MAX_MESSAGE_LENGTH) return message;
  const keep = (MAX_MESSAGE_LENGTH - 1) / 2;
  return `${points.slice(0, Math.ceil(keep)).join('')}…${points.slice(points.length - Math.floor(keep)).join('')}`;
}

/** `a`, `a and b`, `a, b and c`. */
function joinWords(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Whether a violation's property `named` is `property` or lies beneath it (`p[0]`, `p.key`, `p key`). */
export function isBeneath(named: string, property: string): boolean {
  return named === property || (named.startsWith(property) && '[. '.includes(named[property.length]));
}

/**
 * Collects every violation of a construct's props, then throws them together.
 * Values that are `undefined` or unresolved tokens are never checked as literals.
 */
export class Validator implements ShapeContext {
  /** Whether a value is not known until deploy: an engine token, or an expression of a raw resource's input. */
  public readonly isUnknown: UnresolvedPredicate;
  /**
   * Whether the rules pass over a value: it is unknown (`isUnknown`), or it stands for a value that did not fit its
   * shape (`MISFIT`), which the shape has reported already.
   */
  public readonly skips: UnresolvedPredicate;
  private readonly found: Violation[] = [];
  /** The shape of the props, once `checkProps` has seen it: its fields give the order violations are listed in. */
  private propsShape?: Shape;

  constructor(isUnknown: UnresolvedPredicate) {
    this.isUnknown = isUnknown;
    this.skips = value => value === MISFIT || isUnknown(value);
  }

  /**
   * Checks `props` against the shape of its props interface (types, `null`, list entries, unknown keys) and returns a
   * copy in which every list, map and struct is new, so that later changes to the caller's objects cannot bypass the
   * checks. A value that does not fit is reported and replaced by `MISFIT`, which the rules pass over like a token,
   * so they can still check the rest; `undefined` when `props` is not an object at all.
   */
  public checkProps<P extends object>(props: unknown, shape: Shape): P | undefined {
    this.propsShape = shape;
    const copy = copyFieldsIfFit(shape, props, '', this);
    return copy === MISFIT ? undefined : copy as P;
  }

  /** Checks one argument of an `add*` method like a prop, returning its copy (undefined when anything does not fit). */
  public checkArgument<T>(property: string, value: unknown, shape: Shape): T | undefined {
    const before = this.found.length;
    const copy = copyIfFits(shape, value, property, this);
    return this.found.length === before ? copy as T : undefined;
  }

  /**
   * Checks the arguments of an `add*` method like the entries `property[start]`, `property[start + 1]`, ... of a list
   * prop; returns their copies when all of them fit.
   */
  public checkArguments<T>(property: string, start: number, values: readonly unknown[], shape: Shape): T[] | undefined {
    const checked = values.map((value, i) => this.checkArgument<T>(`${property}[${start + i}]`, value, shape));
    return checked.every(entry => entry !== undefined) ? checked as T[] : undefined;
  }

  /** Whether `value` is a literal that can be checked now. */
  public isLiteral<T>(value: T | undefined): value is T {
    return value !== undefined && !this.skips(value);
  }

  /** Checks a literal value against rules, reporting the first rule it breaks. */
  public check<T>(property: string, value: T | undefined, ...rules: Rule<T>[]): this {
    if (!this.isLiteral(value)) return this;
    for (const r of rules) {
      if (!r.accepts(value)) return this.fail(property, value, r.explain(value));
    }
    return this;
  }

  /**
   * Checks a list: the list as a whole (size), that no literal entry repeats, and each literal entry.
   * Entries are reported as `property[index]`.
   */
  public checkList<T>(property: string, values: readonly T[] | undefined, options: ListRules<T>): this {
    if (!this.isLiteral(values)) return this;
    this.check(property, values, ...(options.list ?? []));
    if (options.unique) {
      this.checkDistinct(values, i => `${property}[${i}]`, { key: options.uniqueKey, tokenKey: options.tokenKey });
    }
    const each = options.each ?? [];
    for (let i = 0; i < values.length; i++) this.check(`${property}[${i}]`, values[i], ...each);
    return this;
  }

  /**
   * Checks values that `rule` ties together, reporting on `name(rule.reportOn)`; an absent value is one not given. When
   * any value the rule reads is a token nothing is checked: a rule whose inputs are partly unknown cannot be judged.
   */
  public checkTogether<V extends object>(rule: CrossRule<V>, values: Partial<V>,
    name: (value: keyof V & string) => string = value => value): this {
    const read = Object.entries(values).filter(([key]) => !(rule.presenceOnly ?? []).includes(key as keyof V & string));
    if (read.some(([, value]) => this.skips(value))) return this;
    if (!rule.accepts(values)) this.fail(name(rule.reportOn), values[rule.reportOn], rule.explain(values, name));
    return this;
  }

  /**
   * Reports each entry that repeats an earlier one, on the repeat's name (`at(index)`), naming the earlier entry:
   * literals are compared by `key`, tokens by `tokenKey`, so that by default the same token given twice is a repeat
   * (it resolves to the same value) while two different tokens are not. `key` returning `undefined` leaves an entry
   * out. `start` is the index of `entries[0]`, for entries added after `start` others (given in `entries` too).
   */
  public checkDistinct<T>(entries: readonly T[], at: (index: number) => string, options: DistinctOptions<T> = {}): this {
    // One entry cannot repeat: most lists of most constructs have one.
    if (entries.length < 2) return this;
    const { key = String, tokenKey = sameToken, start = 0, why = 'each must be given once' } = options;
    const first = new Map<unknown, number>();
    entries.forEach((entry, i) => {
      if (entry === undefined) return;
      const k = this.skips(entry) ? tokenKey(entry) : key(entry);
      if (k === undefined) return;
      const earlier = first.get(k);
      if (earlier === undefined) first.set(k, i);
      else if (i >= start) this.fail(at(i), entry, `repeats ${at(earlier)} (${why})`);
    });
    return this;
  }

  /**
   * Checks a tag map against a policy: the count, then every literal key and value. By default keys are reported as
   * `<property> key` and values as `<property>.<key>`, as props read; `names` reports them elsewhere (a raw resource's
   * `tags["<key>"]`). An `undefined` value is left out.
   */
  public checkTags(property: string, tags: Readonly<Record<string, string | undefined>> | undefined, policy: TagPolicy,
    names: TagNames = { key: () => `${property} key`, value: key => `${property}.${key}` }): this {
    if (!this.isLiteral(tags)) return this;
    const keys = Object.keys(tags);
    this.check(property, keys, tagCount(policy));
    for (const key of keys) {
      if (this.skips(key)) continue;
      this.check(names.key(key), key, ...policy.key);
      this.check(names.value(key), tags[key], ...policy.value);
    }
    return this;
  }

  /**
   * Props that name the same thing in different ways: exactly one of them must be given. Reported once, on the first
   * name given (or on the first name when none is), e.g. `a: not set must be given when b and c are not (give
   * exactly one of a, b and c)`.
   */
  public exactlyOneOf<P extends object>(props: P, first: keyof P & string, second: keyof P & string,
    ...more: Array<keyof P & string>): this {
    // Counted before any list is made: every construct with such a pair asks, and nearly every answer is "one".
    let given = (props[first] !== undefined ? 1 : 0) + (props[second] !== undefined ? 1 : 0);
    for (const n of more) if (props[n] !== undefined) given++;
    if (given === 1) return this;
    const names = [first, second, ...more];
    // A prop of the wrong type is reported already, and which of them the user meant is not known.
    if (names.some(n => props[n] === MISFIT)) return this;
    const present = names.filter(n => props[n] !== undefined);
    const rule = `give exactly one of ${joinWords(names)}`;
    if (present.length === 0) {
      const others = names.slice(1);
      this.fail(first, undefined, `must be given when ${joinWords(others)} ${others.length === 1 ? 'is' : 'are'} not (${rule})`);
    } else {
      const [reported, ...others] = present;
      const together = others.map(n => `${n} ${this.render(props[n])}`);
      this.fail(reported, props[reported], `must not be given together with ${joinWords(together)} (${rule})`);
    }
    return this;
  }

  /**
   * Records a violation found by logic that is not a single-value rule, e.g. two props that conflict. A message
   * longer than `MAX_MESSAGE_LENGTH` is cut in its middle, keeping the rule's start and end: rules quote other values
   * with `render`, which cuts them, and this bounds what one that does not can add.
   */
  public fail(property: string, value: unknown, message: string): this {
    this.found.push({ property, value: this.render(value), message: cutMiddle(message) });
    return this;
  }

  /** Records violations another validator found, as it rendered them (one that reads resolved templates, say). */
  public adopt(violations: readonly Violation[]): this {
    this.found.push(...violations);
    return this;
  }

  /** A value as error messages show it (see `renderValue`), with this engine's tokens as `<token>`. */
  public render(value: unknown): string {
    return renderValue(value, this.skips);
  }

  /** The violations found, in the order of the props (as their interface declares them), list entries by index. */
  public get violations(): readonly Violation[] {
    // Most validators find nothing: sorting nothing still costs a construct a few microseconds.
    if (this.found.length === 0) return NO_VIOLATIONS;
    return inPropsOrder(this.found, Object.keys(this.propsShape?.fields ?? {}));
  }

  /**
   * Drops the violations found from index `from` on that concern one of `properties` or what lies beneath it
   * (`p[0]`, `p.key`, `p key`): the shape has reported those properties already.
   */
  public dropBeneath(from: number, properties: readonly string[]): void {
    const concerns = (named: string) => properties.some(p => isBeneath(named, p));
    const kept = this.found.slice(from).filter(v => !concerns(v.property));
    this.found.splice(from, this.found.length - from, ...kept);
  }

  /** Throws one `ValidationError` listing every violation found, if any. */
  public throwIfInvalid(constructPath: string): void {
    if (this.found.length > 0) {
      throw new ValidationError(constructPath, [...this.violations]);
    }
  }

  /** The violation messages as `node.addValidation` expects them. */
  public messages(): string[] {
    return this.violations.map(v => `${v.property}: ${v.value} ${v.message}`);
  }
}

/**
 * `violations` sorted as a reader scans the props: first what is not a prop at all (a misspelt key), then by the prop
 * they concern in `order`, then by the list indices in their names (`accounts` before `accounts[1]` before
 * `accounts[2]`); otherwise in the order they were found. Without `order`, props rank by their first violation.
 */
function inPropsOrder(violations: readonly Violation[], order: readonly string[]): Violation[] {
  const rank = new Map(order.map((name, i) => [name, i]));
  let unknown = order.length > 0 ? -violations.length : 0;
  const keyOf = (property: string) => {
    const prop = /^[^.[\s]*/.exec(property)![0];
    if (!rank.has(prop)) rank.set(prop, unknown++);
    return { prop: rank.get(prop)!, indices: [...property.matchAll(/\[(\d+)\]/g)].map(m => Number(m[1])) };
  };
  const keyed = violations.map((violation, found) => ({ violation, found, ...keyOf(violation.property) }));
  return keyed.sort((a, b) => a.prop - b.prop || compareIndices(a.indices, b.indices) || a.found - b.found).map(k => k.violation);
}

/** Compares two index paths entry by entry; a path that is a prefix of the other comes first. */
function compareIndices(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return a.length - b.length;
}

/**
 * Runs `checks` on a fresh validator that skips the values `isUnknown` tells (one engine's tokens) and throws one
 * `ValidationError` naming `scope`'s path when anything is wrong; returns what `checks` returned otherwise (e.g. the
 * checked copy of an `add*` argument, which is undefined only when a violation was reported, so never here). Each
 * engine binds its token test in its own `checkNow`.
 */
export function checkNowSkipping<T>(scope: IConstruct, isUnknown: UnresolvedPredicate,
  checks: (validator: Validator) => T): Exclude<T, undefined> {
  const validator = new Validator(isUnknown);
  const result = checks(validator);
  validator.throwIfInvalid(scope.node.path);
  return result as Exclude<T, undefined>;
}

/**
 * Checks `props` against its shape, skipping the values `isUnknown` tells (one engine's tokens; each engine binds
 * its own in `checkPropsNow`), then runs the rules in `checks` on the copy `checkProps` makes, so one
 * `ValidationError` (naming `scope`'s path) lists what is misspelt or of the wrong type next to what breaks a rule.
 * Rules never see a value of the wrong type: it stands in the copy as `MISFIT`, which they pass over like a token.
 * Code in `checks` that does not ask the validator whether a value is a token may still trip over a stand-in: what
 * it then reports on a property that did not fit, or throws, is left out, since the shape has reported that property.
 * Returns the copy when nothing is wrong.
 */
export function checkPropsNowSkipping<P extends object>(scope: IConstruct, isUnknown: UnresolvedPredicate, shape: Shape,
  props: unknown, checks: (validator: Validator, props: P) => void): P {
  const validator = new Validator(isUnknown);
  const copy = validator.checkProps<P>(props, shape);
  const misfits = validator.violations.map(v => v.property);
  if (copy !== undefined) {
    try {
      checks(validator, copy);
    } catch (error) {
      if (misfits.length === 0 || ValidationError.isValidationError(error)) throw error;
    }
  }
  if (misfits.length > 0) validator.dropBeneath(misfits.length, misfits);
  validator.throwIfInvalid(scope.node.path);
  // Without a copy there are violations, and throwIfInvalid has thrown.
  return copy!;
}
