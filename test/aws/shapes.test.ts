/**
 * Callers without TypeScript's checks (plain JavaScript, JSON configuration, jsii languages): every prop of every AWS
 * construct given with the wrong type is a ValidationError naming it, unknown keys are named with the closest prop,
 * and lists changed after construction change nothing.
 */
import { Aws, Stack, aws_ec2 as ec2, aws_kms as kms, aws_s3 as s3 } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CONSTRUCT_CASES, ShapeCase } from './shape-cases';
import { RedshiftEndpointAuthorization, RedshiftManagedEndpoint, SnapshotShare } from '../../lib/aws';
import { validatedStack } from '../support/aws';
import { SG_ID, securityGroup } from '../support/redshift';
import { wrongValues } from '../support/shapes';
import { namedProperties, tryValidation } from '../support/validation';

const caseNamed = (name: string): ShapeCase => CONSTRUCT_CASES.find(c => c.name === name)!;

const belongsTo = (prop: string) => (p: string) => p === prop || p.startsWith(`${prop}[`) || p.startsWith(`${prop}.`) || p.startsWith(`${prop} `);

describe.each(CONSTRUCT_CASES.map(c => [c.name, c] as [string, ShapeCase]))('%s: props of any shape', (_name, subject) => {
  const wrongTypes = Object.entries(subject.shape.fields!)
    .flatMap(([prop, shape]) => wrongValues(shape).map(([what, value]) => [prop, what, value] as [string, string, unknown]));

  test.each(wrongTypes)('%s as %s is a ValidationError naming it', (prop, _what, value) => {
    // GIVEN
    const stack = validatedStack();
    // WHEN
    const error = tryValidation(() => subject.create(stack, { ...subject.base(stack), [prop]: value }));
    // THEN
    expect(error).toBeDefined();
    expect(namedProperties(error).every(belongsTo(prop))).toBe(true);
  });

  test.each<[string, unknown]>([['undefined', undefined], ['null', null], ['a string', 'props']])(
    'props given as %s is a ValidationError naming props', (_what, props) => {
      expect(namedProperties(tryValidation(() => subject.create(validatedStack(), props)))).toEqual(['props']);
    });

  test('an unknown prop is an error naming the closest prop', () => {
    const stack = validatedStack();
    const [known] = Object.keys(subject.base(stack));
    const misspelt = known.toLowerCase() === known ? `${known}s` : known.toLowerCase();
    const error = tryValidation(() => subject.create(stack, { ...subject.base(stack), [misspelt]: 'x' }));
    expect(error!.message).toContain(`${misspelt}: "x" is not a property of ${subject.name}Props (did you mean "${known}"?)`);
  });
});

/** The imports, whose attributes come from callers without TypeScript's checks too. */
const IMPORT_CASES: ShapeCase[] = [
  {
    name: 'RedshiftManagedEndpoint.fromRedshiftManagedEndpointAttributes',
    shape: RedshiftManagedEndpoint._shapes.attributes,
    base: stack => ({ endpointName: 'reporting', endpointAddress: 'reporting.example.com', securityGroups: [securityGroup(stack)] }),
    create: (scope, attrs) => RedshiftManagedEndpoint.fromRedshiftManagedEndpointAttributes(scope, 'Subject', attrs),
  },
  {
    name: 'RedshiftEndpointAuthorization.fromRedshiftEndpointAuthorizationAttributes',
    shape: RedshiftEndpointAuthorization._shapes.attributes,
    base: () => ({ clusterIdentifier: 'analytics', account: '111122223333', clusterOwnerAccount: '123456789012' }),
    create: (scope, attrs) => RedshiftEndpointAuthorization.fromRedshiftEndpointAuthorizationAttributes(scope, 'Subject', attrs),
  },
];

