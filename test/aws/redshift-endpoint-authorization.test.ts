import { CfnParameter, Fn, Stack, Token, aws_redshift as redshift } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as fc from 'fast-check';
import { RedshiftEndpointAuthorization, RedshiftEndpointAuthorizationProps } from '../../lib/aws';
import { synthValidated, validatedStack } from '../support/aws';
import { OTHER_ACCOUNT, ra3Cluster } from '../support/redshift';
import { expectViolation, namedProperties, outcome, tryValidation, validationErrorOf } from '../support/validation';

function authorization(stack: Stack, overrides: Partial<RedshiftEndpointAuthorizationProps> = {}, id = 'Authorization'): RedshiftEndpointAuthorization {
  return new RedshiftEndpointAuthorization(stack, id, {
    clusterIdentifier: 'analytics',
    account: OTHER_ACCOUNT,
    ...overrides,
  });
}

describe('RedshiftEndpointAuthorization', () => {
  test('synthesizes an EndpointAuthorization for all VPCs, not forcing revocation', () => {
    // GIVEN
    const stack = validatedStack();
    // WHEN
    const auth = authorization(stack);
    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::Redshift::EndpointAuthorization', {
      ClusterIdentifier: 'analytics',
      Account: OTHER_ACCOUNT,
      VpcIds: Match.absent(),
      Force: false,
    });
    const logicalId = stack.getLogicalId(auth.resource);
    expect(auth.node.defaultChild).toBe(auth.resource);
    expect(stack.resolve(auth.grantor)).toEqual({ 'Fn::GetAtt': [logicalId, 'Grantor'] });
    expect(stack.resolve(auth.grantee)).toEqual({ 'Fn::GetAtt': [logicalId, 'Grantee'] });
    expect(stack.resolve(auth.authorizationStatus)).toEqual({ 'Fn::GetAtt': [logicalId, 'Status'] });
    synthValidated(stack);
  });

  test('vpcIds and forceRevoke reach the template', () => {
    // GIVEN
    const stack = validatedStack();
    // WHEN
    authorization(stack, { vpcIds: ['vpc-0123456789abcdef0', 'vpc-11111111'], forceRevoke: true });
    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::Redshift::EndpointAuthorization', {
      VpcIds: ['vpc-0123456789abcdef0', 'vpc-11111111'],
      Force: true,
    });
    synthValidated(stack);
  });

  test('a cluster of the same app is referenced by Ref and checked at synth', () => {
    // GIVEN
    const stack = validatedStack();
    const cluster = ra3Cluster(stack);
    // WHEN
    authorization(stack, { clusterIdentifier: undefined, cluster });
    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::Redshift::EndpointAuthorization', { ClusterIdentifier: { Ref: 'Cluster' } });
    synthValidated(stack);
  });

  describe('cluster prerequisites (checked at construction, and again at synth)', () => {
    // https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-cross-vpc.html (RA3, relocation) and
    // https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-recovery.html (relocation: not public)
    test.each<[string, Partial<redshift.CfnClusterProps>, string | undefined, RegExp | undefined]>([
      ['a dc2 node type', { nodeType: 'dc2.large' }, 'cluster.nodeType', /must be an RA3 node type/],
      ['relocation off', { availabilityZoneRelocation: false }, 'cluster.availabilityZoneRelocation', /must be true/],
      ['public access', { publiclyAccessible: true }, 'cluster.publiclyAccessible', /must be false/],
      ['every prerequisite met', {}, undefined, undefined],
    ])('%s', (_, overrides, property, expected) => {
      // GIVEN
      const stack = validatedStack();
      const cluster = ra3Cluster(stack, overrides);
      // WHEN
      const build = () => authorization(stack, { clusterIdentifier: undefined, cluster });
      // THEN the error comes from the line that names the cluster
      if (expected === undefined) {
        build();
        synthValidated(stack);
      } else {
        expectViolation(build, property!, expected);
      }
    });

    test('a failed construction reports the problem once: synth does not report it again', () => {
      const stack = validatedStack();
      const cluster = ra3Cluster(stack, { nodeType: 'dc2.large' });
      expect(() => authorization(stack, { clusterIdentifier: undefined, cluster })).toThrow(/RA3/);
      expect(() => synthValidated(stack)).not.toThrow();
    });

    test('a cluster changed after construction is checked at synth, once', () => {
      // GIVEN
      const stack = validatedStack();
      const cluster = ra3Cluster(stack);
      authorization(stack, { clusterIdentifier: undefined, cluster });
      // WHEN
      cluster.nodeType = 'dc2.large';
      // THEN
      const error = validationErrorOf(() => synthValidated(stack));
      expect(error.message.match(/\[Stack\/Authorization\] cluster.nodeType: "dc2.large" must be an RA3 node type/g)).toHaveLength(1);
    });
  });

  test('exactly one of clusterIdentifier and cluster', () => {
    const stack = validatedStack();
    const cluster = ra3Cluster(stack);
    expectViolation(() => authorization(stack, { cluster }), 'clusterIdentifier', /must not be given together with cluster/);
    expectViolation(() => authorization(stack, { clusterIdentifier: undefined }, 'Neither'), 'clusterIdentifier', /must be given when cluster is not/);
  });

  test('the stack\'s own account is rejected when known', () => {
    // GIVEN
    const stack = validatedStack('Stack', { account: '123456789012', region: 'eu-west-1' });
    // THEN
    expectViolation(() => authorization(stack, { account: '123456789012' }), 'account', /must not be the stack's own account/);
    expect(() => authorization(stack, { account: OTHER_ACCOUNT }, 'Other')).not.toThrow();
    synthValidated(stack);
  });

  test('all violations in one error', () => {
    const stack = validatedStack();
    const error = validationErrorOf(() => authorization(stack, {
      clusterIdentifier: 'Analytics', account: '12', vpcIds: ['vpc-1', 'subnet-1', 'vpc-1'],
    }));
    expect(error.violations.map(v => v.property)).toEqual(['clusterIdentifier', 'account', 'vpcIds[1]', 'vpcIds[2]']);
    expect(error.message).toContain('vpcIds[2]: "vpc-1" repeats vpcIds[0] (each must be given once)');
  });

  test('an empty vpcIds list is rejected: omitting it means all VPCs', () => {
    const stack = validatedStack();
    expectViolation(() => authorization(stack, { vpcIds: [] }), 'vpcIds', /must have at least 1 VPC \(has 0; omit vpcIds to allow all VPCs/);
  });

  test('every prop given as an unresolved token synthesizes', () => {
    // GIVEN
    const stack = validatedStack();
    const vpcs = new CfnParameter(stack, 'Vpcs', { type: 'List<AWS::EC2::VPC::Id>' });
    // WHEN
    authorization(stack, {
      clusterIdentifier: Fn.importValue('ClusterIdentifier'),
      account: new CfnParameter(stack, 'Account').valueAsString,
      vpcIds: vpcs.valueAsList,
    });
    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::Redshift::EndpointAuthorization', {
      ClusterIdentifier: { 'Fn::ImportValue': 'ClusterIdentifier' },
      Account: { Ref: 'Account' },
      VpcIds: { Ref: 'Vpcs' },
    });
    synthValidated(stack);
  });

  test('a vpcIds list with token entries checks only the literal ones', () => {
    const stack = validatedStack();
    const token = Token.asString(Fn.importValue('Vpc'));
    expectViolation(() => authorization(stack, { vpcIds: [token, 'vpc_1'] }), 'vpcIds[1]', /must be a VPC id/);
    const ok = validatedStack('Ok');
    authorization(ok, { vpcIds: [token, 'vpc-0123456789abcdef0'] });
    synthValidated(ok);
  });

  describe('boundary tables', () => {
    test.each([
      ['000000000000', true],
      ['111122223333', true],
      ['11112222333', false],
      ['1111222233334', false],
      ['11112222333a', false],
      ['1111-2222-3333', false],
      ['', false],
    ])('account %j valid=%s', (account, valid) => {
      const stack = validatedStack();
      if (valid) {
        authorization(stack, { account });
        synthValidated(stack);
      } else {
        expectViolation(() => authorization(stack, { account }), 'account', /must be a 12-digit AWS account id/);
      }
    });

    test.each([
      ['vpc-1', true],
      ['vpc-' + 'a'.repeat(17), true],
      ['vpc-0123456789ABCDEF0', true],
      ['vpc-', false],
      ['vpc-' + 'a'.repeat(18), false],
      ['vpc-0123_456', false],
      ['VPC-01234567', false],
      ['subnet-01234567', false],
      [' vpc-01234567', false],
    ])('vpcIds entry %j valid=%s', (vpcId, valid) => {
      const stack = validatedStack();
      if (valid) {
        authorization(stack, { vpcIds: [vpcId] });
        synthValidated(stack);
      } else {
        expectViolation(() => authorization(stack, { vpcIds: [vpcId] }), 'vpcIds[0]', /must be a VPC id: "vpc-" and 1–17 letters or digits/);
      }
    });

    test.each([
      ['analytics', true],
      ['a'.repeat(63), true],
      ['a'.repeat(64), false],
      ['', false],
      ['Analytics', false],
      ['9analytics', false],
      ['ana--lytics', false],
      ['analytics-', false],
    ])('clusterIdentifier %j valid=%s', (clusterIdentifier, valid) => {
      const stack = validatedStack();
      if (valid) {
        authorization(stack, { clusterIdentifier });
        synthValidated(stack);
      } else {
        expectViolation(() => authorization(stack, { clusterIdentifier }), 'clusterIdentifier', /^must /);
      }
    });

    test('a raw EndpointAuthorization with our rejected values fails AWS\'s validator too', () => {
      // The schema patterns our rules restate, checked by CloudFormation's own validator.
      const stack = validatedStack();
      new redshift.CfnEndpointAuthorization(stack, 'Raw', {
        clusterIdentifier: 'ana--lytics', account: '11112222333', vpcIds: ['vpc-' + 'a'.repeat(18)],
      });
      expect(() => synthValidated(stack)).toThrow(/ClusterIdentifier[\s\S]*Account|Account[\s\S]*ClusterIdentifier/);
    });
  });

  describe('fast-check: acceptance equals the schema oracle', () => {
    test('account', () => {
      fc.assert(fc.property(
        fc.oneof(fc.string({ unit: fc.constantFrom(...'0123456789x-'), maxLength: 14 }), fc.stringMatching(/^[0-9]{12}$/)),
        account => {
          expect(outcome(() => authorization(new Stack(), { account }))).toBe(/^\d{12}$/.test(account) ? 'ok' : 'invalid');
        }));
    });

    test('account is never the own account of a stack with a known account', () => {
      fc.assert(fc.property(fc.stringMatching(/^[0-9]{12}$/), fc.stringMatching(/^[0-9]{12}$/), (own, account) => {
        const stack = new Stack(undefined, 'S', { env: { account: own, region: 'eu-west-1' } });
        expect(outcome(() => authorization(stack, { account }))).toBe(own === account ? 'invalid' : 'ok');
      }));
    });

    test('vpcIds', () => {
      const oracle = /^vpc-[A-Za-z0-9]{1,17}$/;
      fc.assert(fc.property(
        fc.array(fc.oneof(
          fc.string({ unit: fc.constantFrom(...'aZ09_-'), maxLength: 19 }).map(s => `vpc-${s}`),
          fc.constantFrom('vpc-1', 'vpc-2')), { minLength: 1, maxLength: 4 }),
        vpcIds => {
          const valid = vpcIds.every(id => oracle.test(id)) && new Set(vpcIds).size === vpcIds.length;
          expect(outcome(() => authorization(new Stack(), { vpcIds }))).toBe(valid ? 'ok' : 'invalid');
        }));
    });
  });
});

