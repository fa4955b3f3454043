/**
 * `RedshiftServerlessManagedEndpoint` and `RedshiftServerlessEndpointAuthorization` with a `CfnWorkgroup` of another
 * stack: the owner's account taken from that stack as `OwnerAccount`, the workgroup's literal name rendered instead of
 * a cross-stack reference, and another region, or an account that cannot be compared at synth, refused.
 */
import { Stack, aws_ec2 as ec2, aws_redshiftserverless as redshiftserverless } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { RedshiftServerlessEndpointAuthorization, RedshiftServerlessManagedEndpoint, RedshiftServerlessManagedEndpointProps } from '../../lib/aws';
import { SERVERLESS_ENDPOINT_RESOURCE_TYPE, SERVERLESS_GRANT_RESOURCE_TYPE } from '../../lib/aws/private/redshift-serverless-function';
import { StackEnv, crossStackReferences, ownerAndConsumer } from '../support/aws';
import { namedProperties, validationErrorOf } from '../support/validation';

const OWNER = '111111111111';
const CONSUMER = '222222222222';
const IRELAND = { account: OWNER, region: 'eu-west-1' };
const PARTNER = { account: CONSUMER, region: 'eu-west-1' };
const VIRGINIA = { account: OWNER, region: 'us-east-1' };

function endpoint(stack: Stack, props: Partial<RedshiftServerlessManagedEndpointProps>): RedshiftServerlessManagedEndpoint {
  return new RedshiftServerlessManagedEndpoint(stack, 'Endpoint', {
    endpointName: 'reporting',
    subnetIds: ['subnet-0a1b2c3d4e5f60718'],
    securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'Group', 'sg-0123456789abcdef0')],
    ...props,
  });
}

function workgroupIn(stack: Stack, workgroupName = 'analytics'): redshiftserverless.CfnWorkgroup {
  return new redshiftserverless.CfnWorkgroup(stack, 'Workgroup', { workgroupName });
}

function properties(stack: Stack, type: string): Record<string, unknown> {
  return Object.values(Template.fromStack(stack).findResources(type))[0].Properties;
}

