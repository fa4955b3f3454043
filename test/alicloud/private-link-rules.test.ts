/**
 * Every PrivateLinkEndpoint rule at its boundaries (test.each tables) and as a property (fast-check) against an
 * oracle written from the vendor's wording (the CreateVpcEndpoint API page, the provider's documentation, Alibaba's TagResources rules).
 */
import { Testing } from 'cdktf';
import * as fc from 'fast-check';
import { BASE, SERVICE_ID, VPC, alicloudStack, attempt, propertiesNamedBy } from './support';
import { PrivateLinkEndpoint } from '../../lib/alicloud/private-link-endpoint';
import { PrivateLinkEndpointProps, PrivateLinkEndpointType, PrivateLinkEndpointZone } from '../../lib/alicloud/private-link-endpoint-types';
import { PrivateLinkIpVersion } from '../../lib/alicloud/private-link-ip-version';
import { ValidationError } from '../../lib/core/validation-error';

/** Whether a violation names `property` or one of its entries (`property[i]`, `property[i].field`). */
const within = (property: string) => (named: string) => named === property || named.startsWith(`${property}[`);

/** Asserts that `props` are rejected with a violation of `property` (or of one of its entries) that shows the value, or accepted. */
function expectVerdict(props: PrivateLinkEndpointProps, property: string, ok: boolean, value?: unknown): void {
  const error = attempt(props);
  if (ok) {
    expect(error).toBeUndefined();
    return;
  }
  expect(error).toBeDefined();
  const violation = error!.violations.find(v => within(property)(v.property));
  expect(violation).toBeDefined();
  expect(error!.message).toContain(`${violation!.property}: `);
  if (value !== undefined) {
    expect(violation!.value.startsWith(JSON.stringify(value).slice(0, 100))).toBe(true);
  }
}

const letters = (n: number) => 'a'.repeat(n);
/** Characters from every class the rules treat differently: ASCII letters, digits, symbols, space, BMP and astral. */
const anyChar = fc.constantFrom(...'aZq09_-.:/ é漢𝒜');
const RUNS = { numRuns: 300 };
const sgs = (n: number) => Array.from({ length: n }, (_, i) => `sg-bp1abcdefghijklmn${i.toString().padStart(3, '0')}`);
const zonesOf = (n: number) => Array.from({ length: n }, (_, i) => ({ vSwitchId: `vsw-${i}`, zoneId: `cn-hangzhou-${i}` }));
/** Strings of `unit` with a length in min..max, half the time right at one of the rule's length `limits` (±1). */
const withLength = (unit: fc.Arbitrary<string>, min: number, max: number, limits: number[] = []) => {
  const near = limits.flatMap(l => [l - 1, l, l + 1]).filter(n => n >= min && n <= max);
  const length = near.length > 0 ? fc.oneof(fc.integer({ min, max }), fc.constantFrom(...near)) : fc.integer({ min, max });
  return length.chain(n => fc.string({ unit, minLength: n, maxLength: n }));
};

describe('endpointName: 2–128 letters, digits, "_" and "-", starting with a letter', () => {
  test.each([
    ['ab', true],
    [`a${'Z9_-'.repeat(31)}xyz`, true], // 128
    ['a', false],
    [letters(129), false],
    ['1abc', false],
    ['_abc', false],
    ['-abc', false],
    ['ab c', false],
    ['ab.c', false],
    ['abç', false],
    ['ab漢', false],
    ['', false],
  ])('%j → valid: %s', (endpointName, ok) => {
    expectVerdict({ ...BASE, endpointName }, 'endpointName', ok, endpointName);
  });

  test('property: accepted exactly when the API pattern matches', () => {
    const oracle = (s: string) => /^[A-Za-z][A-Za-z0-9_-]{1,127}$/.test(s);
    // Near-valid names too, so lengths around 128 are tried with valid characters.
    const nearValid = fc.tuple(fc.constantFrom('a', 'Z', '1', '_'), withLength(fc.constantFrom(...'bY8_-'), 0, 130, [1, 127])).map(([h, t]) => h + t);
    fc.assert(fc.property(fc.oneof(withLength(anyChar, 0, 135, [2, 128]), nearValid), endpointName => {
      expect(!propertiesNamedBy({ ...BASE, endpointName }).includes('endpointName')).toBe(oracle(endpointName));
    }), RUNS);
  });
});

