import {
  Aspects, IAspect, TerraformCount, TerraformIterator, TerraformLocal, TerraformOutput, TerraformStack, TerraformVariable, Testing, Token,
} from 'cdktf';
import { IConstruct } from 'constructs';
import { BASE, SERVICE_ID, SG, VPC, alicloudStack, attempt } from './support';
import { PrivatelinkVpcEndpoint } from '../../lib/alicloud/generated/privatelink-vpc-endpoint';
import { PrivatelinkVpcEndpointZone } from '../../lib/alicloud/generated/privatelink-vpc-endpoint-zone';
import { AlicloudProvider } from '../../lib/alicloud/generated/provider';
import { PrivateLinkEndpoint } from '../../lib/alicloud/private-link-endpoint';
import { PrivateLinkEndpointType } from '../../lib/alicloud/private-link-endpoint-types';
import { PrivateLinkIpVersion } from '../../lib/alicloud/private-link-ip-version';
import { ValidationError } from '../../lib/core/validation-error';
import { expectConformsToSchemas } from '../support/terraform-schema';
import { validationErrorOf } from '../support/validation';
import '../support/terraform-matchers';

const ENDPOINT = 'alicloud_privatelink_vpc_endpoint';
const ZONE = 'alicloud_privatelink_vpc_endpoint_zone';

/** Synthesizes with synth-time validations, checks the output against schemas/, and returns it parsed. */
function synthChecked(stack: TerraformStack): any {
  const synth = Testing.synth(stack, true);
  expectConformsToSchemas(synth);
  return JSON.parse(synth);
}

