/**
 * How a rule table's entries apply to one attribute of a raw resource, whatever wrote it: a CloudFormation template,
 * Terraform JSON or a plan. Raw inputs are untyped, so each check first asks for the attribute's kind (a string,
 * a whole number, a list, a map, nested blocks), then applies the table's rules to the literal parts.
 */
import { ResourceCheck } from './resource-checks';
import { ListRules, Rule } from '../../core/rules';
import { TagPolicy, mergedTagCount, mergedTagKeys, tagCount } from '../../core/tags';
import { Validator } from '../../core/validator';
import type { KnownEnv } from '../aws/account-id';

/** The vendor rules on one attribute of a resource type. */
export interface AttributeCheck {
  /** The attribute in the input's own names, e.g. `EndpointName`, `whitelist` or `port_mapping`. */
  readonly attribute: string;
  /** What the rules require, one sentence each, for the rule table of docs/checks.md. */
  readonly rules: readonly string[];
  /** The public page the rules come from. */
  readonly source: string;
  /**
   * Checks a value that is present (not `undefined` or `null`), reporting under `property`; `env` is what is known of
   * where the resource deploys.
   */
  readonly check: (v: Validator, property: string, value: unknown, env: KnownEnv) => void;
  /** Where the provider reads the argument otherwise than the construct's prop or the vendor API read its value. */
  readonly readings?: readonly ProviderReading[];
}

/** One way a provider reads an argument otherwise than the construct's prop or the vendor API, and where it shows. */
export interface ProviderReading {
  /** What differs, one sentence for the rule table of docs/checks.md. */
  readonly note: string;
  /** The public page that shows it: the provider's source or documentation. */
  readonly source: string;
}

/** The empty value of each kind of argument, which a provider may take for "not set". */
const EMPTY = {
  text: (value: unknown) => value === '',
  number: (value: unknown) => value === 0 || value === '0',
  list: (value: unknown) => Array.isArray(value) && value.length === 0,
};

/** `check`, noting how the provider reads the argument; what it checks is unchanged. */
export function readAs(check: AttributeCheck, reading: ProviderReading): AttributeCheck {
  return { ...check, readings: [...(check.readings ?? []), reading] };
}

/**
 * `check` for an argument whose empty value (`""`, `0` or `[]`, by `kind`) the provider takes for "not set": it sends
 * the API nothing for it, so the rules on a value do not apply to it.
 */
export function unsetWhenEmpty(check: AttributeCheck, kind: keyof typeof EMPTY, reading: ProviderReading): AttributeCheck {
  const isEmpty = EMPTY[kind];
  return {
    ...readAs(check, reading),
    check: (v, property, value, env) => {
      if (!isEmpty(value)) check.check(v, property, value, env);
    },
  };
}

/** Strings as Terraform and CloudFormation take them: numbers and booleans are written as text. */
function asText(v: Validator, property: string, value: unknown): string | undefined {
  if (typeof value === 'string' || v.skips(value)) return value as string;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  v.fail(property, value, 'must be a string');
  return undefined;
}

/** A whole number, or its decimal text (both engines convert it). */
function asWhole(v: Validator, property: string, value: unknown): number | undefined {
  if (v.skips(value)) return value as number;
  const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof n === 'number' && Number.isInteger(n)) return n;
  v.fail(property, value, 'must be a whole number');
  return undefined;
}

function asTextList(v: Validator, property: string, value: unknown): string[] | undefined {
  if (v.skips(value)) return value as string[];
  if (!Array.isArray(value)) {
    v.fail(property, value, 'must be a list');
    return undefined;
  }
  // A null entry is left out, as Terraform leaves it out of a set.
  return value.map((entry, i) => (entry === null || entry === undefined ? undefined : asText(v, `${property}[${i}]`, entry)) as string);
}

/** Rules on a value that need where its resource deploys (the stack's account or Region), as a rule table states them. */
export interface EnvRules {
  /** The rules where `env` is known so far. */
  readonly rules: (env: KnownEnv) => readonly Rule<string>[];
  /** What they require, for the rule table of docs/checks.md. */
  readonly described: readonly string[];
}