describe('description: 2–256 characters, not starting with http:// or https://', () => {
  test.each([
    ['ab', true],
    ['x'.repeat(256), true],
    ['𝒜'.repeat(256), true], // counted by character, not UTF-16 unit
    ['a', false],
    ['x'.repeat(257), false],
    ['http://example.com', false],
    ['https://example.com', false],
    ['see https://example.com', true],
    ['http:/x', true],
    ['ftp://x', true],
  ])('%j → valid: %s', (description, ok) => {
    expectVerdict({ ...BASE, description }, 'description', ok, description);
  });

  test('property: accepted exactly when 2–256 characters without a leading URL scheme', () => {
    const oracle = (s: string) => Array.from(s).length >= 2 && Array.from(s).length <= 256 && !/^https?:\/\//.test(s);
    const prefix = fc.constantFrom('', 'http://', 'https://', 'HTTP://', 'http:/', 'ftp://');
    const arb = fc.oneof(
      withLength(anyChar, 0, 260, [2, 256]),
      fc.tuple(prefix, withLength(anyChar, 0, 20)).map(([p, s]) => p + s),
    );
    fc.assert(fc.property(arb, description => {
      expect(!propertiesNamedBy({ ...BASE, description }).includes('description')).toBe(oracle(description));
    }), RUNS);
  });
});

describe('serviceId / serviceName: exactly one', () => {
  test.each([
    [SERVICE_ID, undefined, true],
    [undefined, 'com.aliyuncs.privatelink.cn-hangzhou.epsrv-x', true],
    [undefined, undefined, false],
    [SERVICE_ID, 'com.aliyuncs.privatelink.cn-hangzhou.epsrv-x', false],
  ])('serviceId %j, serviceName %j → valid: %s', (serviceId, serviceName, ok) => {
    expectVerdict({ vpcId: VPC, securityGroupIds: BASE.securityGroupIds, serviceId, serviceName }, 'serviceId', ok);
  });

  test('property: accepted exactly when one of the two is given', () => {
    const id = fc.option(fc.string({ minLength: 1 }), { nil: undefined });
    fc.assert(fc.property(id, id, (serviceId, serviceName) => {
      const props = { vpcId: VPC, securityGroupIds: BASE.securityGroupIds, serviceId, serviceName };
      expect(!propertiesNamedBy(props).includes('serviceId')).toBe((serviceId === undefined) !== (serviceName === undefined));
    }));
  });
});

describe('endpointType: Interface or GatewayLoadBalancer', () => {
  test.each([
    ['Interface', true],
    ['GatewayLoadBalancer', true],
    ['Reverse', false],
    ['interface', false],
    ['', false],
  ])('%j → valid: %s', (endpointType, ok) => {
    const props = { vpcId: VPC, serviceId: SERVICE_ID, endpointType: endpointType as PrivateLinkEndpointType };
    expect(propertiesNamedBy(props).includes('endpointType')).toBe(!ok);
  });

  test('property: only the two provider values are accepted', () => {
    const arb = fc.oneof(fc.constantFrom('Interface', 'GatewayLoadBalancer', 'Reverse', 'GATEWAY_LOAD_BALANCER'), fc.string());
    fc.assert(fc.property(arb, endpointType => {
      const props = { vpcId: VPC, serviceId: SERVICE_ID, endpointType: endpointType as PrivateLinkEndpointType };
      expect(!propertiesNamedBy(props).includes('endpointType')).toBe(['Interface', 'GatewayLoadBalancer'].includes(endpointType));
    }));
  });
});

describe('securityGroupIds: 1–10 distinct for Interface, none for GatewayLoadBalancer', () => {
  const GLB = PrivateLinkEndpointType.GATEWAY_LOAD_BALANCER;
  test.each([
    [undefined, undefined, false, /EndpointMustContainSecurityGroup/],
    [undefined, [], false, /EndpointMustContainSecurityGroup/],
    [undefined, sgs(1), true, undefined],
    [PrivateLinkEndpointType.INTERFACE, sgs(10), true, undefined],
    [undefined, sgs(11), false, /has 11/],
    [undefined, ['sg-a', 'sg-b', 'sg-a'], false, /securityGroupIds\[2\]: "sg-a" repeats securityGroupIds\[0\]/],
    [GLB, undefined, true, undefined],
    [GLB, [], true, undefined],
    [GLB, sgs(1), false, /GatewayLoadBalancerNotSupportSecurityGroup/],
  ])('type %s, %j → valid: %s', (endpointType, securityGroupIds, ok, message) => {
    const props = { vpcId: VPC, serviceId: SERVICE_ID, endpointType, securityGroupIds };
    expectVerdict(props, 'securityGroupIds', ok);
    if (message) expect(attempt(props)?.message).toMatch(message);
  });

  test('property: accepted exactly when the list fits the endpoint type', () => {
    const type = fc.constantFrom(undefined, PrivateLinkEndpointType.INTERFACE, GLB);
    const distinct = fc.integer({ min: 0, max: 12 }).chain(n => fc.shuffledSubarray(sgs(12), { minLength: n, maxLength: n }));
    const list = fc.option(fc.oneof(fc.array(fc.constantFrom(...sgs(12)), { maxLength: 13 }), distinct), { nil: undefined });
    fc.assert(fc.property(type, list, (endpointType, securityGroupIds) => {
      const ids = securityGroupIds ?? [];
      const oracle = endpointType === GLB
        ? ids.length === 0
        : ids.length >= 1 && ids.length <= 10 && new Set(ids).size === ids.length;
      const props = { vpcId: VPC, serviceId: SERVICE_ID, endpointType, securityGroupIds };
      expect(!propertiesNamedBy(props).some(within('securityGroupIds'))).toBe(oracle);
    }));
  });
});

