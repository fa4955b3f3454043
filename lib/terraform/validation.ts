import { IResolvable, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { checkSameEngine } from './engine-check';
import { Shape } from '../core/shapes';
import * as core from '../core/validator';

// cdktf tells a string token by a regular expression that needs the text of its string marker (`{TfToken[` of
// `${TfToken[TOKEN.1]}`); a string without that text cannot match. Read from the engine, so a fork's marker is used.
const encoded = Token.asString({ resolve: () => '' });
const STRING_TOKEN_MARKER = encoded.slice(1, encoded.indexOf('[') + 1);

/**
 * cdktf's tokens (strings, numbers, lists, maps, `IResolvable`s) are never checked as literals. Every string prop is
 * asked about, and in a large app cdktf's answer costs about a microsecond, so strings without the marker are
 * answered here.
 */
export const isUnresolved: core.UnresolvedPredicate = value =>
  typeof value === 'string' ? value.includes(STRING_TOKEN_MARKER) && Token.isUnresolved(value) : Token.isUnresolved(value);

/**
 * Checks props against their shape and rules now, leaving cdktf tokens unchecked; throws one `ValidationError`.
 * Returns the checked copy the construct renders from.
 */
export function checkPropsNow<P extends object>(scope: IConstruct, shape: Shape, props: unknown,
  checks: (validator: core.Validator, props: P) => void): P {
  checkSameEngine(scope);
  return core.checkPropsNowSkipping<P>(scope, isUnresolved, shape, props, checks);
}

/** Checks the argument of an `add*` method now; throws one `ValidationError`, or returns what `checks` returned. */
export function checkNow<T>(scope: IConstruct, checks: (validator: core.Validator) => T): Exclude<T, undefined> {
  checkSameEngine(scope);
  return core.checkNowSkipping(scope, isUnresolved, checks);
}

/** A boolean prop that may be a token: its literal value, or undefined when it is a token (unknown until apply). */
export function literalBoolean(value: boolean | IResolvable | undefined): boolean | undefined {
  return isUnresolved(value) ? undefined : value as boolean | undefined;
}
