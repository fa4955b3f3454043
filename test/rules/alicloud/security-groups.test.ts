/**
 * An Alibaba Cloud endpoint's security groups get the same rules as `PrivateLinkEndpoint`'s `securityGroupIds` when a
 * raw `alicloud_privatelink_vpc_endpoint` lists them in `security_group_ids`: at most 10, and no empty ID (an empty
 * one names no security group; the provider sends every entry of the set).
 */
import { Testing } from 'cdktf';
import { PrivateLinkEndpoint } from '../../../lib/alicloud/private-link-endpoint';
import { RawResource, findingsOf } from '../../../lib/raw-checks/check-resource';
import { isTerraformExpression } from '../../../lib/raw-checks/inputs/terraform-json';
import { BASE, SG, SERVICE_ID, VPC, alicloudStack, attempt } from '../../alicloud/support';

const OTHER_SG = 'sg-bp1zyxwvutsrqponmlkjih';

/** The findings on `security_group_ids` of a raw Interface endpoint, as `property: rule`. */
function securityGroupFindings(securityGroupIds: unknown): string[] {
  const resource: RawResource = {
    resource: 'alicloud_privatelink_vpc_endpoint.reporting',
    type: 'alicloud_privatelink_vpc_endpoint',
    properties: { vpc_id: VPC, service_id: SERVICE_ID, endpoint_type: 'Interface', security_group_ids: securityGroupIds },
  };
  return findingsOf(resource, isTerraformExpression).map(f => `${f.property}: ${f.rule}`);
}

describe('raw security_group_ids', () => {
  test.each<[string, unknown, RegExp[]]>([
    ['two security groups', [SG, OTHER_SG], []],
    ['an empty ID', [SG, ''], [/^security_group_ids\[1\]: must not be empty$/]],
    ['an expression, unknown until apply', ['${alicloud_security_group.endpoint.id}', SG], []],
    ['a whole list as an expression', '${var.security_group_ids}', []],
    ['eleven security groups', Array.from({ length: 11 }, (_, i) => `sg-bp1abcdefghijklmnop${String(i).padStart(2, '0')}`),
      [/^security_group_ids: must have at most 10 security groups/]],
  ])('%s', (_case, securityGroupIds, expected) => {
    // GIVEN a raw endpoint with these security groups, WHEN it is checked, THEN exactly these findings
    expect(securityGroupFindings(securityGroupIds)).toEqual(expected.map(e => expect.stringMatching(e)));
  });

  test.each([[[SG]], [[SG, '']]])('the construct and the raw check agree on %j', securityGroupIds => {
    // WHEN the construct judges the IDs as its prop, and the raw check as the construct renders them
    const constructRefuses = attempt({ ...BASE, securityGroupIds }) !== undefined;
    const rawRefuses = securityGroupFindings(securityGroupIds).length > 0;
    // THEN both give the same verdict
    expect(rawRefuses).toBe(constructRefuses);
  });

  test('what the construct renders passes the raw check', () => {
    // GIVEN an endpoint made by the construct
    const stack = alicloudStack();
    new PrivateLinkEndpoint(stack, 'Endpoint', { ...BASE, securityGroupIds: [SG, OTHER_SG] });
    const [endpoint] = Object.values(JSON.parse(Testing.synth(stack)).resource.alicloud_privatelink_vpc_endpoint) as Record<string, unknown>[];
    // WHEN its security_group_ids are checked as a raw argument THEN nothing is found
    expect(endpoint.security_group_ids).toEqual([SG, OTHER_SG]);
    expect(securityGroupFindings(endpoint.security_group_ids)).toEqual([]);
  });
});
