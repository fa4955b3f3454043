import * as fc from 'fast-check';
import { IPV4_NO_HOST_BITS, ipv4Network, isAnyIpv4, isIpv4Address, isIpv4Cidr, isIpv6Address } from '../../lib/core/network';

describe('isIpv4Address', () => {
  test.each([
    ['0.0.0.0', true],
    ['255.255.255.255', true],
    ['10.0.0.1', true],
    ['256.0.0.1', false],
    ['10.0.0', false],
    ['10.0.0.1.2', false],
    ['010.0.0.1', false],
    ['10.0.0.-1', false],
    ['10.0.0.1/32', false],
    [' 10.0.0.1', false],
    ['a.b.c.d', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isIpv4Address(value)).toBe(expected);
  });

  test('accepts exactly the dotted quads of octets 0–255 without leading zeros', () => {
    // The oracle builds valid addresses from integers; the predicate must accept each and its canonical form only.
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }), octets => {
      expect(isIpv4Address(octets.join('.'))).toBe(true);
    }));
    fc.assert(fc.property(fc.string(), s => {
      const oracle = /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(s);
      expect(isIpv4Address(s)).toBe(oracle);
    }));
  });
});

describe('isIpv4Cidr', () => {
  test.each([
    ['0.0.0.0/0', true],
    ['10.0.0.0/8', true],
    ['10.0.0.0/32', true],
    ['10.0.0.0/33', false],
    ['10.0.0.0/-1', false],
    ['10.0.0.0/08', false],
    ['10.0.0.0/', false],
    ['10.0.0.0', false],
    ['300.0.0.0/8', false],
    ['10.0.0.0/8/8', false],
  ])('%j → %s', (value, expected) => {
    expect(isIpv4Cidr(value)).toBe(expected);
  });

  test('accepts every address with every prefix 0–32 and rejects prefixes above 32', () => {
    const address = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }).map(o => o.join('.'));
    fc.assert(fc.property(address, fc.integer({ min: 0, max: 200 }), (a, prefix) => {
      expect(isIpv4Cidr(`${a}/${prefix}`)).toBe(prefix <= 32);
    }));
  });
});

describe('isAnyIpv4', () => {
  test.each([
    ['0.0.0.0/0', true],
    ['10.0.0.0/0', true],
    ['10.0.0.0/10', false],
    ['0.0.0.0', false],
  ])('%j → %s', (value, expected) => {
    expect(isAnyIpv4(value)).toBe(expected);
  });
});

describe('isIpv6Address', () => {
  test.each([
    ['::', true],
    ['::1', true],
    ['2001:db8::', true],
    ['2001:db8:0:0:0:0:0:1', true],
    ['2001:DB8::8:800:200C:417A', true],
    ['::ffff:192.0.2.1', true],
    ['64:ff9b::192.0.2.33', true],
    ['1:2:3:4:5:6:7::', true],
    ['1:2:3:4:5:6:7:8:9', false],
    ['1:2:3:4:5:6:7', false],
    ['2001:db8:::1', false],
    ['2001::db8::1', false],
    ['12345::', false],
    ['g::1', false],
    ['::ffff:192.0.2.256', false],
    ['::192.0.2.1:1', false],
    ['fe80::1%eth0', false],
    ['10.0.0.1', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isIpv6Address(value)).toBe(expected);
  });

  test('accepts every full and compressed form of random addresses', () => {
    const groups = fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 });
    fc.assert(fc.property(groups, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 8 }), (g, start, len) => {
      const hex = g.map(n => n.toString(16));
      expect(isIpv6Address(hex.join(':'))).toBe(true);
      // Compress a run of groups into '::' (the run may reach either end).
      const end = Math.min(8, start + len);
      const compressed = `${hex.slice(0, start).join(':')}::${hex.slice(end).join(':')}`;
      expect(isIpv6Address(compressed)).toBe(true);
    }));
  });
});

describe('ipv4Network and IPV4_NO_HOST_BITS', () => {
  test.each([
    ['10.0.0.1', '10.0.0.1/32', true],
    ['10.0.0.0/8', '10.0.0.0/8', true],
    ['10.1.2.3/8', '10.0.0.0/8', false],
    ['255.255.255.255/1', '128.0.0.0/1', false],
    ['0.0.0.0/0', '0.0.0.0/0', true],
    ['10.0.0.1/0', '0.0.0.0/0', false],
    ['192.168.1.129/25', '192.168.1.128/25', false],
    ['192.168.1.128/25', '192.168.1.128/25', true],
    ['10.0.0.7/32', '10.0.0.7/32', true],
    ['255.255.255.255/32', '255.255.255.255/32', true],
    ['10.0.0.3/31', '10.0.0.2/31', false],
    ['10.0.0.2/31', '10.0.0.2/31', true],
  ])('%s is the network %s; without host bits: %s', (value, network, clean) => {
    expect(ipv4Network(value)).toBe(network);
    expect(IPV4_NO_HOST_BITS.accepts(value)).toBe(clean);
  });
});
