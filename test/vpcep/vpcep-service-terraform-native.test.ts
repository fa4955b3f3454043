/**
 * What a CDKTF user expects of any resource class, on both clouds' endpoint services: `timeouts`, being a dependency
 * in `dependsOn`, the computed attributes, a boolean token for `approvalRequired`, and (Huawei Cloud) `region`.
 */
import { TerraformOutput, TerraformResource, TerraformVariable } from 'cdktf';
import { namedProperties } from '../support/validation';
import {
  HUAWEICLOUD_SERVICE, OPENTELEKOMCLOUD_SERVICE, SERVICE_BASE, SERVICE_CLOUDS, SUBNET_ID, ServiceCloudUnderTest, VPC_ID, newStack,
  resourceArgs, serviceErrorFor, synthConforming,
} from '../support/vpcep';

/** The address of the only resource of `type` whose name starts with `prefix`. */
function address(doc: Record<string, any>, type: string, prefix: string): string {
  return `${type}.${Object.keys(doc.resource[type]).find(k => k === prefix || k.startsWith(`${prefix}_`))}`;
}

describe.each(SERVICE_CLOUDS)('%s VpcepService', (_name, cloud) => {
  test('GIVEN a service WHEN a plain resource and an endpoint depend on it THEN their depends_on name the service resource', () => {
    // GIVEN
    const stack = newStack(cloud);
    const service = cloud.createService(stack, 'Service', SERVICE_BASE);
    // WHEN
    new cloud.Resource(stack, 'Plain', { serviceId: 'svc', vpcId: VPC_ID, dependsOn: [service] });
    cloud.create(stack, 'Endpoint', { serviceId: 'svc', vpcId: VPC_ID, dependsOn: [service] });
    // THEN
    const doc = synthConforming(stack);
    const serviceAddress = address(doc, cloud.serviceType, 'Service');
    expect(resourceArgs(doc, cloud.resourceType, 'Plain').depends_on).toEqual([serviceAddress]);
    expect(resourceArgs(doc, cloud.resourceType, 'Endpoint_').depends_on).toEqual([serviceAddress]);
    expect(service.fqn).toBe((service.node.defaultChild as TerraformResource).fqn);
  });

  test('connections is a reference to the provider\'s list of every connection', () => {
    // GIVEN
    const stack = newStack(cloud);
    const service = cloud.createService(stack, 'Service', SERVICE_BASE);
    // WHEN
    new TerraformOutput(stack, 'connections', { value: service.connections });
    // THEN
    const doc = synthConforming(stack);
    expect(doc.output.connections.value).toBe(`\${${address(doc, cloud.serviceType, 'Service')}.connections}`);
  });

  test('GIVEN approvalRequired as a boolean token THEN it is rendered, and an endpoint created with service is approved', () => {
    // GIVEN
    const stack = newStack(cloud);
    const approval = new TerraformVariable(stack, 'approval', { type: 'bool' });
    const service = cloud.createService(stack, 'Service', { ...SERVICE_BASE, approvalRequired: approval.booleanValue });
    // WHEN
    cloud.create(stack, 'Endpoint', { service, vpcId: VPC_ID, subnetId: SUBNET_ID });
    // THEN
    const doc = synthConforming(stack);
    expect(resourceArgs(doc, cloud.serviceType, 'Service_')[cloud.serviceArgs.approval]).toBe('${var.approval}');
    expect(resourceArgs(doc, cloud.approvalType, 'Service_').endpoints).toEqual([`\${${address(doc, cloud.resourceType, 'Endpoint')}.id}`]);
    expect(service.approvalRequired).toBeUndefined();
  });

  test('approvalRequired as a token with "*" allowed is unknown: no warning that anyone connects unapproved', () => {
    const stack = newStack(cloud);
    const approval = new TerraformVariable(stack, 'approval', { type: 'bool' });
    const service = cloud.createService(stack, 'Service', { ...SERVICE_BASE, approvalRequired: approval.booleanValue, allowedConsumers: ['*'] });
    expect(service.node.metadata.filter(m => m.type === '@cdktf/warn')).toEqual([]);
  });

  test('an imported service whose approvalRequired is a token counts as unknown', () => {
    const stack = newStack(cloud);
    const approval = new TerraformVariable(stack, 'approval', { type: 'bool' });
    expect(cloud.importService(stack, 'Imported', { serviceId: 'svc', approvalRequired: approval.booleanValue }).approvalRequired).toBeUndefined();
  });
});

