/**
 * `RedshiftServerlessManagedEndpoint` under CloudFormation's real event order: synthesized templates deployed to an
 * emulated stack (update phase, cleanup phase, rollbacks, stack deletion) whose custom resources run the library's
 * handler against an emulated Redshift Serverless that enforces the IAM policies deployed at each moment. After each
 * sequence, the endpoints must be exactly those the deployed app declares, each ACTIVE: none left behind, none lost.
 */
import { CreateEndpointAccessCommand } from '@aws-sdk/client-redshift-serverless';
import { CfnWaitConditionHandle, Stack, aws_ec2 as ec2 } from 'aws-cdk-lib';
import { RedshiftServerlessManagedEndpoint, RedshiftServerlessManagedEndpointProps } from '../../lib/aws';
import { CREATE_FAILED_ID } from '../../lib/aws/private/handlers/cloudformation';
import { HandlerOptions, createHandler } from '../../lib/aws/private/handlers/serverless-endpoint';
import { SERVERLESS_ENDPOINT_RESOURCE_TYPE } from '../../lib/aws/private/redshift-serverless-function';
import { validatedApp } from '../support/aws';
import { CustomResourceHandler, EmulatedStack, FAIL_ON_DEPLOY, Template } from '../support/cloudformation-emulator';
import { answerOf } from '../support/handler-answer';
import { LATE_CREATES, deliverCreateLate } from '../support/late-create';
import { EmulatedRedshiftServerless } from '../support/redshift-serverless-emulator';

const OWNER = '444455556666';
const SUBNETS = ['subnet-0a1b2c3d4e5f60718', 'subnet-1a1b2c3d4e5f60718'];
const OTHER_SUBNETS = ['subnet-2a1b2c3d4e5f60718'];

let serverless: EmulatedRedshiftServerless;
let handlerOptions: HandlerOptions;
let failures: string[];

