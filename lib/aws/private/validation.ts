import { Stack, Token } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { Shape } from '../../core/shapes';
import { SynthChecks } from '../../core/synth-checks';
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
  StackChecks.of(scope).add(scope, checks);
}

const STACK_CHECKS_ID = 'PrivateAccessConstructsChecks';

/**
 * Holds a stack's synth-time checks and runs them as a validation, which aws-cdk-lib runs after aspects in
 * `app.synth()` and in `Template.fromStack()`: the user gets one `ValidationError` for the stack, not the engine's
 * generic "Validation failed" error. It adds nothing to the template.
 */
class StackChecks extends Construct {
  public static of(scope: IConstruct): SynthChecks {
    const stack = Stack.of(scope);
    const existing = stack.node.tryFindChild(STACK_CHECKS_ID) as StackChecks | undefined;
    return (existing ?? new StackChecks(stack)).checks;
  }

  public readonly checks: SynthChecks;

  private constructor(stack: Stack) {
    super(stack, STACK_CHECKS_ID);
    this.checks = new SynthChecks(stack, isUnresolved);
    this.node.addValidation({ validate: () => { this.checks.run(); return []; } });
  }
}
