import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

const groups = new WeakMap<TerraformStack, Map<string, unknown[]>>();

/**
 * Registers `member` for a check that looks at the whole stack of `scope` (e.g. which providers it has). The check
 * runs once per stack and key at synth, for all members together, so N constructs cost one walk of the stack
 * instead of N. It returns one message per problem.
 */
export function validateWithStack<T>(scope: IConstruct, key: string, member: T,
  check: (stack: TerraformStack, members: readonly T[]) => string[]): void {
  const stack = TerraformStack.of(scope);
  let byKey = groups.get(stack);
  if (!byKey) {
    byKey = new Map();
    groups.set(stack, byKey);
  }
  let members = byKey.get(key) as T[] | undefined;
  if (!members) {
    const registered: T[] = [];
    members = registered;
    byKey.set(key, registered);
    stack.node.addValidation({ validate: () => check(stack, registered) });
  }
  members.push(member);
}