describe('PrivateLinkEndpoint rendering', () => {
  test('an Interface endpoint by default, with its VPC, service and security groups', () => {
    // GIVEN
    const stack = alicloudStack();
    // WHEN
    const endpoint = new PrivateLinkEndpoint(stack, 'Endpoint', BASE);
    // THEN
    const synth = Testing.synth(stack, true);
    expectConformsToSchemas(synth);
    expect(synth).toHaveResourceWithProperties(PrivatelinkVpcEndpoint, {
      vpc_id: VPC,
      service_id: SERVICE_ID,
      endpoint_type: 'Interface',
      security_group_ids: [SG],
    });
    expect(endpoint.node.defaultChild).toBeInstanceOf(PrivatelinkVpcEndpoint);
    expect(endpoint.node.defaultChild?.node.id).toBe('Resource');
    expect(Object.keys(JSON.parse(synth).resource)).toEqual([ENDPOINT]);
  });

  test('every prop a user sets reaches the output', () => {
    // GIVEN
    const stack = alicloudStack();
    const policy = JSON.stringify({ Version: '1', Statement: [{ Effect: 'Allow', Action: ['*'], Principal: ['*'], Resource: ['*'] }] });
    // WHEN
    new PrivateLinkEndpoint(stack, 'Endpoint', {
      vpcId: VPC,
      serviceName: 'com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1abcdefghijklmnop',
      endpointName: 'orders',
      description: 'Orders service',
      endpointType: PrivateLinkEndpointType.INTERFACE,
      securityGroupIds: [SG, 'sg-bp1bcdefghijklmnopqrs'],
      zones: [{ vSwitchId: 'vsw-bp1abcdefghijklmnopqr', zoneId: 'cn-hangzhou-h', ip: '192.168.0.10' }],
      addressIpVersion: PrivateLinkIpVersion.DUALSTACK,
      zonePrivateIpAddressCount: 1,
      protectedEnabled: true,
      resourceGroupId: 'rg-acfmabcdefghijk',
      policyDocument: policy,
      serviceRegionId: 'cn-shanghai',
      crossRegionBandwidth: 1024,
      tags: { env: 'prod', team: 'platform' },
    });
    // THEN
    const synth = Testing.synth(stack, true);
    expectConformsToSchemas(synth);
    expect(synth).toHaveResourceWithProperties(PrivatelinkVpcEndpoint, {
      vpc_id: VPC,
      service_name: 'com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1abcdefghijklmnop',
      vpc_endpoint_name: 'orders',
      endpoint_description: 'Orders service',
      endpoint_type: 'Interface',
      security_group_ids: [SG, 'sg-bp1bcdefghijklmnopqrs'],
      address_ip_version: 'DualStack',
      zone_private_ip_address_count: 1,
      protected_enabled: true,
      resource_group_id: 'rg-acfmabcdefghijk',
      policy_document: policy,
      service_region_id: 'cn-shanghai',
      cross_region_bandwidth: 1024,
      tags: { env: 'prod', team: 'platform' },
    });
    expect(synth).toHaveResourceWithProperties(PrivatelinkVpcEndpointZone, {
      vswitch_id: 'vsw-bp1abcdefghijklmnopqr',
      zone_id: 'cn-hangzhou-h',
      eni_ip: '192.168.0.10',
    });
    const [config] = Object.values<any>(JSON.parse(synth).resource[ENDPOINT]);
    expect(config).not.toHaveProperty('service_id');
  });

  test('a Gateway Load Balancer endpoint takes no security groups', () => {
    // GIVEN
    const stack = alicloudStack();
    // WHEN
    new PrivateLinkEndpoint(stack, 'Endpoint', {
      vpcId: VPC,
      serviceId: SERVICE_ID,
      endpointType: PrivateLinkEndpointType.GATEWAY_LOAD_BALANCER,
    });
    // THEN
    const doc = synthChecked(stack);
    const [config] = Object.values<any>(doc.resource[ENDPOINT]);
    expect(config.endpoint_type).toBe('GatewayLoadBalancer');
    expect(config).not.toHaveProperty('security_group_ids');
  });

  test('exposes the endpoint attributes as references to the resource', () => {
    // GIVEN
    const stack = alicloudStack();
    const endpoint = new PrivateLinkEndpoint(stack, 'Endpoint', BASE);
    // WHEN
    const attributes = {
      id: endpoint.endpointId,
      domain: endpoint.endpointDomain,
      connection: endpoint.connectionStatus,
      business: endpoint.endpointBusinessStatus,
      bandwidth: endpoint.bandwidth,
      status: endpoint.status,
      created: endpoint.createTime,
      region: endpoint.region,
    };
    Object.entries(attributes).forEach(([name, value]) => new TerraformOutput(stack, name, { value }));
    // THEN
    const doc = synthChecked(stack);
    const [name] = Object.keys(doc.resource[ENDPOINT]);
    const ref = (attr: string) => `\${${ENDPOINT}.${name}.${attr}}`;
    expect(doc.output).toEqual({
      id: { value: ref('id') },
      domain: { value: ref('endpoint_domain') },
      connection: { value: ref('connection_status') },
      business: { value: ref('endpoint_business_status') },
      bandwidth: { value: ref('bandwidth') },
      status: { value: ref('status') },
      created: { value: ref('create_time') },
      region: { value: ref('region_id') },
    });
  });

  test('fromPrivateLinkEndpointAttributes refers to an existing endpoint', () => {
    // GIVEN
    const stack = alicloudStack();
    // WHEN
    const imported = PrivateLinkEndpoint.fromPrivateLinkEndpointAttributes(stack, 'Imported', { endpointId: 'ep-bp1abcdefghijklmnop' });
    // THEN
    expect(imported.endpointId).toBe('ep-bp1abcdefghijklmnop');
    expect(JSON.parse(Testing.synth(stack)).resource).toBeUndefined();
  });
});

