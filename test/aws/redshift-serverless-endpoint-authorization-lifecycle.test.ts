/**
 * `RedshiftServerlessEndpointAuthorization` under CloudFormation's real event order, against an emulated Redshift
 * Serverless whose workgroup resource policies a put replaces whole. After each sequence the policy must hold exactly
 * the grants the deployed app declares, and every statement someone else put there.
 */
import { CfnWaitConditionHandle, Stack } from 'aws-cdk-lib';
import { RedshiftServerlessEndpointAuthorization, RedshiftServerlessEndpointAuthorizationProps } from '../../lib/aws';
import { CREATE_FAILED_ID } from '../../lib/aws/private/handlers/cloudformation';
import { ServerlessEvent, handler as serverlessEntryPoint } from '../../lib/aws/private/handlers/serverless';
import * as endpointHandlers from '../../lib/aws/private/handlers/serverless-endpoint';
import * as grantHandlers from '../../lib/aws/private/handlers/serverless-policy';
import {
  SERVERLESS_ENDPOINT_RESOURCE_TYPE, SERVERLESS_GRANT_RESOURCE_TYPE, SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE,
} from '../../lib/aws/private/redshift-serverless-function';
import { validatedApp } from '../support/aws';
import { CustomResourceHandler, EmulatedStack, FAIL_ON_DEPLOY, Template } from '../support/cloudformation-emulator';
import { answerOf } from '../support/handler-answer';
import { LATE_CREATES, deliverCreateLate } from '../support/late-create';
import { EmulatedRedshiftServerless } from '../support/redshift-serverless-emulator';

const A = '222233334444';
const B = '555566667777';
const FOREIGN = { Sid: 'ZeroEtl', Effect: 'Allow', Principal: { AWS: ['999988887777'] }, Action: ['redshift:CreateInboundIntegration'] };

let serverless: EmulatedRedshiftServerless;
let failures: string[];

beforeEach(() => {
  serverless = new EmulatedRedshiftServerless();
  serverless.createWorkgroup('analytics');
  serverless.createWorkgroup('reporting');
  failures = [];
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});

/** The library's handlers (the one function's two kinds), with the emulated client and the virtual clock. */
const serverlessHandler: CustomResourceHandler = async (request, invocation) => {
  const { client, close } = serverless.clientFor(invocation.caller, invocation.policies);
  const create = request.ResourceType === SERVERLESS_GRANT_RESOURCE_TYPE ? grantHandlers.createHandler : endpointHandlers.createHandler;
  try {
    return await answerOf(request, invocation.remainingMs, respond => create({
      client, cloudFormation: invocation.cloudFormation, now: serverless.clock.now, sleep: serverless.clock.sleep, random: () => 0.5, respond,
    }), failures);
  } finally {
    close();
  }
};

function emulatedStack(): EmulatedStack {
  return new EmulatedStack({
    name: 'Grants',
    clock: serverless.clock,
    handlers: { [SERVERLESS_GRANT_RESOURCE_TYPE]: serverlessHandler, [SERVERLESS_ENDPOINT_RESOURCE_TYPE]: serverlessHandler },
  });
}

function template(grants: Record<string, Partial<RedshiftServerlessEndpointAuthorizationProps>>, extra?: (stack: Stack) => void): Template {
  const app = validatedApp();
  const stack = new Stack(app, 'Grants', { env: { account: '111122223333', region: 'eu-west-1' } });
  new CfnWaitConditionHandle(stack, 'Other');
  for (const [id, props] of Object.entries(grants)) {
    new RedshiftServerlessEndpointAuthorization(stack, id, { workgroupName: 'analytics', account: A, ...props });
  }
  extra?.(stack);
  return app.synth().getStackByName('Grants').template;
}

const failing = (stack: Stack) => new CfnWaitConditionHandle(stack, 'Breaks').addMetadata(FAIL_ON_DEPLOY, true);

