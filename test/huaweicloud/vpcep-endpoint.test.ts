import * as net from 'net';
import { TerraformOutput, TerraformProvider, TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { Construct } from 'constructs';
import * as fc from 'fast-check';
import { HuaweicloudProvider, VpcepEndpoint } from '../../lib/huaweicloud';
import { VpcepEndpoint as VpcepEndpointResource } from '../../lib/huaweicloud/generated/vpcep-endpoint';
import { VpcepIpVersion, VpcepPolicyEffect } from '../../lib/vpcep/vpcep-endpoint-types';
import { namedProperties } from '../support/validation';
import {
  HUAWEICLOUD as cloud,
  Props,
  ROUTE_TABLE_ID,
  SERVICE_ID,
  SUBNET_ID,
  VPC_ID,
  endpointArgs,
  newStack,
  synthConforming,
  validationErrorFor,
} from '../support/vpcep';
import '../support/terraform-matchers';

describe('huaweicloud.VpcepEndpoint', () => {
  describe('rendering', () => {
    test('an interface endpoint renders Huawei argument names, DNS off and a given whitelist enabled', () => {
      // GIVEN
      const stack = newStack(cloud);
      // WHEN
      new VpcepEndpoint(stack, 'Endpoint', {
        serviceId: SERVICE_ID,
        vpcId: VPC_ID,
        subnetId: SUBNET_ID,
        portIp: '192.168.0.10',
        whitelist: ['192.168.0.0/24'],
        description: 'orders',
        tags: { team: 'platform' },
        policyDocument: '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["*"],"Resource":["*"]}]}',
      });
      // THEN
      expect(endpointArgs(stack, cloud)).toEqual({
        service_id: SERVICE_ID,
        vpc_id: VPC_ID,
        network_id: SUBNET_ID,
        ip_address: '192.168.0.10',
        enable_dns: false,
        enable_whitelist: true,
        whitelist: ['192.168.0.0/24'],
        description: 'orders',
        tags: { team: 'platform' },
        policy_document: '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["*"],"Resource":["*"]}]}',
      });
    });

    test('a gateway endpoint renders routetables and the policy statements as the JSON array the provider expects', () => {
      // GIVEN
      const stack = newStack(cloud);
      // WHEN
      new VpcepEndpoint(stack, 'Endpoint', {
        serviceId: SERVICE_ID,
        vpcId: VPC_ID,
        routeTables: [ROUTE_TABLE_ID],
        policyStatements: [
          { effect: VpcepPolicyEffect.ALLOW, actions: ['obs:object:GetObject'], resources: ['obs:*:*:object:bucket/*'] },
          { effect: VpcepPolicyEffect.DENY, actions: ['obs:object:DeleteObject'], resources: ['obs:*:*:object:bucket/*'] },
        ],
      });
      // THEN
      const args = endpointArgs(stack, cloud);
      expect(args.routetables).toEqual([ROUTE_TABLE_ID]);
      expect(args.enable_dns).toBe(false);
      expect(args.enable_whitelist).toBeUndefined();
      expect(JSON.parse(args.policy_statement)).toEqual([
        { Effect: 'Allow', Action: ['obs:object:GetObject'], Resource: ['obs:*:*:object:bucket/*'] },
        { Effect: 'Deny', Action: ['obs:object:DeleteObject'], Resource: ['obs:*:*:object:bucket/*'] },
      ]);
    });

    test('enableDns true, enableWhitelist given explicitly, and the dual-stack props reach the output', () => {
      // GIVEN
      const stack = newStack(cloud);
      // WHEN
      new VpcepEndpoint(stack, 'Endpoint', {
        serviceId: SERVICE_ID,
        vpcId: VPC_ID,
        subnetId: SUBNET_ID,
        enableDns: true,
        whitelist: ['10.0.0.0/8'],
        enableWhitelist: true,
        ipVersion: VpcepIpVersion.DUALSTACK,
        ipv6Address: '2001:db8::10',
      });
      // THEN
      expect(Testing.synth(stack)).toHaveResourceWithProperties(VpcepEndpointResource, {
        enable_dns: true,
        enable_whitelist: true,
        ip_version: 'dualstack',
        ipv6_address: '2001:db8::10',
      });
      synthConforming(stack);
    });

    test('meta-arguments reach the resource: an aliased provider passed in, dependsOn, lifecycle', () => {
      // GIVEN a stack whose only Huawei provider is aliased, passed explicitly
      const stack = newStack(cloud, false);
      const provider = new HuaweicloudProvider(stack, 'eu', { alias: 'eu', region: 'eu-west-101' });
      const first = new VpcepEndpoint(stack, 'First', { serviceId: SERVICE_ID, vpcId: VPC_ID, provider });
      // WHEN
      new VpcepEndpoint(stack, 'Endpoint', {
        serviceId: SERVICE_ID,
        vpcId: VPC_ID,
        provider,
        dependsOn: [first.node.defaultChild as VpcepEndpointResource],
        lifecycle: { preventDestroy: true },
      });
      // THEN
      const args = endpointArgs(stack, cloud);
      expect(args.provider).toBe('huaweicloud.eu');
      expect(args.depends_on).toEqual([expect.stringMatching(/^huaweicloud_vpcep_endpoint\.First_/)]);
      expect(args.lifecycle).toEqual({ prevent_destroy: true });
    });

    test('exposes the wrapped resource as node.defaultChild, and typed attributes', () => {
      // GIVEN
      const stack = newStack(cloud);
      // WHEN
      const endpoint = new VpcepEndpoint(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID });
      // THEN
      expect(endpoint.node.defaultChild).toBeInstanceOf(VpcepEndpointResource);
      const attributes = {
        endpointId: endpoint.endpointId,
        status: endpoint.status,
        serviceName: endpoint.serviceName,
        serviceType: endpoint.serviceType,
        privateDomainName: endpoint.privateDomainName,
        ipAddress: endpoint.ipAddress,
        ipv6Address: endpoint.ipv6Address,
        markerId: endpoint.markerId,
        region: endpoint.region,
      };
      Object.entries(attributes).forEach(([name, value]) => new TerraformOutput(stack, name, { value }));
      const outputs = synthConforming(stack).output;
      const resource = Object.keys(synthConforming(stack).resource.huaweicloud_vpcep_endpoint)[0];
      expect(Object.fromEntries(Object.entries(outputs).map(([k, v]: [string, any]) => [k, v.value]))).toEqual({
        endpointId: `\${huaweicloud_vpcep_endpoint.${resource}.id}`,
        status: `\${huaweicloud_vpcep_endpoint.${resource}.status}`,
        serviceName: `\${huaweicloud_vpcep_endpoint.${resource}.service_name}`,
        serviceType: `\${huaweicloud_vpcep_endpoint.${resource}.service_type}`,
        privateDomainName: `\${huaweicloud_vpcep_endpoint.${resource}.private_domain_name}`,
        ipAddress: `\${huaweicloud_vpcep_endpoint.${resource}.ip_address}`,
        ipv6Address: `\${huaweicloud_vpcep_endpoint.${resource}.ipv6_address}`,
        markerId: `\${huaweicloud_vpcep_endpoint.${resource}.packet_id}`,
        region: `\${huaweicloud_vpcep_endpoint.${resource}.region}`,
      });
    });

    test('fromVpcepEndpointAttributes refers to an existing endpoint', () => {
      const stack = newStack(cloud);
      const imported = VpcepEndpoint.fromVpcepEndpointAttributes(stack, 'Imported', { endpointId: '492c776f-2cb9-40a2-9735-d7279ab2bbb6' });
      expect(imported.endpointId).toBe('492c776f-2cb9-40a2-9735-d7279ab2bbb6');
      expect(imported.node.path).toBe('Stack/Imported');
    });
  });

  describe('several violations', () => {
    test('a bad whitelist entry and a reserved tag key fail with ONE error naming whitelist and tags', () => {
      // WHEN
      const error = validationErrorFor(cloud, { whitelist: ['10.0.0.0/33'], tags: { _sys_x: 'v' } });
      // THEN
      expect(error).toBeDefined();
      expect(namedProperties(error)).toEqual(['whitelist[0]', 'tags key']);
      expect(error!.message).toBe([
        'Stack/Endpoint: 2 invalid properties',
        '  - whitelist[0]: "10.0.0.0/33" must be an IPv4 address or CIDR block (four octets 0–255, prefix length 0–32)',
        '  - tags key: "_sys_x" must not start with "_sys_" (reserved by the cloud)',
      ].join('\n'));
    });

    test('the same props as tokens synthesize and conform to the schema', () => {
      // GIVEN
      const stack = newStack(cloud);
      const whitelist = new TerraformVariable(stack, 'whitelist', { type: 'list(string)' });
      const tags = new TerraformVariable(stack, 'tags', { type: 'map(string)' });
      // WHEN
      new VpcepEndpoint(stack, 'Endpoint', {
        serviceId: SERVICE_ID,
        vpcId: VPC_ID,
        whitelist: whitelist.listValue,
        tags: Token.asStringMap(tags.value),
      });
      // THEN
      const args = endpointArgs(stack, cloud);
      expect(args.whitelist).toBe('${var.whitelist}');
      expect(args.tags).toBe('${var.tags}');
      expect(args.enable_whitelist).toBe(true);
    });
  });

  describe('Huawei-only props', () => {
    test.each<[string, Partial<Props>, string | undefined]>([
      ['ipVersion ipv4', { ipVersion: VpcepIpVersion.IPV4 }, undefined],
      ['ipVersion dualstack', { ipVersion: VpcepIpVersion.DUALSTACK }, undefined],
      ['ipVersion ipv6', { ipVersion: 'ipv6' as VpcepIpVersion }, 'ipVersion: "ipv6" must be one of "ipv4", "dualstack"'],
      ['ipVersion IPV4 (enum name, not value)', { ipVersion: 'IPV4' as VpcepIpVersion }, 'ipVersion: "IPV4" must be one of'],
      ['ipv6Address with dualstack', { ipVersion: VpcepIpVersion.DUALSTACK, ipv6Address: '2001:db8::1' }, undefined],
      ['ipv6Address without ipVersion', { ipv6Address: '2001:db8::1' }, 'ipv6Address: "2001:db8::1" requires ipVersion "dualstack" (ipVersion is not set)'],
      ['ipv6Address with ipv4', { ipVersion: VpcepIpVersion.IPV4, ipv6Address: '2001:db8::1' }, 'requires ipVersion "dualstack" (ipVersion is "ipv4")'],
      ['ipv6Address an IPv4 address', { ipVersion: VpcepIpVersion.DUALSTACK, ipv6Address: '10.0.0.1' }, 'ipv6Address: "10.0.0.1" must be an IPv6 address'],
      ['ipv6Address with a bad group', { ipVersion: VpcepIpVersion.DUALSTACK, ipv6Address: '2001:db8::g' }, 'ipv6Address: "2001:db8::g" must be an IPv6 address'],
      ['policyDocument an object', { policyDocument: '{"Statement":[]}' }, undefined],
      ['policyDocument an array', { policyDocument: '[]' }, 'policyDocument: "[]" must be a JSON object document'],
      ['policyDocument not JSON', { policyDocument: '{Statement:' }, 'policyDocument: "{Statement:" must be a JSON object document'],
      ['policyDocument null', { policyDocument: 'null' }, 'must be a JSON object document'],
    ])('%s', (_case, props, expected) => {
      const error = validationErrorFor(cloud, props);
      if (expected === undefined) expect(error).toBeUndefined();
      else expect(error!.message).toContain(expected);
    });

    test('policyDocument is interface-only: with route tables it is an error', () => {
      const error = validationErrorFor(cloud, { policyDocument: '{}', routeTables: [ROUTE_TABLE_ID] });
      expect(error!.message).toContain('routeTables: ["7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"] is only for gateway endpoints and cannot be combined with the interface-endpoint props policyDocument');
    });

    test('the Huawei-only props as tokens synthesize unchecked and are passed through', () => {
      // GIVEN
      const stack = newStack(cloud);
      const text = (name: string) => new TerraformVariable(stack, name, { type: 'string' }).stringValue;
      // WHEN
      new VpcepEndpoint(stack, 'Endpoint', {
        serviceId: SERVICE_ID,
        vpcId: VPC_ID,
        policyDocument: text('policy_document'),
        ipVersion: text('ip_version') as VpcepIpVersion,
        ipv6Address: text('ipv6_address'),
      });
      // THEN
      expect(endpointArgs(stack, cloud)).toMatchObject({
        policy_document: '${var.policy_document}',
        ip_version: '${var.ip_version}',
        ipv6_address: '${var.ipv6_address}',
      });
    });

    test('ipv6Address acceptance equals an IPv6 parser (property)', () => {
      const candidate = fc.oneof(
        fc.ipV6(),
        fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEFg:.'), maxLength: 45 }),
        fc.ipV4(),
      );
      fc.assert(fc.property(candidate, ipv6Address => {
        const error = validationErrorFor(cloud, { ipVersion: VpcepIpVersion.DUALSTACK, ipv6Address });
        expect(error === undefined).toBe(net.isIPv6(ipv6Address));
      }));
    });
  });

  describe('tags (Huawei Cloud API TagList rules)', () => {
    test.each<[string, Record<string, string>, string | undefined]>([
      ['1-character key', { a: 'v' }, undefined],
      ['128-character key', { ['k'.repeat(128)]: 'v' }, undefined],
      ['129-character key', { ['k'.repeat(129)]: 'v' }, 'must be 1–128 characters long (has 129)'],
      ['empty key', { '': 'v' }, 'tags key: "" must be 1–128 characters long (has 0)'],
      ['empty value', { a: '' }, undefined],
      ['255-character value', { a: 'v'.repeat(255) }, undefined],
      ['256-character value', { a: 'v'.repeat(256) }, 'tags.a: "vvvvv'],
      ['key with every allowed special and a space', { 'a_.:=+-@ b': 'v' }, undefined],
      ['key with unicode letters and digits', { Größe٣: 'v' }, undefined],
      ['key with /', { 'a/b': 'v' }, 'tags key: "a/b" must contain only letters, digits, spaces and _ . : = + - @'],
      ['key with *', { 'a*b': 'v' }, 'must contain only letters, digits, spaces and _ . : = + - @'],
      ['key with a tab', { 'a\tb': 'v' }, 'must contain only letters'],
      ['key starting with _sys_', { _sys_x: 'v' }, 'must not start with "_sys_" (reserved by the cloud)'],
      ['key containing _sys_ later', { x_sys_: 'v' }, undefined],
      ['key with a leading space', { ' a': 'v' }, 'tags key: " a" must not start or end with a space'],
      ['key with a trailing space', { 'a ': 'v' }, 'must not start or end with a space'],
      ['value with / and specials', { a: 'x/y_.:=+-@ z' }, undefined],
      ['value with a leading space', { a: ' x' }, undefined],
      ['value with #', { a: 'x#y' }, 'tags.a: "x#y" must contain only letters, digits, spaces and _ . : / = + - @'],
      ['value with a comma', { a: 'x,y' }, 'must contain only letters'],
    ])('%s', (_case, tags, expected) => {
      const error = validationErrorFor(cloud, { tags });
      if (expected === undefined) {
        expect(error).toBeUndefined();
      } else {
        expect(error!.message).toContain(expected);
        expect(namedProperties(error)[0]).toMatch(/^tags/);
      }
    });

    test.each([[20, true], [21, false]])('%d tags → valid: %s', (count, valid) => {
      const tags = Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, 'v']));
      const error = validationErrorFor(cloud, { tags });
      expect(error === undefined).toBe(valid);
      if (!valid) expect(error!.message).toContain('must have at most 20 tags (has 21)');
    });

    // Oracle from the API page's wording, char by char: letters, digits, space and the listed specials.
    const SPECIAL_KEY = new Set([' ', '_', '.', ':', '=', '+', '-', '@']);
    const keyCharOk = (c: string) => /\p{L}|\p{N}/u.test(c) || SPECIAL_KEY.has(c);
    const valueCharOk = (c: string) => keyCharOk(c) || c === '/';
    const keyOracle = (k: string) => {
      const chars = [...k];
      return chars.length >= 1 && chars.length <= 128 && chars.every(keyCharOk) && !k.startsWith('_sys_') && k.trim() === k;
    };
    const valueOracle = (v: string) => [...v].length <= 255 && [...v].every(valueCharOk);
    const CHARS = fc.constantFrom('a', 'Z', 'é', '中', '7', '٣', ' ', '_', '.', ':', '=', '+', '-', '@', '/', '#', '*', '\t', 's', 'y');
    const text = (maxLength: number) => fc.oneof(
      fc.string({ unit: CHARS, maxLength: 12 }),
      fc.string({ unit: CHARS, maxLength: 12 }).map(s => `_sys_${s}`),
      fc.integer({ min: maxLength - 2, max: maxLength + 2 }).map(n => 'k'.repeat(n)),
    );

    test('key acceptance equals the API\'s key rule (property)', () => {
      fc.assert(fc.property(text(128), key => {
        const error = validationErrorFor(cloud, { tags: { [key]: 'v' } });
        expect(error === undefined).toBe(keyOracle(key));
      }));
    });

    test('value acceptance equals the API\'s value rule (property)', () => {
      fc.assert(fc.property(text(255), value => {
        const error = validationErrorFor(cloud, { tags: { k: value } });
        expect(error === undefined).toBe(valueOracle(value));
      }));
    });
  });

  describe('synth-time checks', () => {
    test('a stack without a huaweicloud provider fails synth, telling the user to add one', () => {
      // GIVEN
      const stack = newStack(cloud, false);
      // WHEN
      new VpcepEndpoint(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID });
      // THEN
      expect(() => Testing.synth(stack, true))
        .toThrow(/provider: not set must be passed, or the stack "Stack" must have a provider for "huaweicloud\/huaweicloud" \(used by Stack\/Endpoint\): add one \(e\.g\. new HuaweicloudProvider/);
    });

    test('a provider of another cloud does not count', () => {
      const stack = newStack(cloud, false);
      new (class extends TerraformProvider {
        constructor(scope: Construct) {
          super(scope, 'otc', { terraformResourceType: 'opentelekomcloud', terraformProviderSource: 'opentelekomcloud/opentelekomcloud' });
        }
      })(stack);
      new VpcepEndpoint(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID });
      expect(() => Testing.synth(stack, true)).toThrow(/must have a provider for "huaweicloud\/huaweicloud"/);
    });

    const tagsNamed = (prefix: string, count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i}`, 'v']));

    test('tags count after the provider merges its default_tags in: 21 distinct keys fail synth naming tags', () => {
      // GIVEN a provider with 11 default tags
      const stack = new TerraformStack(Testing.app(), 'Stack');
      new HuaweicloudProvider(stack, 'huaweicloud', { region: 'eu-west-101', defaultTags: tagsNamed('d', 11) });
      // WHEN the endpoint adds 10 of its own
      new VpcepEndpoint(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, tags: tagsNamed('t', 10) });
      // THEN
      expect(() => Testing.synth(stack, true))
        .toThrow(/tags: \[.*\] must have at most 20 tags once the provider's default_tags are merged in \(has 21\)/);
    });

    test('a key in both counts once, so 20 after merging passes', () => {
      const stack = new TerraformStack(Testing.app(), 'Stack');
      new HuaweicloudProvider(stack, 'huaweicloud', { region: 'eu-west-101', defaultTags: { ...tagsNamed('d', 10), shared: 'x' } });
      new VpcepEndpoint(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, tags: { ...tagsNamed('t', 9), shared: 'y' } });
      expect(synthConforming(stack).provider.huaweicloud[0].default_tags).toHaveProperty('shared', 'x');
    });

    test('the default tags of the provider passed in count, not those of an aliased one elsewhere', () => {
      // GIVEN the default provider has 15 default tags; the aliased one passed in has none
      const stack = new TerraformStack(Testing.app(), 'Stack');
      new HuaweicloudProvider(stack, 'huaweicloud', { defaultTags: tagsNamed('d', 15) });
      const eu = new HuaweicloudProvider(stack, 'eu', { alias: 'eu', defaultTags: tagsNamed('e', 1) });
      // WHEN
      new VpcepEndpoint(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, provider: eu, tags: tagsNamed('t', 10) });
      new VpcepEndpoint(stack, 'Default', { serviceId: SERVICE_ID, vpcId: VPC_ID, tags: tagsNamed('t', 5) });
      // THEN 11 and 20 tags: both pass
      expect(() => synthConforming(stack)).not.toThrow();
    });

    test('the default provider (no alias) counts when none is passed', () => {
      const stack = new TerraformStack(Testing.app(), 'Stack');
      new HuaweicloudProvider(stack, 'eu', { alias: 'eu' });
      new HuaweicloudProvider(stack, 'huaweicloud', { defaultTags: tagsNamed('d', 15) });
      new VpcepEndpoint(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, tags: tagsNamed('t', 6) });
      expect(() => Testing.synth(stack, true)).toThrow(/\(has 21\)/);
    });

    test('default tags or tags given as tokens are not counted', () => {
      const stack = new TerraformStack(Testing.app(), 'Stack');
      const defaults = new TerraformVariable(stack, 'default_tags', { type: 'map(string)' });
      new HuaweicloudProvider(stack, 'huaweicloud', { defaultTags: defaults.value });
      new VpcepEndpoint(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, tags: tagsNamed('t', 20) });
      expect(() => synthConforming(stack)).not.toThrow();
    });
  });
});