describe('VpcepService timeouts', () => {
  test.each<[string, ServiceCloudUnderTest, object]>([
    ['huaweicloud: create and delete', HUAWEICLOUD_SERVICE, { create: '20m', delete: '15m' }],
    ['opentelekomcloud: default', OPENTELEKOMCLOUD_SERVICE, { default: '5m' }],
  ])('%s are rendered on the service resource, not on its approval', (_name, cloud, timeouts) => {
    // GIVEN
    const stack = newStack(cloud);
    // WHEN
    cloud.createService(stack, 'Service', { ...SERVICE_BASE, timeouts }).approveConnections('4189d3c2-8882-4871-a3c2-d380272eed83');
    // THEN
    const doc = synthConforming(stack);
    expect(resourceArgs(doc, cloud.serviceType, 'Service_').timeouts).toEqual(timeouts);
    expect(resourceArgs(doc, cloud.approvalType, 'Service_').timeouts).toBeUndefined();
  });

  test.each<[string, ServiceCloudUnderTest, object, string[]]>([
    ['huaweicloud', HUAWEICLOUD_SERVICE, { default: '5m' }, ['timeouts.default']],
    ['huaweicloud', HUAWEICLOUD_SERVICE, { create: '5 m' }, ['timeouts.create']],
    ['opentelekomcloud', OPENTELEKOMCLOUD_SERVICE, { create: '5m', delete: '5m' }, ['timeouts.create', 'timeouts.delete']],
    ['opentelekomcloud', OPENTELEKOMCLOUD_SERVICE, { default: '0m' }, ['timeouts.default']],
  ])('%s: %j is an error naming each key', (_name, cloud, timeouts, properties) => {
    expect(namedProperties(serviceErrorFor(cloud, { timeouts }))).toEqual(properties);
  });
});

describe('VpcepService region (Huawei Cloud only)', () => {
  test('GIVEN a region THEN the service and its approval are created in it, and region reads it back', () => {
    // GIVEN
    const stack = newStack(HUAWEICLOUD_SERVICE);
    // WHEN
    const service = HUAWEICLOUD_SERVICE.createService(stack, 'Service', { ...SERVICE_BASE, region: 'ap-southeast-3' });
    service.approveConnections('4189d3c2-8882-4871-a3c2-d380272eed83');
    new TerraformOutput(stack, 'region', { value: (service as { region: string }).region });
    // THEN
    const doc = synthConforming(stack);
    expect(resourceArgs(doc, HUAWEICLOUD_SERVICE.serviceType, 'Service_').region).toBe('ap-southeast-3');
    expect(resourceArgs(doc, HUAWEICLOUD_SERVICE.approvalType, 'Service_').region).toBe('ap-southeast-3');
    expect(doc.output.region.value).toBe(`\${${address(doc, HUAWEICLOUD_SERVICE.serviceType, 'Service')}.region}`);
  });

  test.each<[string, ServiceCloudUnderTest, string, string]>([
    ['an empty region on Huawei Cloud', HUAWEICLOUD_SERVICE, '', 'must not be empty'],
    ['a region on Open Telekom Cloud', OPENTELEKOMCLOUD_SERVICE, 'eu-de', 'is not supported on Open Telekom Cloud'],
  ])('%s is an error naming region', (_what, cloud, region, message) => {
    const error = serviceErrorFor(cloud, { region });
    expect(namedProperties(error)).toEqual(['region']);
    expect(error!.violations[0].message).toContain(message);
  });
});