describe('RedshiftServerlessManagedEndpoint with a workgroup of another stack', () => {
  interface Accepted { case: string; ownerEnv: StackEnv; consumerEnv: StackEnv; ownerAccount?: string; expectedOwner: string }
  test.each<Accepted>([
    { case: 'same account and region', ownerEnv: IRELAND, consumerEnv: IRELAND, expectedOwner: 'absent' },
    { case: 'another account (literal)', ownerEnv: IRELAND, consumerEnv: PARTNER, expectedOwner: OWNER },
    { case: 'another account, ownerAccount given and matching', ownerEnv: IRELAND, consumerEnv: PARTNER, ownerAccount: OWNER, expectedOwner: OWNER },
    { case: 'both stacks environment-agnostic', ownerEnv: undefined, consumerEnv: undefined, expectedOwner: 'absent' },
  ])('$case: OwnerAccount $expectedOwner, the literal name, no cross-stack reference, deployed after the workgroup\'s stack',
    ({ ownerEnv, consumerEnv, ownerAccount, expectedOwner }) => {
      // GIVEN
      const { app, owner, consumer } = ownerAndConsumer(ownerEnv, consumerEnv);
      const workgroup = workgroupIn(owner);
      // WHEN
      endpoint(consumer, { workgroup, ownerAccount });
      // THEN
      const rendered = properties(consumer, SERVERLESS_ENDPOINT_RESOURCE_TYPE);
      expect(rendered.WorkgroupName).toBe('analytics');
      expect(rendered.OwnerAccount ?? 'absent').toBe(expectedOwner);
      expect(crossStackReferences(consumer)).toEqual([]);
      expect(consumer.dependencies).toContain(owner);
      app.synth();
    });

  interface Refused { case: string; ownerEnv: StackEnv; consumerEnv: StackEnv; ownerAccount?: string; property: string; message: RegExp }
  test.each<Refused>([
    {
      case: 'another region',
      ownerEnv: IRELAND,
      consumerEnv: VIRGINIA,
      property: 'workgroup',
      message: /^is in region "eu-west-1", not in this stack's region \("us-east-1"\): create the endpoint in a stack of the workgroup's region \(CreateEndpointAccess has no region parameter/,
    },
    {
      case: 'an environment-agnostic owner stack',
      ownerEnv: undefined,
      consumerEnv: PARTNER,
      property: 'workgroup',
      message: /^is in stack "Owner" \(account not known at synth, region not known at synth\), .* or name the workgroup by workgroupName \(and ownerAccount/,
    },
    {
      case: 'an environment-agnostic consumer stack',
      ownerEnv: IRELAND,
      consumerEnv: undefined,
      property: 'workgroup',
      message: /^is in stack "Owner" \(account "111111111111", region "eu-west-1"\), and this stack "Consumer" has account not known at synth/,
    },
    {
      case: 'ownerAccount not the account of the workgroup\'s stack',
      ownerEnv: IRELAND,
      consumerEnv: PARTNER,
      ownerAccount: '333333333333',
      property: 'ownerAccount',
      message: /^must be the account of the workgroup's stack \("111111111111"\), or be left out/,
    },
  ])('$case is refused, naming $property', ({ ownerEnv, consumerEnv, ownerAccount, property, message }) => {
    // GIVEN
    const { owner, consumer } = ownerAndConsumer(ownerEnv, consumerEnv);
    const workgroup = workgroupIn(owner);
    // WHEN
    const error = validationErrorOf(() => endpoint(consumer, { workgroup, ownerAccount }));
    // THEN
    expect(error.constructPath).toBe('Consumer/Endpoint');
    expect(namedProperties(error)).toEqual([property]);
    expect(error.violations[0].message).toMatch(message);
  });

  test('a literal name rendered from another stack must be a workgroup name', () => {
    // GIVEN
    const { owner, consumer } = ownerAndConsumer(IRELAND, PARTNER);
    const workgroup = workgroupIn(owner, 'Analytics');
    // WHEN
    const error = validationErrorOf(() => endpoint(consumer, { workgroup }));
    // THEN
    expect(namedProperties(error)).toEqual(['workgroup.workgroupName']);
    expect(error.message).toContain('workgroup.workgroupName: "Analytics" must contain only lower-case letters, digits and hyphens');
  });
});

describe('RedshiftServerlessEndpointAuthorization with a workgroup of another stack', () => {
  test('of the same account and region: the literal name, not an import', () => {
    // GIVEN
    const { app, owner, consumer: grants } = ownerAndConsumer(IRELAND, IRELAND);
    const workgroup = workgroupIn(owner);
    // WHEN
    const grant = new RedshiftServerlessEndpointAuthorization(grants, 'Grant', { workgroup, account: CONSUMER });
    // THEN
    expect(properties(grants, SERVERLESS_GRANT_RESOURCE_TYPE).WorkgroupName).toBe('analytics');
    expect(grant.workgroupName).toBe('analytics');
    expect(crossStackReferences(grants)).toEqual([]);
    expect(grants.dependencies).toContain(owner);
    app.synth();
  });

  test.each<[string, StackEnv, RegExp]>([
    ['another account', PARTNER, /^is in account "111111111111", not in this stack's account \("222222222222"\): make the grant in a stack of the workgroup's account/],
    ['another region', VIRGINIA, /^is in region "eu-west-1", not in this stack's region \("us-east-1"\): make the grant in a stack of the workgroup's region/],
    ['an environment-agnostic stack', undefined, /cannot be told at synth; give both stacks an env with a literal account and region, or name the workgroup by workgroupName$/],
  ])('in %s is refused', (_, grantsEnv, message) => {
    // GIVEN
    const { owner, consumer: grants } = ownerAndConsumer(IRELAND, grantsEnv);
    const workgroup = workgroupIn(owner);
    // WHEN
    const error = validationErrorOf(() => new RedshiftServerlessEndpointAuthorization(grants, 'Grant', { workgroup, account: '333333333333' }));
    // THEN
    expect(namedProperties(error)).toEqual(['workgroup']);
    expect(error.violations[0].message).toMatch(message);
  });
});
