/**
 * Run-time shapes of props, for callers the TypeScript compiler does not check (plain JavaScript, `any`, JSON-loaded
 * configuration, jsii languages). Each props interface has one shape declaration, typed so that it must name every
 * prop of the interface with the right optionality. A shape checks a value (reporting each misfit by its property
 * path) and copies lists, maps and structs, so a caller's later mutation cannot reach the construct.
 */

/** Reports one misfit: the property path, the value, and what the shape expects. */
export type ShapeReport = (property: string, value: unknown, message: string) => void;

/** What checking a value needs besides the value. */
export interface ShapeContext {
  /** Whether a value is an engine token: tokens are never checked as literals. */
  readonly isUnresolved: (value: unknown) => boolean;
  readonly report: ShapeReport;
}

/** The kinds of shape, for tests that generate wrong values from the declarations. */
export type ShapeKind = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'list' | 'map' | 'struct' | 'union';

export interface Shape {
  readonly kind: ShapeKind;
  /** Whether the value may be omitted. */
  readonly optional: boolean;
  /** "a string", "a list of strings", ...: completes "must be ...". */
  readonly description: string;
  /** The entry shape of a list or map. */
  readonly entry?: Shape;
  /** The field shapes of a struct. */
  readonly fields?: Readonly<Record<string, Shape>>;
  /** The alternatives of a union. */
  readonly alternatives?: readonly Shape[];
  /** Whether `value` fits, reporting each misfit below `property`. Called with a defined, non-token value. */
  fits(value: unknown, property: string, context: ShapeContext): boolean;
  /** A copy of a fitting value: new lists, maps and structs all the way down; other values as they are. */
  copy(value: unknown, context: ShapeContext): unknown;
}

export type RequiredShape = Shape & { readonly optional: false };
export type OptionalShape = Shape & { readonly optional: true };

/** The field shapes of a props interface: every prop named, optional props with `optional(...)`. */
export type FieldShapes<P> = { readonly [K in keyof P]-?: undefined extends P[K] ? OptionalShape : RequiredShape };

/** Checks `value` against `shape`, treating `undefined` (for optional shapes) and tokens as fitting. */
export function fitsShape(shape: Shape, value: unknown, property: string, context: ShapeContext): boolean {
  if (value === undefined) {
    if (shape.optional) return true;
    context.report(property, value, `is required (${shape.description})`);
    return false;
  }
  if (value === null) {
    context.report(property, value, shape.optional ? `must be ${shape.description}, or left out (not null)` : `must be ${shape.description}, not null`);
    return false;
  }
  return context.isUnresolved(value) || shape.fits(value, property, context);
}

/** A copy of a value that fits `shape` (undefined and tokens are kept as they are). */
export function copyShaped(shape: Shape, value: unknown, context: ShapeContext): unknown {
  return value === undefined || context.isUnresolved(value) ? value : shape.copy(value, context);
}

function scalar(kind: ShapeKind, description: string, test: (value: unknown) => boolean): RequiredShape {
  return {
    kind,
    optional: false,
    description,
    fits: (value, property, context) => {
      if (test(value)) return true;
      context.report(property, value, `must be ${description}`);
      return false;
    },
    copy: value => value,
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

export function listOf(entry: RequiredShape, noun = `${entry.description.replace(/^an? /, '')} entries`): RequiredShape {
  return {
    kind: 'list',
    optional: false,
    description: `a list of ${noun}`,
    entry,
    fits: (value, property, context) => {
      if (!Array.isArray(value)) {
        context.report(property, value, `must be a list of ${noun}`);
        return false;
      }
      let ok = true;
      // A sparse array's holes are entries too: index, not forEach.
      for (let i = 0; i < value.length; i++) ok = fitsShape(entry, value[i], `${property}[${i}]`, context) && ok;
      return ok;
    },
    copy: (value, context) => (value as unknown[]).map(item => copyShaped(entry, item, context)),
  };
}

// `__proto__` sets an object's prototype instead of adding a key, so a key of that name would silently disappear.
const UNCARRIABLE_KEY = '__proto__';

export function mapOf(entry: RequiredShape, noun: string): RequiredShape {
  return {
    kind: 'map',
    optional: false,
    description: `a map of ${noun}`,
    entry,
    fits: (value, property, context) => {
      if (!isPlainObject(value)) {
        context.report(property, value, `must be a map of ${noun}`);
        return false;
      }
      let ok = true;
      for (const key of Object.keys(value)) {
        if (key === UNCARRIABLE_KEY) {
          context.report(`${property} key`, key, 'cannot be used: JavaScript treats "__proto__" as the object\'s prototype, so it would be lost');
          ok = false;
        } else {
          ok = fitsShape(entry, value[key], `${property}.${key}`, context) && ok;
        }
      }
      return ok;
    },
    copy: (value, context) => {
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) copy[key] = copyShaped(entry, item, context);
      return copy;
    },
  };
}

/** A struct: known fields only, each checked against its shape; an unknown key is reported with the closest known one. */
export function struct<P>(name: string, fields: FieldShapes<P>): RequiredShape {
  const shapes = fields as unknown as Readonly<Record<string, Shape>>;
  const known = Object.keys(shapes);
  const description = `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name} object`;
  return {
    kind: 'struct',
    optional: false,
    description,
    fields: shapes,
    fits: (value, property, context) => {
      if (!isPlainObject(value)) {
        context.report(property, value, `must be ${description}`);
        return false;
      }
      let ok = !reportUnknownKeys(name, shapes, value, property, context.report);
      for (const key of known) ok = fitsShape(shapes[key], value[key], `${property}.${key}`, context) && ok;
      return ok;
    },
    copy: (value, context) => {
      const source = value as Record<string, unknown>;
      const copy: Record<string, unknown> = {};
      for (const key of known) {
        if (source[key] !== undefined) copy[key] = copyShaped(shapes[key], source[key], context);
      }
      return copy;
    },
  };
}

/**
 * Reports each key of `value` that `fields` does not declare, suggesting the closest declared one (a misspelt prop
 * would otherwise be ignored). Returns whether there was any.
 */
export function reportUnknownKeys(name: string, fields: Readonly<Record<string, Shape>>, value: Record<string, unknown>,
  property: string, report: ShapeReport): boolean {
  const known = Object.keys(fields);
  const unknown = Object.keys(value).filter(key => !Object.prototype.hasOwnProperty.call(fields, key));
  for (const key of unknown) {
    const closest = closestName(key, known);
    report(property === '' ? key : `${property}.${key}`, value[key],
      `is not a property of ${name}${closest ? ` (did you mean "${closest}"?)` : ''}`);
  }
  return unknown.length > 0;
}

/** A value that may take either of several shapes (e.g. a count that is a number or a `TerraformCount`). */
export function union(description: string, ...alternatives: RequiredShape[]): RequiredShape {
  const silent: ShapeReport = () => undefined;
  return {
    kind: 'union',
    optional: false,
    description,
    alternatives,
    fits: (value, property, context) => {
      const quiet = { isUnresolved: context.isUnresolved, report: silent };
      if (alternatives.some(a => a.fits(value, property, quiet))) return true;
      context.report(property, value, `must be ${description}`);
      return false;
    },
    copy: (value, context) => {
      const quiet = { isUnresolved: context.isUnresolved, report: silent };
      return alternatives.find(a => a.fits(value, '', quiet))!.copy(value, context);
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