describe('PrivateLinkEndpoint zones', () => {
  test('each zone resource depends on the previous one, including zones added by addZone', () => {
    // GIVEN
    const stack = alicloudStack();
    const endpoint = new PrivateLinkEndpoint(stack, 'Endpoint', {
      ...BASE,
      zones: [{ vSwitchId: 'vsw-a', zoneId: 'cn-hangzhou-h' }, { vSwitchId: 'vsw-b', zoneId: 'cn-hangzhou-i' }],
    });
    // WHEN
    endpoint.addZone({ vSwitchId: 'vsw-c', ip: '10.0.0.5' });
    // THEN
    const doc = synthChecked(stack);
    const [endpointName] = Object.keys(doc.resource[ENDPOINT]);
    const zones = doc.resource[ZONE];
    const byVSwitch = (id: string) => Object.entries<any>(zones).find(([, z]) => z.vswitch_id === id)!;
    const [a, zoneA] = byVSwitch('vsw-a');
    const [b, zoneB] = byVSwitch('vsw-b');
    const [, zoneC] = byVSwitch('vsw-c');
    expect(Object.keys(zones)).toHaveLength(3);
    for (const zone of [zoneA, zoneB, zoneC]) {
      expect(zone.endpoint_id).toBe(`\${${ENDPOINT}.${endpointName}.id}`);
    }
    expect(zoneA.depends_on).toBeUndefined();
    expect(zoneB.depends_on).toEqual([`${ZONE}.${a}`]);
    expect(zoneC.depends_on).toEqual([`${ZONE}.${b}`]);
    expect(zoneC.eni_ip).toBe('10.0.0.5');
    expect(zoneC).not.toHaveProperty('zone_id');
  });

  test('addZone checks the new zone at once, naming its index', () => {
    // GIVEN
    const endpoint = new PrivateLinkEndpoint(alicloudStack(), 'Endpoint', { ...BASE, zones: [{ vSwitchId: 'vsw-a' }] });
    // WHEN
    const add = () => endpoint.addZone({ vSwitchId: 'vsw-b', ip: '10.0.0.256' });
    // THEN
    expect(add).toThrow(/Stack\/Endpoint: 1 invalid property\n {2}- zones\[1\]\.ip: "10\.0\.0\.256" must be an IPv4 address/);
  });

  test('limits that addZone breaks fail at synth: an 11th zone and a repeated vSwitch or zone', () => {
    // GIVEN
    const stack = alicloudStack();
    const zones = Array.from({ length: 10 }, (_, i) => ({ vSwitchId: `vsw-${i}`, zoneId: `cn-hangzhou-${i}` }));
    const endpoint = new PrivateLinkEndpoint(stack, 'Endpoint', { ...BASE, zones });
    // WHEN
    endpoint.addZone({ vSwitchId: 'vsw-3', zoneId: 'cn-hangzhou-3' });
    // THEN
    const synth = () => Testing.synth(stack, true);
    expect(synth).toThrow(/\[Stack\/Endpoint\] zones: \[\{"vSwitchId":"vsw-0".* must have at most 10 zones \(has 11\)/);
    expect(synth).toThrow(/zones\[10\]\.zoneId: "cn-hangzhou-3" repeats zones\[3\]\.zoneId \(the API rejects a zone or vSwitch given twice with EndpointZoneDuplicated\)/);
    expect(synth).toThrow(/zones\[10\]\.vSwitchId: "vsw-3" repeats zones\[3\]\.vSwitchId/);
  });

  test('zones added within the limits synthesize', () => {
    // GIVEN
    const stack = alicloudStack();
    const endpoint = new PrivateLinkEndpoint(stack, 'Endpoint', BASE);
    // WHEN
    for (let i = 0; i < 10; i++) endpoint.addZone({ vSwitchId: `vsw-${i}` });
    // THEN
    expect(Object.keys(synthChecked(stack).resource[ZONE])).toHaveLength(10);
  });
});

describe('PrivateLinkEndpoint validation', () => {
  test('no security groups, a bad name and a repeated vSwitch fail together, in one error', () => {
    // GIVEN
    const props = {
      vpcId: VPC,
      serviceId: SERVICE_ID,
      endpointName: '1abc',
      zones: [{ vSwitchId: 'vsw-a' }, { vSwitchId: 'vsw-a' }],
    };
    // WHEN
    const error = attempt(props);
    // THEN
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.constructPath).toBe('Stack/Endpoint');
    expect(error!.violations.map(v => v.property)).toEqual(['endpointName', 'securityGroupIds', 'zones[1].vSwitchId']);
    expect(error!.message).toMatch(/^Stack\/Endpoint: 3 invalid properties/);
    expect(error!.message).toMatch(/endpointName: "1abc" must start with a letter/);
    expect(error!.message).toMatch(/securityGroupIds: not set must have at least 1 security group for an Interface endpoint \(has 0; the API rejects none with EndpointMustContainSecurityGroup\)/);
    expect(error!.message).toMatch(/zones\[1\]\.vSwitchId: "vsw-a" repeats zones\[0\]\.vSwitchId \(the API rejects a zone or vSwitch given twice with EndpointZoneDuplicated\)/);
  });

  test('a misspelt key, a bad zone and a duplicate security group fail together, in one error', () => {
    // GIVEN props as plain JavaScript might give them
    const props = {
      ...BASE,
      endpointname: 'reader',
      zones: [{ vSwitchId: 'vsw-a', ip: '10.0.0.256' }],
      securityGroupIds: [SG, SG],
    };
    // WHEN
    const error = attempt(props as any);
    // THEN
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.violations.map(v => v.property).sort()).toEqual(['endpointname', 'securityGroupIds[1]', 'zones[0].ip']);
    expect(error!.message).toContain('endpointname: "reader" is not a property of PrivateLinkEndpointProps (did you mean "endpointName"?)');
  });

  test('a TerraformVariable or TerraformLocal given itself, not its token, is an error saying which member to give', () => {
    // GIVEN
    const stack = alicloudStack();
    const variable = new TerraformVariable(stack, 'v', {});
    const local = new TerraformLocal(stack, 'l', 'reader');
    // WHEN
    const error = validationErrorOf(() => new PrivateLinkEndpoint(stack, 'Endpoint', {
      ...BASE, vpcId: variable as any, securityGroupIds: variable as any, endpointName: local as any,
    }));
    // THEN
    expect(error.message).toContain('vpcId: <Stack/v> must be a string: a TerraformVariable is not one, give its .stringValue');
    expect(error.message).toContain('securityGroupIds: <Stack/v> must be a list of string entries: a TerraformVariable is not one, give its .listValue');
    expect(error.message).toContain('endpointName: <Stack/l> must be a string: a TerraformLocal is not one, give its .asString');
  });

  test('a token for the whole zone list is an error that says what to give instead (it rendered an empty zone before)', () => {
    const stack = alicloudStack();
    const zones = new TerraformVariable(stack, 'zones', { type: 'list(object({ vSwitchId = string }))' }).listValue;
    const error = validationErrorOf(() => new PrivateLinkEndpoint(stack, 'Endpoint', { ...BASE, zones: zones as any }));
    expect(error.violations.map(v => v.property)).toEqual(['zones']);
    expect(error.message).toContain('zones: <token> must be a list of zones, not a token for one (its entries may be tokens): '
      + 'each zone becomes its own resource; list the zones here (their fields may be tokens) or add each with addZone()');
  });

  test('an omitted list reads "not set", an empty one "[]"', () => {
    expect(attempt({ vpcId: VPC, serviceId: SERVICE_ID })!.message).toContain('securityGroupIds: not set must have at least 1 security group');
    expect(attempt({ vpcId: VPC, serviceId: SERVICE_ID, securityGroupIds: [] })!.message).toContain('securityGroupIds: [] must have at least 1 security group');
  });

  test('a prop of the wrong type stands aside: the rules check the others, and nothing is said twice about it', () => {
    // GIVEN serviceId of the wrong type, so "exactly one of serviceId, serviceName and service" cannot be judged
    const error = attempt({ ...BASE, serviceId: 42 as any, endpointName: '1abc' });
    // THEN
    expect(error!.violations.map(v => v.property)).toEqual(['serviceId', 'endpointName']);
  });

  test.each([
    ['neither', {}, /serviceId: not set must be given when serviceName and service are not \(give exactly one of serviceId, serviceName and service\)/],
    ['both', { serviceId: SERVICE_ID, serviceName: 'com.aliyuncs.privatelink.cn-hangzhou.epsrv-x' },
      /serviceId: "epsrv-bp1abcdefghijklmnop" must not be given together with serviceName "com.aliyuncs.privatelink.cn-hangzhou.epsrv-x"/],
  ])('serviceId and serviceName: %s is an error', (_, service, message) => {
    // GIVEN / WHEN
    const error = attempt({ vpcId: VPC, securityGroupIds: [SG], ...service });
    // THEN
    expect(error?.message).toMatch(message);
  });

  test('a Gateway Load Balancer endpoint with security groups names the vendor error', () => {
    const error = attempt({ ...BASE, endpointType: PrivateLinkEndpointType.GATEWAY_LOAD_BALANCER });
    expect(error?.message).toMatch(
      /securityGroupIds: \["sg-bp1abcdefghijklmnopqr"\] must be empty for a GatewayLoadBalancer endpoint \(the API rejects security groups with GatewayLoadBalancerNotSupportSecurityGroup\)/,
    );
  });

  test('"Reverse" cannot be passed as an endpoint type, even from plain JavaScript', () => {
    const error = attempt({ ...BASE, endpointType: 'Reverse' as PrivateLinkEndpointType });
    expect(error?.message).toMatch(/endpointType: "Reverse" must be "Interface" or "GatewayLoadBalancer" \(the Terraform provider does not support the API's "Reverse"\)/);
  });

  test('without an alicloud provider in the stack, synth fails', () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), 'Stack');
    // WHEN
    new PrivateLinkEndpoint(stack, 'Endpoint', BASE);
    // THEN
    expect(() => Testing.synth(stack, true)).toThrow(/provider: not set must be passed, or the stack "Stack" must have a provider for "aliyun\/alicloud" \(used by Stack\/Endpoint\)/);
  });
});

