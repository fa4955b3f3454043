/**
 * What a CDKTF user expects of any resource class: `timeouts`, boolean props that take tokens, being a dependency in
 * `dependsOn`, and the zones' computed attributes.
 */
import { TerraformOutput, TerraformVariable, Testing } from 'cdktf';
import { BASE, alicloudStack, propertiesNamedBy } from './support';
import { PrivatelinkVpcEndpoint } from '../../lib/alicloud/generated/privatelink-vpc-endpoint';
import { PrivateLinkEndpoint } from '../../lib/alicloud/private-link-endpoint';
import { expectConformsToSchemas } from '../support/terraform-schema';

const ENDPOINT = 'alicloud_privatelink_vpc_endpoint';
const ZONE = 'alicloud_privatelink_vpc_endpoint_zone';

function synthChecked(stack: ReturnType<typeof alicloudStack>): any {
  const synth = Testing.synth(stack, true);
  expectConformsToSchemas(synth);
  return JSON.parse(synth);
}

/** The name of the resource of `type` whose construct id is `id`. */
function nameOf(doc: any, type: string, id: string): string {
  return Object.keys(doc.resource[type]).find(k => k === id || k.startsWith(`${id}_`))!;
}

describe('PrivateLinkEndpoint as a dependency', () => {
  test('GIVEN an endpoint WHEN a plain resource depends on it THEN its depends_on names the endpoint resource', () => {
    // GIVEN
    const stack = alicloudStack();
    const endpoint = new PrivateLinkEndpoint(stack, 'Endpoint', { ...BASE, zones: [{ vSwitchId: 'vsw-a' }] });
    // WHEN
    new PrivatelinkVpcEndpoint(stack, 'Plain', { vpcId: BASE.vpcId, serviceId: BASE.serviceId, dependsOn: [endpoint] });
    // THEN
    const doc = synthChecked(stack);
    expect(doc.resource[ENDPOINT][nameOf(doc, ENDPOINT, 'Plain')].depends_on).toEqual([`${ENDPOINT}.${nameOf(doc, ENDPOINT, 'Endpoint')}`]);
    expect(endpoint.fqn).toBe((endpoint.node.defaultChild as PrivatelinkVpcEndpoint).fqn);
  });

  test('GIVEN an endpoint WHEN another endpoint has it in its dependsOn prop THEN that endpoint waits for it', () => {
    // GIVEN
    const stack = alicloudStack();
    const first = new PrivateLinkEndpoint(stack, 'First', BASE);
    // WHEN
    new PrivateLinkEndpoint(stack, 'Second', { ...BASE, dependsOn: [first] });
    // THEN
    const doc = synthChecked(stack);
    expect(doc.resource[ENDPOINT][nameOf(doc, ENDPOINT, 'Second')].depends_on).toEqual([`${ENDPOINT}.${nameOf(doc, ENDPOINT, 'First')}`]);
  });
});

describe('PrivateLinkEndpoint timeouts', () => {
  test('GIVEN create, update and delete THEN they are rendered on the endpoint resource only', () => {
    // GIVEN
    const stack = alicloudStack();
    const timeouts = { create: '10m', update: '90s', delete: '1h' };
    // WHEN
    new PrivateLinkEndpoint(stack, 'Endpoint', { ...BASE, zones: [{ vSwitchId: 'vsw-a' }], timeouts });
    // THEN
    const doc = synthChecked(stack);
    expect(doc.resource[ENDPOINT][nameOf(doc, ENDPOINT, 'Endpoint')].timeouts).toEqual(timeouts);
    expect(Object.values<any>(doc.resource[ZONE])[0].timeouts).toBeUndefined();
  });

  test.each<[string, object, string[]]>([
    ['a value that is not a duration', { create: '5' }, ['timeouts.create']],
    ['a key the resource has no timeout for', { default: '5m' }, ['timeouts.default']],
    ['two bad values', { update: '-1m', delete: '1w' }, ['timeouts.update', 'timeouts.delete']],
  ])('%s is an error naming the key', (_what, timeouts, properties) => {
    expect(propertiesNamedBy({ ...BASE, timeouts })).toEqual(properties);
  });
});

describe('PrivateLinkEndpoint zone attributes', () => {
  test('zoneIpAddresses and zoneStatuses list every zone in order, zones added later included', () => {
    // GIVEN
    const stack = alicloudStack();
    const endpoint = new PrivateLinkEndpoint(stack, 'Endpoint', { ...BASE, zones: [{ vSwitchId: 'vsw-a' }] });
    new TerraformOutput(stack, 'ips', { value: endpoint.zoneIpAddresses });
    new TerraformOutput(stack, 'statuses', { value: endpoint.zoneStatuses });
    // WHEN
    endpoint.addZone({ vSwitchId: 'vsw-b' });
    // THEN
    const doc = synthChecked(stack);
    const zones = Object.keys(doc.resource[ZONE]).sort();
    expect(doc.output.ips.value).toEqual(zones.map(z => `\${${ZONE}.${z}.eni_ip}`));
    expect(doc.output.statuses.value).toEqual(zones.map(z => `\${${ZONE}.${z}.status}`));
  });
});

test('protectedEnabled takes a boolean token, rendered as it is', () => {
  // GIVEN
  const stack = alicloudStack();
  const flag = new TerraformVariable(stack, 'protected', { type: 'bool' });
  // WHEN
  new PrivateLinkEndpoint(stack, 'Endpoint', { ...BASE, protectedEnabled: flag.booleanValue });
  // THEN
  const doc = synthChecked(stack);
  expect(doc.resource[ENDPOINT][nameOf(doc, ENDPOINT, 'Endpoint')].protected_enabled).toBe('${var.protected}');
});
