/**
 * Callers without TypeScript's checks of PrivateLinkEndpointService: every prop of the wrong type is a ValidationError
 * naming it, arbitrary input never gives anything but a ValidationError or a conforming output, `addResource()`,
 * `addAllowedUser()` and `acceptConnections()` check their arguments like props, and changing the given lists and maps
 * after construction changes nothing.
 */
import { TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import * as fc from 'fast-check';
import { alicloudStack } from './support';
import { PRIVATE_LINK_SERVICE_RESOURCE } from '../../lib/alicloud/private/service-members';
import { PrivateLinkEndpointService } from '../../lib/alicloud/private-link-endpoint-service';
import {
  PrivateLinkEndpointServiceProps, PrivateLinkServiceResource, PrivateLinkServiceResourceType,
} from '../../lib/alicloud/private-link-endpoint-service-types';
import { arbitraryFor, structArbitrary, wrongValues } from '../support/shapes';
import { expectConformsToSchemas } from '../support/terraform-schema';
import { namedProperties, tryValidation, validationErrorOf } from '../support/validation';

const ACCOUNT = '1234567890123456';
const CLB = { resourceType: PrivateLinkServiceResourceType.CLB, resourceId: 'lb-bp1abcdefghijklmnopq' };

const WRONG_TYPES = Object.entries(PrivateLinkEndpointService._shapes.props.fields!)
  .flatMap(([prop, shape]) => wrongValues(shape).map(([what, value]) => [prop, what, value] as [string, string, unknown]));
const belongsTo = (prop: string) => (p: string) => p === prop || p.startsWith(`${prop}[`) || p.startsWith(`${prop}.`) || p.startsWith(`${prop} `);

function attempt(props: unknown) {
  return tryValidation(() => new PrivateLinkEndpointService(alicloudStack(), 'Service', props as PrivateLinkEndpointServiceProps));
}

/** Synthesizes with synth-time validations, checks the output against schemas/, and returns it parsed. */
function synth(stack: TerraformStack): any {
  const synthesized = Testing.synth(stack, true);
  expectConformsToSchemas(synthesized);
  return JSON.parse(synthesized);
}

describe('PrivateLinkEndpointService: props of any shape', () => {
  test.each(WRONG_TYPES)('%s as %s is a ValidationError naming it', (prop, _what, value) => {
    const error = attempt({ [prop]: value });
    expect(error).toBeDefined();
    expect(namedProperties(error).every(belongsTo(prop))).toBe(true);
  });

  test.each<[string, unknown]>([['null', null], ['a string', 'props'], ['a list', []]])(
    'props given as %s is a ValidationError naming props', (_what, props) => {
      expect(namedProperties(attempt(props))).toEqual(['props']);
    });

  test('props left out give a bare service (every prop is optional)', () => {
    expect(attempt(undefined)).toBeUndefined();
  });

  test.each([['resource', 'resources'], ['allowedUser', 'allowedUsers'], ['autoAcceptConnections', 'autoAcceptConnection'], ['Payer', 'payer']])(
    'an unknown prop %s is an error suggesting %s', (unknown, known) => {
      expect(attempt({ [unknown]: 'x' })!.message)
        .toContain(`${unknown}: "x" is not a property of PrivateLinkEndpointServiceProps (did you mean "${known}"?)`);
    });

  test('a resource with an unknown key is an error suggesting the field', () => {
    const error = attempt({ resources: [{ ...CLB, zone: 'cn-hangzhou-h' }] });
    expect(error!.message).toContain('resources[0].zone: "cn-hangzhou-h" is not a property of PrivateLinkServiceResource (did you mean "zoneId"?)');
  });

  test.each<[string, (stack: TerraformStack) => Partial<PrivateLinkEndpointServiceProps>]>([
    ['resources', stack => ({ resources: Token.asAny(new TerraformVariable(stack, 'r', {}).value) as any })],
    ['allowedUsers', stack => ({ allowedUsers: new TerraformVariable(stack, 'u', { type: 'list(string)' }).listValue })],
  ])('%s as a token for the whole list is an error: each entry is its own resource', (prop, props) => {
    const stack = alicloudStack();
    const error = validationErrorOf(() => new PrivateLinkEndpointService(stack, 'Service', props(stack)));
    expect(namedProperties(error)).toEqual([prop]);
    expect(error.message).toContain('not a token for one (its entries may be tokens): each entry becomes its own resource');
  });

  test('fuzz: arbitrary props give a ValidationError or an output that conforms to the provider schema', () => {
    fc.assert(fc.property(structArbitrary(PrivateLinkEndpointService._shapes.props, arbitraryFor), props => {
      const stack = alicloudStack();
      const error = tryValidation(() => {
        new PrivateLinkEndpointService(stack, 'Service', props as any);
        expectConformsToSchemas(Testing.synth(stack));
      });
      if (error) expect(error.violations.length).toBeGreaterThan(0);
    }), { numRuns: 200 });
  });

  test('fuzz: arbitrary arguments to addResource and addAllowedUser give a ValidationError or a conforming output', () => {
    const argument = fc.oneof(arbitraryFor(PRIVATE_LINK_SERVICE_RESOURCE), fc.constantFrom(ACCOUNT, CLB), fc.anything());
    fc.assert(fc.property(fc.array(argument, { maxLength: 3 }), fc.boolean(), (args, resources) => {
      const stack = alicloudStack();
      const service = new PrivateLinkEndpointService(stack, 'Service');
      const error = tryValidation(() => {
        if (resources) args.forEach(r => service.addResource(r as PrivateLinkServiceResource));
        else service.addAllowedUser(...args as string[]);
        expectConformsToSchemas(Testing.synth(stack));
      });
      if (error) expect(error.violations.length).toBeGreaterThan(0);
    }), { numRuns: 100 });
  });

  test('lists and maps changed after construction change nothing: the construct keeps what it checked', () => {
    // GIVEN
    const stack = alicloudStack();
    const resource = { ...CLB };
    const resources = [resource];
    const allowedUsers = [ACCOUNT];
    const supportedRegions = ['cn-shanghai'];
    const tags: Record<string, string> = { team: 'platform' };
    new PrivateLinkEndpointService(stack, 'Service', { resources, allowedUsers, supportedRegions, tags });
    // WHEN the caller's objects change
    resources.push({ ...CLB, resourceId: 'lb-2' });
    resource.resourceId = '';
    allowedUsers.push('not an account');
    supportedRegions.push('cn-shanghai');
    tags['aliyun:reserved'] = 'x';
    // THEN the output is what was checked
    const doc = synth(stack);
    const service = Object.values<any>(doc.resource.alicloud_privatelink_vpc_endpoint_service)[0];
    expect(service.supported_region_list).toEqual(['cn-shanghai']);
    expect(service.tags).toEqual({ team: 'platform' });
    expect(Object.values<any>(doc.resource.alicloud_privatelink_vpc_endpoint_service_resource).map(r => r.resource_id)).toEqual([CLB.resourceId]);
    expect(Object.values<any>(doc.resource.alicloud_privatelink_vpc_endpoint_service_user).map(u => u.user_id)).toEqual([ACCOUNT]);
  });
});

describe('PrivateLinkEndpointService: add* arguments are checked like props', () => {
  const service = () => new PrivateLinkEndpointService(alicloudStack(), 'Service', { resources: [CLB], allowedUsers: [ACCOUNT] });

  test.each([...wrongValues(PRIVATE_LINK_SERVICE_RESOURCE), ['a number', 42]])('addResource(%s) is a ValidationError naming resources[1]', (_what, resource) => {
    const error = validationErrorOf(() => service().addResource(resource as PrivateLinkServiceResource));
    expect(namedProperties(error).length).toBeGreaterThan(0);
    expect(namedProperties(error).every(belongsTo('resources[1]'))).toBe(true);
  });

  test('addResource: an unknown key is an error suggesting the field', () => {
    const error = validationErrorOf(() => service().addResource({ ...CLB, resourceID: 'lb-2' } as any));
    expect(error.message).toContain('resources[1].resourceID: "lb-2" is not a property of PrivateLinkServiceResource (did you mean "resourceId"?)');
  });

  test('addResource: a resource the service has already is an error naming its index and the first', () => {
    const error = validationErrorOf(() => service().addResource({ ...CLB }));
    expect(namedProperties(error)).toEqual(['resources[1]']);
    expect(error.message).toContain('repeats resources[0] (each must be given once)');
  });

  test('addResource: a token for a resource, or for its fields, is accepted unchecked', () => {
    // GIVEN
    const stack = alicloudStack();
    const svc = new PrivateLinkEndpointService(stack, 'Service');
    const text = (n: string) => new TerraformVariable(stack, n, { type: 'string' }).stringValue;
    // WHEN
    svc.addResource(Token.asAny(new TerraformVariable(stack, 'backend', {}).value) as any);
    svc.addResource({ resourceType: text('type') as PrivateLinkServiceResourceType, resourceId: text('id'), zoneId: text('zone') });
    // THEN
    const backends = Object.values<any>(synth(stack).resource.alicloud_privatelink_vpc_endpoint_service_resource);
    expect(backends[0]).toMatchObject({
      resource_type: '${var.backend.resourceType}',
      resource_id: '${var.backend.resourceId}',
      zone_id: '${var.backend.zoneId}',
    });
    expect(backends[1]).toMatchObject({ resource_type: '${var.type}', resource_id: '${var.id}', zone_id: '${var.zone}' });
  });

  test('addResource: a resource changed after it was added changes nothing', () => {
    const stack = alicloudStack();
    const svc = new PrivateLinkEndpointService(stack, 'Service');
    const resource = { ...CLB };
    svc.addResource(resource);
    resource.resourceId = '';
    const backends = Object.values<any>(synth(stack).resource.alicloud_privatelink_vpc_endpoint_service_resource);
    expect(backends[0].resource_id).toBe(CLB.resourceId);
  });

  test.each(wrongValues(PrivateLinkEndpointService._shapes.props.fields!.allowedUsers.entry!))(
    'addAllowedUser(%s) is a ValidationError naming allowedUsers[1]', (_what, user) => {
      const error = validationErrorOf(() => service().addAllowedUser(user as string));
      expect(namedProperties(error)).toEqual(['allowedUsers[1]']);
    });

  test('addAllowedUser: an account the service has already, or twice in one call, is an error naming the repeat', () => {
    expect(namedProperties(validationErrorOf(() => service().addAllowedUser(`acs:ram::${ACCOUNT}:root`)))).toEqual(['allowedUsers[1]']);
    expect(namedProperties(validationErrorOf(() => service().addAllowedUser('42', '42')))).toEqual(['allowedUsers[2]']);
  });

  test('addAllowedUser: a token is accepted unchecked', () => {
    const stack = alicloudStack();
    const svc = new PrivateLinkEndpointService(stack, 'Service');
    svc.addAllowedUser(new TerraformVariable(stack, 'user', { type: 'string' }).stringValue);
    expect(Object.values<any>(synth(stack).resource.alicloud_privatelink_vpc_endpoint_service_user)[0].user_id).toBe('${var.user}');
  });

  test.each<[string, unknown]>([['null', null], ['undefined', undefined], ['a number', 42], ['a list', ['ep-1']], ['a plain object', { endpointId: 'ep-1' }]])(
    'acceptConnections(%s) is a ValidationError naming endpoints[0]', (_what, endpoint) => {
      const error = validationErrorOf(() => service().acceptConnections(endpoint as string));
      expect(namedProperties(error)).toEqual(['endpoints[0]']);
      expect(error.message).toContain('an endpoint construct or an endpoint ID');
    });

  test('acceptConnections of an imported service checks its arguments too', () => {
    const stack = alicloudStack();
    const imported = PrivateLinkEndpointService.fromPrivateLinkEndpointServiceAttributes(stack, 'Imported', { serviceId: 'epsrv-1' });
    expect(namedProperties(validationErrorOf(() => imported.acceptConnections('ep-1', null as any)))).toEqual(['endpoints[1]']);
  });

  test.each<[string, (svc: PrivateLinkEndpointService, stack: TerraformStack) => void, string, RegExp]>([
    ['no endpoint at all', svc => svc.acceptConnections(), 'endpoints', /endpoints: \[\] must name at least one endpoint to be accepted/],
    ['an empty ID', svc => svc.acceptConnections(''), 'endpoints[0]', /endpoints\[0\]: "" must not be empty/],
  ])('acceptConnections: %s is an error', (_case, call, property, message) => {
    // GIVEN
    const stack = alicloudStack();
    const svc = new PrivateLinkEndpointService(stack, 'Service');
    // WHEN
    const error = validationErrorOf(() => call(svc, stack));
    // THEN
    expect(namedProperties(error)).toEqual([property]);
    expect(error.message).toMatch(message);
  });

  test('acceptConnections: tokens are accepted unchecked, rendered as endpoint IDs, and the same token given again counts once', () => {
    const stack = alicloudStack();
    const svc = new PrivateLinkEndpointService(stack, 'Service');
    const other = Token.asAny(new TerraformVariable(stack, 'other', { type: 'string' }).value) as any;
    svc.acceptConnections(new TerraformVariable(stack, 'endpoint', { type: 'string' }).stringValue, other);
    svc.acceptConnections(other);
    const connections = Object.values<any>(synth(stack).resource.alicloud_privatelink_vpc_endpoint_connection);
    expect(connections.map(c => c.endpoint_id)).toEqual(['${var.endpoint}', '${var.other}']);
  });
});

describe('PrivateLinkEndpointService.fromPrivateLinkEndpointServiceAttributes: attributes of any shape', () => {
  const ATTRIBUTE_WRONG_TYPES = Object.entries(PrivateLinkEndpointService._shapes.attributes.fields!)
    .flatMap(([attr, shape]) => wrongValues(shape).map(([what, value]) => [attr, what, value] as [string, string, unknown]));
  const importWith = (attrs: unknown) => tryValidation(() =>
    PrivateLinkEndpointService.fromPrivateLinkEndpointServiceAttributes(alicloudStack(), 'Service', attrs as any));

  test.each(ATTRIBUTE_WRONG_TYPES)('%s as %s is a ValidationError naming it', (attr, _what, value) => {
    expect(namedProperties(importWith({ serviceId: 'epsrv-1', [attr]: value }))).toEqual([attr]);
  });

  test.each<[string, unknown, string[]]>([
    ['null', null, ['props']], ['a string', 'epsrv-1', ['props']], ['an empty serviceId', { serviceId: '' }, ['serviceId']],
    ['a misspelt key', { serviceID: 'epsrv-1' }, ['serviceID', 'serviceId']],
  ])('attributes given as %s are a ValidationError naming what is wrong', (_what, attrs, expected) => {
    expect(namedProperties(importWith(attrs))).toEqual(expected);
  });
});
