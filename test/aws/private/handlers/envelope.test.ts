/**
 * The custom resource protocol that `envelope.ts` keeps for every handler: first around a work of the test's own, then
 * with each of the library's handlers driven through it, so that none of them answers CloudFormation its own way.
 */
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import {
  CREATE_FAILED_ID, CloudFormationResponse, CustomResourceEvent, HandlerContext, MAX_RESPONSE_BYTES,
} from '../../../../lib/aws/private/handlers/cloudformation';
import {
  EnvelopeOptions, Handler, HandlerWork, Request, RequestError, WorkResult, customResourceHandler,
} from '../../../../lib/aws/private/handlers/envelope';
import {
  SERVERLESS_ENDPOINT_RESOURCE_TYPE, SERVERLESS_GRANT_RESOURCE_TYPE, SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE,
} from '../../../../lib/aws/private/handlers/serverless/resource-types';
import * as endpoint from '../../../../lib/aws/private/handlers/serverless-endpoint';
import * as policy from '../../../../lib/aws/private/handlers/serverless-policy';
import * as snapshotShare from '../../../../lib/aws/private/handlers/snapshot-share';

const STACK_ID = 'arn:aws:cloudformation:eu-west-1:111122223333:stack/Stack/00000000-aaaa-bbbb-cccc-000000000000';
const RESPONSE_URL = 'https://cloudformation-custom-resource-response-euwest1.s3.eu-west-1.amazonaws.com/signed?X-Amz-Signature=abc';
const CONTEXT: HandlerContext = { logStreamName: 'stream-1', getRemainingTimeInMillis: () => 300_000 };
const NOW = 1_700_000_000_000;

/** A request of `type`, as CloudFormation sends it. */
function eventOf<P>(type: string, properties: P, request: Partial<CustomResourceEvent<P>> = {}): CustomResourceEvent<P> {
  return {
    RequestType: 'Create',
    ResponseURL: RESPONSE_URL,
    StackId: STACK_ID,
    RequestId: 'request-1',
    LogicalResourceId: 'Resource',
    ResourceType: type,
    ResourceProperties: properties,
    ...request,
  };
}

/** A CloudFormation client whose DescribeStacks answers `status`. */
const stackIn = (status: string) =>
  ({ send: async () => ({ Stacks: [{ StackId: STACK_ID, StackStatus: status }] }) }) as unknown as CloudFormationClient;

/** The responses the handlers under test sent, parsed, and as sent. */
let responses: CloudFormationResponse[];
let bodies: string[];
const respond = async (_url: string, body: string) => {
  bodies.push(body);
  responses.push(JSON.parse(body));
};

