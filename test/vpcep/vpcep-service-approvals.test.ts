/**
 * huaweicloud/opentelekomcloud VpcepService.approveConnections: each endpoint is listed once in the one approval
 * resource, however it is named (construct, its ID token, imported, ID, token, construct of another stack) and however
 * often it is approved.
 */
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { VpcepEndpointBase } from '../../lib/vpcep/vpcep-endpoint-base';
import { IVpcepEndpoint, IVpcepService } from '../../lib/vpcep/vpcep-endpoint-types';
import { expectConformsToSchemas } from '../support/terraform-schema';
import { namedProperties, validationErrorOf } from '../support/validation';
import { SERVICE_BASE, SERVICE_CLOUDS, SERVICE_ID, ServiceCloudUnderTest, SUBNET_ID, VPC_ID, newStack, resourceArgs } from '../support/vpcep';

/** What a form of giving an endpoint sets up: the service, the endpoint as given, and the ID it must render to. */
interface Given {
  readonly stack: TerraformStack;
  readonly service: IVpcepService;
  readonly endpoint: IVpcepEndpoint | string;
  readonly endpointId: string | RegExp;
}

const ENDPOINT_ID = 'a1b2c3d4-0000-4000-8000-000000000001';

function forms(cloud: ServiceCloudUnderTest): [string, () => Given][] {
  const ownStack = (endpoint: (stack: TerraformStack) => IVpcepEndpoint | string, endpointId: string | RegExp) => (): Given => {
    const stack = newStack(cloud);
    return { stack, service: cloud.createService(stack, 'Service', SERVICE_BASE), endpoint: endpoint(stack), endpointId };
  };
  // An endpoint created with `service` is approved by the service already.
  const createdWithService = (asId: boolean) => (): Given => {
    const stack = newStack(cloud);
    const service = cloud.createService(stack, 'Service', SERVICE_BASE);
    const endpoint = cloud.create(stack, 'Endpoint', { service, vpcId: VPC_ID, subnetId: SUBNET_ID });
    return { stack, service, endpoint: asId ? endpoint.endpointId : endpoint, endpointId: new RegExp(`^\\$\\{${cloud.resourceType}\\.Endpoint_\\w+\\.id\\}$`) };
  };
  return [
    ['an endpoint construct created with `service`', createdWithService(false)],
    ['the ID token of an endpoint created with `service`', createdWithService(true)],
    ['an imported endpoint', ownStack(stack => VpcepEndpointBase.fromVpcepEndpointAttributes(stack, 'Endpoint', { endpointId: ENDPOINT_ID }), ENDPOINT_ID)],
    ['an endpoint ID', ownStack(() => ENDPOINT_ID, ENDPOINT_ID)],
    ['a token', ownStack(stack => new TerraformVariable(stack, 'endpoint', { type: 'string' }).stringValue, '${var.endpoint}')],
    ['an endpoint construct of another stack', () => {
      const app = Testing.app();
      const [owner, consumer] = ['Owner', 'Consumer'].map(id => new TerraformStack(app, id));
      [owner, consumer].forEach(s => cloud.addProvider(s));
      // The endpoint names the service by its ID, so only the owner's stack depends on the consumer's.
      const endpoint = cloud.create(consumer, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, subnetId: SUBNET_ID });
      return { stack: owner, service: cloud.createService(owner, 'Service', SERVICE_BASE), endpoint, endpointId: /^\$\{data\.terraform_remote_state\.\S+\}$/ };
    }],
  ];
}

function approvedEndpoints(stack: TerraformStack, cloud: ServiceCloudUnderTest): string[] {
  // As an app's synthesis does: a reference to another stack's resource becomes a remote state lookup.
  stack.prepareStack();
  const synthesized = Testing.synth(stack, true);
  expectConformsToSchemas(synthesized);
  return resourceArgs(JSON.parse(synthesized), cloud.approvalType, 'Service_Approval').endpoints;
}

describe.each(SERVICE_CLOUDS)('%s VpcepService: one approval entry per endpoint', (_name, cloud) => {
  test.each(forms(cloud))('GIVEN %s WHEN approved twice THEN it is listed once', (_form, given) => {
    // GIVEN
    const { stack, service, endpoint, endpointId } = given();
    // WHEN
    service.approveConnections(endpoint);
    service.approveConnections(endpoint, endpoint);
    // THEN
    expect(approvedEndpoints(stack, cloud)).toEqual([typeof endpointId === 'string' ? endpointId : expect.stringMatching(endpointId)]);
  });

  test.each<[string, (endpoint: VpcepEndpointBase) => IVpcepEndpoint | string]>([
    ['as a construct', endpoint => endpoint],
    ['by its ID token', endpoint => endpoint.endpointId],
  ])('GIVEN an endpoint of another stack created with `service` WHEN the service approves it %s THEN the error says the stacks would depend on each other', (_form, as) => {
    // GIVEN
    const app = Testing.app();
    const [owner, consumer] = ['Owner', 'Consumer'].map(id => new TerraformStack(app, id));
    [owner, consumer].forEach(s => cloud.addProvider(s));
    const service = cloud.createService(owner, 'Service', SERVICE_BASE);
    const endpoint = cloud.create(consumer, 'Endpoint', { service, vpcId: VPC_ID, subnetId: SUBNET_ID });
    // WHEN
    const error = validationErrorOf(() => service.approveConnections(as(endpoint)));
    // THEN
    expect(namedProperties(error)).toEqual(['endpoints[0]']);
    expect(error.message).toMatch(/^Owner\/Service: /);
    expect(error.message).toMatch(/in stack "Consumer" and was created with a service of stack "Owner": the stacks would depend on each other/);
  });
});
