import { Stack, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { Shape } from '../../core/shapes';
import { synthChecksOf } from '../../core/synth-checks';
import * as core from '../../core/validator';

/** aws-cdk-lib's tokens (strings, numbers, lists, `IResolvable`s) are never checked as literals. */
export const isUnresolved: core.UnresolvedPredicate = value => Token.isUnresolved(value);

/** Checks props now, leaving aws-cdk-lib tokens (strings, numbers, lists) unchecked; throws one `ValidationError`. */
export function validateProps(scope: IConstruct, checks: (validator: core.Validator) => void): void {
  core.validateNow(scope, isUnresolved, checks);
}

/**
 * Checks the shape of props (types, `null`, list entries, unknown keys) for callers without TypeScript's checks, and
 * returns a copy whose lists and maps later changes to the caller's objects cannot reach; throws one `ValidationError`.
 */
export function checkShape<P extends object>(scope: IConstruct, shape: Shape, props: unknown): P {
  return core.validatePropsNow<P>(scope, isUnresolved, shape, props, () => undefined);
}

/**
 * Checks state that can still change after construction (`addAccount()`, a `CfnCluster`'s properties) at synth, with
 * the other checks of its stack.
 */
export function validateAtSynth(scope: IConstruct, checks: (validator: core.Validator) => void): void {
  synthChecksOf(Stack.of(scope), isUnresolved).add(scope, checks);
}
