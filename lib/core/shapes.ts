/**
 * Run-time shapes of props, for callers the TypeScript compiler does not check (plain JavaScript, `any`, JSON-loaded
 * configuration, jsii languages). Each props interface has one shape declaration, typed so that it must name every
 * prop of the interface with the right optionality. A shape checks a value (reporting each misfit by its property
 * path) and copies lists, maps and structs, so a caller's later mutation cannot reach the construct.
 */

/** What checking a value needs besides the value. A `Validator` is one. */
export interface ShapeContext {
  /** Whether a value is not known until deploy (an engine token): it is taken as it is, never checked as a literal. */
  isUnknown(value: unknown): boolean;
  /** Reports one misfit: the property path, the value, and what the shape expects. */
  fail(property: string, value: unknown, message: string): unknown;
}

/**
 * What stands in a copy for a value that does not fit, once it has been reported: an object both engines take for a
 * token (it has a `resolve` method), so the rules, which never check tokens, pass over it while they check the
 * values that fit. One error can then list a misspelt prop next to a bad value of another.
 */
export const MISFIT: { readonly resolve: () => undefined; readonly creationStack: string[]; toString(): string } = Object.freeze({
  resolve: () => undefined,
  creationStack: [],
  toString: () => '<misfit>',
});

/** The kinds of shape, for tests that generate wrong values from the declarations. */
export type ShapeKind = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'list' | 'map' | 'struct' | 'union';

export interface Shape {
  readonly kind: ShapeKind;
  /** Whether the value may be omitted. */
  readonly optional: boolean;
  /** "a string", "a list of strings", ...: completes "must be ...". */
  readonly description: string;
  /** The name of a struct's interface, e.g. `VpcepPortMapping`. */
  readonly name?: string;
  /** The entry shape of a list or map. */
  readonly entry?: Shape;
  /** The field shapes of a struct. */
  readonly fields?: Readonly<Record<string, Shape>>;
  /** The alternatives of a union. */
  readonly alternatives?: readonly Shape[];
  /**
   * Checks a value that is neither `undefined` nor `null`, reporting each misfit below `property`, and returns its
   * copy (new lists, maps and structs all the way down; tokens and scalars as they are), with `MISFIT` in place of
   * each value that does not fit. Checking and copying in one pass asks the engine about each value once: in a large
   * app that question is not cheap.
   */
  copyIfFits(value: unknown, property: string, context: ShapeContext): unknown;
}

export type RequiredShape = Shape & { readonly optional: false };
export type OptionalShape = Shape & { readonly optional: true };

/** The field shapes of a props interface: every prop named, optional props with `optional(...)`. */
export type FieldShapes<P> = { readonly [K in keyof P]-?: undefined extends P[K] ? OptionalShape : RequiredShape };

/** Checks and copies `value` (see `Shape.copyIfFits`), treating `undefined` as fitting an optional shape. */
export function copyIfFits(shape: Shape, value: unknown, property: string, context: ShapeContext): unknown {
  if (value === undefined) {
    return shape.optional ? undefined : misfit(context, property, value, `is required (${shape.description})`);
  }
  if (value === null) {
    return misfit(context, property, value,
      shape.optional ? `must be ${shape.description}, or left out (not null)` : `must be ${shape.description}, not null`);
  }
  return shape.copyIfFits(value, property, context);
}

function misfit(context: ShapeContext, property: string, value: unknown, message: string): typeof MISFIT {
  context.fail(property, value, message);
  return MISFIT;
}

/**
 * The members through which the engines' value holders give a token of each kind: cdktf's `TerraformVariable`
 * (`stringValue`…) and `TerraformLocal` (`asString`…), aws-cdk-lib's `CfnParameter` (`valueAsString`…). Named here
 * so that the core needs neither engine: a holder passed itself is recognised by the member it has.
 */
const TOKEN_MEMBERS: Partial<Record<ShapeKind, readonly string[]>> = {
  string: ['stringValue', 'valueAsString', 'asString'],
  number: ['numberValue', 'valueAsNumber', 'asNumber'],
  integer: ['numberValue', 'valueAsNumber', 'asNumber'],
  boolean: ['booleanValue', 'asBoolean'],
  list: ['listValue', 'valueAsList', 'asList'],
};

/** `must be <description>`, with a hint when `value` holds a token of that kind instead of being one. */
function mustBe(kind: ShapeKind, description: string, value: unknown): string {
  if (typeof value !== 'object' || value === null) return `must be ${description}`;
  const member = TOKEN_MEMBERS[kind]?.find(m => m in value);
  if (member === undefined) return `must be ${description}`;
  const holder = value.constructor?.name && value.constructor.name !== 'Object' ? `a ${value.constructor.name}` : 'this object';
  return `must be ${description}: ${holder} is not one, give its .${member}`;
}

function scalar(kind: ShapeKind, description: string, test: (value: unknown) => boolean): RequiredShape {
  return {
    kind,
    optional: false,
    description,
    // A token of the right type fits as it is, so the engine is asked only about values of the wrong type.
    copyIfFits: (value, property, context) =>
      test(value) || context.isUnknown(value) ? value : misfit(context, property, value, mustBe(kind, description, value)),
  };
}

