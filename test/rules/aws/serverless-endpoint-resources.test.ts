/**
 * The custom resource `RedshiftServerlessManagedEndpoint` writes (`Custom::RedshiftServerlessEndpointAccess`) gets its
 * rules as a raw resource: a template changed by an escape hatch or by hand is checked like the props were, and what
 * the construct renders passes.
 */
import { App, Stack, aws_ec2 as ec2 } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as fc from 'fast-check';
import { SERVERLESS_ENDPOINT_RESOURCE_TYPE } from '../../../lib/aws/private/redshift-serverless-function';
import { RedshiftServerlessManagedEndpoint } from '../../../lib/aws/redshift-serverless-managed-endpoint';
import { findingsOf } from '../../../lib/raw-checks/check-resource';
import { isIntrinsic } from '../../../lib/raw-checks/inputs/cloudformation';
import { tryValidation } from '../../support/validation';

/** The findings on a raw endpoint with `properties`, as `property: rule`. */
function findings(properties: Record<string, unknown>): string[] {
  return findingsOf({ resource: 'Endpoint', type: SERVERLESS_ENDPOINT_RESOURCE_TYPE, properties }, isIntrinsic).map(f => `${f.property}: ${f.rule}`);
}

const ENDPOINT = {
  EndpointName: 'reporting',
  WorkgroupName: 'analytics',
  SubnetIds: ['subnet-0123456789abcdef0'],
  VpcSecurityGroupIds: ['sg-0123456789abcdef0'],
};

test.each<[string, Record<string, unknown>, RegExp[]]>([
  ['an endpoint as the construct writes it', ENDPOINT, []],
  ['security groups and a workgroup by reference', { ...ENDPOINT, WorkgroupName: { Ref: 'Workgroup' }, VpcSecurityGroupIds: [{ 'Fn::GetAtt': ['Sg', 'GroupId'] }] }, []],
  ['a name with upper case', { ...ENDPOINT, EndpointName: 'Reporting' }, [/^EndpointName: must contain only lower-case/]],
  ['a name of 31 characters', { ...ENDPOINT, EndpointName: `r${'e'.repeat(30)}` }, [/^EndpointName: must be 1–30 characters long/]],
  ['no subnet', { ...ENDPOINT, SubnetIds: [] }, [/^SubnetIds: must have at least 1 subnet ID/]],
  ['a subnet ID that is not one', { ...ENDPOINT, SubnetIds: ['subnet-xyz'] }, [/^SubnetIds\[0\]: must be a subnet ID/]],
  ['a security group given twice', { ...ENDPOINT, VpcSecurityGroupIds: ['sg-0123456789abcdef0', 'sg-0123456789abcdef0'] }, [/^VpcSecurityGroupIds\[1\]: repeats/]],
  ['an owner account that is not one', { ...ENDPOINT, OwnerAccount: '1111' }, [/^OwnerAccount: must be a 12-digit AWS account ID/i]],
])('%s', (_case, properties, expected) => {
  // GIVEN a raw endpoint WHEN it is checked THEN exactly these findings
  expect(findings(properties)).toEqual(expected.map(e => expect.stringMatching(e)));
});

test('what RedshiftServerlessManagedEndpoint renders passes the raw check, with the security group it makes', () => {
  // GIVEN an endpoint made by the construct in a VPC, which makes its own security group
  const stack = new Stack(new App(), 'Endpoints');
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  new RedshiftServerlessManagedEndpoint(stack, 'Endpoint', { endpointName: 'reporting', workgroupName: 'analytics', vpc, ownerAccount: '111122223333' });
  const endpoints = Object.values(Template.fromStack(stack).findResources(SERVERLESS_ENDPOINT_RESOURCE_TYPE));
  expect(endpoints).toHaveLength(1);
  // WHEN its custom resource is checked as a raw resource THEN nothing is found
  expect(findings(endpoints[0].Properties)).toEqual([]);
});

test('RedshiftServerlessManagedEndpoint and its raw custom resource refuse the same names, subnets and groups (property)', () => {
  const SUBNET = fc.constantFrom('subnet-0123456789abcdef0', 'subnet-0fedcba9876543210', 'subnet-xyz', 'vpc-1a2b3c4d');
  const GROUP = fc.constantFrom('sg-0123456789abcdef0', 'sg-1a2b3c4d', 'sg-1', 'subnet-1a2b3c4d');
  fc.assert(fc.property(fc.constantFrom('reporting', 'Reporting', 'r--x', `r${'e'.repeat(30)}`), fc.array(SUBNET, { maxLength: 3 }),
    fc.array(GROUP, { minLength: 1, maxLength: 3 }), (endpointName, subnetIds, groupIds) => {
      // WHEN the construct takes them, and a raw custom resource of the type it writes holds them
      const stack = new Stack(new App(), 'Endpoints');
      const securityGroups = groupIds.map((id, i) => ec2.SecurityGroup.fromSecurityGroupId(stack, `Sg${i}`, id));
      const construct = (tryValidation(() => new RedshiftServerlessManagedEndpoint(stack, 'Endpoint',
        { endpointName, workgroupName: 'analytics', subnetIds, securityGroups }))?.violations ?? [])
        .map(v => v.property.replace(/^endpointName/, 'EndpointName').replace(/^subnetIds/, 'SubnetIds').replace(/^securityGroups/, 'VpcSecurityGroupIds'));
      const raw = findings({ ...ENDPOINT, EndpointName: endpointName, SubnetIds: subnetIds, VpcSecurityGroupIds: groupIds })
        .map(f => f.slice(0, f.indexOf(':')));
      // THEN both refuse the same values, on the same names
      expect(raw.sort()).toEqual(construct.sort());
    }), { numRuns: 60 });
});
