/**
 * Rules that tie several arguments of one raw resource together, applied after the rules on each argument. Each is a
 * rule table's `CrossRule`, the one its construct applies to its props, read here over the arguments as the provider
 * reads them: what it leaves out of the request, what the cloud decides when an argument is not set.
 */
import { CrossRule } from '../../core/rules';
import { Validator } from '../../core/validator';

/** Stands for a value that cannot be judged: an expression, or what the cloud decides; a rule reading it does not fire. */
const UNKNOWN = Symbol('unknown');

/** How one argument reads as a value of a cross-argument rule: `undefined` when not given, `UNKNOWN` when not known. */
export interface Argument {
  /** The argument's name in the input. */
  readonly name: string;
  readonly read: (v: Validator, value: unknown) => unknown;
}

/** A scalar argument as text (Terraform and CloudFormation write numbers and booleans as text too). */
function asText(v: Validator, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (v.skips(value)) return UNKNOWN;
  // Anything else is not text: the argument's own check reports it.
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : UNKNOWN;
}

/** A text argument the provider sends as written (`""` included). */
export const textArgument = (name: string): Argument => ({ name, read: asText });

/** An optional text argument the provider leaves out of the request when it is `""`: then it is not given. */
export const sentUnlessEmpty = (name: string): Argument => ({
  name,
  read: (v, value) => (value === '' ? undefined : asText(v, value)),
});

/**
 * An optional argument whose value, when it is not given (or `""`, which the provider does not send), the cloud
 * decides: a plan shows it as known after apply, and no rule may assume the API's default for it.
 */
export const decidedByCloudWhenUnset = (name: string): Argument => ({
  name,
  read: (v, value) => {
    const read = value === '' ? undefined : asText(v, value);
    return read === undefined ? UNKNOWN : read;
  },
});

/** A Terraform set of strings: each entry once, as Terraform merges repeats before the provider sees them. */
export const stringSet = (name: string): Argument => ({
  name,
  read: (v, value) => {
    if (value === undefined || value === null) return undefined;
    if (v.skips(value) || !Array.isArray(value)) return UNKNOWN;
    return [...new Set(value.filter(entry => entry !== null && entry !== undefined))];
  },
});

/** A rule on several arguments of a raw resource (or of one nested block), for the checks and the README's table. */
export interface ResourceCheck {
  /** The arguments it reads, in the input's names. */
  readonly attributes: readonly string[];
  /** What it requires, one sentence each, for the README's table. */
  readonly rules: readonly string[];
  /** The public page the rule comes from. */
  readonly source: string;
  /** Checks the arguments of one resource or block, reporting each argument as `at` names it. */
  readonly check: (v: Validator, args: Readonly<Record<string, unknown>>, at: (argument: string) => string) => void;
}

/**
 * `rule` over the arguments `args` names, each read as its `Argument` says. It does not fire when any argument it reads
 * is unknown; an argument that is not given reads as the rule's absent value.
 */
export function together<V extends object>(rule: CrossRule<V>, args: { readonly [K in keyof V & string]: Argument },
  source: string): ResourceCheck {
  const keys = Object.keys(args) as Array<keyof V & string>;
  const argumentName = (key: keyof V & string) => args[key].name;
  return {
    attributes: keys.map(argumentName),
    rules: [rule.text(argumentName)],
    source,
    check: (v, given, at) => {
      const values: Partial<Record<keyof V & string, unknown>> = {};
      for (const key of keys) {
        const value = args[key].read(v, given[argumentName(key)]);
        const onlyPresence = (rule.presenceOnly ?? []).includes(key);
        if (value === UNKNOWN && !onlyPresence) return;
        if (value !== undefined) values[key] = value === UNKNOWN ? given[argumentName(key)] : value;
      }
      v.checkTogether(rule, values as Partial<V>, key => at(argumentName(key)));
    },
  };
}
