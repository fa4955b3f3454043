/**
 * A custom resource's Create delivered again after its stack stopped waiting for it: Lambda may deliver an
 * asynchronous event more than once, and a late copy can arrive while the function still exists, i.e. before the
 * rollback or the deletion that removes the function has reached it.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html
 */
import { EmulatedStack, Template } from './cloudformation-emulator';

/** When the late Create arrives, with the stack status CloudFormation reports then. */
export const LATE_CREATES = [
  'the stack\'s failed creation rolled back (ROLLBACK_IN_PROGRESS)',
  'the update that added the resource rolled back, in its cleanup (UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS)',
  'the update that added the resource rolled back (UPDATE_ROLLBACK_COMPLETE)',
  'the stack is being deleted (DELETE_IN_PROGRESS)',
] as const;

export type LateCreate = typeof LATE_CREATES[number];

/** The templates of a late-Create sequence: the stack without the resource, with it, and with it and a failing resource. */
export interface LateCreateTemplates {
  readonly without: Template;
  readonly with: Template;
  readonly withFailure: Template;
}

/**
 * Plays `when` on `stack` for the resource whose logical id `isIt` recognizes, delivers its first Create again right
 * after the resource was deleted (or after the rollback ended), and returns the answer to that late Create.
 */
export async function deliverCreateLate(stack: EmulatedStack, when: LateCreate, templates: LateCreateTemplates,
  isIt: (logicalId: string) => boolean): Promise<{ Status: string; PhysicalResourceId: string }> {
  let answer: { Status: string; PhysicalResourceId: string } | undefined;
  const again = async () => {
    answer = await stack.redeliver(stack.requests.find(r => r.RequestType === 'Create' && isIt(r.LogicalResourceId))!);
  };
  const afterDeleteIn = (phase: string) => {
    stack.afterEvent = async event => {
      if (event.phase === phase && event.action === 'Delete' && isIt(event.logicalId)) await again();
    };
  };
  switch (when) {
    case LATE_CREATES[0]:
      afterDeleteIn('rollback-cleanup');
      await stack.deploy(templates.withFailure);
      break;
    case LATE_CREATES[1]:
      await stack.deploy(templates.without);
      afterDeleteIn('rollback-cleanup');
      await stack.deploy(templates.withFailure);
      break;
    case LATE_CREATES[2]:
      await stack.deploy(templates.without);
      await stack.deploy(templates.withFailure);
      await again();
      break;
    case LATE_CREATES[3]:
      await stack.deploy(templates.with);
      afterDeleteIn('delete');
      await stack.destroy();
      break;
  }
  stack.afterEvent = undefined;
  if (answer === undefined) throw new Error(`the late Create was never delivered (${when})`);
  return answer;
}
