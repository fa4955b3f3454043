/**
 * What a CDKTF user expects of any resource class, on both clouds' endpoints: `timeouts`, being a dependency in
 * `dependsOn`, and (Huawei Cloud) a per-resource `region`.
 */
import { TerraformResource, TerraformStack } from 'cdktf';
import { namedProperties } from '../support/validation';
import { CLOUDS, CloudUnderTest, HUAWEICLOUD, OPENTELEKOMCLOUD, SERVICE_ID, SUBNET_ID, VPC_ID, endpointArgs, newStack, resourceArgs, synthConforming, validationErrorFor } from '../support/vpcep';

/** The address of the endpoint resource of the construct `id` in a synthesized stack. */
function address(doc: Record<string, any>, cloud: CloudUnderTest, id: string): string {
  return `${cloud.resourceType}.${Object.keys(doc.resource[cloud.resourceType]).find(k => k.startsWith(`${id}_`))}`;
}

describe.each(CLOUDS)('%s VpcepEndpoint: dependsOn', (_name, cloud) => {
  let stack: TerraformStack;
  beforeEach(() => {
    stack = newStack(cloud);
  });

  test('GIVEN an endpoint WHEN a plain resource depends on it THEN its depends_on names the endpoint resource', () => {
    // GIVEN
    const endpoint = cloud.create(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID });
    // WHEN
    new cloud.Resource(stack, 'Plain', { serviceId: SERVICE_ID, vpcId: VPC_ID, dependsOn: [endpoint] });
    // THEN
    const doc = synthConforming(stack);
    expect(resourceArgs(doc, cloud.resourceType, 'Plain').depends_on).toEqual([address(doc, cloud, 'Endpoint')]);
    expect(endpoint.fqn).toBe((endpoint.node.defaultChild as TerraformResource).fqn);
  });

  test('GIVEN an endpoint WHEN another endpoint has it in its dependsOn prop THEN that endpoint waits for it', () => {
    // GIVEN
    const first = cloud.create(stack, 'First', { serviceId: SERVICE_ID, vpcId: VPC_ID });
    // WHEN
    cloud.create(stack, 'Second', { serviceId: SERVICE_ID, vpcId: VPC_ID, dependsOn: [first] });
    // THEN
    const doc = synthConforming(stack);
    expect(resourceArgs(doc, cloud.resourceType, 'Second').depends_on).toEqual([address(doc, cloud, 'First')]);
  });
});

describe('timeouts', () => {
  test.each<[string, CloudUnderTest, object]>([
    ['huaweicloud: create and delete', HUAWEICLOUD, { create: '20m', delete: '1h30m' }],
    ['opentelekomcloud: default', OPENTELEKOMCLOUD, { default: '15m' }],
  ])('%s are rendered as the timeouts block', (_name, cloud, timeouts) => {
    // GIVEN
    const stack = newStack(cloud);
    // WHEN
    cloud.create(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, subnetId: SUBNET_ID, timeouts });
    // THEN
    expect(endpointArgs(stack, cloud).timeouts).toEqual(timeouts);
  });

  test.each<[string, CloudUnderTest, object, string, RegExp]>([
    ['huaweicloud', HUAWEICLOUD, { default: '5m' }, 'timeouts.default', /huaweicloud_vpcep_endpoint has only the create and delete timeouts/],
    ['opentelekomcloud', OPENTELEKOMCLOUD, { create: '5m' }, 'timeouts.create', /opentelekomcloud_vpcep_endpoint_v1 has only the default timeout/],
    ['opentelekomcloud', OPENTELEKOMCLOUD, { delete: '5m' }, 'timeouts.delete', /has only the default timeout/],
  ])('%s: %j is an error naming the key the resource does not have', (_name, cloud, timeouts, property, message) => {
    // WHEN
    const error = validationErrorFor(cloud, { timeouts });
    // THEN
    expect(namedProperties(error)).toEqual([property]);
    expect(error!.violations[0].message).toMatch(message);
  });

  test.each<[string, CloudUnderTest, object, string]>([
    ['huaweicloud', HUAWEICLOUD, { create: '10' }, 'timeouts.create'],
    ['huaweicloud', HUAWEICLOUD, { delete: '1d' }, 'timeouts.delete'],
    ['opentelekomcloud', OPENTELEKOMCLOUD, { default: '0s' }, 'timeouts.default'],
  ])('%s: %j is not a duration', (_name, cloud, timeouts, property) => {
    expect(namedProperties(validationErrorFor(cloud, { timeouts }))).toEqual([property]);
  });
});

describe('region (Huawei Cloud only)', () => {
  test('GIVEN a region WHEN the endpoint is created THEN it is rendered as the resource\'s region', () => {
    // GIVEN
    const stack = newStack(HUAWEICLOUD);
    // WHEN
    HUAWEICLOUD.create(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, region: 'ap-southeast-1' });
    // THEN
    expect(endpointArgs(stack, HUAWEICLOUD).region).toBe('ap-southeast-1');
  });

  test('an empty region is an error naming it', () => {
    expect(namedProperties(validationErrorFor(HUAWEICLOUD, { region: '' }))).toEqual(['region']);
  });
});
