/**
 * Callers without TypeScript's checks: every prop of the wrong type is a ValidationError naming it, arbitrary input
 * never gives anything but a ValidationError or a conforming output, `addZone()` checks its argument like a prop, and
 * changing the given lists and maps after construction changes nothing.
 */
import { Testing } from 'cdktf';
import * as fc from 'fast-check';
import { BASE, alicloudStack, attempt } from './support';
import { PrivateLinkEndpoint } from '../../lib/alicloud/private-link-endpoint';
import { PrivateLinkEndpointZone } from '../../lib/alicloud/private-link-endpoint-types';
import { arbitraryFor, structArbitrary, wrongValues } from '../support/shapes';
import { expectConformsToSchemas } from '../support/terraform-schema';
import { namedProperties, tryValidation, validationErrorOf } from '../support/validation';

const WRONG_TYPES = Object.entries(PrivateLinkEndpoint._shapes.props.fields!)
  .flatMap(([prop, shape]) => wrongValues(shape).map(([what, value]) => [prop, what, value] as [string, string, unknown]));
const belongsTo = (prop: string) => (p: string) => p === prop || p.startsWith(`${prop}[`) || p.startsWith(`${prop}.`) || p.startsWith(`${prop} `);

describe('PrivateLinkEndpoint: props of any shape', () => {
  test.each(WRONG_TYPES)('%s as %s is a ValidationError naming it', (prop, _what, value) => {
    const error = attempt({ ...BASE, [prop]: value });
    expect(error).toBeDefined();
    expect(namedProperties(error).every(belongsTo(prop))).toBe(true);
  });

  test.each([['endpointname', 'endpointName'], ['zone', 'zones'], ['securityGroupIDs', 'securityGroupIds']])(
    'an unknown prop %s is an error suggesting %s', (unknown, known) => {
      expect(attempt({ ...BASE, [unknown]: 'x' } as any)!.message)
        .toContain(`${unknown}: "x" is not a property of PrivateLinkEndpointProps (did you mean "${known}"?)`);
    });

  test('fuzz: arbitrary props give a ValidationError or an output that conforms to the provider schema', () => {
    fc.assert(fc.property(structArbitrary(PrivateLinkEndpoint._shapes.props, arbitraryFor), props => {
      const stack = alicloudStack();
      const error = tryValidation(() => {
        new PrivateLinkEndpoint(stack, 'Endpoint', { ...BASE, ...props } as any);
        expectConformsToSchemas(Testing.synth(stack));
      });
      if (error) expect(error.violations.length).toBeGreaterThan(0);
    }), { numRuns: 150 });
  });
});

describe('PrivateLinkEndpoint.addZone checks its argument like a prop', () => {
  test.each(wrongValues(PrivateLinkEndpoint._shapes.zone))('%s is a ValidationError naming zones[1]', (_what, zone) => {
    // GIVEN an endpoint with one zone
    const endpoint = new PrivateLinkEndpoint(alicloudStack(), 'Endpoint', { ...BASE, zones: [{ vSwitchId: 'vsw-1' }] });
    // WHEN / THEN
    const error = validationErrorOf(() => endpoint.addZone(zone as PrivateLinkEndpointZone));
    expect(namedProperties(error).every(belongsTo('zones[1]'))).toBe(true);
  });

  test('a zone changed after it was added changes nothing', () => {
    // GIVEN
    const stack = alicloudStack();
    const endpoint = new PrivateLinkEndpoint(stack, 'Endpoint', BASE);
    const zone = { vSwitchId: 'vsw-1', ip: '10.0.0.5' };
    endpoint.addZone(zone);
    // WHEN
    zone.ip = 'not-an-ip';
    // THEN
    const zones = Object.values<any>(JSON.parse(Testing.synth(stack)).resource.alicloud_privatelink_vpc_endpoint_zone);
    expect(zones[0].eni_ip).toBe('10.0.0.5');
  });
});

describe('PrivateLinkEndpoint: lists and maps changed after construction change nothing', () => {
  test('security groups, zones and tags keep what was checked', () => {
    // GIVEN
    const stack = alicloudStack();
    const securityGroupIds = ['sg-1'];
    const zones = [{ vSwitchId: 'vsw-1' }];
    const tags: Record<string, string> = { team: 'platform' };
    new PrivateLinkEndpoint(stack, 'Endpoint', { ...BASE, securityGroupIds, zones, tags });
    // WHEN
    for (let i = 2; i <= 12; i++) securityGroupIds.push(`sg-${i}`);
    zones.push({ vSwitchId: 'vsw-1' });
    zones[0].vSwitchId = '';
    tags['aliyun:reserved'] = 'x';
    // THEN
    const doc = JSON.parse(Testing.synth(stack, true));
    const endpoint = Object.values<any>(doc.resource.alicloud_privatelink_vpc_endpoint)[0];
    expect(endpoint.security_group_ids).toEqual(['sg-1']);
    expect(endpoint.tags).toEqual({ team: 'platform' });
    expect(Object.values<any>(doc.resource.alicloud_privatelink_vpc_endpoint_zone).map(z => z.vswitch_id)).toEqual(['vsw-1']);
  });
});

describe('PrivateLinkEndpoint.fromPrivateLinkEndpointAttributes: attributes of any shape', () => {
  test.each<[string, unknown, string[]]>([
    ['null', null, ['props']], ['a string', 'ep-1', ['props']], ['an empty endpointId', { endpointId: '' }, ['endpointId']],
    ['a number as endpointId', { endpointId: 42 }, ['endpointId']], ['no endpointId', {}, ['endpointId']],
    ['a misspelt key', { endpointID: 'ep-1' }, ['endpointID', 'endpointId']],
  ])('attributes given as %s are a ValidationError naming what is wrong', (_what, attrs, expected) => {
    // WHEN
    const error = tryValidation(() => PrivateLinkEndpoint.fromPrivateLinkEndpointAttributes(alicloudStack(), 'Imported', attrs as any));
    // THEN
    expect(namedProperties(error).sort()).toEqual([...expected].sort());
  });

  test('a checked endpointId is kept: changing the attributes afterwards changes nothing', () => {
    // GIVEN
    const attrs = { endpointId: 'ep-1' };
    const imported = PrivateLinkEndpoint.fromPrivateLinkEndpointAttributes(alicloudStack(), 'Imported', attrs);
    // WHEN
    (attrs as any).endpointId = '';
    // THEN
    expect(imported.endpointId).toBe('ep-1');
  });
});
