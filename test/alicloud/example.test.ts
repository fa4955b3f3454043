import { Testing } from 'cdktf';
import { alicloudExample } from '../../examples/terraform/alicloud';
import { expectConformsToSchemas } from '../support/terraform-schema';

describe('the Alibaba Cloud example stack', () => {
  test('synthesizes, conforms to the provider schemas, and matches its snapshot', () => {
    // GIVEN
    const stack = alicloudExample(Testing.app());
    // WHEN
    const synth = Testing.synth(stack, true);
    // THEN
    expectConformsToSchemas(synth);
    expect(JSON.parse(synth)).toMatchSnapshot();
  });

  test('holds an interface endpoint with two chained zones, a gateway-load-balancer endpoint, and the aliyun/alicloud provider', () => {
    // GIVEN
    const doc = JSON.parse(Testing.synth(alicloudExample(Testing.app())));
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
});
