import { Construct, IConstruct } from 'constructs';
import { ValidationError, Violation } from './validation-error';
import { UnresolvedPredicate, Validator } from './validator';

/** Runs `checks` for `scope`, attributing what they find to `scope`'s path. */
export type CheckFor = (scope: IConstruct, checks: (validator: Validator) => void) => void;

interface SharedCheck {
  readonly members: unknown[];
  readonly check: (members: readonly unknown[], checkFor: CheckFor) => void;
}

/**
 * The checks of one stack that must wait for synthesis, because what they check can still change after construction
 * (`addZone()`, `addAccount()`, tags added by aspects, the stack's providers). Each engine runs them once the tree is
 * final, in every way its users synthesize, and throws one `ValidationError` for the whole stack.
 */
export class SynthChecks {
  private readonly checks: Array<[IConstruct, (validator: Validator) => void]> = [];
  private readonly shared = new Map<string, SharedCheck>();

  constructor(private readonly stack: IConstruct, private readonly isUnresolved: UnresolvedPredicate) {}

  /** Registers checks of one construct. */
  public add(scope: IConstruct, checks: (validator: Validator) => void): void {
    this.checks.push([scope, checks]);
  }

  /**
   * Registers `member` for a check that looks at the whole stack once for all its members (e.g. which providers the
   * stack has), so N constructs cost one walk of the stack instead of N. The first registration's check is used.
   */
  public addShared<T>(key: string, member: T, check: (members: readonly T[], checkFor: CheckFor) => void): void {
    let entry = this.shared.get(key);
    if (!entry) {
      entry = { members: [], check: check as SharedCheck['check'] };
      this.shared.set(key, entry);
    }
    entry.members.push(member);
  }

  /** Runs every check; throws one `ValidationError` naming the stack and, for each violation, its construct. */
  public run(): void {
    const found: Violation[] = [];
    const checkFor: CheckFor = (scope, checks) => {
      const validator = new Validator(this.isUnresolved);
      checks(validator);
      for (const violation of validator.violations) found.push({ constructPath: scope.node.path, ...violation });
    };
    for (const [scope, checks] of this.checks) checkFor(scope, checks);
    for (const { members, check } of this.shared.values()) check(members, checkFor);
    if (found.length > 0) throw new ValidationError(this.stack.node.path, found);
  }
}

const HOLDER_ID = 'PrivateAccessConstructsChecks';
const HELD = new WeakMap<IConstruct, SynthChecks>();

/**
 * The synth-time checks of `stack`, held by a child construct made on first use that runs them as a validation. That
 * suits an engine whose every way of synthesizing runs validations after aspects (aws-cdk-lib: `app.synth()` and
 * `Template.fromStack()`). The holder adds nothing to the output.
 */
export function synthChecksOf(stack: IConstruct, isUnresolved: UnresolvedPredicate): SynthChecks {
  const existing = stack.node.tryFindChild(HOLDER_ID);
  if (existing) return HELD.get(existing)!;
  const holder = new Construct(stack, HOLDER_ID);
  const checks = new SynthChecks(stack, isUnresolved);
  holder.node.addValidation({ validate: () => { checks.run(); return []; } });
  HELD.set(holder, checks);
  return checks;
}