export const string = (): RequiredShape => scalar('string', 'a string', v => typeof v === 'string');
export const boolean = (): RequiredShape => scalar('boolean', 'true or false', v => typeof v === 'boolean');
export const number = (): RequiredShape => scalar('number', 'a finite number', v => typeof v === 'number' && Number.isFinite(v));
export const integer = (): RequiredShape => scalar('integer', 'a whole number', v => typeof v === 'number' && Number.isInteger(v));

/**
 * An object the engine defines (a construct, a provider, an iterator): `is` tells it apart, since its shape is the
 * engine's. By default any object that is not a list fits.
 */
export const object = (description: string, is: (value: object) => boolean = () => true): RequiredShape =>
  scalar('object', description, v => typeof v === 'object' && v !== null && !Array.isArray(v) && is(v));

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a list shape treats a token standing for the whole list. */
export interface ListOptions {
  /**
   * Why the list must be a literal one (its entries may still be tokens), e.g. because each entry becomes its own
   * resource or is an object the construct reads: a token for the whole list is then a misfit with this reason.
   *
   * @default - a token for the whole list fits
   */
  readonly literalBecause?: string;
}

export function listOf(entry: RequiredShape, noun = `${entry.description.replace(/^an? /, '')} entries`, options: ListOptions = {}): RequiredShape {
  const description = `a list of ${noun}`;
  return {
    kind: 'list',
    optional: false,
    description,
    entry,
    copyIfFits: (value, property, context) => {
      // A list token is a list of one encoded string, so it is recognised before its entries are checked.
      if (context.isUnknown(value)) {
        if (options.literalBecause === undefined) return value;
        return misfit(context, property, value, `must be ${description}, not a token for one (its entries may be tokens): ${options.literalBecause}`);
      }
      if (!Array.isArray(value)) return misfit(context, property, value, mustBe('list', description, value));
      // Sized up front: a list grown by push keeps room for 16 entries, which the construct holds until synthesis.
      const copy: unknown[] = new Array(value.length);
      // A sparse array's holes are entries too: index, not forEach.
      for (let i = 0; i < value.length; i++) copy[i] = copyIfFits(entry, value[i], `${property}[${i}]`, context);
      return copy;
    },
  };
}

// `__proto__` sets an object's prototype instead of adding a key, so a key of that name would silently disappear.
const UNCARRIABLE_KEY = '__proto__';

export function mapOf(entry: RequiredShape, noun: string): RequiredShape {
  const description = `a map of ${noun}`;
  return {
    kind: 'map',
    optional: false,
    description,
    entry,
    copyIfFits: (value, property, context) => {
      if (context.isUnknown(value)) return value;
      if (!isPlainObject(value)) return misfit(context, property, value, `must be ${description}`);
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        if (key === UNCARRIABLE_KEY) {
          misfit(context, `${property} key`, key, 'cannot be used: JavaScript treats "__proto__" as the object\'s prototype, so it would be lost');
        } else {
          copy[key] = copyIfFits(entry, value[key], `${property}.${key}`, context);
        }
      }
      return copy;
    },
  };
}

/** A struct: known fields only, each checked against its shape; an unknown key is reported with the closest known one. */
export function struct<P>(name: string, fields: FieldShapes<P>): RequiredShape {
  const shape: RequiredShape = {
    kind: 'struct',
    optional: false,
    description: `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name} object`,
    name,
    fields: fields as unknown as Readonly<Record<string, Shape>>,
    copyIfFits: (value, property, context) => context.isUnknown(value) ? value : copyFieldsIfFit(shape, value, property, context),
  };
  return shape;
}

/**
 * Checks and copies the fields of a struct (or of props, with `property` empty), without asking whether `value` is a
 * token: props never are. Unknown keys are reported with the closest known one, since a misspelt prop would
 * otherwise be ignored; they stay out of the copy, as do fields left out.
 */
export function copyFieldsIfFit(shape: Shape, value: unknown, property: string, context: ShapeContext): unknown {
  if (!isPlainObject(value)) return misfit(context, property === '' ? 'props' : property, value, `must be ${shape.description}`);
  const fields = shape.fields!;
  const prefix = property === '' ? '' : `${property}.`;
  for (const key of Object.keys(value)) {
    if (!Object.prototype.hasOwnProperty.call(fields, key)) {
      const closest = closestName(key, Object.keys(fields));
      misfit(context, prefix + key, value[key], `is not a property of ${shape.name}${closest ? ` (did you mean "${closest}"?)` : ''}`);
    }
  }
  const copy: Record<string, unknown> = {};
  for (const key in fields) {
    const fieldValue = value[key];
    if (fieldValue === undefined && fields[key].optional) continue;
    copy[key] = copyIfFits(fields[key], fieldValue, prefix + key, context);
  }
  return copy;
}

/** A value that may take either of several shapes (e.g. a count that is a number or a `TerraformCount`). */
export function union(description: string, ...alternatives: RequiredShape[]): RequiredShape {
  return {
    kind: 'union',
    optional: false,
    description,
    alternatives,
    copyIfFits: (value, property, context) => {
      for (const alternative of alternatives) {
        let fits = true;
        const quiet: ShapeContext = { isUnknown: v => context.isUnknown(v), fail: () => { fits = false; } };
        const taken = alternative.copyIfFits(value, property, quiet);
        if (fits) return taken;
      }
      return misfit(context, property, value, `must be ${description}`);
    },
  };
}

export function optional(shape: RequiredShape): OptionalShape {
  return { ...shape, optional: true };
}

/** The known name closest to `name`: the same letters in another case, or at most two edits away. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = candidate.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