/** Each statement of a workgroup's policy in short: foreign ones by Sid, the grants by account and VPCs. */
const policyOf = (workgroup: string) => serverless.statementsOf(workgroup).map(s => s.Sid === FOREIGN.Sid
  ? 'foreign'
  : `${s.Principal.AWS.join(',')}${s.Condition?.StringLike ? ` from ${s.Condition.StringLike['aws:SourceVpc'].join(',')}` : ''}`);

describe('RedshiftServerlessEndpointAuthorization lifecycle under CloudFormation\'s event order', () => {
  test('a grant is a statement of the workgroup\'s policy, in the shape of the Redshift guide\'s example', async () => {
    // WHEN
    const result = await emulatedStack().deploy(template({ Partner: { vpcIds: ['vpc-0123456789abcdef0'] } }));
    // THEN
    expect(result.status).toBe('UPDATE_COMPLETE');
    expect(failures).toEqual([]);
    const [statement] = serverless.statementsOf('analytics');
    expect(statement).toEqual({
      Sid: expect.stringMatching(/^PrivateAccessConstructs[0-9a-f]{24}$/),
      Effect: 'Allow',
      Principal: { AWS: [A] },
      Action: ['redshift-serverless:CreateEndpointAccess', 'redshift-serverless:UpdateEndpointAccess',
        'redshift-serverless:DeleteEndpointAccess', 'redshift-serverless:GetEndpointAccess'],
      Resource: 'arn:aws:redshift-serverless:*:*:*',
      Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' }, StringLike: { 'aws:SourceVpc': ['vpc-0123456789abcdef0'] } },
    });
  });

  test('statements someone else put survive create, update and delete; the policy stays theirs afterwards', async () => {
    // GIVEN a policy put outside the library
    serverless.putPolicy('analytics', [FOREIGN]);
    const stack = emulatedStack();
    // WHEN / THEN
    await stack.deploy(template({ Partner: {} }));
    expect(policyOf('analytics')).toEqual(['foreign', A]);
    await stack.deploy(template({ Partner: { account: B, vpcIds: ['vpc-1'] } }));
    expect(policyOf('analytics')).toEqual(['foreign', `${B} from vpc-1`]);
    await stack.destroy();
    expect(policyOf('analytics')).toEqual(['foreign']);
    expect(failures).toEqual([]);
  });

  test('several grants of one workgroup become one policy, written one after the other; the last one gone deletes it', async () => {
    // GIVEN
    const stack = emulatedStack();
    const deployed = template({ First: {}, Second: { account: B } });
    // WHEN
    await stack.deploy(deployed);
    // THEN
    expect(policyOf('analytics')).toEqual([A, B]);
    const [first, second] = Object.entries(deployed.Resources).filter(([, r]) => r.Type === SERVERLESS_GRANT_RESOURCE_TYPE).map(([id]) => id);
    expect(deployed.Resources[second].DependsOn).toEqual([first]);
    await stack.deploy(template({}));
    expect(serverless.statementsOf('analytics')).toEqual([]);
    expect(failures).toEqual([]);
  });

  test('a grant moved to another workgroup: written there in the update phase, removed from the old one in the cleanup', async () => {
    const stack = emulatedStack();
    await stack.deploy(template({ Partner: {} }));
    const result = await stack.deploy(template({ Partner: { workgroupName: 'reporting' } }));
    expect(result.events.filter(e => e.phase === 'cleanup').map(e => e.action)).toEqual(['Delete']);
    expect([policyOf('analytics'), policyOf('reporting')]).toEqual([[], [A]]);
    expect(failures).toEqual([]);
  });

  test('an update rolled back leaves the grants as they were', async () => {
    serverless.putPolicy('analytics', [FOREIGN]);
    const stack = emulatedStack();
    await stack.deploy(template({ Partner: {} }));
    const result = await stack.deploy(template({ Partner: { account: B }, Second: { workgroupName: 'reporting' } }, failing));
    expect(result.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect([policyOf('analytics'), policyOf('reporting')]).toEqual([['foreign', A], []]);
    expect(failures).toEqual([]);
  });

  test('a writer elsewhere that drops the grant while it is written: the handler reads back and writes again', async () => {
    // GIVEN another writer that, once, puts its own policy right after ours
    serverless.afterPut = workgroup => {
      serverless.afterPut = undefined;
      serverless.putPolicy(workgroup, [FOREIGN]);
    };
    // WHEN
    await emulatedStack().deploy(template({ Partner: {} }));
    // THEN
    expect(policyOf('analytics')).toEqual(['foreign', A]);
    expect(failures).toEqual([]);
  });

  test('a workgroup deleted underneath: the grant\'s Delete succeeds', async () => {
    const stack = emulatedStack();
    await stack.deploy(template({ Partner: {} }));
    serverless.deleteWorkgroup('analytics');
    expect((await stack.destroy()).status).toBe('DELETE_COMPLETE');
    expect(failures).toEqual([]);
  });

  test.each(LATE_CREATES)('a Create delivered late, when %s, writes no statement', async when => {
    // GIVEN a statement someone else put / WHEN the grant's Create comes again after the stack stopped waiting for it
    serverless.putPolicy('analytics', [FOREIGN]);
    const answer = await deliverCreateLate(emulatedStack(), when, {
      // A grant of another workgroup keeps the function when only the update that added "Partner" is rolled back.
      without: template({ Keeper: { workgroupName: 'reporting' } }),
      with: template({ Keeper: { workgroupName: 'reporting' }, Partner: {} }),
      withFailure: template({ Keeper: { workgroupName: 'reporting' }, Partner: {} }, failing),
    }, id => id.startsWith('Partner'));
    // THEN it answers that it made nothing, and the policy holds only the foreign statement
    expect(answer).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: expect.stringMatching(new RegExp(`^${CREATE_FAILED_ID}:`)) });
    expect(policyOf('analytics')).toEqual(['foreign']);
    expect(failures).toEqual([]);
  });

  test('a grant of a workgroup that does not exist fails the create with a message that says so', async () => {
    const result = await emulatedStack().deploy(template({ Partner: { workgroupName: 'missing' } }));
    expect(result.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(failures).toEqual([expect.stringMatching(/Create Partner.*: workgroup missing does not exist in this account and region/)]);
  });
});

