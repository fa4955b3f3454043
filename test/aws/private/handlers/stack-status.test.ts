import { CloudFormationClient, StackStatus } from '@aws-sdk/client-cloudformation';
import { CallRunner, DEFAULT_RETRY } from '../../../../lib/aws/private/handlers/calls';
import { isLateCreate } from '../../../../lib/aws/private/handlers/stack-status';

const STACK_ID = 'arn:aws:cloudformation:eu-west-1:111122223333:stack/Stack/00000000-aaaa-bbbb-cccc-000000000000';

/** A CloudFormation client whose DescribeStacks answers `status`, or fails with `error`. */
function cloudFormation(answer: { status?: string; error?: Error }): CloudFormationClient {
  const send = async () => {
    if (answer.error) throw answer.error;
    return { Stacks: [{ StackId: STACK_ID, StackStatus: answer.status }] };
  };
  return { send } as unknown as CloudFormationClient;
}

const runner = new CallRunner({ now: () => 0, sleep: async () => undefined, random: () => 0, retry: DEFAULT_RETRY, callTimeoutMs: 1_000 }, Infinity);
const create = { RequestType: 'Create', StackId: STACK_ID };

beforeEach(() => jest.spyOn(console, 'log').mockImplementation(() => undefined));

describe('isLateCreate', () => {
  /** The only statuses in which CloudFormation creates resources, and so may wait for a Create. */
  const CREATING = ['CREATE_IN_PROGRESS', 'UPDATE_IN_PROGRESS', 'IMPORT_IN_PROGRESS'];

  test.each(Object.values(StackStatus))('a Create while the stack is %s is late exactly when CloudFormation creates nothing then', async status => {
    // WHEN
    const late = await isLateCreate(create, cloudFormation({ status }), runner);
    // THEN
    expect(late).toBe(!CREATING.includes(status));
  });

  test.each<[string, { status?: string; error?: Error }, boolean]>([
    ['a stack DescribeStacks no longer knows (deleted over 90 days ago) is gone: late',
      { error: Object.assign(new Error(`Stack with id ${STACK_ID} does not exist`), { name: 'ValidationError' }) }, true],
    ['an unreadable status (access denied) lets the Create run, as before the check',
      { error: Object.assign(new Error('not authorized to perform cloudformation:DescribeStacks'), { name: 'AccessDenied' }) }, false],
    ['a status not documented today lets the Create run', { status: 'MIGRATE_IN_PROGRESS' }, false],
  ])('%s', async (_case, answer, expected) => {
    expect(await isLateCreate(create, cloudFormation(answer), runner)).toBe(expected);
  });

  test.each(['Update', 'Delete'])('a request of type %s is never a late Create, and the status is not read for it', async type => {
    // GIVEN a client that would fail the test if called
    const client = { send: jest.fn() } as unknown as CloudFormationClient;
    // WHEN / THEN
    expect(await isLateCreate({ RequestType: type, StackId: STACK_ID }, client, runner)).toBe(false);
    expect(client.send).not.toHaveBeenCalled();
  });
});
