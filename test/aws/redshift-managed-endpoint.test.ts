import { App, CfnOutput, CfnParameter, CfnWaitConditionHandle, Fn, Lazy, Stack, Token, aws_ec2 as ec2, aws_redshift as redshift } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as fc from 'fast-check';
import { RedshiftEndpointAuthorization, RedshiftManagedEndpoint, RedshiftManagedEndpointProps } from '../../lib/aws';
import { synthValidated, validatedStack } from '../support/aws';
import { OTHER_ACCOUNT, SG_ID, ra3Cluster, securityGroup } from '../support/redshift';
import { expectViolation, outcome, validationErrorOf } from '../support/validation';

function endpoint(stack: Stack, overrides: Partial<RedshiftManagedEndpointProps> = {}, id = 'Endpoint'): RedshiftManagedEndpoint {
  return new RedshiftManagedEndpoint(stack, id, {
    clusterIdentifier: 'analytics',
    endpointName: 'reporting',
    subnetGroupName: 'endpoint-subnets',
    securityGroups: [securityGroup(stack)],
    ...overrides,
  });
}

describe('RedshiftManagedEndpoint', () => {
  test('synthesizes an EndpointAccess that AWS\'s validator accepts', () => {
    // GIVEN
    const stack = validatedStack();
    // WHEN
    const ep = endpoint(stack, { resourceOwner: OTHER_ACCOUNT });
    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::Redshift::EndpointAccess', {
      ClusterIdentifier: 'analytics',
      EndpointName: 'reporting',
      SubnetGroupName: 'endpoint-subnets',
      ResourceOwner: OTHER_ACCOUNT,
      VpcSecurityGroupIds: [SG_ID],
    });
    expect(ep.node.defaultChild).toBeInstanceOf(redshift.CfnEndpointAccess);
    expect(ep.resource).toBe(ep.node.defaultChild);
    const logicalId = stack.getLogicalId(ep.resource);
    expect(stack.resolve(ep.endpointName)).toEqual({ Ref: logicalId });
    expect(stack.resolve(ep.endpointAddress)).toEqual({ 'Fn::GetAtt': [logicalId, 'Address'] });
    expect(stack.resolve(ep.vpcEndpointId)).toEqual({ 'Fn::GetAtt': [logicalId, 'VpcEndpoint.VpcEndpointId'] });
    expect(stack.resolve(ep.vpcId)).toEqual({ 'Fn::GetAtt': [logicalId, 'VpcEndpoint.VpcId'] });
    expect(ep.endpointPort).toBe('5439');
    synthValidated(stack);
  });

  test('a cluster of the same app is referenced by Ref, which returns its identifier', () => {
    // GIVEN
    const stack = validatedStack();
    const cluster = ra3Cluster(stack);
    // WHEN
    endpoint(stack, { clusterIdentifier: undefined, cluster });
    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::Redshift::EndpointAccess', {
      ClusterIdentifier: { Ref: 'Cluster' },
    });
    synthValidated(stack);
  });

  test('the port defaults to the literal port of the cluster', () => {
    // GIVEN
    const stack = validatedStack();
    const cluster = ra3Cluster(stack, { port: 8192 });
    // WHEN
    const ep = endpoint(stack, { clusterIdentifier: undefined, cluster });
    // THEN
    expect(ep.endpointPort).toBe('8192');
    expect(ep.connections.defaultPort?.toString()).toBe('8192');
    synthValidated(stack);
  });

  describe('all violations in one error', () => {
    test('endpointName, resourceOwner and securityGroups are named together', () => {
      // GIVEN
      const stack = validatedStack();
      // WHEN
      const error = validationErrorOf(() => endpoint(stack, {
        endpointName: 'My_Endpoint', resourceOwner: '123', securityGroups: [],
      }));
      // THEN
      expect(error.violations.map(v => v.property).sort()).toEqual(['endpointName', 'resourceOwner', 'securityGroups']);
      expect(error.message).toMatch(/^Stack\/Endpoint: 3 invalid properties/);
      expect(error.message).toMatch(/endpointName: "My_Endpoint" must contain only lower-case letters.*CloudFormation does not/);
      expect(error.message).toMatch(/resourceOwner: "123" must be a 12-digit AWS account id/);
      expect(error.message).toMatch(/securityGroups: \[\] must have at least 1 security group \(has 0\)/);
    });
  });

  describe('cluster prerequisites (checked at construction, and again at synth)', () => {
    // https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-cross-vpc.html (RA3, relocation) and
    // https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-recovery.html (relocation: ports, not public)
    test.each<[string, Partial<redshift.CfnClusterProps>, string | undefined, RegExp | undefined]>([
      ['a dc2 node type', { nodeType: 'dc2.large' }, 'cluster.nodeType', /cluster.nodeType: "dc2.large" must be an RA3 node type/],
      ['relocation off', { availabilityZoneRelocation: false }, 'cluster.availabilityZoneRelocation', /cluster.availabilityZoneRelocation: false must be true/],
      ['relocation unset', { availabilityZoneRelocation: undefined }, 'cluster.availabilityZoneRelocation', /cluster.availabilityZoneRelocation: not set must be true/],
      ['public access', { publiclyAccessible: true }, 'cluster.publiclyAccessible', /cluster.publiclyAccessible: true must be false/],
      ['another port', { port: 5440 }, 'cluster.port', /cluster.port: 5440 must equal the endpoint's port \(5439\)/],
      ['every prerequisite met', { port: 5439, nodeType: 'ra3.4xlarge', publiclyAccessible: false }, undefined, undefined],
    ])('%s', (_, overrides, property, expected) => {
      // GIVEN
      const stack = validatedStack();
      const cluster = ra3Cluster(stack, overrides);
      // WHEN
      const build = () => endpoint(stack, { clusterIdentifier: undefined, cluster, port: 5439 });
      // THEN the error comes from the line that names the cluster, once
      if (expected === undefined) {
        build();
        expect(() => synthValidated(stack)).not.toThrow();
      } else {
        const error = validationErrorOf(build);
        expect(error.violations.map(v => v.property)).toEqual([property]);
        expect(error.message).toMatch(expected);
      }
    });

    test('a cluster port outside the relocation ranges is named', () => {
      // GIVEN a cluster on a port outside the ranges, and no endpoint port (so it follows the cluster)
      const stack = new Stack(new App(), 'Stack');
      const cluster = ra3Cluster(stack, { port: 5432 + 100 });
      // WHEN / THEN
      expect(() => endpoint(stack, { clusterIdentifier: undefined, cluster })).toThrow(/cluster.port: 5532 must be an integer from 5431 to 5455 or from 8191 to 8215/);
    });

    test('a construction that failed on the cluster leaves no synth check behind: one error for one problem', () => {
      // GIVEN an endpoint whose construction failed on its cluster
      const stack = validatedStack();
      const cluster = ra3Cluster(stack, { nodeType: 'dc2.large' });
      expect(() => endpoint(stack, { clusterIdentifier: undefined, cluster })).toThrow(/RA3/);
      // WHEN the app is synthesized anyway (as a test or a tool catching the error would)
      // THEN the problem is not reported a second time
      expect(() => synthValidated(stack)).not.toThrow();
    });

    test('a cluster changed after the endpoint was built is checked as it is at synth, once', () => {
      // GIVEN
      const stack = validatedStack();
      const cluster = ra3Cluster(stack);
      endpoint(stack, { clusterIdentifier: undefined, cluster });
      // WHEN
      cluster.nodeType = 'dc2.large';
      // THEN
      const error = validationErrorOf(() => synthValidated(stack));
      expect(error.message.match(/cluster.nodeType: "dc2.large" must be an RA3 node type/g)).toHaveLength(1);
    });

    test('unresolved cluster properties are not checked', () => {
      // GIVEN
      const stack = validatedStack();
      const nodeType = new CfnParameter(stack, 'NodeType', { default: 'ra3.xlplus' });
      const cluster = ra3Cluster(stack, { nodeType: nodeType.valueAsString, port: Token.asNumber(new CfnParameter(stack, 'Port', { type: 'Number', default: 5439 }).value) });
      // WHEN
      endpoint(stack, { clusterIdentifier: undefined, cluster });
      // THEN
      expect(() => synthValidated(stack)).not.toThrow();
    });
  });

  describe('exactly one of clusterIdentifier and cluster', () => {
    test('both is an error', () => {
      const stack = validatedStack();
      const cluster = ra3Cluster(stack);
      expect(() => endpoint(stack, { cluster })).toThrow(/clusterIdentifier: "analytics" must not be given together with cluster <Stack\/Cluster> \(give exactly one of clusterIdentifier and cluster\)/);
    });
    test('neither is an error', () => {
      const stack = validatedStack();
      expect(() => endpoint(stack, { clusterIdentifier: undefined })).toThrow(/clusterIdentifier: not set must be given when cluster is not/);
    });
  });

  describe('connections', () => {
    test('allowDefaultPortFrom adds an ingress rule on the endpoint port', () => {
      // GIVEN
      const stack = validatedStack();
      const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'a', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
      const endpointSg = new ec2.SecurityGroup(stack, 'EndpointSg', { vpc });
      const clients = new ec2.SecurityGroup(stack, 'Clients', { vpc });
      const ep = endpoint(stack, { securityGroups: [endpointSg], port: 8200 });
      // WHEN
      ep.connections.allowDefaultPortFrom(clients);
      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
        IpProtocol: 'tcp',
        FromPort: 8200,
        ToPort: 8200,
        GroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('EndpointSg'), 'GroupId'] },
        SourceSecurityGroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('Clients'), 'GroupId'] },
      });
      Template.fromStack(stack).hasResourceProperties('AWS::Redshift::EndpointAccess', {
        VpcSecurityGroupIds: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('EndpointSg'), 'GroupId'] }],
      });
      synthValidated(stack);
    });
  });

  describe('endpointPort never becomes an integer Output or export', () => {
    test('an Output of endpointPort passes the validator (the Port GetAtt would not)', () => {
      // GIVEN
      const stack = validatedStack();
      const ep = endpoint(stack);
      // WHEN
      new CfnOutput(stack, 'Port', { value: ep.endpointPort });
      // THEN
      Template.fromStack(stack).hasOutput('Port', { Value: '5439' });
      synthValidated(stack);
    });

    test('a cross-stack use of the port creates no export', () => {
      // GIVEN
      const app = new App({ context: { '@aws-cdk/core:validateAgainstDefaultRules': true } });
      const producer = new Stack(app, 'Producer');
      const consumer = new Stack(app, 'Consumer');
      const ep = endpoint(producer);
      // WHEN
      new CfnWaitConditionHandle(consumer, 'Placeholder');
      new CfnOutput(consumer, 'Port', { value: ep.endpointPort });
      new CfnOutput(consumer, 'Address', { value: ep.endpointAddress });
      // THEN the address is exported, the port is a literal
      const exports = Template.fromStack(producer).findOutputs('*');
      expect(Object.values(exports).map(o => o.Value)).toEqual([{ 'Fn::GetAtt': [producer.getLogicalId(ep.resource), 'Address'] }]);
      Template.fromStack(consumer).hasOutput('Port', { Value: '5439' });
      app.synth();
    });

    test('a port given as a parameter is output as the parameter, not as the GetAtt', () => {
      // GIVEN
      const stack = validatedStack();
      const port = new CfnParameter(stack, 'EndpointPort', { type: 'Number', default: 5439 });
      const ep = endpoint(stack, { port: port.valueAsNumber });
      // WHEN
      new CfnOutput(stack, 'Port', { value: ep.endpointPort });
      // THEN
      Template.fromStack(stack).hasOutput('Port', { Value: { Ref: 'EndpointPort' } });
      synthValidated(stack);
    });
  });

  describe('authorization of the same app', () => {
    function twoAccounts() {
      const app = new App({ context: { '@aws-cdk/core:validateAgainstDefaultRules': true } });
      const owner = new Stack(app, 'Owner', { env: { account: '111111111111', region: 'eu-west-1' } });
      const partner = new Stack(app, 'Partner', { env: { account: '222222222222', region: 'eu-west-1' } });
      return { app, owner, partner };
    }

    test('defaults resourceOwner to the owner stack\'s account and deploys after the authorization', () => {
      // GIVEN
      const { app, owner, partner } = twoAccounts();
      const authorization = new RedshiftEndpointAuthorization(owner, 'Grant', { clusterIdentifier: 'analytics', account: '222222222222' });
      // WHEN
      endpoint(partner, { authorization });
      // THEN
      Template.fromStack(partner).hasResourceProperties('AWS::Redshift::EndpointAccess', { ResourceOwner: '111111111111' });
      expect(partner.dependencies).toContain(owner);
      app.synth();
    });

    test('disagreeing accounts and clusters are named', () => {
      // GIVEN
      const { owner, partner } = twoAccounts();
      const authorization = new RedshiftEndpointAuthorization(owner, 'Grant', { clusterIdentifier: 'analytics', account: '333333333333' });
      // WHEN
      const error = validationErrorOf(() => endpoint(partner, { authorization, resourceOwner: '444444444444', clusterIdentifier: 'other' }));
      // THEN
      expect(error.violations.map(v => v.property).sort()).toEqual(['authorization', 'clusterIdentifier', 'resourceOwner']);
      expect(error.message).toContain('authorization: "Owner/Grant" authorizes account "333333333333", not this endpoint\'s account ("222222222222")');
      expect(error.message).toContain('resourceOwner: "444444444444" must be the account of the authorization\'s cluster owner ("111111111111")');
      expect(error.message).toContain('clusterIdentifier: "other" must be the cluster of the authorization ("analytics")');
    });

    test('an environment-agnostic owner stack sets no resourceOwner', () => {
      // GIVEN
      const stack = validatedStack();
      const authorization = new RedshiftEndpointAuthorization(stack, 'Grant', { clusterIdentifier: 'analytics', account: OTHER_ACCOUNT });
      // WHEN
      endpoint(stack, { authorization });
      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::Redshift::EndpointAccess', { ResourceOwner: Match.absent() });
      Template.fromStack(stack).hasResource('AWS::Redshift::EndpointAccess', { DependsOn: [stack.getLogicalId(authorization.resource)] });
      synthValidated(stack);
    });
  });

  describe('fromRedshiftManagedEndpointAttributes', () => {
    test('imports name, address, port and security groups', () => {
      // GIVEN
      const stack = validatedStack();
      const clients = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Clients', 'sg-0fedcba9876543210');
      // WHEN
      const imported = RedshiftManagedEndpoint.fromRedshiftManagedEndpointAttributes(stack, 'Imported', {
        endpointName: 'reporting',
        endpointAddress: 'reporting-endpoint-abc.eu-west-1.redshift.amazonaws.com',
        port: 8195,
        securityGroups: [securityGroup(stack)],
      });
      imported.connections.allowDefaultPortFrom(clients);
      // THEN
      expect(imported.endpointName).toBe('reporting');
      expect(imported.endpointAddress).toBe('reporting-endpoint-abc.eu-west-1.redshift.amazonaws.com');
      expect(imported.endpointPort).toBe('8195');
      Template.fromStack(stack).hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
        GroupId: SG_ID, SourceSecurityGroupId: 'sg-0fedcba9876543210', FromPort: 8195, ToPort: 8195, IpProtocol: 'tcp',
      });
      synthValidated(stack);
    });

    test('the port defaults to 5439', () => {
      const stack = validatedStack();
      const imported = RedshiftManagedEndpoint.fromRedshiftManagedEndpointAttributes(stack, 'Imported', {
        endpointName: 'reporting', endpointAddress: 'x.example.com', securityGroups: [securityGroup(stack)],
      });
      expect(imported.endpointPort).toBe('5439');
      expect(imported.connections.defaultPort?.toString()).toBe('5439');
    });

    test('rejects invalid attributes, all at once', () => {
      const stack = validatedStack();
      const error = validationErrorOf(() => RedshiftManagedEndpoint.fromRedshiftManagedEndpointAttributes(stack, 'Imported', {
        endpointName: 'Reporting', endpointAddress: 'x.example.com', port: 5439 + 1000, securityGroups: [],
      }));
      expect(error.violations.map(v => v.property).sort()).toEqual(['endpointName', 'port', 'securityGroups']);
      expect(error.constructPath).toBe('Stack/Imported');
    });
  });

  test('every prop given as an unresolved token synthesizes', () => {
    // GIVEN
    const stack = validatedStack();
    const name = new CfnParameter(stack, 'Name', { default: 'reporting' });
    const port = new CfnParameter(stack, 'Port', { type: 'Number', default: 5439 });
    // WHEN
    const ep = new RedshiftManagedEndpoint(stack, 'Endpoint', {
      clusterIdentifier: Fn.importValue('ClusterIdentifier'),
      endpointName: name.valueAsString,
      subnetGroupName: Lazy.string({ produce: () => 'endpoint-subnets' }),
      resourceOwner: Token.asString(Fn.importValue('OwnerAccount')),
      port: port.valueAsNumber,
      securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', Fn.importValue('SecurityGroupId'))],
    });
    ep.connections.allowDefaultPortFrom(ec2.Peer.ipv4('10.0.0.0/16'));
    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::Redshift::EndpointAccess', {
      ClusterIdentifier: { 'Fn::ImportValue': 'ClusterIdentifier' },
      EndpointName: { Ref: 'Name' },
      SubnetGroupName: 'endpoint-subnets',
      ResourceOwner: { 'Fn::ImportValue': 'OwnerAccount' },
      VpcSecurityGroupIds: [{ 'Fn::ImportValue': 'SecurityGroupId' }],
    });
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      FromPort: { Ref: 'Port' }, ToPort: { Ref: 'Port' },
    });
    synthValidated(stack);
  });

  test('a security group list with token entries checks only the literal ones', () => {
    const stack = validatedStack();
    const token = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Tok', Fn.importValue('Sg'));
    expect(() => endpoint(stack, { securityGroups: [token, securityGroup(stack, 'sg-1')] }))
      .toThrow(/securityGroups\[1\]: "sg-1" must be a security group id/);
    expect(() => endpoint(stack, { securityGroups: [token, securityGroup(stack)] }, 'Ok')).not.toThrow();
  });

  describe('boundary tables', () => {
    test.each([
      ['a', true],
      ['a'.repeat(30), true],
      ['', false],
      ['a'.repeat(31), false],
      ['a1-b2-c3', true],
      ['1abc', false],
      ['-abc', false],
      ['Abc', false],
      ['abC', false],
      ['ab_c', false],
      ['ab.c', false],
      ['ab c', false],
      ['ab--c', false],
      ['abc-', false],
      ['é', false],
    ])('endpointName %j valid=%s', (endpointName, valid) => {
      const stack = validatedStack();
      if (valid) {
        endpoint(stack, { endpointName });
        synthValidated(stack);
      } else {
        expectViolation(() => endpoint(stack, { endpointName }), 'endpointName', /^must /);
      }
    });

    test.each([
      ['a', true],
      ['a'.repeat(255), true],
      ['Subnets-01', true],
      ['', false],
      ['a'.repeat(256), false],
      ['subnet_group', false],
      ['subnet group', false],
      ['subnet.group', false],
    ])('subnetGroupName %j valid=%s', (subnetGroupName, valid) => {
      const stack = validatedStack();
      if (valid) {
        endpoint(stack, { subnetGroupName });
        synthValidated(stack);
      } else {
        expectViolation(() => endpoint(stack, { subnetGroupName }), 'subnetGroupName', /^must (be 1–255 characters long|contain only letters, digits and hyphens)/);
      }
    });

    test.each([
      ['000000000000', true],
      ['123456789012', true],
      ['12345678901', false],
      ['1234567890123', false],
      ['12345678901a', false],
      [' 23456789012', false],
      ['', false],
    ])('resourceOwner %j valid=%s', (resourceOwner, valid) => {
      const stack = validatedStack();
      if (valid) {
        endpoint(stack, { resourceOwner });
        synthValidated(stack);
      } else {
        expectViolation(() => endpoint(stack, { resourceOwner }), 'resourceOwner', /must be a 12-digit AWS account id/);
      }
    });

    test.each([
      [5431, true], [5439, true], [5455, true], [8191, true], [8215, true],
      [5430, false], [5456, false], [8190, false], [8216, false], [0, false], [-5439, false], [65535, false],
    ])('port %d valid=%s', (port, valid) => {
      const stack = validatedStack();
      if (valid) {
        endpoint(stack, { port });
        synthValidated(stack);
      } else {
        expectViolation(() => endpoint(stack, { port }), 'port', /must be an integer from 5431 to 5455 or from 8191 to 8215/);
      }
    });

    test('a fractional port is refused by its shape: a port is a whole number', () => {
      expectViolation(() => endpoint(validatedStack(), { port: 5439.5 }), 'port', /must be a whole number/);
    });

    test.each([
      ['analytics', true],
      ['a'.repeat(63), true],
      ['a'.repeat(64), false],
      ['Analytics', false],
      ['1analytics', false],
      ['ana--lytics', false],
      ['analytics-', false],
      ['ana_lytics', false],
    ])('clusterIdentifier %j valid=%s', (clusterIdentifier, valid) => {
      const stack = validatedStack();
      if (valid) {
        endpoint(stack, { clusterIdentifier });
        synthValidated(stack);
      } else {
        expectViolation(() => endpoint(stack, { clusterIdentifier }), 'clusterIdentifier', /^must /);
      }
    });

    test.each([
      ['sg-12345678', true],
      ['sg-0123456789abcdef0', true],
      ['sg-1234567', false],
      ['sg-0123456789abcdef01', false],
      ['sg-0123456789ABCDEF0', false],
      ['sg-0123456789abcdefg', false],
      ['0123456789abcdef0', false],
    ])('security group id %j valid=%s, as AWS\'s validator decides', (id, valid) => {
      // Our rule must agree with CloudFormation's own check of a raw EndpointAccess.
      const raw = validatedStack('Raw');
      new redshift.CfnEndpointAccess(raw, 'E', { clusterIdentifier: 'c', endpointName: 'e', subnetGroupName: 's', vpcSecurityGroupIds: [id] });
      expect(outcomeOfSynth(raw)).toBe(valid);

      const stack = validatedStack();
      if (valid) {
        endpoint(stack, { securityGroups: [securityGroup(stack, id)] });
      } else {
        expectViolation(() => endpoint(stack, { securityGroups: [securityGroup(stack, id)] }), 'securityGroups[0]', /must be a security group id/);
      }
    });

    test('duplicate security groups are named', () => {
      const stack = validatedStack();
      expect(() => endpoint(stack, { securityGroups: [securityGroup(stack), securityGroup(stack, SG_ID)] }))
        .toThrow(/securityGroups\[1\]: "sg-0123456789abcdef0" repeats securityGroups\[0\] \(each must be given once\)/);
    });
  });

  describe('fast-check: acceptance equals the vendor oracle', () => {
    const NAME_CHARS = [...'abcxyzABZ0189-_. '];
    // The registry schema's pattern, verbatim.
    const ENDPOINT_NAME_ORACLE = /^(?=^[a-z][a-z0-9]*(-[a-z0-9]+)*$).{1,30}$/;
    test('endpointName', () => {
      fc.assert(fc.property(
        fc.oneof(fc.string({ unit: fc.constantFrom(...NAME_CHARS), maxLength: 34 }), fc.stringMatching(/^[a-z][a-z0-9]{0,9}(-[a-z0-9]{1,9}){0,3}$/)),
        endpointName => {
          const got = outcome(() => endpoint(new Stack(), { endpointName }));
          expect(got).toBe(ENDPOINT_NAME_ORACLE.test(endpointName) ? 'ok' : 'invalid');
        }));
    });

    const SUBNET_GROUP_ORACLE = /^(?=^[a-zA-Z0-9-]+$).{1,255}$/;
    test('subnetGroupName', () => {
      fc.assert(fc.property(
        fc.oneof(fc.string({ unit: fc.constantFrom(...NAME_CHARS), maxLength: 260 }), fc.stringMatching(/^[a-zA-Z0-9-]{1,258}$/)),
        subnetGroupName => {
          const got = outcome(() => endpoint(new Stack(), { subnetGroupName }));
          expect(got).toBe(SUBNET_GROUP_ORACLE.test(subnetGroupName) ? 'ok' : 'invalid');
        }));
    });

    test('resourceOwner', () => {
      fc.assert(fc.property(
        fc.oneof(fc.string({ unit: fc.constantFrom(...'0123456789a '), maxLength: 14 }), fc.stringMatching(/^\d{12}$/)),
        resourceOwner => {
          const got = outcome(() => endpoint(new Stack(), { resourceOwner }));
          expect(got).toBe(/^[0-9]{12}$/.test(resourceOwner) ? 'ok' : 'invalid');
        }));
    });

    test('port', () => {
      fc.assert(fc.property(
        fc.oneof(fc.integer({ min: 5400, max: 5500 }), fc.integer({ min: 8150, max: 8250 }), fc.double({ noNaN: true }), fc.integer()),
        port => {
          const relocatable = Number.isInteger(port) && ((port >= 5431 && port <= 5455) || (port >= 8191 && port <= 8215));
          expect(outcome(() => endpoint(new Stack(), { port }))).toBe(relocatable ? 'ok' : 'invalid');
        }));
    });

    const CLUSTER_ORACLE = /^(?=^[a-z][a-z0-9]*(-[a-z0-9]+)*$).{1,63}$/;
    test('clusterIdentifier', () => {
      fc.assert(fc.property(
        fc.oneof(fc.string({ unit: fc.constantFrom(...NAME_CHARS), minLength: 1, maxLength: 66 }), fc.stringMatching(/^[a-z][a-z0-9]{0,30}(-[a-z0-9]{1,20}){0,3}$/)),
        clusterIdentifier => {
          expect(outcome(() => endpoint(new Stack(), { clusterIdentifier }))).toBe(CLUSTER_ORACLE.test(clusterIdentifier) ? 'ok' : 'invalid');
        }));
    });

    test('security group ids', () => {
      // EC2 IDs are the prefix and 8 hex digits (older resources) or 17 (since 2018): nothing in between exists.
      const oracle = (id: string) => id.startsWith('sg-') && /^([0-9a-f]{8}|[0-9a-f]{17})$/.test(id.slice(3));
      fc.assert(fc.property(
        fc.oneof(fc.string({ unit: fc.constantFrom(...'0af9AFg'), maxLength: 19 }).map(s => `sg-${s}`), fc.string({ maxLength: 10 })),
        id => {
          const stack = new Stack();
          expect(outcome(() => endpoint(stack, { securityGroups: [securityGroup(stack, id)] }))).toBe(oracle(id) ? 'ok' : 'invalid');
        }));
    });
  });
});

function outcomeOfSynth(stack: Stack): boolean {
  try {
    synthValidated(stack);
    return true;
  } catch {
    return false;
  }
}