describe('PrivateLinkEndpoint tags changed after construction (an aspect) are checked at synth', () => {
  /** Adds tags to every endpoint resource, as tagging aspects do. */
  class AddTags implements IAspect {
    constructor(private readonly extra: Record<string, string>) {}
    public visit(node: IConstruct): void {
      if (node instanceof PrivatelinkVpcEndpoint) node.tags = { ...node.tagsInput, ...this.extra };
    }
  }

  test.each<[string, Record<string, string>, RegExp | undefined]>([
    ['a valid tag', { owner: 'platform' }, undefined],
    ['a 21st tag', Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`a${i}`, 'v'])), /tags: \[.*\] must have at most 20 tags/],
    ['a key reserved by the cloud', { 'aliyun:owner': 'v' }, /tags key: "aliyun:owner" must not start with "aliyun" or "acs:"/],
  ])('%s', (_case, extra, expected) => {
    // GIVEN an endpoint with one tag
    const stack = alicloudStack();
    new PrivateLinkEndpoint(stack, 'Endpoint', { ...BASE, tags: { team: 'platform' } });
    // WHEN an aspect adds tags
    Aspects.of(stack).add(new AddTags(extra));
    // THEN
    if (expected) {
      expect(() => Testing.synth(stack, true)).toThrow(expected);
    } else {
      const resources = JSON.parse(Testing.synth(stack, true)).resource.alicloud_privatelink_vpc_endpoint;
      expect(Object.values<any>(resources)[0].tags).toEqual({ team: 'platform', ...extra });
    }
  });
});

