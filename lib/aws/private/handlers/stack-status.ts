/**
 * What the handlers ask CloudFormation about their own stack: whether it is rolling back, and whether it still waits
 * for a Create at all. Lambda may deliver an asynchronous event more than once, also after the stack it came from
 * rolled back or was deleted; such a Create must leave nothing behind that no resource owns.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeStacks.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html
 */
// The Lambda Node.js runtime provides the SDK v3 clients; the package declares them only for development.
// eslint-disable-next-line import/no-extraneous-dependencies
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { CallRunner, errorName, errorText } from './calls';

/**
 * How a stack reads once DescribeStacks no longer knows it. By its unique ID a deleted stack is answered as
 * DELETE_COMPLETE for 90 days; afterwards the call fails with a ValidationError that says it does not exist.
 */
export const GONE = 'DELETE_COMPLETE';

/** The statuses of a rollback (of a create, an update or an import) and its cleanup. */
const ROLLING_BACK = /ROLLBACK_(IN_PROGRESS|COMPLETE_CLEANUP_IN_PROGRESS)$/;

/**
 * The statuses in which CloudFormation creates no resource: a rollback, a deletion and every settled status. A Create
 * comes only while a stack is created, updated or imported (`CREATE_`, `UPDATE_`, `IMPORT_IN_PROGRESS`); a status
 * not documented today counts as one of those, so that a new one never silently skips real work.
 */
const CREATES_NOTHING = /ROLLBACK|DELETE|_COMPLETE$|_FAILED$|CLEANUP_IN_PROGRESS$|^REVIEW_IN_PROGRESS$/;

/** The status of stack `stackId` (`GONE` once it is unknown), or undefined when it could not be read. */
export async function stackStatus(client: CloudFormationClient, stackId: string, runner: CallRunner): Promise<string | undefined> {
  try {
    const answer = await runner.call('DescribeStacks', abortSignal =>
      client.send(new DescribeStacksCommand({ StackName: stackId }), { abortSignal }));
    const status = answer.Stacks?.[0]?.StackStatus;
    console.log(`Stack status: ${status}`);
    return status;
  } catch (e) {
    if (errorName(e) === 'ValidationError' && /does not exist/.test((e as Error).message)) return GONE;
    console.log(`Could not read the stack's status: ${errorText(e)}`);
    return undefined;
  }
}

/** Whether `status` is a rollback's (an unknown status is not). */
export function isRollingBack(status: string | undefined): boolean {
  return status !== undefined && ROLLING_BACK.test(status);
}

/**
 * Whether `event` is a Create that no stack waits for any more: a late delivery after its stack rolled back, was
 * deleted, or settled. Such a Create must do nothing. When the status cannot be read, the Create is carried out (as
 * before this check): availability over the rare late delivery.
 */
export async function isLateCreate(event: { readonly RequestType: string; readonly StackId: string }, client: CloudFormationClient,
  runner: CallRunner): Promise<boolean> {
  if (event.RequestType !== 'Create') return false;
  const status = await stackStatus(client, event.StackId, runner);
  if (status === undefined || !CREATES_NOTHING.test(status)) return false;
  console.log(`The stack is ${status}: it waits for no Create, so this one (delivered late) does nothing`);
  return true;
}
