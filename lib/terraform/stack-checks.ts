import { Aspects, TerraformElement, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { isUnresolved } from './validation';
import { CheckFor, SynthChecks } from '../core/synth-checks';
import { Validator } from '../core/validator';

const ID = 'PrivateAccessConstructsChecks';

/** Each stack's checks, found without a lookup among the stack's children (every construct of a stack asks). */
const HELD = new WeakMap<TerraformStack, SynthChecks>();

/**
 * Holds a stack's synth-time checks and runs them where every way of synthesizing passes after aspects: as a
 * validation (`app.synth()`, `Testing.synth(stack, true)`) and when the stack is rendered (`Testing.synth(stack)`,
 * `synthScope`, `fullSynth`, which skip validations). Either way the user gets the library's `ValidationError`, and
 * cdktf's own messages about the same stack are not printed beside it. It renders nothing.
 */
class StackChecks extends TerraformElement {
  public static of(scope: IConstruct): SynthChecks {
    const stack = TerraformStack.of(scope);
    let checks = HELD.get(stack);
    if (checks === undefined) {
      checks = new StackChecks(stack).checks;
      HELD.set(stack, checks);
    }
    return checks;
  }

  public readonly checks: SynthChecks;
  /** Whether the aspects of the current synthesis have run (the app also renders each stack once before them). */
  private aspectsInvoked = false;

  private constructor(stack: TerraformStack) {
    super(stack, ID);
    this.checks = new SynthChecks(stack, isUnresolved);
    this.node.addValidation({
      validate: () => {
        this.aspectsInvoked = false; // checked here, so rendering need not check again
        this.checks.run();
        return [];
      },
    });
    Aspects.of(stack).add({ visit: node => { if (node === stack) this.aspectsInvoked = true; } });
  }

  public toTerraform(): any {
    return this.renderNothing();
  }

  public toHclTerraform(): any {
    return this.renderNothing();
  }

  private renderNothing(): {} {
    if (this.aspectsInvoked) {
      this.aspectsInvoked = false;
      this.checks.run();
    }
    return {};
  }
}

/** Checks state that can still change after construction (`addZone()`, aspects) when the stack is synthesized. */
export function checkAtSynth(scope: IConstruct, checks: (validator: Validator) => void): void {
  StackChecks.of(scope).add(scope, checks);
}

/**
 * Registers `member` for a synth-time check of the whole stack that runs once for all members under `key` (see
 * `SynthChecks.addShared`).
 */
export function validateStackAtSynth<T>(scope: IConstruct, key: string, member: T,
  check: (stack: TerraformStack, members: readonly T[], checkFor: CheckFor) => void): void {
  const stack = TerraformStack.of(scope);
  StackChecks.of(scope).addShared(key, member, (members: readonly T[], checkFor) => check(stack, members, checkFor));
}