describe('PrivateLinkEndpoint meta-arguments', () => {
  test('an explicit provider is used by the endpoint and every zone', () => {
    // GIVEN
    const stack = alicloudStack();
    const shanghai = new AlicloudProvider(stack, 'shanghai', { region: 'cn-shanghai', alias: 'shanghai' });
    // WHEN
    new PrivateLinkEndpoint(stack, 'Endpoint', { ...BASE, provider: shanghai, zones: [{ vSwitchId: 'vsw-a' }, { vSwitchId: 'vsw-b' }] });
    // THEN
    const doc = synthChecked(stack);
    const resources = [...Object.values<any>(doc.resource[ENDPOINT]), ...Object.values<any>(doc.resource[ZONE])];
    expect(resources).toHaveLength(3);
    resources.forEach(r => expect(r.provider).toBe('alicloud.shanghai'));
  });

  test('dependsOn and lifecycle go to the endpoint, which the zones depend on', () => {
    // GIVEN
    const stack = alicloudStack();
    const other = new PrivateLinkEndpoint(stack, 'Other', BASE);
    // WHEN
    new PrivateLinkEndpoint(stack, 'Endpoint', {
      ...BASE,
      dependsOn: [other.node.defaultChild as PrivatelinkVpcEndpoint],
      lifecycle: { preventDestroy: true },
      zones: [{ vSwitchId: 'vsw-a' }],
    });
    // THEN
    const doc = synthChecked(stack);
    const endpoints = doc.resource[ENDPOINT];
    const [otherName, name] = Object.keys(endpoints).sort((x, y) => (x.startsWith('Other') ? -1 : y.startsWith('Other') ? 1 : 0));
    expect(endpoints[name].depends_on).toEqual([`${ENDPOINT}.${otherName}`]);
    expect(endpoints[name].lifecycle).toEqual({ prevent_destroy: true });
  });

  test('count without zones reaches the endpoint', () => {
    const stack = alicloudStack();
    new PrivateLinkEndpoint(stack, 'Endpoint', { ...BASE, count: 2 });
    const [config] = Object.values<any>(synthChecked(stack).resource[ENDPOINT]);
    expect(config.count).toBe(2);
  });

  test('count or forEach with zones is an error: each zone refers to a single endpoint', () => {
    // GIVEN
    const stack = alicloudStack();
    const iterator = TerraformIterator.fromList(['a', 'b']);
    // WHEN
    const error = attempt({ ...BASE, count: 2, forEach: iterator, zones: [{ vSwitchId: 'vsw-a' }] });
    // THEN
    expect(error?.violations.map(v => v.property)).toEqual(['count', 'forEach']);
    expect(error?.message).toMatch(/count: 2 cannot be combined with zones: each zone resource refers to a single endpoint/);

    // AND a TerraformCount is refused the same way
    const countError = attempt({ ...BASE, count: TerraformCount.of(2), zones: [{ vSwitchId: 'vsw-a' }] });
    expect(countError?.message).toMatch(/count: "a TerraformCount" cannot be combined with zones/);

    // AND a zone added later to a counted endpoint fails at synth
    const counted = new PrivateLinkEndpoint(stack, 'Counted', { ...BASE, count: 2 });
    counted.addZone({ vSwitchId: 'vsw-a' });
    expect(() => Testing.synth(stack, true)).toThrow(/\[Stack\/Counted\] count: 2 cannot be combined with zones/);
  });
});

