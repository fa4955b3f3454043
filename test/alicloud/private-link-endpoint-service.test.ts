/**
 * alicloud.PrivateLinkEndpointService: rendering, the rules of CreateVpcEndpointService, AttachResourceToVpcEndpointService
 * and AddUserToVpcEndpointService at their boundaries (fast-check where a rule has a domain), tokens, and the
 * one-call wiring to PrivateLinkEndpoint (`service:`).
 */
import { TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import * as fc from 'fast-check';
import { BASE, SG, VPC, alicloudStack } from './support';
import { AlicloudProvider } from '../../lib/alicloud/generated/provider';
import { PrivateLinkEndpoint } from '../../lib/alicloud/private-link-endpoint';
import { PrivateLinkEndpointService } from '../../lib/alicloud/private-link-endpoint-service';
import {
  PrivateLinkEndpointServiceProps, PrivateLinkServicePayer, PrivateLinkServiceResourceType,
} from '../../lib/alicloud/private-link-endpoint-service-types';
import { PrivateLinkIpVersion } from '../../lib/alicloud/private-link-ip-version';
import { HuaweicloudProvider } from '../../lib/huaweicloud';
import { expectConformsToSchemas } from '../support/terraform-schema';
import { namedProperties, tryValidation, validationErrorOf } from '../support/validation';

const ACCOUNT = '1234567890123456';
const NLB = { resourceType: PrivateLinkServiceResourceType.NLB, resourceId: 'nlb-bp1abcdefghijklmnop', zoneId: 'cn-hangzhou-h' };
const CLB = { resourceType: PrivateLinkServiceResourceType.CLB, resourceId: 'lb-bp1abcdefghijklmnopq' };

function synth(stack: TerraformStack): any {
  const synthesized = Testing.synth(stack, true);
  expectConformsToSchemas(synthesized);
  return JSON.parse(synthesized);
}

function errorFor(props: PrivateLinkEndpointServiceProps) {
  return tryValidation(() => new PrivateLinkEndpointService(alicloudStack(), 'Service', props));
}

const warningsOf = (c: { node: { metadata: { type: string; data: unknown }[] } }) =>
  c.node.metadata.filter(m => m.type === '@cdktf/warn').map(m => m.data);

describe('PrivateLinkEndpointService', () => {
  describe('rendering', () => {
    test('every prop reaches its argument; resources and users become chained resources', () => {
      // GIVEN
      const stack = alicloudStack();
      // WHEN
      const service = new PrivateLinkEndpointService(stack, 'Service', {
        description: 'Orders API',
        autoAcceptConnection: false,
        connectBandwidth: 1024,
        payer: PrivateLinkServicePayer.ENDPOINT_SERVICE,
        serviceResourceType: PrivateLinkServiceResourceType.NLB,
        addressIpVersion: PrivateLinkIpVersion.DUALSTACK,
        serviceSupportIpv6: true,
        zoneAffinityEnabled: true,
        supportedRegions: ['cn-shanghai'],
        resourceGroupId: 'rg-acfmxyz',
        tags: { team: 'platform' },
        resources: [NLB],
        allowedUsers: [ACCOUNT],
      });
      service.addResource({ ...NLB, zoneId: 'cn-hangzhou-i' });
      service.addAllowedUser('acs:ram::2345678901234567:root');
      // THEN
      const doc = synth(stack);
      expect(Object.values(doc.resource.alicloud_privatelink_vpc_endpoint_service)).toEqual([{
        service_description: 'Orders API',
        auto_accept_connection: false,
        connect_bandwidth: 1024,
        payer: 'EndpointService',
        service_resource_type: 'nlb',
        address_ip_version: 'DualStack',
        service_support_ipv6: true,
        zone_affinity_enabled: true,
        supported_region_list: ['cn-shanghai'],
        resource_group_id: 'rg-acfmxyz',
        tags: { team: 'platform' },
      }]);
      const backends = Object.entries<any>(doc.resource.alicloud_privatelink_vpc_endpoint_service_resource);
      expect(backends.map(([, b]) => [b.resource_type, b.resource_id, b.zone_id])).toEqual([
        ['nlb', NLB.resourceId, 'cn-hangzhou-h'], ['nlb', NLB.resourceId, 'cn-hangzhou-i'],
      ]);
      expect(backends[1][1].depends_on).toEqual([`alicloud_privatelink_vpc_endpoint_service_resource.${backends[0][0]}`]);
      const users = Object.values<any>(doc.resource.alicloud_privatelink_vpc_endpoint_service_user);
      expect(users.map(u => [u.user_id, u.user_arn])).toEqual([[ACCOUNT, undefined], ['2345678901234567', 'acs:ram::2345678901234567:root']]);
      expect(service.autoAcceptConnection).toBe(false);
    });

    test('no props: a bare service, connections need acceptance', () => {
      const stack = alicloudStack();
      const service = new PrivateLinkEndpointService(stack, 'Service');
      expect(Object.values(synth(stack).resource.alicloud_privatelink_vpc_endpoint_service)).toEqual([{}]);
      expect(service.autoAcceptConnection).toBe(false);
      expect(service.serviceName).toMatch(/TfToken/);
      expect(service.serviceDomain).toMatch(/TfToken/);
      expect(service.status).toMatch(/TfToken/);
    });

    test('synthesis fails without an alicloud provider', () => {
      const stack = new TerraformStack(Testing.app(), 'Stack');
      new PrivateLinkEndpointService(stack, 'Service');
      expect(() => Testing.synth(stack, true)).toThrow(/must have a provider for "aliyun\/alicloud"/);
    });
  });

  describe('resources', () => {
    test.each<[string, object, string[]]>([
      ['a CLB without a zone', CLB, []],
      ['an NLB with a zone', NLB, []],
      ['an ALB without a zone', { resourceType: 'alb', resourceId: 'alb-1' }, ['resources[0].zoneId']],
      ['an NLB without a zone', { resourceType: 'nlb', resourceId: 'nlb-1' }, ['resources[0].zoneId']],
      ['a GWLB without a zone', { resourceType: 'gwlb', resourceId: 'gwlb-1' }, ['resources[0].zoneId']],
      ['an unknown type', { resourceType: 'elb', resourceId: 'x' }, ['resources[0].resourceType']],
      ['an ID of 1 character', { resourceType: 'slb', resourceId: 'x' }, []],
      ['an empty ID', { resourceType: 'slb', resourceId: '' }, ['resources[0].resourceId']],
      ['an NLB with an empty zone', { ...NLB, zoneId: '' }, ['resources[0].zoneId']],
    ])('%s → violations %j', (_case, resource, expected) => {
      expect(namedProperties(errorFor({ resources: [resource as any] }))).toEqual(expected);
    });

    test.each([[20, true], [21, false]])('%d resources → valid: %s', (count, valid) => {
      const resources = Array.from({ length: count }, (_, i) => ({ ...CLB, resourceId: `lb-${i}` }));
      const error = errorFor({ resources });
      expect(namedProperties(error)).toEqual(valid ? [] : ['resources']);
      if (!valid) expect(error!.message).toContain('must have at most 20 resources (has 21)');
    });

    test.each<[string, object, object, boolean]>([
      ['the same NLB in the same zone', NLB, { ...NLB }, false],
      ['the same NLB in another zone', NLB, { ...NLB, zoneId: 'cn-hangzhou-i' }, true],
      ['the same CLB without a zone', CLB, { ...CLB }, false],
      // The provider's ID of a CLB attachment has no zone: both would be `<service>:<resource>`.
      ['the same CLB with and without a zone', CLB, { ...CLB, zoneId: 'cn-hangzhou-h' }, false],
      ['the same CLB in two zones', { ...CLB, zoneId: 'cn-hangzhou-h' }, { ...CLB, zoneId: 'cn-hangzhou-i' }, false],
    ])('%s, in props or added → valid: %s', (_case, first, second, valid) => {
      // GIVEN / WHEN in props
      const error = errorFor({ resources: [first as any, second as any] });
      // THEN
      expect(namedProperties(error)).toEqual(valid ? [] : ['resources[1]']);
      if (!valid) expect(error!.message).toContain('repeats resources[0] (each must be given once)');
      // GIVEN / WHEN added
      const service = new PrivateLinkEndpointService(alicloudStack(), 'Service', { resources: [first as any] });
      expect(namedProperties(tryValidation(() => service.addResource(second as any)))).toEqual(valid ? [] : ['resources[1]']);
    });

    test('addResource checks the resource at once; going past 20 fails at synth', () => {
      const stack = alicloudStack();
      const service = new PrivateLinkEndpointService(stack, 'Service');
      expect(namedProperties(validationErrorOf(() => service.addResource({ resourceType: PrivateLinkServiceResourceType.ALB, resourceId: 'alb-1' }))))
        .toEqual(['resources[0].zoneId']);
      for (let i = 0; i < 21; i++) service.addResource({ ...CLB, resourceId: `lb-${i}` });
      expect(() => Testing.synth(stack, true)).toThrow(/resources: .* must have at most 20 resources \(has 21\)/);
    });
  });

  describe('allowed users (account ID or RAM ARN, at most 20, each account once)', () => {
    test.each([
      [ACCOUNT, true], ['1', true], ['9'.repeat(19), true], ['acs:ram::1234567890123456:root', true],
      ['acs:ram:*:1234567890123456:role/reader', true],
      ['9'.repeat(20), false], ['0123', false], ['', false], ['12345678901234ab', false], ['acs:ram::abc:root', false],
      ['acs:ram::123:', false], ['arn:aws:iam::123456789012:root', false],
    ])('%s → valid: %s', (user, valid) => {
      const error = errorFor({ allowedUsers: [user] });
      expect(namedProperties(error)).toEqual(valid ? [] : ['allowedUsers[0]']);
      if (!valid) expect(error!.message).toContain('must be an Alibaba Cloud account ID');
    });

    test('acceptance of an account ID equals "1–19 digits, no leading zero" (property)', () => {
      fc.assert(fc.property(fc.string({ unit: fc.constantFrom('0', '1', '9', 'a', ' '), maxLength: 22 }), user => {
        const expected = /^[1-9]\d{0,18}$/.test(user);
        expect(errorFor({ allowedUsers: [user] }) === undefined).toBe(expected);
      }), { numRuns: 80 });
    });

    test('one account twice (as an ID and in an ARN) is an error', () => {
      const error = errorFor({ allowedUsers: [ACCOUNT, `acs:ram::${ACCOUNT}:root`] });
      expect(namedProperties(error)).toEqual(['allowedUsers[1]']);
      expect(error!.message).toContain(`allowedUsers[1]: "acs:ram::${ACCOUNT}:root" repeats allowedUsers[0]`);
    });

    test.each([[20, true], [21, false]])('%d users → valid: %s', (count, valid) => {
      const allowedUsers = Array.from({ length: count }, (_, i) => `${1000 + i}`);
      expect(namedProperties(errorFor({ allowedUsers }))).toEqual(valid ? [] : ['allowedUsers']);
    });

    test('addAllowedUser checks each user at once; going past 20 fails at synth', () => {
      const stack = alicloudStack();
      const service = new PrivateLinkEndpointService(stack, 'Service');
      expect(namedProperties(validationErrorOf(() => service.addAllowedUser(ACCOUNT, 'someone')))).toEqual(['allowedUsers[1]']);
      service.addAllowedUser(...Array.from({ length: 21 }, (_, i) => `${1000 + i}`));
      expect(() => Testing.synth(stack, true)).toThrow(/allowedUsers: .* must have at most 20 allowed users \(has 21\)/);
    });
  });

  test('a bad resource and a bad allowed user fail with one ValidationError naming each property', () => {
    const error = errorFor({ resources: [{ resourceType: PrivateLinkServiceResourceType.ALB, resourceId: 'alb-1' }], allowedUsers: ['root'] });
    expect(namedProperties(error)).toEqual(['resources[0].zoneId', 'allowedUsers[0]']);
    expect(error!.message).toMatch(/^Stack\/Service: 2 invalid properties/);
  });

  test('a provider for another cloud is an error naming provider', () => {
    const stack = alicloudStack();
    const provider = new HuaweicloudProvider(stack, 'huaweicloud', { region: 'eu-west-101' });
    const error = validationErrorOf(() => new PrivateLinkEndpointService(stack, 'Service', { provider }));
    expect(namedProperties(error)).toEqual(['provider']);
    expect(error.message).toContain('must be a provider for "aliyun/alicloud"');
  });

  describe('other props', () => {
    test.each<[string, PrivateLinkEndpointServiceProps, string[]]>([
      ['description of 2 characters', { description: 'ab' }, []],
      ['description of 256 characters', { description: 'd'.repeat(256) }, []],
      ['description of 1 character', { description: 'a' }, ['description']],
      ['description of 257 characters', { description: 'd'.repeat(257) }, ['description']],
      ['connectBandwidth 100', { connectBandwidth: 100 }, []],
      ['connectBandwidth 10240', { connectBandwidth: 10240 }, []],
      ['connectBandwidth 99', { connectBandwidth: 99 }, ['connectBandwidth']],
      ['connectBandwidth 10241', { connectBandwidth: 10241 }, ['connectBandwidth']],
      ['payer Nobody', { payer: 'Nobody' as PrivateLinkServicePayer }, ['payer']],
      ['serviceResourceType elb', { serviceResourceType: 'elb' as PrivateLinkServiceResourceType }, ['serviceResourceType']],
      ['addressIpVersion ipv4 (lower case)', { addressIpVersion: 'ipv4' as PrivateLinkIpVersion }, ['addressIpVersion']],
      ['addressIpVersion IPv6 (services take IPv4 or DualStack)', { addressIpVersion: PrivateLinkIpVersion.IPV6 }, ['addressIpVersion']],
      ['addressIpVersion IPv4', { addressIpVersion: PrivateLinkIpVersion.IPV4 }, []],
      ['a region twice', { supportedRegions: ['cn-shanghai', 'cn-shanghai'] }, ['supportedRegions[1]']],
      ['an empty region', { supportedRegions: [''] }, ['supportedRegions[0]']],
      ['resourceGroupId of 1 character', { resourceGroupId: 'r' }, []],
      ['an empty resourceGroupId', { resourceGroupId: '' }, ['resourceGroupId']],
      ['a tag key starting with aliyun', { tags: { aliyunx: 'v' } }, ['tags key']],
    ])('%s → violations %j', (_case, props, expected) => {
      expect(namedProperties(errorFor(props))).toEqual(expected);
    });
  });

  describe('DualStack: only for a service of NLB or GWLB backends (CreateVpcEndpointService)', () => {
    const T = PrivateLinkServiceResourceType;
    test.each<[PrivateLinkServiceResourceType | undefined, boolean]>([
      [T.NLB, true],
      [T.GWLB, true],
      [undefined, true], // not set: the cloud decides
      [T.CLB, false],
      [T.ALB, false],
    ])('serviceResourceType %s → valid: %s', (serviceResourceType, valid) => {
      // WHEN a dual-stack service names its backend type
      const error = errorFor({ addressIpVersion: PrivateLinkIpVersion.DUALSTACK, serviceResourceType });
      // THEN only nlb and gwlb (or leaving the type to the cloud) pass, and a refusal names addressIpVersion and why
      expect(namedProperties(error)).toEqual(valid ? [] : ['addressIpVersion']);
      if (!valid) {
        expect(error!.message).toContain(`addressIpVersion: "DualStack" must not be "DualStack" for a service of resource type ${serviceResourceType}: `
          + 'only services whose serviceResourceType is nlb or gwlb support dual stack (CreateVpcEndpointService)');
      }
    });

    test('an IPv4 service of CLB backends passes, and a token for either prop is not judged', () => {
      expect(errorFor({ addressIpVersion: PrivateLinkIpVersion.IPV4, serviceResourceType: T.CLB })).toBeUndefined();
      expect(errorFor({ addressIpVersion: Token.asString({ v: 1 }) as PrivateLinkIpVersion, serviceResourceType: T.CLB })).toBeUndefined();
      const tokenType = Token.asString({ v: 1 }) as PrivateLinkServiceResourceType;
      expect(errorFor({ addressIpVersion: PrivateLinkIpVersion.DUALSTACK, serviceResourceType: tokenType })).toBeUndefined();
    });
  });

  test('every prop as a Terraform variable synthesizes unchecked', () => {
    // GIVEN
    const stack = alicloudStack();
    const text = (n: string) => new TerraformVariable(stack, n, { type: 'string' }).stringValue;
    const num = (n: string) => new TerraformVariable(stack, n, { type: 'number' }).numberValue;
    const bool = (n: string) => new TerraformVariable(stack, n, { type: 'bool' }).booleanValue;
    // WHEN
    const service = new PrivateLinkEndpointService(stack, 'Service', {
      description: text('description'),
      autoAcceptConnection: bool('auto_accept'),
      connectBandwidth: num('bandwidth'),
      payer: text('payer') as PrivateLinkServicePayer,
      serviceResourceType: text('resource_type') as PrivateLinkServiceResourceType,
      addressIpVersion: text('ip_version') as PrivateLinkIpVersion,
      serviceSupportIpv6: bool('ipv6'),
      zoneAffinityEnabled: bool('affinity'),
      supportedRegions: new TerraformVariable(stack, 'regions', { type: 'list(string)' }).listValue,
      resourceGroupId: text('rg'),
      tags: Token.asStringMap(new TerraformVariable(stack, 'tags', { type: 'map(string)' }).value),
      resources: [{ resourceType: text('backend_type') as PrivateLinkServiceResourceType, resourceId: text('backend_id'), zoneId: text('zone') }],
      allowedUsers: [text('user')],
    });
    service.acceptConnections(text('endpoint'));
    // THEN
    const doc = synth(stack);
    expect(Object.values<any>(doc.resource.alicloud_privatelink_vpc_endpoint_service)[0]).toMatchObject({
      service_description: '${var.description}',
      auto_accept_connection: '${var.auto_accept}',
      connect_bandwidth: '${var.bandwidth}',
      payer: '${var.payer}',
      supported_region_list: '${var.regions}',
      tags: '${var.tags}',
    });
    expect(Object.values<any>(doc.resource.alicloud_privatelink_vpc_endpoint_service_user)[0].user_id).toBe('${var.user}');
    expect(Object.values<any>(doc.resource.alicloud_privatelink_vpc_endpoint_service_resource)[0].resource_type).toBe('${var.backend_type}');
    expect(Object.values<any>(doc.resource.alicloud_privatelink_vpc_endpoint_connection)[0].endpoint_id).toBe('${var.endpoint}');
    expect(service.autoAcceptConnection).toBeUndefined();
  });
});

describe('PrivateLinkEndpoint with `service`', () => {
  test('GIVEN a service with a backend and a user WHEN an endpoint names it THEN it gets its ID, waits for both, and is accepted', () => {
    // GIVEN
    const stack = alicloudStack();
    const service = new PrivateLinkEndpointService(stack, 'Service', { resources: [NLB], allowedUsers: [ACCOUNT] });
    // WHEN
    new PrivateLinkEndpoint(stack, 'Endpoint', { vpcId: VPC, service, securityGroupIds: [SG] });
    // THEN
    const doc = synth(stack);
    const [serviceName] = Object.keys(doc.resource.alicloud_privatelink_vpc_endpoint_service);
    const [endpointName, endpoint] = Object.entries<any>(doc.resource.alicloud_privatelink_vpc_endpoint)[0];
    expect(endpoint.service_id).toBe(`\${alicloud_privatelink_vpc_endpoint_service.${serviceName}.id}`);
    expect(endpoint.depends_on).toEqual([
      `alicloud_privatelink_vpc_endpoint_service_resource.${Object.keys(doc.resource.alicloud_privatelink_vpc_endpoint_service_resource)[0]}`,
      `alicloud_privatelink_vpc_endpoint_service_user.${Object.keys(doc.resource.alicloud_privatelink_vpc_endpoint_service_user)[0]}`,
    ]);
    expect(Object.values(doc.resource.alicloud_privatelink_vpc_endpoint_connection)).toEqual([{
      service_id: `\${alicloud_privatelink_vpc_endpoint_service.${serviceName}.id}`,
      endpoint_id: `\${alicloud_privatelink_vpc_endpoint.${endpointName}.id}`,
    }]);
  });

  test('a service that accepts automatically gets no connection resource', () => {
    const stack = alicloudStack();
    const service = new PrivateLinkEndpointService(stack, 'Service', { autoAcceptConnection: true });
    new PrivateLinkEndpoint(stack, 'Endpoint', { vpcId: VPC, service, securityGroupIds: [SG] });
    expect(synth(stack).resource.alicloud_privatelink_vpc_endpoint_connection).toBeUndefined();
    service.acceptConnections('ep-1');
    expect(warningsOf(service)).toEqual([expect.stringContaining('accepts connections automatically')]);
  });

  test('acceptConnections: endpoints and IDs, one chained connection each; an endpoint given again counts once', () => {
    // GIVEN
    const stack = alicloudStack();
    const service = new PrivateLinkEndpointService(stack, 'Service');
    const endpoint = new PrivateLinkEndpoint(stack, 'Endpoint', { ...BASE });
    // WHEN
    service.acceptConnections(endpoint, 'ep-bp1abcdefghijklmnop');
    service.acceptConnections(endpoint, 'ep-bp1abcdefghijklmnop');
    // THEN
    const connections = Object.entries<any>(synth(stack).resource.alicloud_privatelink_vpc_endpoint_connection);
    expect(connections).toHaveLength(2);
    expect(connections[1][1].depends_on).toEqual([`alicloud_privatelink_vpc_endpoint_connection.${connections[0][0]}`]);
  });

  test('an endpoint in another stack created with `service`: `service` warns, acceptConnections(endpoint) is an error', () => {
    // GIVEN
    const app = Testing.app();
    const [owner, consumer] = ['Owner', 'Consumer'].map(id => new TerraformStack(app, id));
    const service = new PrivateLinkEndpointService(owner, 'Service');
    // WHEN
    const endpoint = new PrivateLinkEndpoint(consumer, 'Endpoint', { vpcId: VPC, service, securityGroupIds: [SG] });
    // THEN
    expect(warningsOf(endpoint)).toEqual([expect.stringContaining('service: the service is in stack "Owner"')]);
    expect(namedProperties(validationErrorOf(() => service.acceptConnections(endpoint)))).toEqual(['endpoints[0]']);
  });

  describe('acceptConnection: one connection with its bandwidth', () => {
    test.each([[100, true], [10240, true], [99, false], [10241, false], [150.5, false]])('bandwidth %d → valid: %s', (bandwidth, valid) => {
      // GIVEN
      const stack = alicloudStack();
      const service = new PrivateLinkEndpointService(stack, 'Service');
      // WHEN
      const error = tryValidation(() => service.acceptConnection('ep-1', { bandwidth }));
      // THEN
      expect(namedProperties(error)).toEqual(valid ? [] : ['options.bandwidth']);
      if (valid) expect(Object.values<any>(synth(stack).resource.alicloud_privatelink_vpc_endpoint_connection)[0].bandwidth).toBe(bandwidth);
      else expect(error!.message).toContain('must be an integer from 100 to 10240');
    });

    test('a bandwidth is accepted exactly when it is an integer from 100 to 10240 (property), and a token passes', () => {
      fc.assert(fc.property(fc.oneof(fc.integer({ min: 0, max: 11_000 }), fc.double({ min: 0, max: 11_000, noNaN: true })), bandwidth => {
        const service = new PrivateLinkEndpointService(alicloudStack(), 'Service');
        const error = tryValidation(() => service.acceptConnection('ep-1', { bandwidth }));
        expect(error === undefined).toBe(Number.isInteger(bandwidth) && bandwidth >= 100 && bandwidth <= 10240);
      }), { numRuns: 60 });
      const stack = alicloudStack();
      new PrivateLinkEndpointService(stack, 'Service').acceptConnection('ep-1', { bandwidth: new TerraformVariable(stack, 'bw', { type: 'number' }).numberValue });
      expect(Object.values<any>(synth(stack).resource.alicloud_privatelink_vpc_endpoint_connection)[0].bandwidth).toBe('${var.bw}');
    });

    test('the bandwidth reaches the connection resource and conforms to the schema; without options none is rendered', () => {
      // GIVEN
      const stack = alicloudStack();
      const service = new PrivateLinkEndpointService(stack, 'Service');
      // WHEN
      service.acceptConnection('ep-1', { bandwidth: 2048 });
      service.acceptConnection('ep-2');
      // THEN
      const connections = Object.values<any>(synth(stack).resource.alicloud_privatelink_vpc_endpoint_connection);
      expect(connections.map(c => [c.endpoint_id, c.bandwidth])).toEqual([['ep-1', 2048], ['ep-2', undefined]]);
    });

    test.each<[string, unknown, string]>([
      ['options of the wrong type', 'fast', 'options'],
      ['a misspelt option', { bandwith: 200 }, 'options.bandwith'],
      ['a bandwidth of the wrong type', { bandwidth: '200' }, 'options.bandwidth'],
    ])('%s is a ValidationError naming %s', (_case, options, property) => {
      const service = new PrivateLinkEndpointService(alicloudStack(), 'Service');
      expect(namedProperties(validationErrorOf(() => service.acceptConnection('ep-1', options as any)))).toEqual([property]);
    });
  });

  test('an imported service adds backends, allowed users and connections, with its provider', () => {
    // GIVEN a service made by another team, in an account reached through an aliased provider
    const stack = alicloudStack();
    const platform = new AlicloudProvider(stack, 'platform', { alias: 'platform', region: 'cn-shanghai' });
    const service = PrivateLinkEndpointService.fromPrivateLinkEndpointServiceAttributes(stack, 'Service', { serviceId: 'epsrv-1', provider: platform });
    // WHEN
    service.addResource(NLB);
    service.addAllowedUser(ACCOUNT);
    service.acceptConnection('ep-1', { bandwidth: 1024 });
    // THEN
    const doc = synth(stack);
    const only = (type: string) => Object.values<any>(doc.resource[type]);
    expect(only('alicloud_privatelink_vpc_endpoint_service_resource')).toEqual([{
      service_id: 'epsrv-1', resource_type: 'nlb', resource_id: NLB.resourceId, zone_id: NLB.zoneId, provider: 'alicloud.platform',
    }]);
    expect(only('alicloud_privatelink_vpc_endpoint_service_user')).toEqual([{ service_id: 'epsrv-1', user_id: ACCOUNT, provider: 'alicloud.platform' }]);
    expect(only('alicloud_privatelink_vpc_endpoint_connection')).toEqual([{
      service_id: 'epsrv-1', endpoint_id: 'ep-1', bandwidth: 1024, provider: 'alicloud.platform',
    }]);
  });

  test('an imported service checks what it adds like a created one, and needs a provider only when it adds something', () => {
    // GIVEN a stack without an alicloud provider
    const stack = new TerraformStack(Testing.app(), 'Stack');
    const service = PrivateLinkEndpointService.fromPrivateLinkEndpointServiceAttributes(stack, 'Service', { serviceId: 'epsrv-1' });
    // THEN an import alone synthesizes; its additions are checked at once, and one refused asks for nothing
    expect(() => Testing.synth(stack, true)).not.toThrow();
    expect(namedProperties(validationErrorOf(() => service.addResource({ resourceType: PrivateLinkServiceResourceType.ALB, resourceId: 'alb-1' }))))
      .toEqual(['resources[0].zoneId']);
    expect(namedProperties(validationErrorOf(() => service.addAllowedUser('0123')))).toEqual(['allowedUsers[0]']);
    expect(() => Testing.synth(stack, true)).not.toThrow();
    // WHEN it adds a user THEN synthesis asks for a provider
    service.addAllowedUser(ACCOUNT);
    expect(() => Testing.synth(stack, true)).toThrow(/provider: not set must be passed, or the stack "Stack" must have a provider for "aliyun\/alicloud"/);
  });

  test('an imported service accepts connections by ID and for `service` endpoints', () => {
    const stack = alicloudStack();
    const service = PrivateLinkEndpointService.fromPrivateLinkEndpointServiceAttributes(stack, 'Service', { serviceId: 'epsrv-1' });
    new PrivateLinkEndpoint(stack, 'Endpoint', { vpcId: VPC, service, securityGroupIds: [SG] });
    const doc = synth(stack);
    expect(Object.values<any>(doc.resource.alicloud_privatelink_vpc_endpoint)[0].service_id).toBe('epsrv-1');
    expect(Object.values<any>(doc.resource.alicloud_privatelink_vpc_endpoint_connection)[0].service_id).toBe('epsrv-1');
  });

  test.each<[string, object, string[]]>([
    ['service and serviceId', { serviceId: 'epsrv-1' }, ['serviceId']],
    ['service and serviceName', { serviceName: 'com.aliyuncs.privatelink.cn-hangzhou.epsrv-1' }, ['serviceName']],
    // One violation that names the other two.
    ['service, serviceId and serviceName', { serviceId: 'epsrv-1', serviceName: 'n' }, ['serviceId']],
  ])('%s → error naming %j', (_case, extra, expected) => {
    const stack = alicloudStack();
    const service = new PrivateLinkEndpointService(stack, 'Service');
    const error = validationErrorOf(() => new PrivateLinkEndpoint(stack, 'Endpoint', { vpcId: VPC, securityGroupIds: [SG], service, ...extra }));
    expect(namedProperties(error)).toEqual(expected);
    expect(error.message).toMatch(/must not be given together with .*service <Stack\/Service>/);
    expect(error.message).toContain('(give exactly one of serviceId, serviceName and service)');
  });
});
