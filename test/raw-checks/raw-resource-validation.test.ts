import { VpcepEndpointV1 as PrebuiltVpcepEndpointV1 } from '@cdktf/provider-opentelekomcloud/lib/vpcep-endpoint-v1';
import { App, TerraformResource, TerraformStack, Testing } from 'cdktf';
import { PrivatelinkVpcEndpoint } from '../../lib/alicloud/generated/privatelink-vpc-endpoint';
import { AlicloudProvider } from '../../lib/alicloud/generated/provider';
import { PrivateLinkEndpointService } from '../../lib/alicloud/private-link-endpoint-service';
import { HuaweicloudProvider } from '../../lib/huaweicloud/generated/provider';
import { VpcepEndpoint as VpcepEndpointResource } from '../../lib/huaweicloud/generated/vpcep-endpoint';
import { VpcepEndpoint } from '../../lib/huaweicloud/vpcep-endpoint';
import { OpentelekomcloudProvider } from '../../lib/opentelekomcloud/generated/provider';
import { VpcepServiceV1 } from '../../lib/opentelekomcloud/generated/vpcep-service-v1';
import { RawResourceValidation } from '../../lib/terraform';
import { tryValidation, validationErrorOf } from '../support/validation';

function newStack(): TerraformStack {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'Network');
  new HuaweicloudProvider(stack, 'huaweicloud', { region: 'eu-west-101' });
  new AlicloudProvider(stack, 'alicloud', { region: 'eu-central-1' });
  new OpentelekomcloudProvider(stack, 'otc', { region: 'eu-de' } as never);
  RawResourceValidation.addTo(app);
  return stack;
}

const synth = (stack: TerraformStack) => () => Testing.fullSynth(stack);

describe('RawResourceValidation', () => {
  test('fails the synth with one ValidationError naming each raw resource and argument that breaks a rule', () => {
    // GIVEN raw resources from the library's bindings: one valid, the others with bad arguments
    const stack = newStack();
    new VpcepEndpointResource(stack, 'Valid', { serviceId: 'svc', vpcId: 'vpc', whitelist: ['10.0.0.0/8'] });
    new VpcepEndpointResource(stack, 'Reporting', {
      serviceId: 'svc', vpcId: 'vpc', whitelist: ['10.1.2.3/8'], tags: { _sys_owner: 'data' },
    });
    new PrivatelinkVpcEndpoint(stack, 'Links', { vpcId: 'vpc', vpcEndpointName: '1-links', zonePrivateIpAddressCount: 2 });
    new VpcepServiceV1(stack, 'Orders', {
      name: 'orders',
      vpcId: 'vpc',
      portId: 'port',
      serverType: 'VM',
      port: [{ clientPort: 80, serverPort: 70000 }],
    });
    // WHEN the stack is synthesized
    const error = validationErrorOf(synth(stack));
    // THEN the error lists each bad argument, in Terraform's names, on its resource's construct path
    expect(error.constructPath).toBe('Network');
    expect(error.violations.map(v => [v.constructPath, v.property, v.value])).toEqual([
      ['Network/Reporting', 'whitelist[0]', '"10.1.2.3/8"'],
      ['Network/Reporting', 'tags["_sys_owner"]', '"_sys_owner"'],
      ['Network/Links', 'vpc_endpoint_name', '"1-links"'],
      ['Network/Links', 'zone_private_ip_address_count', '2'],
      ['Network/Orders', 'name', '"orders"'],
      ['Network/Orders', 'port[0].server_port', '70000'],
    ]);
    expect(error.message).toContain('[Network/Orders] port[0].server_port: 70000 must be an integer from 1 to 65535');
  });

  test('a raw resource with a plain TerraformResource (as `cdktf get` or a prebuilt package makes it) and overrides', () => {
    // GIVEN a resource of a known type that is not from the library's bindings, its argument set by an override
    const stack = newStack();
    const raw = new TerraformResource(stack, 'Grant', { terraformResourceType: 'aws_redshift_endpoint_authorization' });
    raw.addOverride('account', 'partner');
    raw.addOverride('cluster_identifier', 'analytics');
    // THEN the override is what is checked
    expect(validationErrorOf(synth(stack)).violations.map(v => `${v.property}: ${v.value}`)).toEqual(['account: "partner"']);
  });

  test('references are never checked as literals', () => {
    const stack = newStack();
    const first = new VpcepEndpointResource(stack, 'First', { serviceId: 'svc', vpcId: 'vpc' });
    new VpcepEndpointResource(stack, 'Second', { serviceId: first.serviceId, vpcId: 'vpc', ipAddress: first.ipAddress, whitelist: [first.ipAddress] });
    expect(tryValidation(synth(stack))).toBeUndefined();
  });

  test('resources made by the library\'s constructs are not reported a second time', () => {
    // GIVEN an L2 endpoint whose tags an aspect-like change breaks after construction, and an L2 service with members
    const stack = newStack();
    const endpoint = new VpcepEndpoint(stack, 'Endpoint', { serviceId: 'svc', vpcId: 'vpc' });
    (endpoint.node.defaultChild as VpcepEndpointResource).tags = { _sys_owner: 'data' };
    const service = new PrivateLinkEndpointService(stack, 'Service', { description: 'orders service' });
    service.addAllowedUser('1234567890123456');
    // WHEN synthesized, THEN the L2's own synth check reports the tag once; its other resources are not checked again
    const error = validationErrorOf(synth(stack));
    expect(error.violations.filter(v => v.property.startsWith('tags')).map(v => v.property)).toHaveLength(1);
    expect(error.violations.map(v => v.constructPath)).not.toContain('Network/Service/User0');
  });

  test('an app without the validation is not checked', () => {
    const app = new App();
    const stack = new TerraformStack(app, 'Plain');
    new HuaweicloudProvider(stack, 'huaweicloud', { region: 'eu-west-101' });
    new VpcepEndpointResource(stack, 'Bad', { serviceId: 'svc', vpcId: 'vpc', whitelist: ['10.1.2.3/8'] });
    expect(tryValidation(synth(stack))).toBeUndefined();
  });
});

