/**
 * `RedshiftManagedEndpoint` and `RedshiftEndpointAuthorization` with the cluster, or the authorization, in another
 * stack of the app: the owner's account taken from that stack as `ResourceOwner`, the cluster's literal identifier
 * rendered instead of a cross-stack reference, and another region, or an account that cannot be compared at synth,
 * refused.
 */
import { App, Stack, aws_ec2 as ec2 } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { RedshiftEndpointAuthorization, RedshiftManagedEndpoint, RedshiftManagedEndpointProps } from '../../lib/aws';
import { StackEnv, crossStackReferences, ownerAndConsumer } from '../support/aws';
import { SG_ID, ra3Cluster } from '../support/redshift';
import { namedProperties, tryValidation, validationErrorOf } from '../support/validation';

const OWNER = '111111111111';
const CONSUMER = '222222222222';
const IRELAND = { account: OWNER, region: 'eu-west-1' };
const PARTNER = { account: CONSUMER, region: 'eu-west-1' };
const VIRGINIA = { account: OWNER, region: 'us-east-1' };

function endpoint(stack: Stack, props: Partial<RedshiftManagedEndpointProps>, id = 'Endpoint'): RedshiftManagedEndpoint {
  return new RedshiftManagedEndpoint(stack, id, {
    endpointName: 'reporting',
    subnetGroupName: 'endpoint-subnets',
    securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, `${id}Group`, SG_ID)],
    ...props,
  });
}

function endpointAccess(stack: Stack): Record<string, unknown> {
  return Object.values(Template.fromStack(stack).findResources('AWS::Redshift::EndpointAccess'))[0].Properties;
}

