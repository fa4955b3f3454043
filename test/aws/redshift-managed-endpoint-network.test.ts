/**
 * RedshiftManagedEndpoint as ec2.InterfaceVpcEndpoint is used: `vpc` + `vpcSubnets` instead of a subnet group name,
 * a security group made for it, clusters given as the alpha L2, and an imported authorization.
 */
import * as redshiftAlpha from '@aws-cdk/aws-redshift-alpha';
import { App, CfnElement, CfnParameter, Fn, RemovalPolicy, Stack, Token, aws_ec2 as ec2 } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Construct } from 'constructs';
import * as fc from 'fast-check';
import { RedshiftEndpointAuthorization, RedshiftManagedEndpoint, RedshiftManagedEndpointProps } from '../../lib/aws';
import { synthValidated, validatedStack } from '../support/aws';
import { OTHER_ACCOUNT, SG_ID, ra3Cluster, securityGroup } from '../support/redshift';
import { expectViolation, namedProperties, tryValidation, validationErrorOf } from '../support/validation';

const SUBNETS = ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1', 'subnet-0123456789abcdef2'];

function isolatedVpc(stack: Stack): ec2.Vpc {
  return new ec2.Vpc(stack, 'Vpc', {
    maxAzs: 2,
    natGateways: 0,
    subnetConfiguration: [{ name: 'data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  });
}

/** A VPC whose subnets' Availability Zones are literal. */
function importedVpc(stack: Stack, zones: string[]): ec2.IVpc {
  return ec2.Vpc.fromVpcAttributes(stack, 'Imported', {
    vpcId: 'vpc-0123456789abcdef0',
    availabilityZones: zones,
    isolatedSubnetIds: SUBNETS.slice(0, zones.length),
  });
}

function endpoint(stack: Stack, props: Partial<RedshiftManagedEndpointProps>, id = 'Endpoint'): RedshiftManagedEndpoint {
  return new RedshiftManagedEndpoint(stack, id, { clusterIdentifier: 'analytics', endpointName: 'reporting', ...props });
}

describe('RedshiftManagedEndpoint with vpc', () => {
  test('creates a cluster subnet group of the VPC\'s subnets and a security group in the VPC', () => {
    // GIVEN
    const stack = validatedStack();
    const vpc = isolatedVpc(stack);
    // WHEN
    const ep = endpoint(stack, { vpc });
    ep.connections.allowDefaultPortFrom(ec2.Peer.ipv4('10.0.0.0/16'));
    // THEN
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Redshift::ClusterSubnetGroup', 1);
    template.hasResourceProperties('AWS::Redshift::ClusterSubnetGroup', {
      Description: 'Subnets of the Redshift-managed VPC endpoint Stack/Endpoint',
      SubnetIds: vpc.isolatedSubnets.map(s => ({ Ref: stack.getLogicalId(s.node.defaultChild as ec2.CfnSubnet) })),
    });
    template.hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: 'Redshift-managed VPC endpoint Stack/Endpoint',
      VpcId: { Ref: 'Vpc8378EB38' },
    });
    const subnetGroup = ep.node.findChild('SubnetGroup');
    const sg = ep.node.findChild('SecurityGroup') as ec2.SecurityGroup;
    template.hasResourceProperties('AWS::Redshift::EndpointAccess', {
      SubnetGroupName: { Ref: stack.getLogicalId(subnetGroup as CfnElement) },
      VpcSecurityGroupIds: [{ 'Fn::GetAtt': [stack.getLogicalId(sg.node.defaultChild as ec2.CfnSecurityGroup), 'GroupId'] }],
    });
    expect(ep.connections.securityGroups).toEqual([sg]);
    template.hasResourceProperties('AWS::EC2::SecurityGroup', {
      SecurityGroupIngress: [Match.objectLike({ CidrIp: '10.0.0.0/16', FromPort: 5439, ToPort: 5439 })],
    });
    synthValidated(stack);
  });

  test('vpcSubnets selects the subnets; given security groups are used instead of a new one', () => {
    // GIVEN
    const stack = validatedStack();
    const vpc = importedVpc(stack, ['eu-west-1a', 'eu-west-1b', 'eu-west-1c']);
    // WHEN
    endpoint(stack, { vpc, vpcSubnets: { subnetFilters: [ec2.SubnetFilter.byIds(SUBNETS.slice(1))] }, securityGroups: [securityGroup(stack)] });
    // THEN
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Redshift::ClusterSubnetGroup', { SubnetIds: SUBNETS.slice(1) });
    template.resourceCountIs('AWS::EC2::SecurityGroup', 0);
    template.hasResourceProperties('AWS::Redshift::EndpointAccess', { VpcSecurityGroupIds: [SG_ID] });
    synthValidated(stack);
  });

  test('subnetGroupName with vpc uses the group, and the vpc only for the new security group', () => {
    const stack = validatedStack();
    endpoint(stack, { vpc: isolatedVpc(stack), subnetGroupName: 'endpoint-subnets' });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Redshift::ClusterSubnetGroup', 0);
    template.resourceCountIs('AWS::EC2::SecurityGroup', 1);
    template.hasResourceProperties('AWS::Redshift::EndpointAccess', { SubnetGroupName: 'endpoint-subnets' });
    synthValidated(stack);
  });

  describe('Availability Zones of vpcSubnets, when known', () => {
    test.each<[string[], string[]]>([
      // GIVEN the zones of the selected subnets → THEN the properties named
      [['eu-west-1a'], ['vpcSubnets']],
      [['eu-west-1a', 'eu-west-1a'], ['vpcSubnets']],
      [['eu-west-1a', 'eu-west-1b'], []],
      [['eu-west-1a', 'eu-west-1b', 'eu-west-1c'], []],
    ])('%j → %j', (zones, named) => {
      const stack = validatedStack();
      expect(namedProperties(tryValidation(() => endpoint(stack, { vpc: importedVpc(stack, zones) })))).toEqual(named);
    });

    test('fast-check: any known zones are accepted exactly when they are at least two distinct ones', () => {
      fc.assert(fc.property(fc.array(fc.constantFrom('eu-west-1a', 'eu-west-1b', 'eu-west-1c'), { minLength: 1, maxLength: 3 }), zones => {
        const stack = validatedStack();
        const named = namedProperties(tryValidation(() => endpoint(stack, { vpc: importedVpc(stack, zones) })));
        expect(named).toEqual(new Set(zones).size >= 2 ? [] : ['vpcSubnets']);
      }), { numRuns: 40 });
    });

    test('one zone is named with the rule', () => {
      const stack = validatedStack();
      expectViolation(() => endpoint(stack, { vpc: importedVpc(stack, ['eu-west-1a']) }), 'vpcSubnets',
        /must have at least 2 Availability Zones \(availability-zone relocation.*\(has 1\)/);
    });

    test('zones that are tokens are not checked', () => {
      // GIVEN an environment-agnostic VPC: its zones are Fn::GetAZs selections
      const stack = validatedStack();
      const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'a', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
      // WHEN / THEN
      expect(() => endpoint(stack, { vpc })).not.toThrow();
      synthValidated(stack);
    });
  });

  describe('which props go together', () => {
    test.each<[string, (stack: Stack) => Partial<RedshiftManagedEndpointProps>, string[]]>([
      ['neither subnetGroupName nor vpc', stack => ({ securityGroups: [securityGroup(stack)] }), ['subnetGroupName']],
      ['subnetGroupName without vpc or security groups', () => ({ subnetGroupName: 'endpoint-subnets' }), ['securityGroups']],
      ['nothing', () => ({}), ['subnetGroupName', 'securityGroups']],
      ['vpcSubnets without vpc', stack => ({ subnetGroupName: 'g', securityGroups: [securityGroup(stack)], vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } }), ['vpcSubnets', 'vpcSubnets']],
      ['vpcSubnets with subnetGroupName', stack => ({ vpc: isolatedVpc(stack), subnetGroupName: 'g', vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } }), ['vpcSubnets']],
      ['a subnet type the VPC lacks', stack => ({ vpc: isolatedVpc(stack), vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } }), ['vpcSubnets']],
      ['an empty security group list', stack => ({ vpc: isolatedVpc(stack), securityGroups: [] }), ['securityGroups']],
      // It rendered VpcSecurityGroupIds: [] before: a token cannot stand for security group objects.
      ['a token for the security group list', stack => ({
        subnetGroupName: 'g', securityGroups: Token.asList(new CfnParameter(stack, 'Groups', { type: 'List<AWS::EC2::SecurityGroup::Id>' }).valueAsList) as any,
      }), ['securityGroups']],
    ])('%s', (_name, props, named) => {
      const stack = validatedStack();
      expect(namedProperties(tryValidation(() => endpoint(stack, props(stack))))).toEqual(named);
    });

    test('a token for the security group list says what to give instead', () => {
      const stack = validatedStack();
      const groups = new CfnParameter(stack, 'Groups', { type: 'List<AWS::EC2::SecurityGroup::Id>' }).valueAsList;
      const error = validationErrorOf(() => endpoint(stack, { subnetGroupName: 'g', securityGroups: groups as any }));
      expect(error.message).toContain('securityGroups: <token> must be a list of security groups, not a token for one (its entries may be tokens): '
        + 'for IDs from a parameter, give ec2.SecurityGroup.fromSecurityGroupId(scope, id, Fn.select(i, ids)) for each');
    });

    test('messages say what to give', () => {
      const stack = validatedStack();
      const error = validationErrorOf(() => endpoint(stack, {}));
      expect(error.message).toContain('subnetGroupName: not set must be given when vpc is not (give subnetGroupName, or vpc and optionally vpcSubnets)');
      expect(error.message).toContain('securityGroups: not set must be given when vpc is not (a new security group needs a VPC)');
      expect(error.constructPath).toBe('Stack/Endpoint');
      const vpc = isolatedVpc(stack);
      expectViolation(() => endpoint(stack, { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } }, 'Public'), 'vpcSubnets',
        /must select subnets of vpc: .*Public/);
    });
  });

  test('vpc, vpcSubnets and the subnets as tokens synthesize', () => {
    // GIVEN a VPC imported from parameters
    const stack = validatedStack();
    const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
      vpcId: new CfnParameter(stack, 'VpcId').valueAsString,
      availabilityZones: Fn.getAzs(),
      isolatedSubnetIds: new CfnParameter(stack, 'Subnets', { type: 'List<AWS::EC2::Subnet::Id>' }).valueAsList,
    });
    // WHEN
    endpoint(stack, { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } });
    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::Redshift::ClusterSubnetGroup', { SubnetIds: { Ref: 'Subnets' } });
    synthValidated(stack);
  });
});