beforeEach(() => {
  responses = [];
  bodies = [];
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => jest.restoreAllMocks());

const logged = () => (console.log as jest.Mock).mock.calls.flat().join('\n');

describe('the envelope around a work', () => {
  /** A client the work receives; `made` counts how many the handler made. */
  let made: number;
  /** The requests the work was given. */
  let requests: Request<CustomResourceEvent<object>, string>[];

  beforeEach(() => {
    made = 0;
    requests = [];
  });

  function handlerOf(work: (request: Request<CustomResourceEvent<object>, string>) => Promise<WorkResult>,
    options: EnvelopeOptions<string> = {}): Handler<CustomResourceEvent<object>> {
    const handlerWork: HandlerWork<CustomResourceEvent<object>, string> = {
      newClient: () => `client-${++made}`,
      work: request => {
        requests.push(request);
        return work(request);
      },
    };
    return customResourceHandler(handlerWork, { cloudFormation: stackIn('UPDATE_IN_PROGRESS'), now: () => NOW, respond, ...options });
  }

  test('the work\'s physical id and data are the SUCCESS response; its deadline is the time left less the response reserve', async () => {
    // GIVEN
    const handler = handlerOf(async () => ({ physicalResourceId: 'resource-1', data: { Address: 'host' } }), { responseReserveMs: 20_000 });
    // WHEN
    await handler(eventOf('Custom::Thing', {}), CONTEXT);
    // THEN
    expect(responses).toEqual([{
      Status: 'SUCCESS',
      PhysicalResourceId: 'resource-1',
      Data: { Address: 'host' },
      StackId: STACK_ID,
      RequestId: 'request-1',
      LogicalResourceId: 'Resource',
      NoEcho: false,
    }]);
    expect(requests[0].deadline).toBe(NOW + 300_000 - 20_000);
  });

  test.each<[string, Partial<CustomResourceEvent<object>>, string | undefined, string]>([
    ['a Create that made nothing', {}, undefined, `${CREATE_FAILED_ID}:request-1`],
    ['a Create that made a resource before it failed', {}, 'made-1', 'made-1'],
    ['an Update', { RequestType: 'Update', PhysicalResourceId: 'resource-1' }, undefined, 'resource-1'],
    ['an Update that made a replacement before it failed', { RequestType: 'Update', PhysicalResourceId: 'resource-1' }, 'made-1', 'made-1'],
    ['a Delete', { RequestType: 'Delete', PhysicalResourceId: 'resource-1' }, undefined, 'resource-1'],
    ['a Delete of a failed Create', { RequestType: 'Delete', PhysicalResourceId: `${CREATE_FAILED_ID}:request-0` }, undefined, `${CREATE_FAILED_ID}:request-0`],
  ])('the FAILED answer to %s names what a Delete can act on', async (_case, request, madeId, expected) => {
    // GIVEN a work that fails, after naming what it made
    const handler = handlerOf(async ({ made: madeResource }) => {
      if (madeId !== undefined) madeResource(madeId);
      throw new RequestError('it broke');
    });
    // WHEN
    await handler(eventOf('Custom::Thing', {}, request), CONTEXT);
    // THEN
    expect(responses).toEqual([expect.objectContaining({ Status: 'FAILED', PhysicalResourceId: expected })]);
  });

  test.each<[string, Error, string]>([
    ['a RequestError as its message', new RequestError('the snapshot does not exist'), 'the snapshot does not exist'],
    ['any other error with its name', Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }), 'AccessDeniedException: not authorized'],
  ])('the Reason reports %s, and names the log stream', async (_case, error, reason) => {
    // GIVEN
    const handler = handlerOf(async () => { throw error; });
    // WHEN
    await handler(eventOf('Custom::Thing', {}), CONTEXT);
    // THEN
    expect(responses[0].Reason).toBe(`${reason} (log stream stream-1)`);
    expect(logged()).toContain(reason);
  });

  test('a Reason too long for CloudFormation is cut so that the response fits in 4 KB', async () => {
    // GIVEN
    const handler = handlerOf(async () => { throw new RequestError('x'.repeat(5_000)); });
    // WHEN
    await handler(eventOf('Custom::Thing', {}), CONTEXT);
    // THEN
    expect(Buffer.byteLength(bodies[0])).toBeLessThanOrEqual(MAX_RESPONSE_BYTES);
    expect(responses[0].Reason).toMatch(/^x+\.\.\.$/);
  });

  test('the client is made on the first request and kept for the next ones; a client given is used as it is', async () => {
    // GIVEN
    const handler = handlerOf(async ({ client }) => ({ physicalResourceId: client }));
    const given = handlerOf(async ({ client }) => ({ physicalResourceId: client }), { client: 'given' });
    // WHEN
    await handler(eventOf('Custom::Thing', {}), CONTEXT);
    await handler(eventOf('Custom::Thing', {}), CONTEXT);
    await given(eventOf('Custom::Thing', {}), CONTEXT);
    // THEN
    expect(responses.map(r => r.PhysicalResourceId)).toEqual(['client-1', 'client-1', 'given']);
    expect(made).toBe(1);
  });

  test('the work reads the stack\'s status through the envelope\'s CloudFormation client', async () => {
    // GIVEN
    const handler = handlerOf(async ({ stackStatus }) => ({ physicalResourceId: `${await stackStatus()}` }),
      { cloudFormation: stackIn('UPDATE_ROLLBACK_IN_PROGRESS') });
    // WHEN
    await handler(eventOf('Custom::Thing', {}, { RequestType: 'Delete', PhysicalResourceId: 'resource-1' }), CONTEXT);
    // THEN
    expect(responses[0].PhysicalResourceId).toBe('UPDATE_ROLLBACK_IN_PROGRESS');
  });
});