describe('a cluster of another stack', () => {
  interface Accepted { case: string; ownerEnv: StackEnv; consumerEnv: StackEnv; resourceOwner?: string; expectedOwner: string }
  test.each<Accepted>([
    { case: 'same account and region', ownerEnv: IRELAND, consumerEnv: IRELAND, expectedOwner: 'absent' },
    { case: 'another account (literal)', ownerEnv: IRELAND, consumerEnv: PARTNER, expectedOwner: OWNER },
    { case: 'another account, resourceOwner given and matching', ownerEnv: IRELAND, consumerEnv: PARTNER, resourceOwner: OWNER, expectedOwner: OWNER },
    { case: 'both stacks environment-agnostic', ownerEnv: undefined, consumerEnv: undefined, expectedOwner: 'absent' },
  ])('$case: ResourceOwner $expectedOwner, the literal identifier, no cross-stack reference, deployed after the cluster\'s stack',
    ({ ownerEnv, consumerEnv, resourceOwner, expectedOwner }) => {
      // GIVEN a cluster with a literal identifier in the owner's stack
      const { app, owner, consumer } = ownerAndConsumer(ownerEnv, consumerEnv);
      const cluster = ra3Cluster(owner, { clusterIdentifier: 'analytics' });
      // WHEN
      endpoint(consumer, { cluster, resourceOwner });
      // THEN
      expect(endpointAccess(consumer)).toEqual(expect.objectContaining({ ClusterIdentifier: 'analytics' }));
      expect(endpointAccess(consumer).ResourceOwner ?? 'absent').toBe(expectedOwner);
      expect(crossStackReferences(consumer)).toEqual([]);
      expect(consumer.dependencies).toContain(owner);
      app.synth();
    });

  interface Refused { case: string; ownerEnv: StackEnv; consumerEnv: StackEnv; resourceOwner?: string; property: string; message: RegExp }
  test.each<Refused>([
    {
      case: 'another region',
      ownerEnv: IRELAND,
      consumerEnv: VIRGINIA,
      property: 'cluster',
      message: /^is in region "eu-west-1", not in this stack's region \("us-east-1"\): create the endpoint in a stack of the cluster's region \(CreateEndpointAccess has no region parameter/,
    },
    {
      case: 'an environment-agnostic owner stack',
      ownerEnv: undefined,
      consumerEnv: PARTNER,
      property: 'cluster',
      message: /^is in stack "Owner" \(account not known at synth, region not known at synth\), and this stack "Consumer" has account "222222222222", region "eu-west-1": whether they are one account and region cannot be told at synth; give both stacks an env/,
    },
    {
      case: 'an environment-agnostic consumer stack',
      ownerEnv: IRELAND,
      consumerEnv: undefined,
      property: 'cluster',
      message: /^is in stack "Owner" \(account "111111111111", region "eu-west-1"\), and this stack "Consumer" has account not known at synth, region not known at synth: .* or name the cluster by clusterIdentifier \(and resourceOwner/,
    },
    {
      case: 'an environment-agnostic owner stack, even with resourceOwner',
      ownerEnv: undefined,
      consumerEnv: PARTNER,
      resourceOwner: OWNER,
      property: 'cluster',
      message: /cannot be told at synth/,
    },
    {
      case: 'resourceOwner not the account of the cluster\'s stack',
      ownerEnv: IRELAND,
      consumerEnv: PARTNER,
      resourceOwner: '333333333333',
      property: 'resourceOwner',
      message: /^must be the account of the cluster's stack \("111111111111"\), or be left out/,
    },
    {
      case: 'resourceOwner naming another account for a cluster of this account',
      ownerEnv: PARTNER,
      consumerEnv: PARTNER,
      resourceOwner: OWNER,
      property: 'resourceOwner',
      message: /^must be the account of the cluster's stack \("222222222222"\)/,
    },
  ])('$case is refused, naming $property', ({ ownerEnv, consumerEnv, resourceOwner, property, message }) => {
    // GIVEN
    const { owner, consumer } = ownerAndConsumer(ownerEnv, consumerEnv);
    const cluster = ra3Cluster(owner, { clusterIdentifier: 'analytics' });
    // WHEN
    const error = validationErrorOf(() => endpoint(consumer, { cluster, resourceOwner }));
    // THEN
    expect(namedProperties(error)).toEqual([property]);
    expect(error.violations[0].message).toMatch(message);
  });

  test('the error names the construct path, the property, the value and the rule', () => {
    // GIVEN
    const { owner, consumer } = ownerAndConsumer(IRELAND, VIRGINIA);
    const cluster = ra3Cluster(owner, { clusterIdentifier: 'analytics' });
    // WHEN
    const error = validationErrorOf(() => endpoint(consumer, { cluster }));
    // THEN
    expect(error.constructPath).toBe('Consumer/Endpoint');
    expect(error.violations).toEqual([expect.objectContaining({ property: 'cluster', value: '<Owner/Cluster>' })]);
    expect(error.message).toBe('Consumer/Endpoint: 1 invalid property\n'
      + '  - cluster: <Owner/Cluster> is in region "eu-west-1", not in this stack\'s region ("us-east-1"): create the endpoint '
      + 'in a stack of the cluster\'s region (CreateEndpointAccess has no region parameter: it looks for the cluster in the '
      + 'region it is called in)');
  });

  test('without a literal identifier, the cluster is referenced across accounts and ResourceOwner still comes from its stack', () => {
    // GIVEN a cluster whose identifier CloudFormation generates
    const { app, owner, consumer } = ownerAndConsumer(IRELAND, PARTNER);
    const cluster = ra3Cluster(owner);
    // WHEN
    endpoint(consumer, { cluster });
    // THEN
    expect(endpointAccess(consumer).ResourceOwner).toBe(OWNER);
    expect(crossStackReferences(consumer)).toEqual(['Fn::GetStackOutput']);
    app.synth();
  });

  test('a literal identifier rendered from another stack must be a cluster identifier', () => {
    // GIVEN
    const { owner, consumer } = ownerAndConsumer(IRELAND, PARTNER);
    const cluster = ra3Cluster(owner, { clusterIdentifier: 'Analytics' });
    // WHEN
    const error = validationErrorOf(() => endpoint(consumer, { cluster }));
    // THEN
    expect(namedProperties(error)).toEqual(['cluster.clusterIdentifier']);
    expect(error.message).toContain('cluster.clusterIdentifier: "Analytics" must contain only lower-case letters');
  });
});

describe('an authorization of another stack', () => {
  test('with the cluster in the owner\'s stack: ResourceOwner from there, the literal identifier, no cross-account lookup', () => {
    // GIVEN the owner's cluster and authorization, in the owner's account
    const { app, owner, consumer } = ownerAndConsumer(IRELAND, PARTNER);
    const cluster = ra3Cluster(owner, { clusterIdentifier: 'analytics' });
    const authorization = new RedshiftEndpointAuthorization(owner, 'Grant', { cluster, account: CONSUMER });
    // WHEN
    endpoint(consumer, { cluster, authorization });
    // THEN
    expect(endpointAccess(consumer)).toEqual(expect.objectContaining({ ClusterIdentifier: 'analytics', ResourceOwner: OWNER }));
    expect(crossStackReferences(consumer)).toEqual([]);
    app.synth();
  });

  test.each<[string, StackEnv, (owner: Stack, app: App) => Partial<RedshiftManagedEndpointProps>, string[], RegExp]>([
    ['in another region', VIRGINIA, owner => ({
      clusterIdentifier: 'analytics',
      authorization: new RedshiftEndpointAuthorization(owner, 'Grant', { clusterIdentifier: 'analytics', account: CONSUMER }),
    }), ['authorization'], /authorization: "Owner\/Grant" is in region "us-east-1", not in this stack's region \("eu-west-1"\)/],
    ['made by another account than the cluster\'s', { account: '333333333333', region: 'eu-west-1' }, (owner, app) => ({
      cluster: ra3Cluster(new Stack(app, 'Clusters', { env: IRELAND }), { clusterIdentifier: 'analytics' }),
      authorization: new RedshiftEndpointAuthorization(owner, 'Grant', { clusterIdentifier: 'analytics', account: CONSUMER }),
    }), ['authorization'], /authorization: "Owner\/Grant" is made by account "333333333333", not by the account of the cluster's stack \("111111111111"\)/],
    ['for another cluster, given by a literal identifier', IRELAND, owner => ({
      clusterIdentifier: 'other',
      authorization: new RedshiftEndpointAuthorization(owner, 'Grant', { cluster: ra3Cluster(owner, { clusterIdentifier: 'analytics' }), account: CONSUMER }),
    }), ['clusterIdentifier'], /clusterIdentifier: "other" must be the cluster of the authorization \("analytics"\)/],
    ['for another CfnCluster, neither identifier known', IRELAND, owner => ({
      cluster: ra3Cluster(owner, {}, 'Mine'),
      authorization: new RedshiftEndpointAuthorization(owner, 'Grant', { cluster: ra3Cluster(owner, {}, 'Theirs'), account: CONSUMER }),
    }), ['cluster'], /cluster: <Owner\/Mine> must be the cluster of the authorization \(<Owner\/Theirs>\)/],
    ['in an environment-agnostic stack, without resourceOwner', undefined, owner => ({
      clusterIdentifier: 'analytics',
      authorization: new RedshiftEndpointAuthorization(owner, 'Grant', { clusterIdentifier: 'analytics', account: CONSUMER }),
    }), ['resourceOwner'], /resourceOwner: not set must be given: the authorization "Owner\/Grant" is in a stack whose account is not known at synth/],
  ])('%s is refused', (_, ownerEnv, props, properties, message) => {
    // GIVEN
    const { app, owner, consumer } = ownerAndConsumer(ownerEnv, PARTNER);
    // WHEN
    const error = validationErrorOf(() => endpoint(consumer, props(owner, app)));
    // THEN
    expect(namedProperties(error)).toEqual(properties);
    expect(error.message).toMatch(message);
  });

  test('in an environment-agnostic stack, resourceOwner names the owner', () => {
    // GIVEN
    const { consumer, owner } = ownerAndConsumer(undefined, PARTNER);
    const authorization = new RedshiftEndpointAuthorization(owner, 'Grant', { clusterIdentifier: 'analytics', account: CONSUMER });
    // WHEN
    const refused = tryValidation(() => endpoint(consumer, { clusterIdentifier: 'analytics', authorization }, 'Unnamed'));
    endpoint(consumer, { clusterIdentifier: 'analytics', authorization, resourceOwner: OWNER });
    // THEN
    expect(namedProperties(refused)).toEqual(['resourceOwner']);
    expect(endpointAccess(consumer).ResourceOwner).toBe(OWNER);
  });
});

describe('RedshiftEndpointAuthorization with a cluster of another stack', () => {
  test('of the same account and region: the literal identifier, not an import', () => {
    // GIVEN
    const { app, owner, consumer: grants } = ownerAndConsumer(IRELAND, IRELAND);
    const cluster = ra3Cluster(owner, { clusterIdentifier: 'analytics' });
    // WHEN
    const authorization = new RedshiftEndpointAuthorization(grants, 'Grant', { cluster, account: CONSUMER });
    // THEN
    Template.fromStack(grants).hasResourceProperties('AWS::Redshift::EndpointAuthorization', { ClusterIdentifier: 'analytics' });
    expect(authorization.clusterIdentifier).toBe('analytics');
    expect(crossStackReferences(grants)).toEqual([]);
    expect(grants.dependencies).toContain(owner);
    app.synth();
  });

  test.each<[string, StackEnv, RegExp]>([
    ['another account', PARTNER, /^is in account "111111111111", not in this stack's account \("222222222222"\): make the authorization in a stack of the cluster's account/],
    ['another region', VIRGINIA, /^is in region "eu-west-1", not in this stack's region \("us-east-1"\): make the authorization in a stack of the cluster's region/],
    ['an environment-agnostic stack', undefined, /cannot be told at synth; give both stacks an env with a literal account and region, or name the cluster by clusterIdentifier$/],
  ])('in %s is refused', (_, grantsEnv, message) => {
    // GIVEN
    const { owner, consumer: grants } = ownerAndConsumer(IRELAND, grantsEnv);
    const cluster = ra3Cluster(owner, { clusterIdentifier: 'analytics' });
    // WHEN
    const error = validationErrorOf(() => new RedshiftEndpointAuthorization(grants, 'Grant', { cluster, account: '333333333333' }));
    // THEN
    expect(namedProperties(error)).toEqual(['cluster']);
    expect(error.violations[0].message).toMatch(message);
  });
});
