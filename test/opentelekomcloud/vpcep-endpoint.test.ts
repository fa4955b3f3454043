import { OpentelekomcloudProvider as PrebuiltOpentelekomcloudProvider } from '@cdktf/provider-opentelekomcloud/lib/provider';
import { TerraformOutput, TerraformVariable, Testing } from 'cdktf';
import * as fc from 'fast-check';
import { OpentelekomcloudProvider, VpcepEndpoint } from '../../lib/opentelekomcloud';
import { VpcepEndpointV1 } from '../../lib/opentelekomcloud/generated/vpcep-endpoint-v1';
import { VpcepEndpointProps, VpcepIpVersion, VpcepPolicyEffect } from '../../lib/vpcep/vpcep-endpoint-types';
import { namedProperties } from '../support/validation';
import {
  OPENTELEKOMCLOUD as cloud,
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

describe('opentelekomcloud.VpcepEndpoint', () => {
  describe('rendering', () => {
    test('an interface endpoint renders OTC argument names (subnet_id, port_ip), DNS off, a given whitelist enabled', () => {
      // GIVEN
      const stack = newStack(cloud);
      const props: VpcepEndpointProps = {
        serviceId: SERVICE_ID,
        vpcId: VPC_ID,
        subnetId: SUBNET_ID,
        portIp: '192.168.0.10',
        whitelist: ['192.168.0.0/24', '10.0.0.1'],
        description: 'orders',
        tags: { 'team': 'platform', 'cost-center': 'c@1_2' },
      };
      // WHEN
      new VpcepEndpoint(stack, 'Endpoint', props);
      // THEN
      expect(endpointArgs(stack, cloud)).toEqual({
        service_id: SERVICE_ID,
        vpc_id: VPC_ID,
        subnet_id: SUBNET_ID,
        port_ip: '192.168.0.10',
        enable_dns: false,
        enable_whitelist: true,
        whitelist: ['192.168.0.0/24', '10.0.0.1'],
        description: 'orders',
        tags: { 'team': 'platform', 'cost-center': 'c@1_2' },
      });
    });

    test('a gateway endpoint renders route_tables and policy_statement as a JSON array', () => {
      // GIVEN
      const stack = newStack(cloud);
      // WHEN
      new VpcepEndpoint(stack, 'Endpoint', {
        serviceId: SERVICE_ID,
        vpcId: VPC_ID,
        routeTables: [ROUTE_TABLE_ID],
        policyStatements: [{ effect: VpcepPolicyEffect.DENY, actions: ['obs:object:DeleteObject'], resources: ['obs:*:*:object:b/*'] }],
      });
      // THEN
      expect(Testing.synth(stack)).toHaveResourceWithProperties(VpcepEndpointV1, {
        route_tables: [ROUTE_TABLE_ID],
        enable_dns: false,
        policy_statement: '[{"Effect":"Deny","Action":["obs:object:DeleteObject"],"Resource":["obs:*:*:object:b/*"]}]',
      });
      expect(endpointArgs(stack, cloud)).not.toHaveProperty('routetables');
    });

    test('enableDns: true and an explicit enableWhitelist: false without a whitelist are rendered as given', () => {
      const stack = newStack(cloud);
      new VpcepEndpoint(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, subnetId: SUBNET_ID, enableDns: true, enableWhitelist: false });
      const args = endpointArgs(stack, cloud);
      expect(args.enable_dns).toBe(true);
      expect(args.enable_whitelist).toBe(false);
    });

    test('typed attributes: id, status, service name and type, DNS names, IP address, marker and project IDs', () => {
      // GIVEN
      const stack = newStack(cloud);
      const endpoint = new VpcepEndpoint(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID });
      // WHEN
      const attributes = {
        endpointId: endpoint.endpointId,
        status: endpoint.status,
        serviceName: endpoint.serviceName,
        serviceType: endpoint.serviceType,
        dnsNames: endpoint.dnsNames,
        ipAddress: endpoint.ipAddress,
        markerId: endpoint.markerId,
        projectId: endpoint.projectId,
      };
      Object.entries(attributes).forEach(([name, value]) => new TerraformOutput(stack, name, { value }));
      // THEN
      const synthesized = synthConforming(stack);
      const resource = `opentelekomcloud_vpcep_endpoint_v1.${Object.keys(synthesized.resource.opentelekomcloud_vpcep_endpoint_v1)[0]}`;
      expect(Object.fromEntries(Object.entries(synthesized.output).map(([k, v]: [string, any]) => [k, v.value]))).toEqual({
        endpointId: `\${${resource}.id}`,
        status: `\${${resource}.status}`,
        serviceName: `\${${resource}.service_name}`,
        serviceType: `\${${resource}.service_type}`,
        dnsNames: `\${tolist(${resource}.dns_names)}`,
        ipAddress: `\${${resource}.port_ip}`,
        markerId: `\${${resource}.marker_id}`,
        projectId: `\${${resource}.project_id}`,
      });
      expect(endpoint.node.defaultChild).toBeInstanceOf(VpcepEndpointV1);
    });

    test('fromVpcepEndpointAttributes refers to an existing endpoint', () => {
      const stack = newStack(cloud);
      const imported = VpcepEndpoint.fromVpcepEndpointAttributes(stack, 'Imported', { endpointId: '4189d3c2-8882-4871-a3c2-d380272eed83' });
      expect(imported.endpointId).toBe('4189d3c2-8882-4871-a3c2-d380272eed83');
    });
  });

  describe('Huawei-only props are errors, never dropped', () => {
    test.each<[string, Partial<VpcepEndpointProps>]>([
      ['policyDocument', { policyDocument: '{"Statement":[]}' }],
      ['ipVersion', { ipVersion: VpcepIpVersion.DUALSTACK }],
      ['ipv6Address', { ipv6Address: '2001:db8::1' }],
      ['region', { region: 'eu-de' }],
    ])('%s', (prop, props) => {
      // WHEN
      const error = validationErrorFor(cloud, props);
      // THEN exactly one violation, naming the prop
      expect(namedProperties(error)).toEqual([prop]);
      expect(error!.message).toContain(`${prop}: `);
      expect(error!.message).toContain('is not supported on Open Telekom Cloud: its provider has no such argument');
    });

    test('all three at once, even as tokens, are reported together', () => {
      const stack = newStack(cloud);
      const text = (name: string) => new TerraformVariable(stack, name, { type: 'string' }).stringValue;
      expect(() => new VpcepEndpoint(stack, 'Endpoint', {
        serviceId: SERVICE_ID,
        vpcId: VPC_ID,
        policyDocument: text('doc'),
        ipVersion: text('v') as VpcepIpVersion,
        ipv6Address: text('ip'),
      })).toThrow(/3 invalid properties\n {2}- policyDocument: .*\n {2}- ipVersion: .*\n {2}- ipv6Address: /);
    });
  });

  describe('tags (Open Telekom Cloud API ResourceTags rules)', () => {
    test.each<[string, Record<string, string>, string | undefined]>([
      ['1-character key', { a: 'v' }, undefined],
      ['36-character key', { ['k'.repeat(36)]: 'v' }, undefined],
      ['37-character key', { ['k'.repeat(37)]: 'v' }, 'must be 1–36 characters long (has 37)'],
      ['empty key', { '': 'v' }, 'tags key: "" must be 1–36 characters long (has 0)'],
      ['empty value', { a: '' }, undefined],
      ['43-character value', { a: 'v'.repeat(43) }, undefined],
      ['44-character value', { a: 'v'.repeat(44) }, 'must be 0–43 characters long (has 44)'],
      ['key with every allowed character class', { 'aZ09-_@': 'aZ09-_@' }, undefined],
      ['key with a dot', { 'a.b': 'v' }, 'tags key: "a.b" must contain only A-Z a-z 0-9 - _ @'],
      ['key with a space', { 'a b': 'v' }, 'must contain only A-Z a-z 0-9 - _ @'],
      ['key with a non-ASCII letter', { é: 'v' }, 'must contain only A-Z a-z 0-9 - _ @'],
      ['value with a slash', { a: 'x/y' }, 'tags.a: "x/y" must contain only A-Z a-z 0-9 - _ @'],
      ['value with a colon', { a: 'x:y' }, 'must contain only A-Z a-z 0-9 - _ @'],
      ['key starting with _sys_ (not reserved on OTC)', { _sys_x: 'v' }, undefined],
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
      if (!valid) expect(error!.message).toContain('tags: [');
    });

    const CHARS = fc.constantFrom('a', 'Z', '0', '9', '-', '_', '@', '.', ' ', 'é', '/', ':');
    const text = (limit: number) => fc.oneof(
      fc.string({ unit: CHARS, maxLength: 12 }),
      fc.integer({ min: Math.max(0, limit - 2), max: limit + 2 }).map(n => 'k'.repeat(n)),
    );

    test('key acceptance equals the API\'s key rule (property)', () => {
      fc.assert(fc.property(text(36), key => {
        const error = validationErrorFor(cloud, { tags: { [key]: 'v' } });
        expect(error === undefined).toBe(/^[A-Za-z0-9_@-]{1,36}$/.test(key));
      }));
    });

    test('value acceptance equals the API\'s value rule (property)', () => {
      fc.assert(fc.property(text(43), value => {
        const error = validationErrorFor(cloud, { tags: { k: value } });
        expect(error === undefined).toBe(/^[A-Za-z0-9_@-]{0,43}$/.test(value));
      }));
    });
  });

  describe('providers', () => {
    test('a stack without an opentelekomcloud provider fails synth, telling the user to add one', () => {
      const stack = newStack(cloud, false);
      new VpcepEndpoint(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID });
      expect(() => Testing.synth(stack, true))
        .toThrow(/provider: not set must be passed, or the stack "Stack" must have a provider for "opentelekomcloud\/opentelekomcloud" \(used by Stack\/Endpoint\): add one \(e\.g\. new OpentelekomcloudProvider/);
    });

    test('the prebuilt @cdktf/provider-opentelekomcloud provider satisfies the check', () => {
      // GIVEN
      const stack = newStack(cloud, false);
      new PrebuiltOpentelekomcloudProvider(stack, 'otc', {});
      // WHEN
      new VpcepEndpoint(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, subnetId: SUBNET_ID });
      // THEN
      const synthesized = synthConforming(stack);
      expect(synthesized.terraform.required_providers.opentelekomcloud.source).toBe('opentelekomcloud/opentelekomcloud');
    });

    test('a prebuilt provider passed as the provider prop is used by the resource', () => {
      const stack = newStack(cloud, false);
      const provider = new PrebuiltOpentelekomcloudProvider(stack, 'otc', { alias: 'eude' });
      new VpcepEndpoint(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, provider });
      expect(endpointArgs(stack, cloud).provider).toBe('opentelekomcloud.eude');
      expect(synthConforming(stack).provider.opentelekomcloud).toEqual([{ alias: 'eude' }]);
    });

    test('the generated provider works too, with its registry source in required_providers', () => {
      const stack = newStack(cloud, false);
      new OpentelekomcloudProvider(stack, 'opentelekomcloud', {});
      new VpcepEndpoint(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID });
      expect(synthConforming(stack).terraform.required_providers.opentelekomcloud.source).toBe('opentelekomcloud/opentelekomcloud');
    });
  });
});
