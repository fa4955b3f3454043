/**
 * Callers without TypeScript's checks (plain JavaScript, JSON configuration, jsii languages): every prop of the wrong
 * type is a ValidationError naming it, arbitrary input never gives anything but a ValidationError or a conforming
 * output, and changing the given lists and maps after construction changes nothing.
 */
import { TerraformStack, Testing } from 'cdktf';
import * as fc from 'fast-check';
import { huaweicloud, opentelekomcloud } from '../../lib';
import { VpcepEndpointBase } from '../../lib/vpcep/vpcep-endpoint-base';
import { VpcepPolicyEffect } from '../../lib/vpcep/vpcep-endpoint-types';
import { arbitraryFor, structArbitrary, wrongValues } from '../support/shapes';
import { expectConformsToSchemas } from '../support/terraform-schema';
import { namedProperties, tryValidation } from '../support/validation';
import { CLOUDS, SERVICE_ID, SUBNET_ID, VPC_ID, endpointArgs, newStack, validationErrorFor } from '../support/vpcep';

const WRONG_TYPES = Object.entries(VpcepEndpointBase._shapes.props.fields!)
  .flatMap(([prop, shape]) => wrongValues(shape).map(([what, value]) => [prop, what, value] as [string, string, unknown]));

describe.each(CLOUDS)('%s VpcepEndpoint: props of any shape', (_name, cloud) => {
  test.each(WRONG_TYPES)('%s as %s is a ValidationError naming it', (prop, _what, value) => {
    // WHEN
    const error = validationErrorFor(cloud, { [prop]: value });
    // THEN
    expect(error).toBeDefined();
    expect(namedProperties(error).every(p => p === prop || p.startsWith(`${prop}[`) || p.startsWith(`${prop}.`) || p.startsWith(`${prop} `)))
      .toBe(true);
  });

  test.each<[string, unknown]>([['undefined', undefined], ['null', null], ['a string', 'props'], ['a list', []]])(
    'props given as %s is a ValidationError naming props', (_what, props) => {
      const error = tryValidation(() => cloud.create(newStack(cloud), 'Endpoint', props as any));
      expect(namedProperties(error)).toEqual(['props']);
    });

  test.each([['portIP', 'portIp'], ['whitelists', 'whitelist'], ['enabledns', 'enableDns'], ['vpcID', 'vpcId']])(
    'an unknown prop %s is an error suggesting %s', (unknown, known) => {
      const error = validationErrorFor(cloud, { [unknown]: 'x' } as any);
      expect(error!.message).toContain(`${unknown}: "x" is not a property of VpcepEndpointProps (did you mean "${known}"?)`);
    });

  test('a misspelt prop does not hide the rule violations of the others: one error lists them all', () => {
    // WHEN portIP is misspelt, one whitelist entry has host bits, another repeats the first, and vpcId is a number
    const error = validationErrorFor(cloud, {
      portIP: '10.0.0.5', whitelist: ['10.0.0.0/8', '192.168.0.1/24', '10.0.0.0/8'], vpcId: 42,
    } as any);
    // THEN
    expect(namedProperties(error)).toEqual(expect.arrayContaining(['portIP', 'vpcId', 'whitelist[1]', 'whitelist[2]']));
    expect(namedProperties(error)).toHaveLength(4);
    expect(error!.message).toContain('whitelist[2]: "10.0.0.0/8" repeats whitelist[0]');
  });

  test('fuzz: arbitrary props give a ValidationError or an output that conforms to the provider schema', () => {
    fc.assert(fc.property(structArbitrary(VpcepEndpointBase._shapes.props, arbitraryFor), props => {
      const stack = newStack(cloud);
      const error = tryValidation(() => {
        cloud.create(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, ...props } as any);
        expectConformsToSchemas(Testing.synth(stack));
      });
      if (error) expect(error.violations.length).toBeGreaterThan(0);
    }), { numRuns: 150 });
  });

  test('lists and maps changed after construction change nothing: the construct keeps what it checked', () => {
    // GIVEN
    const stack = newStack(cloud);
    const whitelist = ['10.0.0.0/8'];
    const tags = { team: 'platform' };
    const statement = { effect: VpcepPolicyEffect.ALLOW, actions: ['obs:*:*'], resources: ['obs:*:*:*:*/*'] };
    cloud.create(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, subnetId: SUBNET_ID, whitelist, tags });
    cloud.create(stack, 'Gateway', { serviceId: SERVICE_ID, vpcId: VPC_ID, routeTables: ['rt-1'], policyStatements: [statement] });
    // WHEN the caller's objects change
    whitelist.push('not-an-ip', '0.0.0.0/0');
    (tags as Record<string, string>)._sys_reserved = 'x';
    statement.actions.push('obs:bucket:*');
    // THEN the output is what was checked
    const args = endpointArgs(stack, cloud);
    expect(args.whitelist).toEqual(['10.0.0.0/8']);
    expect(args.tags).toEqual({ team: 'platform' });
    const gateway = Object.entries<any>(JSON.parse(Testing.synth(stack)).resource[cloud.resourceType])
      .find(([key]) => key.startsWith('Gateway_'))![1];
    expect(JSON.parse(gateway.policy_statement)[0].Action).toEqual(['obs:*:*']);
  });
});

const ENDPOINT_CLASSES = [['huaweicloud', huaweicloud.VpcepEndpoint], ['opentelekomcloud', opentelekomcloud.VpcepEndpoint]] as const;

describe.each(ENDPOINT_CLASSES)('%s VpcepEndpoint.fromVpcepEndpointAttributes: attributes of any shape', (_name, Endpoint) => {
  test.each<[string, unknown, string[]]>([
    ['null', null, ['props']], ['a string', 'ep-1', ['props']], ['an empty endpointId', { endpointId: '' }, ['endpointId']],
    ['a number as endpointId', { endpointId: 42 }, ['endpointId']], ['no endpointId', {}, ['endpointId']],
    ['a misspelt key', { endpointID: 'ep-1' }, ['endpointID', 'endpointId']],
  ])('attributes given as %s are a ValidationError naming what is wrong', (_what, attrs, expected) => {
    // WHEN
    const error = tryValidation(() => Endpoint.fromVpcepEndpointAttributes(new TerraformStack(Testing.app(), 'Stack'), 'Imported', attrs as any));
    // THEN
    expect(namedProperties(error).sort()).toEqual([...expected].sort());
  });

  test('a checked endpointId is kept: changing the attributes afterwards changes nothing', () => {
    // GIVEN
    const attrs = { endpointId: 'ep-1' };
    const imported = Endpoint.fromVpcepEndpointAttributes(new TerraformStack(Testing.app(), 'Stack'), 'Imported', attrs);
    // WHEN
    (attrs as any).endpointId = '';
    // THEN
    expect(imported.endpointId).toBe('ep-1');
  });
});