/** A handler of the library, built on fakes, with a Create it serves. */
interface HandlerCase {
  readonly build: (options: EnvelopeOptions<never>) => Handler<any>;
  readonly create: CustomResourceEvent<unknown>;
}

const HANDLER_CASES: Record<string, HandlerCase> = {
  'snapshot share': {
    build: snapshotShare.createHandler,
    create: eventOf('Custom::RedshiftSnapshotShare', { SnapshotIdentifier: 'nightly', Accounts: ['222233334444'] }),
  },
  'Serverless endpoint': {
    build: endpoint.createHandler,
    create: eventOf(SERVERLESS_ENDPOINT_RESOURCE_TYPE, { EndpointName: 'reports', WorkgroupName: 'analytics', SubnetIds: ['subnet-1'] }),
  },
  'Serverless grant': {
    build: policy.createHandler,
    create: eventOf(SERVERLESS_GRANT_RESOURCE_TYPE, { WorkgroupName: 'analytics', Account: '222233334444' }),
  },
  'Serverless snapshot share': {
    build: policy.createHandler,
    create: eventOf(SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE, {
      SnapshotArn: 'arn:aws:redshift-serverless:eu-west-1:111122223333:snapshot/0a1b2c3d-0000-4000-8000-00000000000a',
      Accounts: ['222233334444'],
    }),
  },
};

describe.each(Object.keys(HANDLER_CASES))('the %s handler through the envelope', name => {
  const { build, create } = HANDLER_CASES[name];
  /** A service client whose every call is denied. */
  let service: { send: jest.Mock };

  const run = async (request: CustomResourceEvent<unknown>, stackStatus = 'CREATE_IN_PROGRESS') => {
    service = { send: jest.fn(async () => { throw Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }); }) };
    const handler = build({ client: service as never, cloudFormation: stackIn(stackStatus), respond, sleep: async () => undefined });
    await handler(request, CONTEXT);
    expect(responses).toHaveLength(1);
    return responses[0];
  };

  test('a Create whose call is denied answers FAILED with the id of a Create that made nothing, naming the log stream', async () => {
    // WHEN
    const response = await run(create);
    // THEN
    expect(service.send).toHaveBeenCalled();
    expect(response).toMatchObject({ Status: 'FAILED', PhysicalResourceId: `${CREATE_FAILED_ID}:request-1` });
    expect(response.Reason).toMatch(/AccessDeniedException: not authorized.* \(log stream stream-1\)$/);
    expect(logged()).toContain('request-1');
    expect(logged()).not.toContain('X-Amz-Signature');
  });

  test('a Create delivered after the stack rolled back makes no call and answers SUCCESS with the id of a Create that made nothing', async () => {
    // WHEN
    const response = await run(create, 'ROLLBACK_IN_PROGRESS');
    // THEN
    expect(service.send).not.toHaveBeenCalled();
    expect(response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: `${CREATE_FAILED_ID}:request-1` });
  });

  test('a request of a type CloudFormation does not send makes no call and answers FAILED with its physical id unchanged', async () => {
    // WHEN
    const response = await run({ ...create, RequestType: 'Replace' as 'Create', PhysicalResourceId: 'resource-1' });
    // THEN
    expect(service.send).not.toHaveBeenCalled();
    expect(response).toMatchObject({ Status: 'FAILED', PhysicalResourceId: 'resource-1', Reason: 'unknown RequestType "Replace" (log stream stream-1)' });
  });
});
