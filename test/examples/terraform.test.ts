import { App, TerraformStack, Testing } from 'cdktf';
import { alicloudExample, alicloudServiceExample } from '../../examples/terraform/alicloud';
import { huaweicloudExample, huaweicloudServiceExample } from '../../examples/terraform/huaweicloud';
import { opentelekomcloudExample, opentelekomcloudServiceExample } from '../../examples/terraform/opentelekomcloud';
import { scrubbed } from '../support/snapshot';
import { expectConformsToSchemas } from '../support/terraform-schema';

/** Synthesizes with the synth-time checks, checks the output against the provider schemas, and parses it. */
function synthConforming(stack: TerraformStack): any {
  const synthesized = Testing.synth(stack, true);
  expectConformsToSchemas(synthesized);
  return JSON.parse(synthesized);
}

describe('the Terraform example app', () => {
  test.each<[string, (app: App) => TerraformStack]>([
    ['huaweicloud', huaweicloudExample],
    ['opentelekomcloud', opentelekomcloudExample],
    ['alicloud', alicloudExample],
    ['huaweicloud service', huaweicloudServiceExample],
    ['opentelekomcloud service', opentelekomcloudServiceExample],
    ['alicloud service', alicloudServiceExample],
  ])('the %s stack synthesizes, conforms to the provider schemas and matches its snapshot', (_cloud, example) => {
    // GIVEN / WHEN
    const synthesized = synthConforming(example(Testing.app()));
    // THEN
    expect(scrubbed(synthesized)).toMatchSnapshot();
  });

  test('the Huawei Cloud stack holds two endpoints on the huaweicloud/huaweicloud provider', () => {
    const synthesized = synthConforming(huaweicloudExample(Testing.app()));
    expect(Object.keys(synthesized.resource.huaweicloud_vpcep_endpoint)).toHaveLength(2);
    expect(synthesized.terraform.required_providers.huaweicloud.source).toBe('huaweicloud/huaweicloud');
  });

  test('the Open Telekom Cloud stack holds two endpoints', () => {
    const synthesized = synthConforming(opentelekomcloudExample(Testing.app()));
    expect(Object.keys(synthesized.resource.opentelekomcloud_vpcep_endpoint_v1)).toHaveLength(2);
  });

  test('the Alibaba Cloud stack holds an interface endpoint with two chained zones, a gateway-load-balancer endpoint, and the aliyun/alicloud provider', () => {
    // GIVEN
    const doc = synthConforming(alicloudExample(Testing.app()));
    // THEN
    const endpoints = Object.values<any>(doc.resource.alicloud_privatelink_vpc_endpoint);
    expect(endpoints.map(e => e.endpoint_type).sort()).toEqual(['GatewayLoadBalancer', 'Interface']);
    const iface = endpoints.find(e => e.endpoint_type === 'Interface');
    expect(iface.security_group_ids.length).toBeGreaterThan(0);
    expect(Object.keys(iface.tags).length).toBeGreaterThan(0);
    const zones = Object.entries<any>(doc.resource.alicloud_privatelink_vpc_endpoint_zone)
      .filter(([name]) => name.startsWith('OrdersEndpoint'));
    expect(zones).toHaveLength(2);
    expect(zones[1][1].depends_on).toEqual([`alicloud_privatelink_vpc_endpoint_zone.${zones[0][0]}`]);
    expect(doc.terraform.required_providers.alicloud.source).toBe('aliyun/alicloud');
  });

  test.each<[string, (app: App) => TerraformStack, string, string]>([
    ['Huawei Cloud', huaweicloudServiceExample, 'huaweicloud_vpcep_service', 'huaweicloud_vpcep_approval'],
    ['Open Telekom Cloud', opentelekomcloudServiceExample, 'opentelekomcloud_vpcep_service_v1', 'opentelekomcloud_vpcep_approval_v1'],
  ])('the %s service stack approves both its own endpoint and the partner\'s', (_cloud, example, serviceType, approvalType) => {
    const doc = synthConforming(example(Testing.app()));
    const [serviceName] = Object.keys(doc.resource[serviceType]);
    const [approval] = Object.values<any>(doc.resource[approvalType]);
    expect(approval.service_id).toBe(`\${${serviceType}.${serviceName}.id}`);
    expect(approval.endpoints).toHaveLength(2);
  });

  test('the Alibaba Cloud service stack has two backends, one allowed user and two accepted connections', () => {
    const doc = synthConforming(alicloudServiceExample(Testing.app()));
    expect(Object.keys(doc.resource.alicloud_privatelink_vpc_endpoint_service_resource)).toHaveLength(2);
    expect(Object.keys(doc.resource.alicloud_privatelink_vpc_endpoint_service_user)).toHaveLength(1);
    expect(Object.keys(doc.resource.alicloud_privatelink_vpc_endpoint_connection)).toHaveLength(2);
  });
});
