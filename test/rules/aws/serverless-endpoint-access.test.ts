/**
 * A Redshift Serverless managed endpoint written raw, as the AWS provider's `aws_redshiftserverless_endpoint_access`,
 * gets the rules `RedshiftServerlessManagedEndpoint` applies to its props (Redshift Serverless CreateEndpointAccess):
 * the endpoint and workgroup names, the owner account, the subnets and the security groups.
 */
import { Stack, aws_ec2 as ec2 } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { RedshiftServerlessManagedEndpoint, RedshiftServerlessManagedEndpointProps } from '../../../lib/aws';
import { SERVERLESS_ENDPOINT_RESOURCE_TYPE } from '../../../lib/aws/private/redshift-serverless-function';
import { RawResource, findingsOf } from '../../../lib/raw-checks/check-resource';
import { isTerraformExpression } from '../../../lib/raw-checks/inputs/terraform-json';
import { validatedStack } from '../../support/aws';
import { tryValidation } from '../../support/validation';

const TYPE = 'aws_redshiftserverless_endpoint_access';
const SG = 'sg-0123456789abcdef0';
const SUBNET = 'subnet-0a1b2c3d4e5f60718';
const VALID = { endpoint_name: 'reporting', workgroup_name: 'analytics', subnet_ids: [SUBNET] };

/** The findings on a raw endpoint with `args`, as `property: rule`. */
function findings(args: Record<string, unknown>): string[] {
  const resource: RawResource = { resource: `${TYPE}.reporting`, type: TYPE, properties: args };
  return findingsOf(resource, isTerraformExpression).map(f => `${f.property}: ${f.rule}`);
}

describe('raw aws_redshiftserverless_endpoint_access', () => {
  test.each<[string, Record<string, unknown>, RegExp[]]>([
    ['the required arguments', {}, []],
    ['every argument', { owner_account: '444455556666', vpc_security_group_ids: [SG] }, []],
    ['arguments Terraform computes', {
      endpoint_name: '${var.endpoint}',
      workgroup_name: '${aws_redshiftserverless_workgroup.analytics.workgroup_name}',
      owner_account: '${var.owner}',
      subnet_ids: '${var.subnets}',
      vpc_security_group_ids: ['${aws_security_group.endpoint.id}'],
    }, []],
    ['an endpoint name in upper case', { endpoint_name: 'Reporting' }, [/^endpoint_name: must contain only lower-case letters/]],
    ['an endpoint name of 31 characters', { endpoint_name: `r${'e'.repeat(30)}` }, [/^endpoint_name: must be 1–30 characters long/]],
    ['an endpoint name ending with a hyphen', { endpoint_name: 'reporting-' }, [/^endpoint_name: must not end with a hyphen/]],
    ['a workgroup name of 2 characters', { workgroup_name: 'ab' }, [/^workgroup_name: must be 3–64 characters long/]],
    ['a workgroup name with an underscore', { workgroup_name: 'analytics_prod' }, [/^workgroup_name: must contain only lower-case letters/]],
    ['an owner account of 11 digits', { owner_account: '44445555666' }, [/^owner_account: must be a 12-digit AWS account id/]],
    ['no subnets', { subnet_ids: [] }, [/^subnet_ids: must have at least 1 subnet ID/]],
    ['a subnet ID with 7 hexadecimal digits', { subnet_ids: ['subnet-0a1b2c3'] }, [/^subnet_ids\[0\]: must be a subnet ID/]],
    ['a security group ID given for a subnet', { subnet_ids: [SG] }, [/^subnet_ids\[0\]: must be a subnet ID/]],
    ['no security groups (not sent: the API\'s default applies)', { vpc_security_group_ids: [] }, []],
    ['a security group ID with 9 hexadecimal digits', { vpc_security_group_ids: ['sg-0123456789'] }, [/^vpc_security_group_ids\[0\]: must be a security group id/]],
  ])('%s', (_case, args, expected) => {
    // GIVEN a raw endpoint with these arguments, WHEN it is checked, THEN exactly these findings
    expect(findings({ ...VALID, ...args })).toEqual(expected.map(e => expect.stringMatching(e)));
  });
});

describe('RedshiftServerlessManagedEndpoint and the raw check', () => {
  type Props = Partial<RedshiftServerlessManagedEndpointProps>;

  /** The construct's endpoint in a stack, with the security group SG imported by its ID. */
  function endpoint(stack: Stack, props: Props): RedshiftServerlessManagedEndpoint {
    return new RedshiftServerlessManagedEndpoint(stack, 'Endpoint', {
      endpointName: 'reporting',
      workgroupName: 'analytics',
      subnetIds: [SUBNET],
      ...props,
      securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'Group', SG)],
    });
  }

  test.each<[string, Props, Record<string, unknown>]>([
    ['valid props', {}, {}],
    ['an endpoint name in upper case', { endpointName: 'Reporting' }, { endpoint_name: 'Reporting' }],
    ['a short workgroup name', { workgroupName: 'ab' }, { workgroup_name: 'ab' }],
    ['an owner account of 11 digits', { ownerAccount: '44445555666' }, { owner_account: '44445555666' }],
    ['a malformed subnet ID', { subnetIds: ['subnet-0a1b2c3'] }, { subnet_ids: ['subnet-0a1b2c3'] }],
  ])('agree on %s', (_case, props, args) => {
    // WHEN the construct judges the props, and the raw check the same values as Terraform arguments
    const constructRefuses = tryValidation(() => endpoint(validatedStack(), props)) !== undefined;
    const rawRefuses = findings({ ...VALID, vpc_security_group_ids: [SG], ...args }).length > 0;
    // THEN both give the same verdict
    expect(rawRefuses).toBe(constructRefuses);
  });

  test('what the construct renders passes the raw check, in the provider\'s argument names', () => {
    // GIVEN an endpoint made by the construct, with every property it renders
    const stack = validatedStack();
    endpoint(stack, { ownerAccount: '444455556666' });
    const [resource] = Object.values(Template.fromStack(stack).findResources(SERVERLESS_ENDPOINT_RESOURCE_TYPE));
    const { EndpointName, WorkgroupName, SubnetIds, VpcSecurityGroupIds, OwnerAccount } = resource.Properties;
    // WHEN those properties are checked as the raw resource's arguments THEN nothing is found
    expect([EndpointName, WorkgroupName, SubnetIds, VpcSecurityGroupIds, OwnerAccount])
      .toEqual(['reporting', 'analytics', [SUBNET], [SG], '444455556666']);
    expect(findings({
      endpoint_name: EndpointName,
      workgroup_name: WorkgroupName,
      subnet_ids: SubnetIds,
      vpc_security_group_ids: VpcSecurityGroupIds,
      owner_account: OwnerAccount,
    })).toEqual([]);
  });
});
