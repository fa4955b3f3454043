/**
 * The rules both clouds share (both clouds' "Creating a VPC Endpoint" API pages), run against both constructs: boundary tables and fast-check
 * properties with oracles written from the vendors' wording.
 */
import * as net from 'net';
import { Aspects, IAspect, Testing } from 'cdktf';
import { IConstruct } from 'constructs';
import * as fc from 'fast-check';
import { VpcepPolicyEffect } from '../../lib/vpcep/vpcep-endpoint-types';
import { namedProperties } from '../support/validation';
import { CLOUDS, Props, ROUTE_TABLE_ID, SUBNET_ID, endpointArgs, newStack, validationErrorFor } from '../support/vpcep';

// Oracles from the vendors' wording, independent of lib/core: Node's own IPv4 parser, a decimal prefix 0–32.
const isIpv4 = (s: string) => net.isIPv4(s);
const isIpv4OrCidr = (s: string) => {
  const [address, prefix, ...rest] = s.split('/');
  return rest.length === 0 && isIpv4(address) && (prefix === undefined || /^(\d|[12]\d|3[0-2])$/.test(prefix));
};
/** An entry's address as a number and its network, by arithmetic (an oracle apart from lib/core/network). */
const addressValue = (s: string) => s.split('/')[0].split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
const prefixOf = (s: string) => s.split('/')[1] ?? '32';
const networkOf = (s: string) => {
  const size = 2 ** (32 - Number(prefixOf(s)));
  return `${Math.floor(addressValue(s) / size) * size}/${prefixOf(s)}`;
};
const hasNoHostBits = (s: string) => networkOf(s) === `${addressValue(s)}/${prefixOf(s)}`;

const IPV4_ISH = fc.oneof(
  fc.ipV4(),
  fc.tuple(fc.ipV4(), fc.integer({ min: -1, max: 40 })).map(([ip, n]) => `${ip}/${n}`),
  fc.string({ unit: fc.constantFrom(...'0123456789./:a '), maxLength: 20 }),
);