/** A Create of `type` with `properties`, as CloudFormation sends it. */
const createOf = <T extends string, P>(type: T, properties: P) => ({
  RequestType: 'Create' as const,
  ResponseURL: 'https://cloudformation-custom-resource-response.example/signed',
  StackId: 'arn:aws:cloudformation:eu-west-1:111122223333:stack/Grants/00000000-aaaa-bbbb-cccc-000000000000',
  RequestId: 'request-1',
  LogicalResourceId: 'Resource',
  ResourceType: type,
  ResourceProperties: properties,
});

test.each<[string, ServerlessEvent, string]>([
  [SERVERLESS_GRANT_RESOURCE_TYPE, createOf(SERVERLESS_GRANT_RESOURCE_TYPE, { WorkgroupName: 'analytics', Account: A }), 'policy'],
  [SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE, createOf(SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE, { SnapshotArn: 'arn:aws:redshift-serverless:eu-west-1:111122223333:snapshot/x', Accounts: [A] }), 'policy'],
  [SERVERLESS_ENDPOINT_RESOURCE_TYPE, createOf(SERVERLESS_ENDPOINT_RESOURCE_TYPE, { EndpointName: 'e', WorkgroupName: 'analytics', SubnetIds: [] }), 'endpoint'],
])('the function\'s entry point gives a %s request to the %s handler', async (_type, request, expected) => {
  // GIVEN both handlers stubbed
  const called: string[] = [];
  jest.spyOn(grantHandlers, 'handler').mockImplementation(async () => { called.push('policy'); });
  jest.spyOn(endpointHandlers, 'handler').mockImplementation(async () => { called.push('endpoint'); });
  // WHEN
  await serverlessEntryPoint(request);
  // THEN
  expect(called).toEqual([expected]);
});
