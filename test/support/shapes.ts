/**
 * Test data generated from the run-time shape declarations: values of the wrong type for every prop, and arbitrary
 * props (well-typed, or anything at all) for fuzzing a construct.
 */
import * as fc from 'fast-check';
import { Shape } from '../../lib/core/shapes';

/** Values that do not fit `shape` (`undefined` only when the shape is required). */
export function wrongValues(shape: Shape): Array<[string, unknown]> {
  const absent: Array<[string, unknown]> = shape.optional ? [['null', null]] : [['null', null], ['undefined', undefined]];
  return [...absent, ...wrongPresentValues(shape)];
}

function wrongPresentValues(shape: Shape): Array<[string, unknown]> {
  switch (shape.kind) {
    case 'string': return [['a number', 42], ['a boolean', true], ['a list', ['x']], ['an object', {}]];
    case 'boolean': return [['the string "false"', 'false'], ['a number', 0], ['an object', {}]];
    case 'number': return [['a numeric string', '1'], ['NaN', NaN], ['Infinity', Infinity], ['a BigInt', BigInt(1)]];
    case 'integer': return [['a fraction', 1.5], ['a numeric string', '1'], ['NaN', NaN], ['-Infinity', -Infinity], ['a BigInt', BigInt(1)]];
    case 'object': return [['a string', 'x'], ['a number', 1], ['a list', []]];
    case 'union': return [['a string', 'x'], ['a boolean', true], ['a list', []]];
    case 'list': {
      const entry = wrongValues({ ...shape.entry!, optional: false } as Shape)[0];
      return [['a string', 'x'], ['an object', {}], [`a list with a ${entry[0]} entry`, [entry[1]]], ['a list with a hole', [undefined]]];
    }
    case 'map': return [['a string', 'x'], ['a list', ['x']], ['a map with a number value', { k: 1 }]];
    case 'struct': return [['a string', 'x'], ['a list', []], ['an object with an unknown key', { notAField: 1 }]];
  }
}

/** Well-typed values of `shape` (which the construct's rules may still reject), or anything at all. */
export function arbitraryFor(shape: Shape): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: wellTyped(shape) }, { weight: 1, arbitrary: fc.anything({ withBigInt: true }) });
}

function wellTyped(shape: Shape): fc.Arbitrary<unknown> {
  switch (shape.kind) {
    case 'string': return fc.oneof(fc.string(), fc.constantFrom('10.0.0.1', '10.0.0.0/8', 'Interface', 'ipv4', 'dualstack', '{}'));
    case 'boolean': return fc.boolean();
    case 'number': return fc.oneof(fc.integer({ min: -2, max: 2000 }), fc.double());
    case 'integer': return fc.integer({ min: -2, max: 30 });
    case 'object': case 'union': return fc.anything();
    case 'list': return fc.array(wellTyped(shape.entry!), { maxLength: 4 });
    case 'map': return fc.dictionary(fc.string({ maxLength: 8 }), wellTyped(shape.entry!), { maxKeys: 4 });
    case 'struct': return structArbitrary(shape, wellTyped, Object.keys(shape.fields!).length);
  }
}

/**
 * Objects with a few of the struct's fields (values from `value`) and, sometimes, keys it does not have. Few fields
 * at a time, so that inputs the construct accepts are common enough to check their output too.
 */
export function structArbitrary(shape: Shape, value: (field: Shape) => fc.Arbitrary<unknown> = arbitraryFor,
  maxFields = 3): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.entries(shape.fields!);
  const known = fc.subarray(fields, { maxLength: maxFields })
    .chain(chosen => fc.record(Object.fromEntries(chosen.map(([name, field]) => [name, value(field)]))));
  const extra = fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.anything(), { maxKeys: 2 });
  return fc.tuple(known, fc.option(extra, { freq: 4, nil: undefined }))
    .map(([props, unknownKeys]) => ({ ...unknownKeys, ...props }));
}