/**
 * A string attribute, checked against `rules` in order (the first one broken is reported), then against `inEnv`, the
 * rules that need where the resource deploys.
 */
export function textAttribute(attribute: string, rules: readonly Rule<string>[], source: string, inEnv?: EnvRules): AttributeCheck {
  return {
    attribute,
    source,
    rules: [...rules.map(r => r.text), ...(inEnv?.described ?? [])],
    check: (v, property, value, env) => {
      const literal = asText(v, property, value);
      if (literal !== undefined) v.check(property, literal, ...rules, ...(inEnv?.rules(env) ?? []));
    },
  };
}

/** A whole-number attribute. */
export function integerAttribute(attribute: string, rules: readonly Rule<number>[], source: string): AttributeCheck {
  return {
    attribute,
    source,
    rules: rules.map(r => r.text),
    check: (v, property, value) => {
      const literal = asWhole(v, property, value);
      if (literal !== undefined) v.check(property, literal, ...rules);
    },
  };
}

/** A list of strings: its size, its entries, and repeats, as the table's `ListRules` say. */
export function listAttribute(attribute: string, rules: ListRules<string>, source: string): AttributeCheck {
  const described = [
    ...(rules.list ?? []).map(r => r.text),
    ...(rules.each ?? []).map(r => `each entry ${r.text}`),
    ...(rules.unique ? ['each entry given once'] : []),
  ];
  return {
    attribute,
    source,
    rules: described,
    check: (v, property, value) => {
      const literal = asTextList(v, property, value);
      if (literal !== undefined) v.checkList(property, literal, rules);
    },
  };
}

/** Terraform's collection types: a set holds each value once. */
const TERRAFORM_SETS = 'https://developer.hashicorp.com/terraform/language/expressions/type-constraints#collection-types';

/**
 * A Terraform set of strings: Terraform merges entries written twice before the provider sees them, so a repeat is
 * no error, and the size rules count distinct entries. Entries that differ but mean the same (`uniqueKey`) still are.
 */
export function setAttribute(attribute: string, rules: ListRules<string>, source: string): AttributeCheck {
  const { list: sizeRules = [], uniqueKey } = rules;
  const asList = listAttribute(attribute, { ...rules, unique: rules.unique && uniqueKey !== undefined }, source);
  return {
    ...readAs(asList, { note: 'a set: Terraform merges entries written twice', source: TERRAFORM_SETS }),
    check: (v, property, value) => {
      const literal = asTextList(v, property, value);
      if (literal === undefined || v.skips(literal)) return;
      // A repeat is left out where it stands, so that the entries keep the indexes they are written at.
      const distinct = literal.map((entry, i) => (literal.indexOf(entry) === i ? entry : undefined));
      v.check(property, distinct.filter(entry => entry !== undefined), ...sizeRules);
      v.checkList(property, distinct as string[], { ...rules, list: [], unique: rules.unique && uniqueKey !== undefined });
    },
  };
}

/**
 * A map of tags: their number, each key and each value (as text), reported as `tags["key"]`. With `mergedDefaultTags`,
 * the provider merges its `default_tags` into the resource's tags (the reading cites where), so the number is also
 * counted with them, where `env` knows them.
 */
export function tagsAttribute(attribute: string, policy: TagPolicy, source: string, mergedDefaultTags?: ProviderReading): AttributeCheck {
  const merged = mergedTagCount(policy);
  const check: AttributeCheck = {
    attribute,
    source,
    rules: [
      tagCount(policy).text,
      ...(mergedDefaultTags ? [`${merged.text}, where they are known`] : []),
      ...policy.key.map(r => `each key ${r.text}`),
      ...policy.value.map(r => `each value ${r.text}`),
    ],
    check: (v, property, value, env) => {
      if (v.skips(value)) return;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        v.fail(property, value, 'must be a map of strings');
        return;
      }
      const at = (key: string) => `${property}[${JSON.stringify(key)}]`;
      const texts = Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, entry === null ? undefined : asText(v, at(key), entry)]));
      v.checkTags(property, texts, policy, { key: at, value: at });
      const defaultTags = env.providerDefaultTags;
      // Past the limit on its own, the map is reported already.
      if (mergedDefaultTags && defaultTags !== undefined && Object.keys(texts).length <= policy.maxTags) {
        v.check(property, mergedTagKeys(texts, defaultTags), merged);
      }
    },
  };
  return mergedDefaultTags ? readAs(check, mergedDefaultTags) : check;
}