describe('zones: at most 10, no zone or vSwitch twice, ip an IPv4 address', () => {
  test.each([
    [[], true],
    [zonesOf(10), true],
    [zonesOf(11), false],
    [[{ vSwitchId: 'vsw-a' }, { vSwitchId: 'vsw-a' }], false],
    [[{ vSwitchId: 'vsw-a', zoneId: 'cn-hangzhou-h' }, { vSwitchId: 'vsw-b', zoneId: 'cn-hangzhou-h' }], false],
    [[{ vSwitchId: 'vsw-a' }, { vSwitchId: 'vsw-b' }], true],
  ])('%j → valid: %s', (zones, ok) => {
    expectVerdict({ ...BASE, zones }, 'zones', ok);
  });

  const zoneArb: fc.Arbitrary<PrivateLinkEndpointZone> = fc.record({
    vSwitchId: fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `vsw-${i}`)),
    zoneId: fc.option(fc.constantFrom('cn-hangzhou-h', 'cn-hangzhou-i', 'cn-hangzhou-j', 'cn-hangzhou-k'), { nil: undefined }),
  });
  const zoneListArb = fc.oneof(
    fc.array(zoneArb, { maxLength: 12 }),
    fc.integer({ min: 0, max: 12 }).chain(n => fc.shuffledSubarray(zonesOf(12), { minLength: n, maxLength: n })),
  );
  const oracle = (zones: PrivateLinkEndpointZone[]) => {
    const distinct = (keys: string[]) => new Set(keys).size === keys.length;
    return zones.length <= 10
      && distinct(zones.map(z => z.vSwitchId))
      && distinct(zones.flatMap(z => (z.zoneId === undefined ? [] : [z.zoneId])));
  };

  test('property: the zones prop is accepted exactly when the list meets the limits', () => {
    fc.assert(fc.property(zoneListArb, zones => {
      expect(!propertiesNamedBy({ ...BASE, zones }).some(within('zones'))).toBe(oracle(zones));
    }));
  });

  test('property: zones added by addZone synthesize exactly when the list meets the limits', () => {
    fc.assert(fc.property(zoneListArb, zones => {
      const stack = alicloudStack();
      const endpoint = new PrivateLinkEndpoint(stack, 'Endpoint', BASE);
      zones.forEach(z => endpoint.addZone(z));
      let synthError: unknown;
      try {
        Testing.synth(stack, true);
      } catch (e) {
        synthError = e;
      }
      expect(synthError === undefined).toBe(oracle(zones));
      if (synthError) expect(String(synthError)).toMatch(/\[Stack\/Endpoint\] zones(\[\d+\]\.(vSwitchId|zoneId))?: /);
    }), { numRuns: 50 });
  });

  test.each([
    ['0.0.0.0', true],
    ['192.168.1.20', true],
    ['255.255.255.255', true],
    ['256.0.0.1', false],
    ['1.2.3', false],
    ['1.2.3.4.5', false],
    ['01.2.3.4', false],
    ['10.0.0.0/24', false],
    [' 10.0.0.1', false],
    ['fd00::1', false],
    ['', false],
  ])('ip %j → valid: %s', (ip, ok) => {
    expectVerdict({ ...BASE, zones: [{ vSwitchId: 'vsw-a' }, { vSwitchId: 'vsw-b', ip }] }, 'zones[1].ip', ok, ip);
  });

  test('property: ip is accepted exactly when it is a dotted quad of octets 0–255 without leading zeros', () => {
    const octet = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
    const ipv4 = new RegExp(`^${octet}(\\.${octet}){3}$`);
    const arb = fc.oneof(fc.ipV4(), fc.ipV4Extended(), fc.ipV6(), fc.string(), withLength(fc.constantFrom(...'0123456789.'), 0, 16));
    fc.assert(fc.property(arb, ip => {
      const props = { ...BASE, zones: [{ vSwitchId: 'vsw-a', ip }] };
      expect(!propertiesNamedBy(props).includes('zones[0].ip')).toBe(ipv4.test(ip));
    }));
  });
});

