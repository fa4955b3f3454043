/**
 * `RedshiftServerlessManagedEndpoint`: the custom resource it renders, its provider's IAM, and the rules of
 * CreateEndpointAccess (Redshift Serverless) at their boundaries, for callers with and without TypeScript's checks.
 */
import { CfnParameter, Stack, aws_ec2 as ec2, aws_redshiftserverless as redshiftserverless } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as fc from 'fast-check';
import { RedshiftServerlessManagedEndpoint, RedshiftServerlessManagedEndpointProps } from '../../lib/aws';
import { SERVERLESS_ENDPOINT_RESOURCE_TYPE } from '../../lib/aws/private/redshift-serverless-function';
import { synthValidated, validatedStack } from '../support/aws';
import { namedProperties, tryValidation, validationErrorOf } from '../support/validation';

const SG = 'sg-0123456789abcdef0';
const SUBNETS = ['subnet-0a1b2c3d4e5f60718'];
const ENV = { account: '111122223333', region: 'eu-west-1' };

function endpoint(stack: Stack, overrides: Partial<RedshiftServerlessManagedEndpointProps> = {}, id = 'Endpoint'): RedshiftServerlessManagedEndpoint {
  return new RedshiftServerlessManagedEndpoint(stack, id, {
    endpointName: 'reporting',
    workgroupName: 'analytics',
    subnetIds: SUBNETS,
    securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, `${id}Group`, SG)],
    ...overrides,
  });
}

const errorFor = (overrides: Partial<RedshiftServerlessManagedEndpointProps> | Record<string, unknown>) =>
  tryValidation(() => endpoint(validatedStack('Stack', ENV), overrides as Partial<RedshiftServerlessManagedEndpointProps>));

function isolatedVpc(stack: Stack): ec2.Vpc {
  return new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
}