describe.each(IMPORT_CASES.map(c => [c.name, c] as [string, ShapeCase]))('%s: attributes of any shape', (_name, subject) => {
  const wrongTypes = Object.entries(subject.shape.fields!)
    .flatMap(([attr, shape]) => wrongValues(shape).map(([what, value]) => [attr, what, value] as [string, string, unknown]));

  test.each(wrongTypes)('%s as %s is a ValidationError naming it', (attr, _what, value) => {
    // GIVEN
    const stack = validatedStack();
    // WHEN
    const error = tryValidation(() => subject.create(stack, { ...subject.base(stack), [attr]: value }));
    // THEN
    expect(error).toBeDefined();
    expect(namedProperties(error).every(belongsTo(attr))).toBe(true);
  });

  test.each<[string, unknown]>([['undefined', undefined], ['null', null], ['a string', 'attrs']])(
    'attributes given as %s is a ValidationError naming props', (_what, attrs) => {
      expect(namedProperties(tryValidation(() => subject.create(validatedStack(), attrs)))).toEqual(['props']);
    });
});

describe('objects that only look like the construct a prop expects', () => {
  // What a caller without TypeScript's checks can pass where a key, VPC, security group or authorization is expected.
  const A = '123456789012';
  test.each<[string, string, (stack: Stack) => unknown, string]>([
    ['SnapshotShare', 'encryptionKey', () => ({ keyArn: 'arn:aws:kms:eu-west-1:111122223333:key/x' }), 'encryptionKey'],
    ['SnapshotShare', 'encryptionKey', stack => new s3.Bucket(stack, 'Bucket'), 'encryptionKey'],
    ['RedshiftManagedEndpoint', 'vpc', () => ({ vpcId: 'vpc-0123456789abcdef0', selectSubnets: () => ({}) }), 'vpc'],
    ['RedshiftManagedEndpoint', 'securityGroups', () => [{ securityGroupId: SG_ID }], 'securityGroups[0]'],
    ['RedshiftManagedEndpoint', 'authorization', () => ({ clusterIdentifier: 'analytics', account: A }), 'authorization'],
  ])('%s %s given a look-alike is a ValidationError naming it', (name, prop, value, named) => {
    // GIVEN
    const stack = validatedStack();
    const subject = caseNamed(name);
    // WHEN
    const error = tryValidation(() => subject.create(stack, { ...subject.base(stack), [prop]: value(stack) }));
    // THEN
    expect(namedProperties(error)).toEqual([named]);
  });

  test.each<[string, string, (stack: Stack) => unknown]>([
    ['SnapshotShare', 'encryptionKey', stack => new kms.Key(stack, 'Key')],
    ['RedshiftManagedEndpoint', 'vpc', stack => new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 })],
    ['RedshiftManagedEndpoint', 'authorization', stack => RedshiftEndpointAuthorization.fromRedshiftEndpointAuthorizationAttributes(stack, 'Auth',
      { clusterIdentifier: 'analytics', account: '111122223333', clusterOwnerAccount: A })],
  ])('%s %s given the real thing is accepted', (name, prop, value) => {
    const stack = validatedStack('Stack', { account: '111122223333', region: 'eu-west-1' });
    const subject = caseNamed(name);
    const base = prop === 'vpc' ? { ...subject.base(stack), subnetGroupName: undefined } : subject.base(stack);
    expect(tryValidation(() => subject.create(stack, { ...base, [prop]: value(stack) }))).toBeUndefined();
  });
});