describe('zonePrivateIpAddressCount: only 1', () => {
  test.each([
    [1, true],
    [0, false],
    [2, false],
    [1.5, false],
    [-1, false],
  ])('%d → valid: %s', (zonePrivateIpAddressCount, ok) => {
    expectVerdict({ ...BASE, zonePrivateIpAddressCount }, 'zonePrivateIpAddressCount', ok, zonePrivateIpAddressCount);
  });

  test('property: accepted exactly when it is 1', () => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double()), n => {
      expect(!propertiesNamedBy({ ...BASE, zonePrivateIpAddressCount: n }).includes('zonePrivateIpAddressCount')).toBe(n === 1);
    }));
  });
});

describe('addressIpVersion: IPv4, DualStack or IPv6', () => {
  test.each([
    ['IPv4', true],
    ['DualStack', true],
    ['IPv6', true],
    ['ipv4', false],
    ['DUALSTACK', false],
    ['', false],
  ])('%j → valid: %s', (version, ok) => {
    expectVerdict({ ...BASE, addressIpVersion: version as PrivateLinkIpVersion }, 'addressIpVersion', ok, version);
  });

  test('property: only the provider values are accepted', () => {
    const arb = fc.oneof(fc.constantFrom('IPv4', 'DualStack', 'IPv6', 'IPV6', 'dualstack'), fc.string());
    fc.assert(fc.property(arb, version => {
      const props = { ...BASE, addressIpVersion: version as PrivateLinkIpVersion };
      expect(!propertiesNamedBy(props).includes('addressIpVersion')).toBe(['IPv4', 'DualStack', 'IPv6'].includes(version));
    }));
  });
});

describe('tags: at most 20, key 1–64, value 0–128, no aliyun/acs: prefix, no URL scheme inside', () => {
  const manyTags = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']));

  test.each([
    [manyTags(20), 'tags', true],
    [manyTags(21), 'tags', false],
    [{ '': 'v' }, 'tags key', false],
    [{ [letters(64)]: 'v' }, 'tags key', true],
    [{ [letters(65)]: 'v' }, 'tags key', false],
    [{ ['😀'.repeat(64)]: 'v' }, 'tags key', true],
    [{ aliyunTeam: 'v' }, 'tags key', false],
    [{ 'acs:team': 'v' }, 'tags key', false],
    [{ Aliyun: 'v' }, 'tags key', true],
    [{ 'team-aliyun': 'v' }, 'tags key', true],
    [{ 'see http://x': 'v' }, 'tags key', false],
    [{ 'see https://x': 'v' }, 'tags key', false],
    [{ env: '' }, 'tags.env', true],
    [{ env: letters(128) }, 'tags.env', true],
    [{ env: letters(129) }, 'tags.env', false],
    [{ env: 'aliyun-prod' }, 'tags.env', false],
    [{ env: 'acs:prod' }, 'tags.env', false],
    [{ env: 'at https://x' }, 'tags.env', false],
    [{ env: 'at http://x' }, 'tags.env', false],
  ])('%j → %s valid: %s', (tags, property, ok) => {
    expectVerdict({ ...BASE, tags }, property, ok);
  });

  const allowed = (s: string, min: number, max: number) => {
    const n = Array.from(s).length;
    return n >= min && n <= max && !s.startsWith('aliyun') && !s.startsWith('acs:') && !s.includes('http://') && !s.includes('https://');
  };
  const tagText = fc.oneof(
    withLength(anyChar, 0, 130, [1, 64, 65, 128]),
    fc.tuple(fc.constantFrom('aliyun', 'acs:', 'Aliyun', 'acs', 'http://', 'x https://', 'https:/'), withLength(anyChar, 0, 5))
      .map(([p, t]) => p + t),
  );

  test('property: a tag is accepted exactly when its key and value follow Alibaba Cloud\'s tag rules', () => {
    fc.assert(fc.property(tagText, tagText, (key, value) => {
      const error = attempt({ ...BASE, tags: { [key]: value } });
      expect(error === undefined).toBe(allowed(key, 1, 64) && allowed(value, 0, 128));
      if (error) expect(error.violations.every(v => v.property.startsWith('tags'))).toBe(true);
    }), RUNS);
  });

  test('property: tags are accepted exactly when there are at most 20', () => {
    const keys = fc.uniqueArray(fc.string({ unit: fc.constantFrom(...'abcdefgh'), minLength: 1, maxLength: 4 }), { minLength: 15, maxLength: 25 });
    fc.assert(fc.property(keys, list => {
      const tags = Object.fromEntries(list.map(k => [k, 'v']));
      expect(!propertiesNamedBy({ ...BASE, tags }).includes('tags')).toBe(list.length <= 20);
    }));
  });
});