describe('RedshiftServerlessManagedEndpoint', () => {
  test('renders one custom resource with the endpoint\'s properties; attributes are the handler\'s', () => {
    // GIVEN
    const stack = validatedStack('Stack', ENV);
    // WHEN
    const ep = endpoint(stack, { workgroupName: 'partner-analytics', ownerAccount: '444455556666' });
    // THEN
    const template = Template.fromStack(stack);
    template.hasResourceProperties(SERVERLESS_ENDPOINT_RESOURCE_TYPE, {
      EndpointName: 'reporting',
      WorkgroupName: 'partner-analytics',
      OwnerAccount: '444455556666',
      SubnetIds: SUBNETS,
      VpcSecurityGroupIds: [SG],
    });
    const logicalId = stack.getLogicalId(ep.resource);
    expect(stack.resolve(ep.endpointName)).toEqual({ Ref: logicalId });
    for (const [attribute, value] of [['Address', ep.endpointAddress], ['Port', ep.endpointPort], ['EndpointArn', ep.endpointArn],
      ['VpcEndpointId', ep.vpcEndpointId], ['NetworkInterfaceIds', ep.networkInterfaceIds]]) {
      expect(stack.resolve(value)).toEqual({ 'Fn::GetAtt': [logicalId, attribute] });
    }
    expect(ep.node.defaultChild).toBe(ep.resource);
    synthValidated(stack);
  });

  test('a CfnWorkgroup is referenced by its Ref (its name), which orders the endpoint after it; its port is the default port', () => {
    // GIVEN
    const stack = validatedStack('Stack', ENV);
    const workgroup = new redshiftserverless.CfnWorkgroup(stack, 'Workgroup', { workgroupName: 'analytics', port: 5440 });
    // WHEN
    const ep = endpoint(stack, { workgroupName: undefined, workgroup });
    // THEN
    expect(Template.fromStack(stack).findResources(SERVERLESS_ENDPOINT_RESOURCE_TYPE)[stack.getLogicalId(ep.resource)].Properties.WorkgroupName)
      .toEqual({ Ref: stack.getLogicalId(workgroup) });
    expect(ep.connections.defaultPort?.toString()).toBe('5440');
  });

  test('with vpc: the selected subnets and a new security group without outbound rules', () => {
    // GIVEN
    const stack = validatedStack('Stack', ENV);
    const vpc = isolatedVpc(stack);
    // WHEN
    const ep = new RedshiftServerlessManagedEndpoint(stack, 'Endpoint', { endpointName: 'reporting', workgroupName: 'analytics', vpc });
    // THEN
    const props = Template.fromStack(stack).findResources(SERVERLESS_ENDPOINT_RESOURCE_TYPE)[stack.getLogicalId(ep.resource)].Properties;
    expect(props.SubnetIds).toEqual(stack.resolve(vpc.isolatedSubnets.map(s => s.subnetId)));
    expect(props.VpcSecurityGroupIds).toHaveLength(1);
    expect(ep.connections.securityGroups).toHaveLength(1);
    expect(ep.connections.defaultPort?.toString()).toBe('5439');
    synthValidated(stack);
  });

  test('the stack\'s endpoints share one handler whose role manages the endpoints, and the EC2 resource types they use, of its account and region only', () => {
    // GIVEN
    const stack = validatedStack('Stack', ENV);
    // WHEN
    endpoint(stack, {}, 'A');
    endpoint(stack, { endpointName: 'other' }, 'B');
    // THEN
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Lambda::Function', 1);
    const statements = Object.values(template.findResources('AWS::IAM::Policy'))
      .flatMap(p => p.Properties.PolicyDocument.Statement).map(s => stack.resolve(s));
    expect(statements).toEqual([
      expect.objectContaining({
        Action: ['redshift-serverless:CreateEndpointAccess', 'redshift-serverless:GetEndpointAccess',
          'redshift-serverless:UpdateEndpointAccess', 'redshift-serverless:DeleteEndpointAccess'],
        // The managed VPC endpoint is the only resource type of these actions: no workgroup, of any account.
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':redshift-serverless:eu-west-1:111122223333:managedvpcendpoint/*']] },
      }),
      expect.objectContaining({
        Action: ['ec2:CreateVpcEndpoint', 'ec2:ModifyVpcEndpoint'],
        Resource: ['vpc-endpoint', 'vpc', 'subnet', 'security-group'].map(type =>
          ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:ec2:eu-west-1:111122223333:${type}/*`]] })),
      }),
    ]);
    synthValidated(stack);
  });

  test('a bad endpoint name, owner account and subnet ID fail together, in one ValidationError naming each', () => {
    // WHEN
    const error = validationErrorOf(() => endpoint(validatedStack('Stack', ENV), {
      endpointName: 'Reporting--', ownerAccount: '12345', subnetIds: ['subnet-xyz'],
    }));
    // THEN
    expect(error.constructPath).toBe('Stack/Endpoint');
    expect(error.violations.map(v => v.property)).toEqual(['endpointName', 'ownerAccount', 'subnetIds[0]']);
    expect(error.message).toContain('ownerAccount: "12345" must be a 12-digit AWS account id');
    expect(error.message).toContain('subnetIds[0]: "subnet-xyz" must be a subnet ID: "subnet-" and at least 8 hexadecimal digits');
  });

  describe('rules at their boundaries', () => {
    test.each<[string, Record<string, unknown>, string[]]>([
      ['a one-letter name', { endpointName: 'r' }, []],
      ['a name of 30 characters', { endpointName: `r${'e'.repeat(29)}` }, []],
      ['a name of 31 characters', { endpointName: `r${'e'.repeat(30)}` }, ['endpointName']],
      ['an upper-case name', { endpointName: 'Reporting' }, ['endpointName']],
      ['a name starting with a digit', { endpointName: '1reporting' }, ['endpointName']],
      ['a name with two hyphens in a row', { endpointName: 're--porting' }, ['endpointName']],
      ['a name ending with a hyphen', { endpointName: 'reporting-' }, ['endpointName']],
      ['a workgroup name of 3 characters', { workgroupName: 'abc' }, []],
      ['a workgroup name of 2 characters', { workgroupName: 'ab' }, ['workgroupName']],
      ['a workgroup name of 64 characters', { workgroupName: '0'.repeat(64) }, []],
      ['a workgroup name of 65 characters', { workgroupName: '0'.repeat(65) }, ['workgroupName']],
      ['an upper-case workgroup name', { workgroupName: 'Analytics' }, ['workgroupName']],
      ['an owner account of 12 digits', { ownerAccount: '444455556666' }, []],
      ['an owner account of 11 digits', { ownerAccount: '44445555666' }, ['ownerAccount']],
      ['an owner account alias', { ownerAccount: 'partner' }, ['ownerAccount']],
      ['no subnets', { subnetIds: [] }, ['subnetIds']],
      ['a subnet ID with 17 hex digits', { subnetIds: ['subnet-0a1b2c3d4e5f60718'] }, []],
      ['a subnet ID with 7 hex digits', { subnetIds: ['subnet-0a1b2c3'] }, ['subnetIds[0]']],
      ['a security group ID given for a subnet', { subnetIds: ['sg-0a1b2c3d4e5f60718'] }, ['subnetIds[0]']],
      ['both workgroup and workgroupName missing', { workgroupName: undefined }, ['workgroupName']],
      ['neither subnetIds nor vpc', { subnetIds: undefined }, ['subnetIds']],
      ['vpcSubnets without vpc', { vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } }, ['vpcSubnets']],
      ['no security groups and no vpc', { securityGroups: undefined }, ['securityGroups']],
      ['an unknown prop', { endpointname: 'x' }, ['endpointname']],
    ])('%s → violations %j', (_case, overrides, expected) => {
      expect(namedProperties(errorFor(overrides))).toEqual(expected);
    });

    test('a CfnWorkgroup with ownerAccount is an error: the workgroup is in this stack\'s account', () => {
      const stack = validatedStack('Stack', ENV);
      const workgroup = new redshiftserverless.CfnWorkgroup(stack, 'Workgroup', { workgroupName: 'analytics' });
      const error = validationErrorOf(() => endpoint(stack, { workgroupName: undefined, workgroup, ownerAccount: '444455556666' }));
      expect(error.violations.map(v => v.property)).toEqual(['ownerAccount']);
    });

    test('acceptance of an endpoint name equals the rule (property)', () => {
      const unit = fc.constantFrom('a', 'z', '0', '9', '-', 'A', '_');
      fc.assert(fc.property(fc.string({ unit, minLength: 1, maxLength: 32 }), name => {
        const expected = name.length <= 30 && /^[a-z][a-z0-9-]*$/.test(name) && !name.includes('--') && !name.endsWith('-');
        expect(!namedProperties(errorFor({ endpointName: name })).includes('endpointName')).toBe(expected);
      }), { numRuns: 100 });
    });
  });

  test('every prop as a token synthesizes unchecked', () => {
    // GIVEN
    const stack = validatedStack('Stack', ENV);
    const text = (name: string) => new CfnParameter(stack, name).valueAsString;
    // WHEN
    endpoint(stack, {
      endpointName: text('Name'),
      workgroupName: text('Workgroup'),
      ownerAccount: text('Owner'),
      subnetIds: new CfnParameter(stack, 'Subnets', { type: 'List<AWS::EC2::Subnet::Id>' }).valueAsList,
    });
    // THEN
    Template.fromStack(stack).hasResourceProperties(SERVERLESS_ENDPOINT_RESOURCE_TYPE, {
      EndpointName: { Ref: 'Name' }, WorkgroupName: { Ref: 'Workgroup' }, OwnerAccount: { Ref: 'Owner' }, SubnetIds: { Ref: 'Subnets' },
    });
    synthValidated(stack);
  });

  test('an import checks its attributes and connects on its port', () => {
    const stack = validatedStack('Stack', ENV);
    const imported = RedshiftServerlessManagedEndpoint.fromRedshiftServerlessManagedEndpointAttributes(stack, 'Imported', {
      endpointName: 'reporting', endpointAddress: 'reporting.example', port: 5441, securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'G', SG)],
    });
    expect(imported.endpointPort).toBe('5441');
    expect(imported.connections.defaultPort?.toString()).toBe('5441');
    expect(namedProperties(tryValidation(() => RedshiftServerlessManagedEndpoint.fromRedshiftServerlessManagedEndpointAttributes(stack, 'Bad', {
      endpointName: 'Bad', endpointAddress: 'x', securityGroups: [],
    })))).toEqual(['endpointName', 'securityGroups']);
  });
});