describe('lists changed after construction change nothing', () => {
  test('SnapshotShare keeps the accounts it checked', () => {
    // GIVEN
    const stack = validatedStack('Stack', { account: '111122223333', region: 'eu-west-1' });
    const accounts = ['123456789012'];
    new SnapshotShare(stack, 'Share', { snapshotIdentifier: 'snap', snapshotClusterIdentifier: 'analytics', accounts });
    // WHEN
    accounts.push('111122223333', 'not-an-account');
    // THEN
    const shares = Template.fromStack(stack).findResources('Custom::RedshiftSnapshotShare');
    expect(Object.values<any>(shares)[0].Properties.Accounts).toEqual(['123456789012']);
  });

  test('RedshiftEndpointAuthorization keeps the VPCs it checked', () => {
    const stack = validatedStack();
    const vpcIds = ['vpc-0123456789abcdef0'];
    new RedshiftEndpointAuthorization(stack, 'Authorization', { clusterIdentifier: 'analytics', account: '111122223333', vpcIds });
    vpcIds.push('not-a-vpc');
    Template.fromStack(stack).hasResourceProperties('AWS::Redshift::EndpointAuthorization', { VpcIds: ['vpc-0123456789abcdef0'] });
  });

  test('RedshiftManagedEndpoint keeps the subnets it selected from vpcSubnets', () => {
    // GIVEN
    const stack = validatedStack('Stack', { account: '111122223333', region: 'eu-west-1' });
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 3, natGateways: 0 });
    const vpcSubnets = { subnets: vpc.isolatedSubnets.slice(0, 2) };
    new RedshiftManagedEndpoint(stack, 'Endpoint', { clusterIdentifier: 'analytics', endpointName: 'reporting', vpc, vpcSubnets });
    // WHEN
    vpcSubnets.subnets.push(vpc.isolatedSubnets[2]);
    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::Redshift::ClusterSubnetGroup', {
      SubnetIds: vpc.isolatedSubnets.slice(0, 2).map(sn => ({ Ref: stack.getLogicalId(sn.node.defaultChild as ec2.CfnSubnet) })),
    });
  });

  test('RedshiftManagedEndpoint keeps the security groups it checked', () => {
    const stack = validatedStack();
    const securityGroups = [securityGroup(stack)];
    new RedshiftManagedEndpoint(stack, 'Endpoint', { clusterIdentifier: 'analytics', endpointName: 'reporting', subnetGroupName: 'subnets', securityGroups });
    securityGroups.push(securityGroup(stack, 'sg-not-valid'));
    const endpoints = Template.fromStack(stack).findResources('AWS::Redshift::EndpointAccess');
    expect(Object.values<any>(endpoints)[0].Properties.VpcSecurityGroupIds).toHaveLength(1);
  });
});

describe('grants that would undo each other', () => {
  test('the stack\'s own account as a token (Aws.ACCOUNT_ID) is refused, as a grantee of a share or an authorization', () => {
    // GIVEN an env-agnostic stack
    const stack = validatedStack();
    // WHEN / THEN
    expect(tryValidation(() => new SnapshotShare(stack, 'Share', { snapshotIdentifier: 'snap', accounts: [Aws.ACCOUNT_ID] }))!.message)
      .toContain('accounts[0]: <token> must not be the stack\'s own account');
    expect(namedProperties(tryValidation(() => new RedshiftEndpointAuthorization(stack, 'Auth', { clusterIdentifier: 'c', account: Aws.ACCOUNT_ID }))))
      .toEqual(['account']);
  });

  test.each<[string, { account: string; region: string } | undefined, boolean]>([
    ['the same stack', undefined, true],
    ['two stacks of one account and region', { account: '111122223333', region: 'eu-west-1' }, true],
  ])('sharing one snapshot with one account twice in %s is allowed: each share owns its grant through its own claim', (_case, env, sameStack) => {
    // GIVEN
    const app = validatedStack('First', env).node.root as any;
    const first = app.node.findChild('First');
    const second = sameStack && env === undefined ? first : new Stack(app, 'Second', { env });
    new SnapshotShare(first, 'A', { snapshotIdentifier: 'snap', snapshotClusterIdentifier: 'c', accounts: ['123456789012'] });
    // WHEN / THEN
    const error = tryValidation(() => new SnapshotShare(second, 'B', { snapshotIdentifier: 'snap', snapshotClusterIdentifier: 'c', accounts: ['123456789012'] }));
    expect(error).toBeUndefined();
  });

  test('env-agnostic stacks may share snapshots of the same name: they can deploy to different accounts', () => {
    const app = validatedStack('First').node.root as any;
    new SnapshotShare(app.node.findChild('First'), 'A', { snapshotIdentifier: 'snap', accounts: ['123456789012'] });
    expect(tryValidation(() => new SnapshotShare(new Stack(app, 'Second'), 'B', { snapshotIdentifier: 'snap', accounts: ['123456789012'] })))
      .toBeUndefined();
  });

  test('authorizing one account for one cluster twice is refused', () => {
    const stack = validatedStack();
    new RedshiftEndpointAuthorization(stack, 'A', { clusterIdentifier: 'analytics', account: '111122223333' });
    expect(tryValidation(() => new RedshiftEndpointAuthorization(stack, 'B', { clusterIdentifier: 'analytics', account: '111122223333' }))!.message)
      .toContain('account: "111122223333" is already authorized for this cluster by Stack/A');
  });
});
