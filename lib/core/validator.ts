import { Construct, IConstruct } from 'constructs';
import { ListRules, Rule, countBetween, duplicates } from './rules';
import type { TagPolicy } from './tags';
import { ValidationError, Violation } from './validation-error';

/**
 * Tells whether a value is an engine token (aws-cdk-lib or cdktf) that has no literal value yet.
 * Each engine supplies its own; the core never imports one.
 */
export type UnresolvedPredicate = (value: unknown) => boolean;

/**
 * The shape every `<construct>-rules.ts` table has: rules per property, list rules, or a tag policy. Tables declare
 * it with `satisfies`, so each entry keeps its own precise type.
 */
export type RuleTable = Readonly<Record<string, readonly Rule<never>[] | Rule<never> | ListRules<never> | TagPolicy>>;

const MAX_RENDERED_VALUE = 120;

/** Renders a value for an error message: strings quoted, constructs by their path, long values shortened. */
export function renderValue(value: unknown): string {
  const text = value === undefined ? 'undefined'
    : Construct.isConstruct(value) ? `<${value.node.path}>`
      : JSON.stringify(value) ?? String(value);
  return text.length > MAX_RENDERED_VALUE ? `${text.slice(0, MAX_RENDERED_VALUE - 1)}…` : text;
}

/** `a`, `a and b`, `a, b and c`. */
function joinWords(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * Collects every violation of a construct's props, then throws them together.
 * Values that are `undefined` or unresolved tokens are never checked as literals.
 */
export class Validator {
  private readonly found: Violation[] = [];

  constructor(public readonly isUnresolved: UnresolvedPredicate) {}

  /** Whether `value` is a literal that can be checked now. */
  public isLiteral<T>(value: T | undefined): value is T {
    return value !== undefined && !this.isUnresolved(value);
  }

  /** Checks a literal value against rules, reporting the first rule it breaks. */
  public check<T>(property: string, value: T | undefined, ...rules: Rule<T>[]): this {
    if (!this.isLiteral(value)) return this;
    const broken = rules.find(r => !r.accepts(value));
    if (broken) this.fail(property, value, broken.explain(value));
    return this;
  }

  /**
   * Checks a list: the list as a whole (size), that no literal entry repeats, and each literal entry.
   * Entries are reported as `property[index]`.
   */
  public checkList<T>(property: string, values: readonly T[] | undefined, options: ListRules<T>): this {
    if (!this.isLiteral(values)) return this;
    this.check(property, values, ...(options.list ?? []));
    const literals = values.filter(v => this.isLiteral(v));
    if (options.unique) {
      const key = options.uniqueKey ?? String;
      for (const dupe of duplicates(literals, key)) {
        this.fail(property, values, `must not contain ${renderValue(dupe)} more than once`);
      }
    }
    values.forEach((v, i) => this.check(`${property}[${i}]`, v, ...(options.each ?? [])));
    return this;
  }

  /**
   * Checks a tag map against a policy: the count, then every literal key and value.
   * Keys are reported as `<property> key`, values as `<property>.<key>`, so a user can find the offending tag.
   */
  public checkTags(property: string, tags: Readonly<Record<string, string>> | undefined, policy: TagPolicy): this {
    if (!this.isLiteral(tags)) return this;
    const keys = Object.keys(tags);
    this.check(property, keys, countBetween<string>(0, policy.maxTags, 'tags'));
    for (const key of keys) {
      if (this.isUnresolved(key)) continue;
      this.check(`${property} key`, key, ...policy.key);
      this.check(`${property}.${key}`, tags[key], ...policy.value);
    }
    return this;
  }

  /**
   * Props that name the same thing in different ways: exactly one of them must be given. Reported once, on the first
   * name given (or on the first name when none is), e.g. `a: undefined must be given when b and c are not (give
   * exactly one of a, b and c)`.
   */
  public exactlyOneOf<P extends object>(props: P, ...names: Array<keyof P & string>): this {
    if (names.length < 2) throw new Error(`exactlyOneOf needs at least two names, got ${names.length}`);
    const rule = `give exactly one of ${joinWords(names)}`;
    const given = names.filter(n => props[n] !== undefined);
    if (given.length === 0) {
      const [first, ...others] = names;
      this.fail(first, undefined, `must be given when ${joinWords(others)} ${others.length === 1 ? 'is' : 'are'} not (${rule})`);
    } else if (given.length > 1) {
      const [first, ...others] = given;
      const together = others.map(n => `${n} ${renderValue(props[n])}`);
      this.fail(first, props[first], `must not be given together with ${joinWords(together)} (${rule})`);
    }
    return this;
  }

  /** Records a violation found by logic that is not a single-value rule, e.g. two props that conflict. */
  public fail(property: string, value: unknown, message: string): this {
    this.found.push({ property, value: renderValue(value), message });
    return this;
  }

  public get violations(): readonly Violation[] {
    return this.found;
  }

  /** Throws one `ValidationError` listing every violation found, if any. */
  public throwIfInvalid(constructPath: string): void {
    if (this.found.length > 0) {
      throw new ValidationError(constructPath, [...this.found]);
    }
  }

  /** The violation messages as `node.addValidation` expects them. */
  public messages(): string[] {
    return this.found.map(v => `${v.property}: ${v.value} ${v.message}`);
  }
}

/**
 * Runs `checks` on a fresh validator and throws one `ValidationError` naming `scope`'s path when anything is wrong.
 */
export function validateNow(scope: IConstruct, isUnresolved: UnresolvedPredicate, checks: (validator: Validator) => void): void {
  const validator = new Validator(isUnresolved);
  checks(validator);
  validator.throwIfInvalid(scope.node.path);
}

/**
 * Registers `checks` to run at synth, for state that can change after construction (`addZone()`, `addAccount()`).
 */
export function validateAtSynth(scope: IConstruct, isUnresolved: UnresolvedPredicate, checks: (validator: Validator) => void): void {
  scope.node.addValidation({ validate: () => collectMessages(isUnresolved, checks) });
}

/** The violation messages of `checks` run on a fresh validator, for checks that report instead of throwing. */
export function collectMessages(isUnresolved: UnresolvedPredicate, checks: (validator: Validator) => void): string[] {
  const validator = new Validator(isUnresolved);
  checks(validator);
  return validator.messages();
}