beforeEach(() => {
  serverless = new EmulatedRedshiftServerless();
  serverless.createWorkgroup('analytics');
  serverless.createWorkgroup('partner-analytics', OWNER);
  handlerOptions = {};
  failures = [];
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => {
  // The handler never works after it answered.
  expect(serverless.callsAfterClose).toEqual([]);
});

/** The library's handler, as the function runs it, with the emulated client and the virtual clock. */
const endpointHandler: CustomResourceHandler = async (request, invocation) => {
  const { client, close } = serverless.clientFor(invocation.caller, invocation.policies);
  try {
    return await answerOf(request, invocation.remainingMs, respond => createHandler({
      client,
      cloudFormation: invocation.cloudFormation,
      now: serverless.clock.now,
      sleep: serverless.clock.sleep,
      random: () => 0.5,
      respond,
      ...handlerOptions,
    }), failures);
  } finally {
    close();
  }
};

function emulatedStack(): EmulatedStack {
  return new EmulatedStack({ name: 'Endpoints', clock: serverless.clock, handlers: { [SERVERLESS_ENDPOINT_RESOURCE_TYPE]: endpointHandler } });
}

type Spec = Partial<RedshiftServerlessManagedEndpointProps> & { securityGroupIds?: string[]; failOnDeploy?: boolean };

/** The template of a stack with these endpoints (by construct id), as `cdk synth` writes it, checked by AWS's validator. */
function template(endpoints: Record<string, Spec>, extra?: (stack: Stack) => void): Template {
  const app = validatedApp();
  const stack = new Stack(app, 'Endpoints', { env: { account: '111122223333', region: 'eu-west-1' } });
  new CfnWaitConditionHandle(stack, 'Other');
  for (const [id, { securityGroupIds = ['sg-0123456789abcdef0'], failOnDeploy, ...props }] of Object.entries(endpoints)) {
    const endpoint = new RedshiftServerlessManagedEndpoint(stack, id, {
      endpointName: id.toLowerCase(),
      workgroupName: 'analytics',
      subnetIds: SUBNETS,
      securityGroups: securityGroupIds.map((sg, i) => ec2.SecurityGroup.fromSecurityGroupId(stack, `${id}Group${i}`, sg)),
      ...props,
    });
    if (failOnDeploy) endpoint.resource.addMetadata(FAIL_ON_DEPLOY, true);
  }
  extra?.(stack);
  return app.synth().getStackByName('Endpoints').template;
}

/** A resource that fails its deploy, so that CloudFormation rolls the update back. */
function failing(stack: Stack): void {
  new CfnWaitConditionHandle(stack, 'Breaks').addMetadata(FAIL_ON_DEPLOY, true);
}

const summary = () => serverless.endpointsNow().map(e => `${e.name} ${e.status} ${e.workgroup} ${e.subnets.join(',')} ${e.securityGroups.join(',')}`);

describe('RedshiftServerlessManagedEndpoint lifecycle under CloudFormation\'s event order', () => {
  test('a create answers once the endpoint is ACTIVE, with its attributes, within the IAM policy the template deploys', async () => {
    // GIVEN
    const stack = emulatedStack();
    // WHEN
    const result = await stack.deploy(template({ Reader: {} }));
    // THEN
    expect(result.status).toBe('UPDATE_COMPLETE');
    expect(failures).toEqual([]);
    expect(summary()).toEqual([`reader ACTIVE 111122223333/analytics ${SUBNETS.join(',')} sg-0123456789abcdef0`]);
    expect(result.events.find(e => e.logicalId.startsWith('Reader'))).toMatchObject({ action: 'Create', physicalId: 'reader', status: 'COMPLETE' });
  });

  test('another account\'s workgroup, by ownerAccount', async () => {
    const stack = emulatedStack();
    await stack.deploy(template({ Partner: { workgroupName: 'partner-analytics', ownerAccount: OWNER } }));
    expect(failures).toEqual([]);
    expect(summary()).toEqual([`partner ACTIVE ${OWNER}/partner-analytics ${SUBNETS.join(',')} sg-0123456789abcdef0`]);
  });

  test('new security groups are set in place: the same endpoint, no new one', async () => {
    // GIVEN
    const stack = emulatedStack();
    await stack.deploy(template({ Reader: {} }));
    // WHEN
    const result = await stack.deploy(template({ Reader: { securityGroupIds: ['sg-0123456789abcdef1', 'sg-0123456789abcdef2'] } }));
    // THEN
    expect(result.status).toBe('UPDATE_COMPLETE');
    expect(failures).toEqual([]);
    expect(serverless.created).toEqual(['reader']);
    expect(summary()).toEqual([`reader ACTIVE 111122223333/analytics ${SUBNETS.join(',')} sg-0123456789abcdef1,sg-0123456789abcdef2`]);
  });

  test('other subnets under the same name: the old endpoint goes first, the new one takes its name, nothing is left behind', async () => {
    // GIVEN
    const stack = emulatedStack();
    await stack.deploy(template({ Reader: {} }));
    // WHEN
    const result = await stack.deploy(template({ Reader: { subnetIds: OTHER_SUBNETS } }));
    // THEN
    expect(result.status).toBe('UPDATE_COMPLETE');
    expect(failures).toEqual([]);
    expect(serverless.created).toEqual(['reader', 'reader']);
    expect(result.events.filter(e => e.phase === 'cleanup')).toEqual([]);
    expect(summary()).toEqual([`reader ACTIVE 111122223333/analytics ${OTHER_SUBNETS.join(',')} sg-0123456789abcdef0`]);
  });

  test('a new name: the new endpoint is created beside the old one, which the cleanup phase deletes', async () => {
    // GIVEN
    const stack = emulatedStack();
    await stack.deploy(template({ Reader: {} }));
    // WHEN
    const result = await stack.deploy(template({ Reader: { endpointName: 'reader-two' } }));
    // THEN
    expect(result.status).toBe('UPDATE_COMPLETE');
    expect(failures).toEqual([]);
    expect(result.events.filter(e => e.phase === 'cleanup').map(e => [e.action, e.physicalId, e.status])).toEqual([['Delete', 'reader', 'COMPLETE']]);
    expect(summary()).toEqual([`reader-two ACTIVE 111122223333/analytics ${SUBNETS.join(',')} sg-0123456789abcdef0`]);
  });

  test('a rename rolled back: the old endpoint, which still exists, is taken back, and the new one is deleted', async () => {
    // GIVEN
    const stack = emulatedStack();
    await stack.deploy(template({ Reader: {} }));
    // WHEN a later resource fails the update
    const result = await stack.deploy(template({ Reader: { endpointName: 'reader-two' } }, failing));
    // THEN
    expect(result.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(failures).toEqual([]);
    expect(summary()).toEqual([`reader ACTIVE 111122223333/analytics ${SUBNETS.join(',')} sg-0123456789abcdef0`]);
  });

  test('a subnet change rolled back: the endpoint is rebuilt with the old subnets under its name', async () => {
    const stack = emulatedStack();
    await stack.deploy(template({ Reader: {} }));
    const result = await stack.deploy(template({ Reader: { subnetIds: OTHER_SUBNETS } }, failing));
    expect(result.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(failures).toEqual([]);
    expect(summary()).toEqual([`reader ACTIVE 111122223333/analytics ${SUBNETS.join(',')} sg-0123456789abcdef0`]);
  });

  test('a Create delivered again while its stack is still deploying takes the endpoint the first delivery made as its own', async () => {
    // GIVEN the first delivery made the endpoint, and the stack is still deploying
    const stack = emulatedStack();
    await stack.deploy(template({ Reader: {} }));
    const [first] = stack.requests;
    stack.status = 'UPDATE_IN_PROGRESS';
    // WHEN it comes again, its subnets in another order
    const answer = await stack.redeliver({ ...first, ResourceProperties: { ...first.ResourceProperties, SubnetIds: [...SUBNETS].reverse() } });
    // THEN
    expect(answer).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'reader' });
    expect(serverless.created).toEqual(['reader']);
  });

  test.each(LATE_CREATES)('a Create delivered late, when %s, makes no endpoint', async when => {
    // GIVEN / WHEN the endpoint's Create comes again after the stack stopped waiting for it
    const answer = await deliverCreateLate(emulatedStack(), when, {
      // Another endpoint keeps the function when only the update that added "reader" is rolled back.
      without: template({ Keeper: {} }), with: template({ Keeper: {}, Reader: {} }), withFailure: template({ Keeper: {}, Reader: {} }, failing),
    }, id => id.startsWith('Reader'));
    // THEN it answers that it made nothing, and no endpoint "reader" is left
    expect(answer).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: expect.stringMatching(new RegExp(`^${CREATE_FAILED_ID}:`)) });
    expect(serverless.endpointsNow().filter(e => e.name === 'reader')).toEqual([]);
    expect(failures).toEqual([]);
  });

  test('a name another endpoint has already fails the create, and the rollback leaves that endpoint alone', async () => {
    // GIVEN someone else's endpoint named "reader", to another workgroup
    serverless.createWorkgroup('other');
    const { client } = serverless.clientFor('someone', () => [{ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }]);
    await client.send(new CreateEndpointAccessCommand({ endpointName: 'reader', workgroupName: 'other', subnetIds: SUBNETS }));
    // WHEN
    const result = await emulatedStack().deploy(template({ Reader: {} }));
    // THEN
    expect(result.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(failures).toEqual([expect.stringMatching(/Create Reader.*: an endpoint named reader already exists \(to workgroup other\)/)]);
    expect(serverless.endpointsNow().map(e => e.workgroup)).toEqual(['111122223333/other']);
  });

  test('an endpoint not ACTIVE by the function\'s deadline fails the create, and the rollback deletes it', async () => {
    // GIVEN an endpoint that takes longer than the function may run
    serverless.createMs = 20 * 60_000;
    // WHEN
    const result = await emulatedStack().deploy(template({ Reader: {} }));
    // THEN
    expect(result.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(failures).toEqual([expect.stringMatching(/endpoint reader is CREATING at the function's deadline/)]);
    expect(result.events.find(e => e.phase === 'rollback-cleanup' && e.physicalId === 'reader')).toMatchObject({ action: 'Delete', status: 'COMPLETE' });
    expect(serverless.endpointsNow()).toEqual([]);
  });

  test('deleting the stack deletes the endpoint, also when its workgroup is gone already', async () => {
    // GIVEN two endpoints, one of whose workgroup is deleted underneath
    serverless.createWorkgroup('short-lived');
    const stack = emulatedStack();
    await stack.deploy(template({ Reader: {}, Gone: { workgroupName: 'short-lived' } }));
    serverless.deleteWorkgroup('short-lived');
    // WHEN
    const result = await stack.destroy();
    // THEN
    expect(result.status).toBe('DELETE_COMPLETE');
    expect(failures).toEqual([]);
    expect(serverless.endpointsNow()).toEqual([]);
  });

  test('an update that fails before anything changed keeps the endpoint as it was', async () => {
    const stack = emulatedStack();
    await stack.deploy(template({ Reader: {} }));
    const result = await stack.deploy(template({ Reader: { failOnDeploy: true, securityGroupIds: ['sg-0123456789abcdef1'] } }));
    expect(result.status).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(summary()).toEqual([`reader ACTIVE 111122223333/analytics ${SUBNETS.join(',')} sg-0123456789abcdef0`]);
  });
});