describe('cluster given as a construct', () => {
  function alphaCluster(stack: Stack, props: Partial<redshiftAlpha.ClusterProps> = {}): redshiftAlpha.Cluster {
    const vpc = stack.node.tryFindChild('Vpc') as ec2.Vpc ?? isolatedVpc(stack);
    return new redshiftAlpha.Cluster(stack, 'Cluster', {
      masterUser: { masterUsername: 'admin' },
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      nodeType: redshiftAlpha.NodeType.RA3_XLPLUS,
      numberOfNodes: 2,
      availabilityZoneRelocation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      ...props,
    });
  }

  test('the alpha Cluster is referenced by the Ref of its CfnCluster, and an endpoint needs only vpc', () => {
    // GIVEN
    const stack = validatedStack();
    const cluster = alphaCluster(stack);
    // WHEN
    endpoint(stack, { clusterIdentifier: undefined, cluster, vpc: stack.node.findChild('Vpc') as ec2.Vpc });
    new RedshiftEndpointAuthorization(stack, 'Grant', { cluster, account: OTHER_ACCOUNT });
    // THEN
    const ref = { Ref: stack.getLogicalId(cluster.node.defaultChild as any) };
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Redshift::EndpointAccess', { ClusterIdentifier: ref });
    template.hasResourceProperties('AWS::Redshift::EndpointAuthorization', { ClusterIdentifier: ref });
    synthValidated(stack);
  });

  test.each<[string, Partial<redshiftAlpha.ClusterProps>, RegExp]>([
    // GIVEN an alpha Cluster that breaks a prerequisite → THEN the endpoint's construction names it
    ['not RA3', { nodeType: redshiftAlpha.NodeType.DC2_LARGE, availabilityZoneRelocation: undefined }, /cluster.nodeType: "dc2.large" must be an RA3 node type/],
    ['no relocation', { availabilityZoneRelocation: false }, /cluster.availabilityZoneRelocation: false must be true/],
    ['a port outside the relocation ranges', { port: 5439 + 100 }, /cluster.port: 5539 must be an integer from 5431 to 5455/],
  ])('the prerequisites of an alpha Cluster are checked when the endpoint is built: %s', (_name, props, message) => {
    const stack = validatedStack();
    const cluster = alphaCluster(stack, props);
    expect(() => endpoint(stack, { clusterIdentifier: undefined, cluster, vpc: stack.node.findChild('Vpc') as ec2.Vpc })).toThrow(message);
  });

  test('the endpoint port defaults to the alpha Cluster\'s port', () => {
    const stack = validatedStack();
    const cluster = alphaCluster(stack, { port: 8192 });
    const ep = endpoint(stack, { clusterIdentifier: undefined, cluster, vpc: stack.node.findChild('Vpc') as ec2.Vpc });
    expect(ep.endpointPort).toBe('8192');
  });

  test('a construct without a CfnCluster default child is a ValidationError naming cluster', () => {
    const stack = validatedStack();
    const notACluster = new Construct(stack, 'NotACluster');
    expectViolation(() => endpoint(stack, { clusterIdentifier: undefined, cluster: notACluster, subnetGroupName: 'g', securityGroups: [securityGroup(stack)] }),
      'cluster', /must be a CfnCluster or a construct whose node.defaultChild is one/);
    const error = validationErrorOf(() => new RedshiftEndpointAuthorization(stack, 'Grant', { cluster: notACluster, account: OTHER_ACCOUNT }));
    expect(error.message).toContain('cluster: <Stack/NotACluster> must be a CfnCluster');
  });

  test('a CfnCluster still works directly', () => {
    const stack = validatedStack();
    const cluster = ra3Cluster(stack);
    endpoint(stack, { clusterIdentifier: undefined, cluster, subnetGroupName: 'g', securityGroups: [securityGroup(stack)] });
    Template.fromStack(stack).hasResourceProperties('AWS::Redshift::EndpointAccess', { ClusterIdentifier: { Ref: 'Cluster' } });
  });
});

