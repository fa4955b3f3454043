import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { Shape } from '../core/shapes';
import * as core from '../core/validator';

/** cdktf's tokens (strings, numbers, lists, maps, `IResolvable`s) are never checked as literals. */
export const isUnresolved: core.UnresolvedPredicate = value => Token.isUnresolved(value);

/**
 * Checks props against their shape and rules now, leaving cdktf tokens unchecked; throws one `ValidationError`.
 * Returns the checked copy the construct renders from.
 */
export function validateProps<P extends object>(scope: IConstruct, shape: Shape, props: unknown,
  checks: (validator: core.Validator, props: P) => void): P {
  return core.validatePropsNow<P>(scope, isUnresolved, shape, props, checks);
}

/** Checks the argument of an `add*` method now; throws one `ValidationError`. */
export function validateNow(scope: IConstruct, checks: (validator: core.Validator) => void): void {
  core.validateNow(scope, isUnresolved, checks);
}