describe.each(CLOUDS)('%s VpcepEndpoint: shared rules', (_name, cloud) => {
  describe('portIp (IPv4 only)', () => {
    test.each([
      ['0.0.0.0', true], ['192.168.0.10', true], ['255.255.255.255', true],
      ['256.0.0.1', false], ['10.0.0', false], ['10.0.0.01', false], ['10.0.0.0/24', false], ['fd00::1', false], ['', false],
    ])('%s → valid: %s', (portIp, valid) => {
      // WHEN
      const error = validationErrorFor(cloud, { subnetId: SUBNET_ID, portIp });
      // THEN
      expect(error === undefined).toBe(valid);
      if (!valid) expect(error!.message).toContain(`portIp: "${portIp}" must be an IPv4 address`);
    });

    test('acceptance equals an IPv4 parser (property)', () => {
      fc.assert(fc.property(IPV4_ISH, portIp => {
        const error = validationErrorFor(cloud, { portIp });
        expect(error === undefined).toBe(isIpv4(portIp));
      }));
    });
  });

  describe('whitelist (IPv4 addresses or CIDR blocks without host bits, distinct networks, 1–20)', () => {
    test.each([
      ['10.0.0.0/32', true], ['0.0.0.0/0', true], ['10.0.0.1', true], ['10.1.0.0/16', true], ['10.0.0.1/32', true],
      ['10.0.0.0/33', false], ['10.0.0.256', false], ['10.0.0.0/', false], ['10.0.0.0/08', false], ['fd00::/8', false], ['any', false],
    ])('entry %s → valid: %s', (entry, valid) => {
      const error = validationErrorFor(cloud, { whitelist: [entry] });
      expect(error === undefined).toBe(valid);
      if (!valid) expect(error!.message).toContain(`whitelist[0]: "${entry}" must be an IPv4 address or CIDR block`);
    });

    test.each([
      ['10.0.0.1/8', '10.0.0.0/8'], ['10.0.0.0/0', '0.0.0.0/0'], ['192.168.1.129/25', '192.168.1.128/25'], ['10.0.0.1/31', '10.0.0.0/31'],
    ])('entry %s has host bits set: the error names the network address %s', (entry, network) => {
      const error = validationErrorFor(cloud, { whitelist: [entry] });
      expect(error!.message).toContain(`whitelist[0]: "${entry}" must not have host bits set: write the network address, ${network}`);
    });

    test.each([[0, false], [1, true], [20, true], [21, false]])('%d entries → valid: %s', (count, valid) => {
      const whitelist = Array.from({ length: count }, (_, i) => `10.0.${i}.0/24`);
      const error = validationErrorFor(cloud, { whitelist });
      expect(error === undefined).toBe(valid);
      if (!valid) expect(namedProperties(error)).toEqual(['whitelist']);
      if (count === 0) expect(error!.message).toContain('whitelist: [] must list at least one entry: an enabled whitelist without entries admits no client');
      if (count === 21) expect(error!.message).toContain('must have at most 20 entries (has 21)');
    });

    test.each([
      [['10.0.0.1', '10.0.0.0/8', '10.0.0.1'], 'whitelist[2]: "10.0.0.1" repeats whitelist[0]'],
      [['10.0.0.1', '10.0.0.1/32'], 'whitelist[1]: "10.0.0.1/32" repeats whitelist[0]'],
    ])('rejects the same network given twice: %j', (whitelist, message) => {
      const error = validationErrorFor(cloud, { whitelist });
      expect(error!.message).toContain(message);
    });

    test('acceptance of one entry equals the IPv4/CIDR and network-address oracles (property)', () => {
      fc.assert(fc.property(IPV4_ISH, entry => {
        const error = validationErrorFor(cloud, { whitelist: [entry] });
        expect(error === undefined).toBe(isIpv4OrCidr(entry) && hasNoHostBits(entry));
      }));
    });

    test('lists: valid iff 1–20 valid entries of distinct networks (property)', () => {
      const entry = fc.oneof(fc.constantFrom('10.0.0.1', '10.0.0.1/32', '10.0.0.0/8', '192.168.1.0/24', '10.0.0.0/33'), fc.ipV4());
      fc.assert(fc.property(fc.array(entry, { maxLength: 24 }), whitelist => {
        const valid = whitelist.every(isIpv4OrCidr);
        const expected = whitelist.length >= 1 && whitelist.length <= 20 && valid
          && new Set(whitelist.map(networkOf)).size === whitelist.length;
        const error = validationErrorFor(cloud, { whitelist });
        expect(error === undefined).toBe(expected);
        if (error) expect(namedProperties(error).every(p => p.startsWith('whitelist'))).toBe(true);
      }), { numRuns: 60 });
    });

    test('warns when an entry admits every IPv4 address', () => {
      // GIVEN
      const stack = newStack(cloud);
      // WHEN
      const endpoint = cloud.create(stack, 'Endpoint', { serviceId: 's', vpcId: 'v', subnetId: SUBNET_ID, whitelist: ['10.0.0.0/8', '0.0.0.0/0'] });
      // THEN
      const warnings = endpoint.node.metadata.filter(m => m.type === '@cdktf/warn').map(m => m.data);
      expect(warnings).toEqual(['whitelist[1]: "0.0.0.0/0" admits every IPv4 address, so the whitelist restricts nothing']);
    });

    test('does not warn for a narrower whitelist', () => {
      const endpoint = cloud.create(newStack(cloud), 'Endpoint', { serviceId: 's', vpcId: 'v', subnetId: SUBNET_ID, whitelist: ['0.0.0.0/1'] });
      expect(endpoint.node.metadata.filter(m => m.type === '@cdktf/warn')).toEqual([]);
    });
  });

  describe('enableWhitelist', () => {
    test.each<[string, Partial<Props>, boolean]>([
      ['false with a whitelist', { whitelist: ['10.0.0.1'], enableWhitelist: false }, false],
      ['false without a whitelist', { enableWhitelist: false }, true],
      ['true without a whitelist', { enableWhitelist: true }, false],
      ['true with a whitelist', { whitelist: ['10.0.0.1'], enableWhitelist: true }, true],
    ])('%s → valid: %s', (_case, props, valid) => {
      const error = validationErrorFor(cloud, props as Partial<Props>);
      expect(error === undefined).toBe(valid);
      if (!valid) expect(namedProperties(error)).toEqual(['enableWhitelist']);
    });

    test.each([
      [{ whitelist: ['10.0.0.1'], enableWhitelist: false }, 'enableWhitelist: false contradicts the whitelist given'],
      [{ enableWhitelist: true }, 'enableWhitelist: true needs a whitelist: an enabled whitelist without entries admits no client'],
    ])('%j → %s', (props, message) => {
      expect(validationErrorFor(cloud, props)!.message).toContain(message);
    });
  });

  describe('description (at most 512 characters, no < or >)', () => {
    test.each([
      ['empty', true, ''], ['plain', true, 'Private access to the orders service'], ['512 characters', true, 'a'.repeat(512)],
      ['512 emoji (characters, not UTF-16 units)', true, '😀'.repeat(512)],
      ['unicode and punctuation', true, 'ünïcödé & "quotes"'], ['a tag', false, '<b>'], ['<', false, 'a < b'], ['>', false, 'a > b'],
    ])('%s → valid: %s', (_case, valid, description) => {
      const error = validationErrorFor(cloud, { description });
      expect(error === undefined).toBe(valid);
      if (!valid) expect(error!.message).toContain('description: ');
      if (!valid) expect(error!.message).toContain('must not contain < or >');
    });

    test('513 characters are one too many', () => {
      expect(validationErrorFor(cloud, { description: 'a'.repeat(513) })!.message).toContain('must be 0–512 characters long (has 513)');
    });

    test('acceptance equals "at most 512 characters, no angle bracket" (property)', () => {
      fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', '<', '>', ' ', '😀'), maxLength: 530 }), description => {
        const error = validationErrorFor(cloud, { description });
        expect(error === undefined).toBe([...description].length <= 512 && !/[<>]/.test(description));
      }), { numRuns: 50 });
    });
  });

  describe('ids must not be empty', () => {
    test.each<[string, Partial<Props>]>([
      ['serviceId', { serviceId: '' }], ['vpcId', { vpcId: '' }], ['subnetId', { subnetId: '' }], ['routeTables[0]', { routeTables: [''] }],
    ])('%s: "" is an error naming it', (property, props) => {
      const error = validationErrorFor(cloud, props);
      expect(namedProperties(error)).toEqual([property]);
      expect(error!.message).toContain(`${property}: "" must not be empty`);
    });

    test.each(['serviceId', 'vpcId', 'subnetId'])('%s: any string is accepted exactly when it is not empty (property)', property => {
      fc.assert(fc.property(fc.string({ maxLength: 3 }), id => {
        const error = validationErrorFor(cloud, { [property]: id });
        expect(error === undefined).toBe(id.length > 0);
      }), { numRuns: 40 });
    });
  });

  describe('interface-only and gateway-only props', () => {
    const interfaceProps: [string, Partial<Props>][] = [
      ['subnetId', { subnetId: SUBNET_ID }],
      ['portIp', { portIp: '192.168.0.10' }],
      ['whitelist', { whitelist: ['10.0.0.1'] }],
      ['enableWhitelist', { whitelist: ['10.0.0.1'], enableWhitelist: true }],
    ];
    const gatewayProps: [string, Partial<Props>][] = [
      ['routeTables', { routeTables: [ROUTE_TABLE_ID] }],
      ['policyStatements', { policyStatements: [{ effect: VpcepPolicyEffect.ALLOW, actions: ['obs:*:*'], resources: ['obs:*:*:*:*/*'] }] }],
    ];
    const pairs = interfaceProps.flatMap(([i, ip]) => gatewayProps.map(([g, gp]) => [i, g, { ...ip, ...gp }] as [string, string, Partial<Props>]));

    test.each(pairs)('%s with %s → error naming the gateway prop and the interface prop', (interfaceProp, gatewayProp, props) => {
      const error = validationErrorFor(cloud, props);
      expect(namedProperties(error)).toEqual([gatewayProp]);
      expect(error!.message).toContain(`${gatewayProp}: `);
      expect(error!.message).toMatch(new RegExp(`is only for gateway endpoints and cannot be combined with the interface-endpoint props .*${interfaceProp}`));
    });

    test('every gateway prop is reported when several clash', () => {
      const error = validationErrorFor(cloud, { subnetId: SUBNET_ID, whitelist: ['10.0.0.1'], ...gatewayProps[0][1], ...gatewayProps[1][1] });
      expect(namedProperties(error)).toEqual(['routeTables', 'policyStatements']);
      expect(error!.message).toContain('interface-endpoint props subnetId, whitelist');
    });

    test.each([...interfaceProps, ...gatewayProps])('%s alone is valid', (_prop, props) => {
      expect(validationErrorFor(cloud, props)).toBeUndefined();
    });

    const warningsFor = (props: Partial<Props>) => cloud.create(newStack(cloud), 'Endpoint', { serviceId: 's', vpcId: 'v', ...props })
      .node.metadata.filter(m => m.type === '@cdktf/warn').map(m => m.data);

    test.each<[string, Partial<Props>, string[]]>([
      ['interface props without subnetId', { portIp: '10.0.0.5', whitelist: ['10.0.0.0/8'] },
        ['subnetId: not set, but the API requires it for an interface endpoint (portIp, whitelist given)']],
      ['interface props with subnetId', { subnetId: SUBNET_ID, whitelist: ['10.0.0.0/8'] }, []],
      ['policy statements without routeTables', gatewayProps[1][1],
        ['routeTables: not set, but the API requires it for a gateway endpoint (policyStatements given)']],
      ['policy statements with routeTables', { ...gatewayProps[0][1], ...gatewayProps[1][1] }, []],
      ['neither kind recognizable', { description: 'x' }, []],
    ])('%s → warnings %j', (_case, props, expected) => {
      expect(warningsFor(props)).toEqual(expected);
    });

    test('enableDns: true on a gateway endpoint warns that it has no effect', () => {
      const endpoint = cloud.create(newStack(cloud), 'Endpoint', { serviceId: 's', vpcId: 'v', routeTables: [ROUTE_TABLE_ID], enableDns: true });
      const warnings = endpoint.node.metadata.filter(m => m.type === '@cdktf/warn').map(m => m.data);
      expect(warnings).toEqual(['enableDns: true has no effect on a gateway endpoint: the cloud creates no private domain name for it']);
    });
  });

  describe('policyStatements (Effect Allow or Deny, Action and Resource mandatory)', () => {
    test.each<[string, any, string | undefined]>([
      ['Allow', { effect: 'Allow', actions: ['obs:*:*'], resources: ['obs:*:*:*:*/*'] }, undefined],
      ['Deny', { effect: 'Deny', actions: ['obs:*:*'], resources: ['obs:*:*:*:*/*'] }, undefined],
      ['allow (lower case)', { effect: 'allow', actions: ['a'], resources: ['r'] }, 'policyStatements[0].effect: "allow" must be one of "Allow", "Deny"'],
      ['no actions', { effect: 'Allow', actions: [], resources: ['r'] }, 'policyStatements[0].actions: [] must have at least 1 actions (has 0)'],
      ['no resources', { effect: 'Deny', actions: ['a'], resources: [] }, 'policyStatements[0].resources: [] must have at least 1 resources (has 0)'],
    ])('%s', (_case, statement, expected) => {
      const error = validationErrorFor(cloud, { policyStatements: [statement] });
      if (expected === undefined) expect(error).toBeUndefined();
      else expect(error!.message).toContain(expected);
    });

    test('reports each broken statement by index', () => {
      const error = validationErrorFor(cloud, {
        policyStatements: [
          { effect: VpcepPolicyEffect.ALLOW, actions: ['a'], resources: ['r'] },
          { effect: 'Maybe' as VpcepPolicyEffect, actions: [], resources: ['r'] },
        ],
      });
      expect(namedProperties(error)).toEqual(['policyStatements[1].effect', 'policyStatements[1].actions']);
    });
  });

  describe('tags changed after construction (an aspect) are checked at synth', () => {
    /** Adds tags to every taggable resource, as tagging aspects do. */
    class AddTags implements IAspect {
      constructor(private readonly extra: Record<string, string>) {}
      public visit(node: IConstruct): void {
        if (node instanceof cloud.Resource) node.tags = { ...node.tagsInput, ...this.extra };
      }
    }

    test.each<[string, Record<string, string>, RegExp | undefined]>([
      ['a valid tag', { owner: 'platform' }, undefined],
      ['a 21st tag', Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`a${i}`, 'v'])), /tags: \[.*\] must have at most 20 tags/],
      ['a key with a forbidden character', { 'bad*key': 'v' }, /tags key: "bad\*key" must contain only/],
    ])('%s', (_case, extra, expected) => {
      // GIVEN an endpoint with one tag
      const stack = newStack(cloud);
      cloud.create(stack, 'Endpoint', { serviceId: 's', vpcId: 'v', tags: { team: 'platform' } });
      // WHEN an aspect adds tags
      Aspects.of(stack).add(new AddTags(extra));
      // THEN
      if (expected) expect(() => Testing.synth(stack, true)).toThrow(expected);
      else expect(endpointArgs(stack, cloud).tags).toEqual({ team: 'platform', ...extra });
    });
  });

  test('reports every violation at once, naming the construct path', () => {
    const error = validationErrorFor(cloud, { portIp: '1.2.3', whitelist: ['x'], description: '<>' });
    expect(error!.constructPath).toBe('Stack/Endpoint');
    expect(error!.message).toMatch(/^Stack\/Endpoint: 3 invalid properties\n/);
    expect(namedProperties(error)).toEqual(['portIp', 'whitelist[0]', 'description']);
  });
});