describe('RedshiftEndpointAuthorization.fromRedshiftEndpointAuthorizationAttributes', () => {
  test('imports the cluster, the grantee and the owner account', () => {
    // GIVEN
    const stack = validatedStack();
    // WHEN
    const imported = RedshiftEndpointAuthorization.fromRedshiftEndpointAuthorizationAttributes(stack, 'Imported', {
      clusterIdentifier: 'analytics', account: '222222222222', clusterOwnerAccount: OTHER_ACCOUNT,
    });
    // THEN
    expect(imported.clusterIdentifier).toBe('analytics');
    expect(imported.account).toBe('222222222222');
    expect(imported.env.account).toBe(OTHER_ACCOUNT);
    expect(imported.node.children).toEqual([]);
  });

  test.each<[string, { clusterIdentifier: string; account: string; clusterOwnerAccount?: string }, string[]]>([
    // GIVEN attributes → THEN the properties named
    ['valid', { clusterIdentifier: 'analytics', account: '222222222222' }, []],
    ['bad cluster', { clusterIdentifier: 'Analytics--1', account: '222222222222' }, ['clusterIdentifier']],
    ['11-digit account', { clusterIdentifier: 'analytics', account: '22222222222' }, ['account']],
    ['bad owner', { clusterIdentifier: 'analytics', account: '222222222222', clusterOwnerAccount: 'x' }, ['clusterOwnerAccount']],
    ['grantee is the owner', { clusterIdentifier: 'analytics', account: OTHER_ACCOUNT, clusterOwnerAccount: OTHER_ACCOUNT }, ['account']],
  ])('%s', (_name, attrs, named) => {
    const stack = validatedStack();
    const error = tryValidation(() => RedshiftEndpointAuthorization.fromRedshiftEndpointAuthorizationAttributes(stack, 'Imported', attrs));
    expect(namedProperties(error)).toEqual(named);
    if (error) expect(error.constructPath).toBe('Stack/Imported');
  });

  test('attributes as tokens are accepted', () => {
    const stack = validatedStack();
    const imported = RedshiftEndpointAuthorization.fromRedshiftEndpointAuthorizationAttributes(stack, 'Imported', {
      clusterIdentifier: Fn.importValue('Cluster'), account: new CfnParameter(stack, 'Grantee').valueAsString, clusterOwnerAccount: Fn.importValue('Owner'),
    });
    expect(stack.resolve(imported.env.account)).toEqual({ 'Fn::ImportValue': 'Owner' });
  });
});
