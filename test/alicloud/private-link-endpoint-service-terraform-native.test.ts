/**
 * What a CDKTF user expects of any resource class: `timeouts`, being a dependency in `dependsOn`, the computed
 * attributes, and boolean tokens that count as unknown.
 */
import { TerraformOutput, TerraformResource, TerraformVariable, Testing } from 'cdktf';
import { BASE, SG, VPC, alicloudStack } from './support';
import { PrivatelinkVpcEndpoint } from '../../lib/alicloud/generated/privatelink-vpc-endpoint';
import { PrivateLinkEndpoint } from '../../lib/alicloud/private-link-endpoint';
import { PrivateLinkEndpointService } from '../../lib/alicloud/private-link-endpoint-service';
import { PrivateLinkServiceResourceType } from '../../lib/alicloud/private-link-endpoint-service-types';
import { expectConformsToSchemas } from '../support/terraform-schema';
import { namedProperties, tryValidation } from '../support/validation';

const SERVICE = 'alicloud_privatelink_vpc_endpoint_service';
const NLB = { resourceType: PrivateLinkServiceResourceType.NLB, resourceId: 'nlb-bp1abcdefghijklmnop', zoneId: 'cn-hangzhou-h' };

function synth(stack: ReturnType<typeof alicloudStack>): any {
  const synthesized = Testing.synth(stack, true);
  expectConformsToSchemas(synthesized);
  return JSON.parse(synthesized);
}

/** The name of the resource of `type` whose construct id is `id`. */
function nameOf(doc: any, type: string, id: string): string {
  return Object.keys(doc.resource[type]).find(k => k === id || k.startsWith(`${id}_`))!;
}

describe('PrivateLinkEndpointService as a dependency', () => {
  test('GIVEN a service WHEN a plain resource and an endpoint depend on it THEN their depends_on name the service resource', () => {
    // GIVEN
    const stack = alicloudStack();
    const service = new PrivateLinkEndpointService(stack, 'Service', { resources: [NLB] });
    // WHEN
    new PrivatelinkVpcEndpoint(stack, 'Plain', { vpcId: VPC, serviceId: 'epsrv-a', dependsOn: [service] });
    new PrivateLinkEndpoint(stack, 'Endpoint', { ...BASE, dependsOn: [service] });
    // THEN
    const doc = synth(stack);
    const endpoints = doc.resource.alicloud_privatelink_vpc_endpoint;
    const serviceAddress = `${SERVICE}.${nameOf(doc, SERVICE, 'Service')}`;
    expect(endpoints[nameOf(doc, 'alicloud_privatelink_vpc_endpoint', 'Plain')].depends_on).toEqual([serviceAddress]);
    expect(endpoints[nameOf(doc, 'alicloud_privatelink_vpc_endpoint', 'Endpoint')].depends_on).toEqual([serviceAddress]);
    expect(service.fqn).toBe((service.node.defaultChild as TerraformResource).fqn);
  });
});

test('the computed attributes are references to the service resource', () => {
  // GIVEN
  const stack = alicloudStack();
  const service = new PrivateLinkEndpointService(stack, 'Service');
  // WHEN
  const attributes = { business: service.serviceBusinessStatus, created: service.createTime, region: service.region };
  Object.entries(attributes).forEach(([name, value]) => new TerraformOutput(stack, name, { value }));
  // THEN
  const doc = synth(stack);
  const ref = (attribute: string) => ({ value: `\${${SERVICE}.${nameOf(doc, SERVICE, 'Service')}.${attribute}}` });
  expect(doc.output).toEqual({ business: ref('service_business_status'), created: ref('create_time'), region: ref('region_id') });
});

describe('PrivateLinkEndpointService timeouts', () => {
  test('GIVEN create, update and delete THEN they are rendered on the service resource only', () => {
    // GIVEN
    const stack = alicloudStack();
    const timeouts = { create: '15m', update: '10m', delete: '20m' };
    // WHEN
    new PrivateLinkEndpointService(stack, 'Service', { resources: [NLB], timeouts });
    // THEN
    const doc = synth(stack);
    expect(doc.resource[SERVICE][nameOf(doc, SERVICE, 'Service')].timeouts).toEqual(timeouts);
    expect(Object.values<any>(doc.resource.alicloud_privatelink_vpc_endpoint_service_resource)[0].timeouts).toBeUndefined();
  });

  test.each<[string, object, string[]]>([
    ['a value that is not a duration', { create: '15' }, ['timeouts.create']],
    ['a key the resource has no timeout for', { default: '5m' }, ['timeouts.default']],
  ])('%s is an error naming the key', (_what, timeouts, properties) => {
    expect(namedProperties(tryValidation(() => new PrivateLinkEndpointService(alicloudStack(), 'Service', { timeouts })))).toEqual(properties);
  });
});

describe('boolean tokens', () => {
  test('GIVEN autoAcceptConnection as a token THEN it is rendered, and an endpoint created with service is accepted', () => {
    // GIVEN
    const stack = alicloudStack();
    const flag = (name: string) => new TerraformVariable(stack, name, { type: 'bool' }).booleanValue;
    const service = new PrivateLinkEndpointService(stack, 'Service', {
      autoAcceptConnection: flag('auto_accept'), serviceSupportIpv6: flag('ipv6'), zoneAffinityEnabled: flag('affinity'),
    });
    // WHEN
    new PrivateLinkEndpoint(stack, 'Endpoint', { vpcId: VPC, service, securityGroupIds: [SG] });
    // THEN
    const doc = synth(stack);
    expect(doc.resource[SERVICE][nameOf(doc, SERVICE, 'Service')]).toMatchObject({
      auto_accept_connection: '${var.auto_accept}', service_support_ipv6: '${var.ipv6}', zone_affinity_enabled: '${var.affinity}',
    });
    expect(Object.keys(doc.resource.alicloud_privatelink_vpc_endpoint_connection)).toHaveLength(1);
    expect(service.autoAcceptConnection).toBeUndefined();
  });

  test('an imported service whose autoAcceptConnection is a token counts as unknown', () => {
    const stack = alicloudStack();
    const flag = new TerraformVariable(stack, 'auto_accept', { type: 'bool' }).booleanValue;
    const imported = PrivateLinkEndpointService.fromPrivateLinkEndpointServiceAttributes(stack, 'Imported', { serviceId: 'epsrv-a', autoAcceptConnection: flag });
    expect(imported.autoAcceptConnection).toBeUndefined();
  });
});