test('addTo before any stack exists is an error, not a validation that never runs', () => {
  const app = new App();
  const error = validationErrorOf(() => RawResourceValidation.addTo(app));
  expect(error.violations[0].message).toMatch(/holds no TerraformStack yet: call RawResourceValidation.addTo\(app\) after the stacks are created/);
});

test('resources of a prebuilt provider package are checked too (@cdktf/provider-opentelekomcloud)', () => {
  // GIVEN the prebuilt OTC binding's endpoint, with a tag key the Open Telekom Cloud API refuses
  const stack = newStack();
  new PrebuiltVpcepEndpointV1(stack, 'Prebuilt', { serviceId: 'svc', vpcId: 'vpc', tags: { 'team name': 'data' } });
  // THEN the synth fails, naming it
  const error = validationErrorOf(synth(stack));
  expect(error.violations.map(v => [v.constructPath, v.property, v.message])).toEqual([
    ['Network/Prebuilt', 'tags["team name"]', 'must contain only A-Z a-z 0-9 - _ @'],
  ]);
});

test('added twice, or synthesized twice, a resource is still reported once', () => {
  const stack = newStack();
  RawResourceValidation.addTo(stack);
  new VpcepEndpointResource(stack, 'Reporting', { serviceId: 'svc', vpcId: 'vpc', whitelist: ['10.1.2.3/8'] });
  expect(validationErrorOf(synth(stack)).violations.map(v => v.property)).toEqual(['whitelist[0]']);
  expect(validationErrorOf(synth(stack)).violations.map(v => v.property)).toEqual(['whitelist[0]']);
});

test.each([
  ['undefined', undefined, 'not set'],
  ['null', null, 'null'],
  ['a string', 'app', '"app"'],
  ['a plain object', { node: {} }, '{"node":{}}'],
])('addTo(%s) from plain JavaScript is a ValidationError, not a TypeError', (_case, scope, rendered) => {
  const error = validationErrorOf(() => RawResourceValidation.addTo(scope as never));
  expect(error.violations).toEqual([{ property: 'scope', value: rendered, message: 'must be an app or a stack (a construct)' }]);
});
