/**
 * alicloud.PrivateLinkEndpointService: one `alicloud_privatelink_vpc_endpoint_connection` per endpoint, with every
 * option given, however the endpoint is named (construct, its ID token, imported, ID, token, construct of another
 * stack) and however often it is accepted.
 */
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { BASE, SG, VPC, alicloudStack } from './support';
import { AlicloudProvider } from '../../lib/alicloud/generated/provider';
import { PrivateLinkEndpoint } from '../../lib/alicloud/private-link-endpoint';
import { PrivateLinkEndpointService } from '../../lib/alicloud/private-link-endpoint-service';
import { IPrivateLinkEndpoint, IPrivateLinkEndpointService } from '../../lib/alicloud/private-link-endpoint-types';
import { expectConformsToSchemas } from '../support/terraform-schema';
import { namedProperties, validationErrorOf } from '../support/validation';

/** What a form of giving an endpoint sets up: the service, the endpoint as given, and the ID it must render to. */
interface Given {
  readonly stack: TerraformStack;
  readonly service: IPrivateLinkEndpointService;
  readonly endpoint: IPrivateLinkEndpoint | string;
  /** The connection's `endpoint_id`, a pattern where the endpoint is in another stack. */
  readonly endpointId: string | RegExp;
}

const ENDPOINT_ID = 'ep-bp1abcdefghijklmnop';

/** An endpoint created with `service`, whose acceptance (without options) the endpoint asks for itself. */
function createdWithService(asId: boolean): Given {
  const stack = alicloudStack();
  const service = new PrivateLinkEndpointService(stack, 'Service');
  const endpoint = new PrivateLinkEndpoint(stack, 'Endpoint', { vpcId: VPC, service, securityGroupIds: [SG] });
  return { stack, service, endpoint: asId ? endpoint.endpointId : endpoint, endpointId: /^\$\{alicloud_privatelink_vpc_endpoint\.Endpoint_\w+\.id\}$/ };
}

/** An endpoint accepted once without options by `acceptConnections()`. */
function acceptedOnce(make: (stack: TerraformStack) => { endpoint: IPrivateLinkEndpoint | string; endpointId: string | RegExp },
  stack = alicloudStack()): Given {
  const service = new PrivateLinkEndpointService(stack, 'Service');
  const { endpoint, endpointId } = make(stack);
  service.acceptConnections(endpoint);
  return { stack, service, endpoint, endpointId };
}

function inOtherStack(): Given {
  const app = Testing.app();
  const [owner, consumer] = ['Owner', 'Consumer'].map(id => new TerraformStack(app, id));
  [owner, consumer].forEach(s => new AlicloudProvider(s, 'alicloud', { region: 'cn-hangzhou' }));
  // The endpoint names the service by its ID, so only the owner's stack depends on the consumer's.
  return acceptedOnce(() => ({ endpoint: new PrivateLinkEndpoint(consumer, 'Endpoint', BASE), endpointId: /^\$\{data\.terraform_remote_state\.\S+\}$/ }), owner);
}

const FORMS: [string, () => Given][] = [
  ['an endpoint construct created with `service`', () => createdWithService(false)],
  ['the ID token of an endpoint created with `service`', () => createdWithService(true)],
  ['an imported endpoint', () => acceptedOnce(stack => ({
    endpoint: PrivateLinkEndpoint.fromPrivateLinkEndpointAttributes(stack, 'Endpoint', { endpointId: ENDPOINT_ID }), endpointId: ENDPOINT_ID,
  }))],
  ['an endpoint ID', () => acceptedOnce(() => ({ endpoint: ENDPOINT_ID, endpointId: ENDPOINT_ID }))],
  ['a token', () => acceptedOnce(stack => ({ endpoint: new TerraformVariable(stack, 'endpoint', { type: 'string' }).stringValue, endpointId: '${var.endpoint}' }))],
  ['an endpoint construct of another stack', inOtherStack],
];

function connections(stack: TerraformStack): any[] {
  // As an app's synthesis does: a reference to another stack's resource becomes a remote state lookup.
  stack.prepareStack();
  const synthesized = Testing.synth(stack, true);
  expectConformsToSchemas(synthesized);
  return Object.values(JSON.parse(synthesized).resource.alicloud_privatelink_vpc_endpoint_connection);
}