describe('authorization given as an import', () => {
  test('sets resourceOwner from clusterOwnerAccount and checks cluster and account against it', () => {
    // GIVEN the partner's stack and the owner's authorization, imported
    const app = new App({ context: { '@aws-cdk/core:validateAgainstDefaultRules': true } });
    const partner = new Stack(app, 'Partner', { env: { account: '222222222222', region: 'eu-west-1' } });
    const authorization = RedshiftEndpointAuthorization.fromRedshiftEndpointAuthorizationAttributes(partner, 'Grant', {
      clusterIdentifier: 'analytics', account: '222222222222', clusterOwnerAccount: '111111111111',
    });
    // WHEN
    endpoint(partner, { authorization, subnetGroupName: 'g', securityGroups: [securityGroup(partner)] });
    const wrong = tryValidation(() => endpoint(partner, {
      authorization, clusterIdentifier: 'other', resourceOwner: '333333333333', subnetGroupName: 'g', securityGroups: [securityGroup(partner)],
    }, 'Wrong'));
    // THEN
    Template.fromStack(partner).hasResourceProperties('AWS::Redshift::EndpointAccess', { ResourceOwner: '111111111111' });
    expect(authorization.env.account).toBe('111111111111');
    expect(namedProperties(wrong)).toEqual(['clusterIdentifier', 'resourceOwner']);
  });

  test('without clusterOwnerAccount, an environment-agnostic import sets no resourceOwner', () => {
    const stack = validatedStack();
    const authorization = RedshiftEndpointAuthorization.fromRedshiftEndpointAuthorizationAttributes(stack, 'Grant', {
      clusterIdentifier: 'analytics', account: OTHER_ACCOUNT,
    });
    endpoint(stack, { authorization, subnetGroupName: 'g', securityGroups: [securityGroup(stack)] });
    Template.fromStack(stack).hasResourceProperties('AWS::Redshift::EndpointAccess', { ResourceOwner: Match.absent() });
    synthValidated(stack);
  });
});