test('property: any combination of props either passes or raises one ValidationError', () => {
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const arb = fc.record({
    vpcId: fc.constant(VPC),
    serviceId: maybe(fc.string()),
    serviceName: maybe(fc.string()),
    endpointName: maybe(fc.string()),
    description: maybe(fc.string()),
    endpointType: maybe(fc.constantFrom(PrivateLinkEndpointType.INTERFACE, PrivateLinkEndpointType.GATEWAY_LOAD_BALANCER)),
    securityGroupIds: maybe(fc.array(fc.string(), { maxLength: 12 })),
    zones: maybe(fc.array(fc.record({ vSwitchId: fc.string(), ip: maybe(fc.string()) }), { maxLength: 12 })),
    zonePrivateIpAddressCount: maybe(fc.integer()),
    tags: maybe(fc.dictionary(fc.string(), fc.string())),
  });
  fc.assert(fc.property(arb, props => {
    try {
      new PrivateLinkEndpoint(alicloudStack(), 'Endpoint', props);
    } catch (e) {
      expect(ValidationError.isValidationError(e)).toBe(true);
      expect((e as ValidationError).violations.length).toBeGreaterThan(0);
    }
  }));
});

describe('ids and names must not be empty', () => {
  test.each<[string, Partial<PrivateLinkEndpointProps>]>([
    ['vpcId', { vpcId: '' }],
    ['serviceId', { serviceId: '' }],
    ['resourceGroupId', { resourceGroupId: '' }],
    ['serviceRegionId', { serviceRegionId: '' }],
    ['securityGroupIds[0]', { securityGroupIds: [''] }],
    ['zones[0].vSwitchId', { zones: [{ vSwitchId: '' }] }],
    ['zones[0].zoneId', { zones: [{ vSwitchId: 'vsw-1', zoneId: '' }] }],
  ])('%s: "" is an error naming it', (property, props) => {
    expectVerdict({ ...BASE, ...props }, property, false, '');
  });

  test('serviceName: "" is an error naming it', () => {
    expectVerdict({ vpcId: VPC, securityGroupIds: BASE.securityGroupIds, serviceName: '' }, 'serviceName', false, '');
  });

  test.each(['vpcId', 'serviceId', 'resourceGroupId', 'serviceRegionId'])(
    '%s: any string is accepted exactly when it is not empty (property)', property => {
      fc.assert(fc.property(fc.string({ maxLength: 3 }), id => {
        expect(attempt({ ...BASE, [property]: id }) === undefined).toBe(id.length > 0);
      }), { numRuns: 40 });
    });
});

describe('policyDocument: a JSON object (a RAM policy)', () => {
  test.each([
    ['{"Version":"1","Statement":[]}', true],
    ['{}', true],
    ['[]', false],
    ['null', false],
    ['"text"', false],
    ['{"Version":', false],
    ['', false],
  ])('%j → valid: %s', (policyDocument, ok) => {
    expectVerdict({ ...BASE, policyDocument }, 'policyDocument', ok, policyDocument);
  });

  test('property: accepted exactly when JSON.parse gives an object that is not an array', () => {
    const text = fc.oneof(fc.json(), fc.string());
    fc.assert(fc.property(text, policyDocument => {
      let isObject = false;
      try {
        const parsed = JSON.parse(policyDocument);
        isObject = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
      } catch { /* not JSON */ }
      expect(!propertiesNamedBy({ ...BASE, policyDocument }).includes('policyDocument')).toBe(isObject);
    }), { numRuns: 100 });
  });
});

describe('crossRegionBandwidth: a whole number of Mbit/s, at least 1', () => {
  test.each([[1, true], [1024, true], [0, false], [-1, false], [1.5, false]])('%d → valid: %s', (crossRegionBandwidth, ok) => {
    expectVerdict({ ...BASE, crossRegionBandwidth }, 'crossRegionBandwidth', ok, crossRegionBandwidth);
  });

  test('property: accepted exactly for whole numbers from 1', () => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.double({ min: -10, max: 10, noNaN: true })), n => {
      expect(!propertiesNamedBy({ ...BASE, crossRegionBandwidth: n }).includes('crossRegionBandwidth')).toBe(Number.isInteger(n) && n >= 1);
    }), { numRuns: 100 });
  });
});