describe('PrivateLinkEndpoint with unresolved tokens', () => {
  test('every prop given as a token synthesizes with no error', () => {
    // GIVEN
    const stack = alicloudStack();
    const str = (name: string) => new TerraformVariable(stack, name, { type: 'string' }).stringValue;
    const num = (name: string) => new TerraformVariable(stack, name, { type: 'number' }).numberValue;
    // WHEN
    const endpoint = new PrivateLinkEndpoint(stack, 'Endpoint', {
      vpcId: str('vpc'),
      serviceId: str('service'),
      endpointName: str('name'),
      description: str('description'),
      endpointType: str('type') as PrivateLinkEndpointType,
      securityGroupIds: new TerraformVariable(stack, 'sgs', { type: 'list(string)' }).listValue,
      zones: [{ vSwitchId: str('vsw'), zoneId: str('zone'), ip: str('ip') }],
      addressIpVersion: str('ipVersion') as PrivateLinkIpVersion,
      zonePrivateIpAddressCount: num('ipCount'),
      // A bool variable is an IResolvable; TypeScript users pass it where a boolean is expected.
      protectedEnabled: new TerraformVariable(stack, 'protected', { type: 'bool' }).booleanValue,
      resourceGroupId: str('rg'),
      policyDocument: str('policy'),
      serviceRegionId: str('region'),
      crossRegionBandwidth: num('bandwidth'),
      tags: Token.asStringMap(new TerraformVariable(stack, 'tags', { type: 'map(string)' }).value),
    });
    endpoint.addZone({ vSwitchId: str('vsw2'), zoneId: str('zone2'), ip: str('ip2') });
    // THEN
    const doc = synthChecked(stack);
    const [config] = Object.values<any>(doc.resource[ENDPOINT]);
    expect(config).toEqual(expect.objectContaining({
      vpc_id: '${var.vpc}',
      service_id: '${var.service}',
      vpc_endpoint_name: '${var.name}',
      endpoint_description: '${var.description}',
      endpoint_type: '${var.type}',
      security_group_ids: '${var.sgs}',
      address_ip_version: '${var.ipVersion}',
      zone_private_ip_address_count: '${var.ipCount}',
      protected_enabled: '${var.protected}',
      resource_group_id: '${var.rg}',
      policy_document: '${var.policy}',
      service_region_id: '${var.region}',
      cross_region_bandwidth: '${var.bandwidth}',
      tags: '${var.tags}',
    }));
    const zones = Object.values<any>(doc.resource[ZONE]);
    expect(zones.map(z => [z.vswitch_id, z.zone_id, z.eni_ip])).toEqual([
      ['${var.vsw}', '${var.zone}', '${var.ip}'],
      ['${var.vsw2}', '${var.zone2}', '${var.ip2}'],
    ]);
  });

  test('a token endpoint type still limits security groups to 10 distinct entries', () => {
    const stack = alicloudStack();
    const type = new TerraformVariable(stack, 'type', { type: 'string' }).stringValue as PrivateLinkEndpointType;
    const ids = Array.from({ length: 11 }, (_, i) => `sg-${i}`);
    expect(() => new PrivateLinkEndpoint(stack, 'Endpoint', { ...BASE, endpointType: type, securityGroupIds: ids }))
      .toThrow(/securityGroupIds: .* must have at most 10 security groups \(has 11\)/);
    expect(() => new PrivateLinkEndpoint(stack, 'Endpoint2', { ...BASE, endpointType: type, securityGroupIds: ['sg-1', 'sg-1'] }))
      .toThrow(/securityGroupIds\[1\]: "sg-1" repeats securityGroupIds\[0\]/);
  });

  test('the same token twice is a repeat, and literal entries next to token entries are still checked', () => {
    const stack = alicloudStack();
    const token = new TerraformVariable(stack, 'vsw', { type: 'string' }).stringValue;
    const error = attempt({ ...BASE, zones: [{ vSwitchId: token }, { vSwitchId: token }, { vSwitchId: 'vsw-a', ip: 'x' }, { vSwitchId: 'vsw-a' }] });
    expect(error?.violations.map(v => v.property)).toEqual(['zones[1].vSwitchId', 'zones[2].ip', 'zones[3].vSwitchId']);
  });
});
