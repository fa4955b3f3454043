import { Stack, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { Shape } from '../../core/shapes';
import { synthChecksOf } from '../../core/synth-checks';
import * as core from '../../core/validator';

/** aws-cdk-lib's tokens (strings, numbers, lists, `IResolvable`s) are never checked as literals. */
export const isUnresolved: core.UnresolvedPredicate = value => Token.isUnresolved(value);

/**
 * Checks props against their shape (types, `null`, list entries, unknown keys, for callers without TypeScript's checks)
 * and rules now, leaving aws-cdk-lib tokens unchecked; throws one `ValidationError`. Returns the checked copy, whose
 * lists and maps later changes to the caller's objects cannot reach.
 */
export function checkPropsNow<P extends object>(scope: IConstruct, shape: Shape, props: unknown,
  checks: (validator: core.Validator, props: P) => void): P {
  return core.checkPropsNowSkipping<P>(scope, isUnresolved, shape, props, checks);
}

/** Checks now what is not a props object (an `add*` argument, state known only after the props); throws one `ValidationError`. */
export function checkNow<T>(scope: IConstruct, checks: (validator: core.Validator) => T): Exclude<T, undefined> {
  return core.checkNowSkipping(scope, isUnresolved, checks);
}

/**
 * Checks state that can still change after construction (`addAccount()`, a `CfnCluster`'s properties) at synth, with
 * the other checks of its stack.
 */
export function checkAtSynth(scope: IConstruct, checks: (validator: core.Validator) => void): void {
  synthChecksOf(Stack.of(scope), isUnresolved).add(scope, checks);
}