describe('PrivateLinkEndpointService: one connection per endpoint, with its options', () => {
  test.each(FORMS)('GIVEN %s accepted without options WHEN acceptConnection sets a bandwidth THEN its one connection has it', (_form, given) => {
    // GIVEN
    const { stack, service, endpoint, endpointId } = given();
    // WHEN
    service.acceptConnection(endpoint, { bandwidth: 2048 });
    // THEN
    const [connection, ...more] = connections(stack);
    expect(more).toEqual([]);
    expect(connection.bandwidth).toBe(2048);
    expect(connection.endpoint_id).toEqual(typeof endpointId === 'string' ? endpointId : expect.stringMatching(endpointId));
  });

  test.each(FORMS)('GIVEN %s accepted with a bandwidth WHEN accepted again with the same one or none THEN it keeps one connection with it', (_form, given) => {
    // GIVEN
    const { stack, service, endpoint } = given();
    service.acceptConnection(endpoint, { bandwidth: 2048 });
    // WHEN
    service.acceptConnection(endpoint, { bandwidth: 2048 });
    service.acceptConnection(endpoint);
    service.acceptConnections(endpoint, endpoint);
    // THEN
    expect(connections(stack).map(c => c.bandwidth)).toEqual([2048]);
  });

  test.each(FORMS)('GIVEN %s accepted with a bandwidth WHEN accepted with another one THEN the ValidationError names both calls', (_form, given) => {
    // GIVEN
    const { stack, service, endpoint } = given();
    service.acceptConnection(endpoint, { bandwidth: 2048 });
    // WHEN
    const error = validationErrorOf(() => service.acceptConnection(endpoint, { bandwidth: 4096 }));
    // THEN
    expect(namedProperties(error)).toEqual(['options.bandwidth']);
    expect(error.message).toMatch(new RegExp(`^${service.node.path}: `));
    expect(error.message).toMatch(/options\.bandwidth: 4096 differs from 2048, given for the same endpoint by the earlier acceptConnection\((<\S+\/Endpoint>|"ep-\w+"|<token>)\) call/);
    expect(connections(stack).map(c => c.bandwidth)).toEqual([2048]);
  });

  test.each<[string, (endpoint: PrivateLinkEndpoint) => IPrivateLinkEndpoint | string]>([
    ['the construct', endpoint => endpoint],
    ['its ID token', endpoint => endpoint.endpointId],
  ])('GIVEN an endpoint accepted with a bandwidth as a construct WHEN %s is given another one THEN the error names the construct', (_form, as) => {
    // GIVEN
    const stack = alicloudStack();
    const service = new PrivateLinkEndpointService(stack, 'Service');
    const endpoint = new PrivateLinkEndpoint(stack, 'Endpoint', BASE);
    service.acceptConnection(endpoint, { bandwidth: 2048 });
    // WHEN
    const error = validationErrorOf(() => service.acceptConnection(as(endpoint), { bandwidth: 1024 }));
    // THEN
    expect(error.message).toContain('options.bandwidth: 1024 differs from 2048, given for the same endpoint by the earlier acceptConnection(<Stack/Endpoint>) call');
  });

  test('GIVEN a bandwidth as a token WHEN another token is given for the same endpoint THEN it is an error, not a second connection', () => {
    // GIVEN
    const stack = alicloudStack();
    const service = new PrivateLinkEndpointService(stack, 'Service');
    service.acceptConnection(ENDPOINT_ID, { bandwidth: new TerraformVariable(stack, 'bw', { type: 'number' }).numberValue });
    // WHEN
    const error = validationErrorOf(() => service.acceptConnection(ENDPOINT_ID, { bandwidth: 4096 }));
    // THEN
    expect(error.message).toContain('options.bandwidth: 4096 differs from <token>');
    expect(connections(stack).map(c => c.bandwidth)).toEqual(['${var.bw}']);
  });

  test('an imported service keeps one connection per endpoint with its bandwidth, like a created one', () => {
    // GIVEN
    const stack = alicloudStack();
    const service = PrivateLinkEndpointService.fromPrivateLinkEndpointServiceAttributes(stack, 'Service', { serviceId: 'epsrv-1' });
    const endpoint = new PrivateLinkEndpoint(stack, 'Endpoint', { vpcId: VPC, service, securityGroupIds: [SG] });
    // WHEN
    service.acceptConnection(endpoint.endpointId, { bandwidth: 2048 });
    // THEN
    expect(connections(stack).map(c => [c.service_id, c.bandwidth])).toEqual([['epsrv-1', 2048]]);
    expect(validationErrorOf(() => service.acceptConnection(endpoint, { bandwidth: 100 })).message).toContain('differs from 2048');
  });

  test.each<[string, (endpoint: PrivateLinkEndpoint) => IPrivateLinkEndpoint | string]>([
    ['as a construct', endpoint => endpoint],
    ['by its ID token', endpoint => endpoint.endpointId],
  ])('GIVEN an endpoint of another stack created with `service` WHEN the service accepts it %s THEN the error says the stacks would depend on each other', (_form, as) => {
    // GIVEN
    const app = Testing.app();
    const [owner, consumer] = ['Owner', 'Consumer'].map(id => new TerraformStack(app, id));
    const service = new PrivateLinkEndpointService(owner, 'Service');
    const endpoint = new PrivateLinkEndpoint(consumer, 'Endpoint', { vpcId: VPC, service, securityGroupIds: [SG] });
    // WHEN
    const error = validationErrorOf(() => service.acceptConnection(as(endpoint), { bandwidth: 2048 }));
    // THEN
    expect(namedProperties(error)).toEqual(['endpoints[0]']);
    expect(error.message).toMatch(/in stack "Consumer" and was created with a service of stack "Owner": the stacks would depend on each other/);
  });
});