/** Rules on nested blocks beyond their count and each field: repeats, and rules that tie a block's fields together. */
export interface BlockRules {
  /** What makes two blocks the same for the API (`undefined` when it cannot be told), and why one may not repeat. */
  readonly unique?: { readonly key: (block: Readonly<Record<string, unknown>>, v: Validator) => string | undefined; readonly why: string };
  /** Rules on several fields of each block. */
  readonly together?: readonly ResourceCheck[];
}

/**
 * Nested blocks (Terraform JSON writes one block as an object, several as a list): their number, `fields` in each,
 * reported as `block[1].field`, then the rules on several fields of each, and repeats.
 */
export function blocksAttribute(attribute: string, count: Rule<readonly never[]> | undefined, fields: readonly AttributeCheck[],
  source: string, more: BlockRules = {}): AttributeCheck {
  return {
    attribute,
    source,
    rules: [
      ...(count ? [count.text] : []),
      ...fields.flatMap(f => f.rules.map(r => `${f.attribute} ${r}`)),
      ...(more.together ?? []).flatMap(t => t.rules.map(r => `in each block, ${r}`)),
      ...(more.unique ? [`each block given once (${more.unique.why})`] : []),
    ],
    readings: fields.flatMap(f => (f.readings ?? []).map(r => ({ ...r, note: `${f.attribute}: ${r.note}` }))),
    check: (v, property, value, env) => {
      if (v.skips(value)) return;
      const entries = Array.isArray(value) ? value : [value];
      if (count) v.check(property, entries as never[], count);
      const literal = (entry: unknown): entry is Record<string, unknown> =>
        typeof entry === 'object' && entry !== null && !Array.isArray(entry) && !v.skips(entry);
      entries.forEach((entry, i) => {
        if (v.skips(entry) || entry === null) return;
        if (!literal(entry)) {
          v.fail(`${property}[${i}]`, entry, 'must be a block of arguments');
          return;
        }
        for (const field of fields) {
          const fieldValue = entry[field.attribute];
          if (fieldValue !== undefined && fieldValue !== null) field.check(v, `${property}[${i}].${field.attribute}`, fieldValue, env);
        }
        for (const rule of more.together ?? []) rule.check(v, entry, name => `${property}[${i}].${name}`);
      });
      if (more.unique) {
        const { key, why } = more.unique;
        v.checkDistinct(entries, i => `${property}[${i}]`, {
          key: entry => (literal(entry) ? key(entry, v) : undefined), tokenKey: () => undefined, why,
        });
      }
    },
  };
}

/** An optional argument whose empty value the provider does not send: the API's default applies. */
export const notSentWhenEmpty = (source: string, empty = '""'): ProviderReading => ({
  note: `${empty} is not sent: the provider reads it as unset`, source,
});
/** An optional text argument the provider leaves out of the request when it is `""`. */
export const emptyText = (check: AttributeCheck, source: string) => unsetWhenEmpty(check, 'text', notSentWhenEmpty(source));

/** The rules of one resource type. */
export interface ResourceTypeRules {
  /** How the type's resources are written: in CloudFormation templates, or in Terraform configurations and plans. */
  readonly engine: 'cloudformation' | 'terraform';
  /** What the entry covers, when it is narrower than the type. */
  readonly note?: string;
  readonly attributes: readonly AttributeCheck[];
  /** The rules that tie several arguments together, applied after those on each argument. */
  readonly together?: readonly ResourceCheck[];
}

/**
 * The rules of a custom resource type in CloudFormation templates, which only the calls or the construct `note` names
 * give a meaning: an `AwsCustomResource`'s, or one this library's constructs write.
 */
export function customResourceRules(note: string, attributes: readonly AttributeCheck[], together?: readonly ResourceCheck[]): ResourceTypeRules {
  return { engine: 'cloudformation', note, attributes, ...together !== undefined ? { together } : {} };
}
