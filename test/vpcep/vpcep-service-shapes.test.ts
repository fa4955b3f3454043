/**
 * Callers without TypeScript's checks (plain JavaScript, JSON configuration, jsii languages) of the two VpcepService
 * constructs: every prop of the wrong type is a ValidationError naming it, arbitrary input never gives anything but a
 * ValidationError or a conforming output, `addPortMapping()`, `addAllowedConsumer()` and `approveConnections()` check
 * their arguments like props, and changing the given lists and maps after construction changes nothing.
 */
import { TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import * as fc from 'fast-check';
import { VPCEP_SERVICE_ATTRIBUTES } from '../../lib/vpcep/private/vpcep-cloud';
import { VpcepServiceBase } from '../../lib/vpcep/vpcep-service-base';
import { VpcepPortMapping } from '../../lib/vpcep/vpcep-service-types';
import { arbitraryFor, structArbitrary, wrongValues } from '../support/shapes';
import { expectConformsToSchemas } from '../support/terraform-schema';
import { namedProperties, tryValidation, validationErrorOf } from '../support/validation';
import { DOMAIN_ID, SERVICE_BASE, SERVICE_CLOUDS, newStack, resourceArgs, serviceErrorFor, synthConforming } from '../support/vpcep';

const WRONG_TYPES = Object.entries(VpcepServiceBase._shapes.props.fields!)
  .flatMap(([prop, shape]) => wrongValues(shape).map(([what, value]) => [prop, what, value] as [string, string, unknown]));
const belongsTo = (prop: string) => (p: string) => p === prop || p.startsWith(`${prop}[`) || p.startsWith(`${prop}.`) || p.startsWith(`${prop} `);

describe.each(SERVICE_CLOUDS)('%s VpcepService: props of any shape', (_name, cloud) => {
  test.each(WRONG_TYPES)('%s as %s is a ValidationError naming it', (prop, _what, value) => {
    // WHEN
    const error = serviceErrorFor(cloud, { [prop]: value });
    // THEN
    expect(error).toBeDefined();
    expect(namedProperties(error).every(belongsTo(prop))).toBe(true);
  });

  test.each<[string, unknown]>([['undefined', undefined], ['null', null], ['a string', 'props'], ['a list', []]])(
    'props given as %s is a ValidationError naming props', (_what, props) => {
      const error = tryValidation(() => cloud.createService(newStack(cloud), 'Service', props as any));
      expect(namedProperties(error)).toEqual(['props']);
    });

  test.each([['portID', 'portId'], ['portMapping', 'portMappings'], ['allowedConsumer', 'allowedConsumers'], ['servertype', 'serverType']])(
    'an unknown prop %s is an error suggesting %s', (unknown, known) => {
      const error = serviceErrorFor(cloud, { [unknown]: 'x' } as any);
      expect(error!.message).toContain(`${unknown}: "x" is not a property of VpcepServiceProps (did you mean "${known}"?)`);
    });

  test('a port mapping with an unknown key is an error suggesting the field', () => {
    const error = serviceErrorFor(cloud, { portMappings: [{ servicePort: 80, terminalPort: 80, clientPort: 80 } as any] });
    expect(namedProperties(error)).toEqual(['portMappings[0].clientPort']);
    expect(error!.message).toContain('is not a property of VpcepPortMapping');
  });

  test('fuzz: arbitrary props give a ValidationError or an output that conforms to the provider schema', () => {
    fc.assert(fc.property(structArbitrary(VpcepServiceBase._shapes.props, arbitraryFor), props => {
      const stack = newStack(cloud);
      const error = tryValidation(() => {
        cloud.createService(stack, 'Service', { ...SERVICE_BASE, ...props } as any);
        expectConformsToSchemas(Testing.synth(stack));
      });
      if (error) expect(error.violations.length).toBeGreaterThan(0);
    }), { numRuns: 150 });
  });

  test('fuzz: arbitrary arguments to addPortMapping and addAllowedConsumer give a ValidationError or a conforming output', () => {
    const argument = fc.oneof(arbitraryFor(VpcepServiceBase._shapes.portMapping), fc.constantFrom('*', `iam:domain::${DOMAIN_ID}`), fc.anything());
    fc.assert(fc.property(fc.array(argument, { maxLength: 3 }), fc.boolean(), (args, mappings) => {
      const stack = newStack(cloud);
      const service = cloud.createService(stack, 'Service', SERVICE_BASE);
      const error = tryValidation(() => {
        if (mappings) service.addPortMapping(...args as VpcepPortMapping[]);
        else service.addAllowedConsumer(...args as string[]);
        expectConformsToSchemas(Testing.synth(stack));
      });
      if (error) expect(error.violations.length).toBeGreaterThan(0);
    }), { numRuns: 100 });
  });

  test('lists and maps changed after construction change nothing: the construct keeps what it checked', () => {
    // GIVEN
    const stack = newStack(cloud);
    const mapping = { servicePort: 8080, terminalPort: 80 };
    const portMappings = [mapping];
    const allowedConsumers = ['*'];
    const tags: Record<string, string> = { team: 'platform' };
    const dependsOn = [new TerraformVariable(stack, 'ready', {})];
    cloud.createService(stack, 'Service', { ...SERVICE_BASE, portMappings, allowedConsumers, tags, dependsOn });
    // WHEN the caller's objects change
    portMappings.push({ servicePort: 0, terminalPort: 0 });
    mapping.servicePort = 70000;
    allowedConsumers.push('not a record');
    tags._sys_reserved = 'x';
    dependsOn.push(new TerraformVariable(stack, 'late', {}));
    // THEN the output is what was checked
    const args = resourceArgs(synthConforming(stack), cloud.serviceType, 'Service_');
    expect(args[cloud.serviceArgs.ports]).toEqual([{ [cloud.serviceArgs.servicePort]: 8080, [cloud.serviceArgs.terminalPort]: 80 }]);
    expect(args[cloud.serviceArgs.consumers]).toEqual(['*']);
    expect(args.tags).toEqual({ team: 'platform' });
    expect(args.depends_on).toEqual(['var.ready']);
  });
});

describe.each(SERVICE_CLOUDS)('%s VpcepService: add* arguments are checked like props', (_name, cloud) => {
  const service = () => cloud.createService(newStack(cloud), 'Service', SERVICE_BASE);

  test.each([...wrongValues(VpcepServiceBase._shapes.portMapping), ['a number', 42]])('addPortMapping(%s) is a ValidationError naming portMappings[1]', (_what, mapping) => {
    const error = validationErrorOf(() => service().addPortMapping(mapping as VpcepPortMapping));
    expect(namedProperties(error).length).toBeGreaterThan(0);
    expect(namedProperties(error).every(belongsTo('portMappings[1]'))).toBe(true);
  });

  test('addPortMapping: an unknown key is an error suggesting the field', () => {
    const error = validationErrorOf(() => service().addPortMapping({ servicePort: 80, terminalport: 80 } as any));
    expect(error.message).toContain('portMappings[1].terminalport: 80 is not a property of VpcepPortMapping (did you mean "terminalPort"?)');
  });

  test('addPortMapping: a mapping the service has already is an error naming its index and the first', () => {
    const error = validationErrorOf(() => service().addPortMapping({ ...SERVICE_BASE.portMappings[0] }));
    expect(namedProperties(error)).toEqual(['portMappings[1]']);
    expect(error.message).toContain('repeats portMappings[0] (each must be given once)');
  });

  test('addPortMapping: a token for a mapping, or for its fields, is accepted unchecked', () => {
    // GIVEN
    const stack = newStack(cloud);
    const svc = cloud.createService(stack, 'Service', SERVICE_BASE);
    const port = new TerraformVariable(stack, 'port', { type: 'number' }).numberValue;
    // WHEN
    svc.addPortMapping(Token.asAny(new TerraformVariable(stack, 'mapping', {}).value) as any, { servicePort: port, terminalPort: port });
    // THEN
    const ports = resourceArgs(synthConforming(stack), cloud.serviceType, 'Service_')[cloud.serviceArgs.ports];
    expect(ports).toHaveLength(3);
    expect(ports[1]).toEqual({
      protocol: '${lookup(var.mapping, "protocol", "TCP")}',
      [cloud.serviceArgs.servicePort]: '${var.mapping.servicePort}',
      [cloud.serviceArgs.terminalPort]: '${var.mapping.terminalPort}',
    });
    expect(ports[2]).toEqual({ [cloud.serviceArgs.servicePort]: '${var.port}', [cloud.serviceArgs.terminalPort]: '${var.port}' });
  });

  test('addPortMapping: a mapping changed after it was added changes nothing', () => {
    const stack = newStack(cloud);
    const svc = cloud.createService(stack, 'Service', SERVICE_BASE);
    const mapping = { servicePort: 9090, terminalPort: 90 };
    svc.addPortMapping(mapping);
    mapping.terminalPort = 0;
    const ports = resourceArgs(synthConforming(stack), cloud.serviceType, 'Service_')[cloud.serviceArgs.ports];
    expect(ports[1][cloud.serviceArgs.terminalPort]).toBe(90);
  });

  test.each(wrongValues(VpcepServiceBase._shapes.props.fields!.allowedConsumers.entry!))(
    'addAllowedConsumer(%s) is a ValidationError naming allowedConsumers[0]', (_what, consumer) => {
      const error = validationErrorOf(() => service().addAllowedConsumer(consumer as string));
      expect(namedProperties(error)).toEqual(['allowedConsumers[0]']);
    });

  test('addAllowedConsumer: a token is accepted unchecked', () => {
    const stack = newStack(cloud);
    const svc = cloud.createService(stack, 'Service', SERVICE_BASE);
    svc.addAllowedConsumer(new TerraformVariable(stack, 'consumer', { type: 'string' }).stringValue);
    const args = resourceArgs(synthConforming(stack), cloud.serviceType, 'Service_');
    expect(args[cloud.serviceArgs.consumers]).toEqual([cloud.renderTokenConsumer('var.consumer')]);
  });

  test.each<[string, unknown]>([['null', null], ['undefined', undefined], ['a number', 42], ['a list', ['ep-1']], ['a plain object', { endpointId: 'ep-1' }]])(
    'approveConnections(%s) is a ValidationError naming endpoints[0]', (_what, endpoint) => {
      const error = validationErrorOf(() => service().approveConnections(endpoint as string));
      expect(namedProperties(error)).toEqual(['endpoints[0]']);
      expect(error.message).toContain('an endpoint construct or an endpoint ID');
    });

  test('approveConnections: a construct that is no endpoint is an error', () => {
    const stack = newStack(cloud);
    const svc = cloud.createService(stack, 'Service', SERVICE_BASE);
    expect(namedProperties(validationErrorOf(() => svc.approveConnections(new TerraformVariable(stack, 'v', {}) as any)))).toEqual(['endpoints[0]']);
  });

  test.each<[string, (svc: VpcepServiceBase, stack: TerraformStack) => void, string, RegExp]>([
    ['no endpoint at all', svc => svc.approveConnections(), 'endpoints', /endpoints: \[\] must name at least one endpoint to be approved/],
    ['an empty ID', svc => svc.approveConnections(''), 'endpoints[0]', /endpoints\[0\]: "" must not be empty/],
  ])('approveConnections: %s is an error', (_case, call, property, message) => {
    // GIVEN
    const stack = newStack(cloud);
    const svc = cloud.createService(stack, 'Service', SERVICE_BASE);
    // WHEN
    const error = validationErrorOf(() => call(svc, stack));
    // THEN
    expect(namedProperties(error)).toEqual([property]);
    expect(error.message).toMatch(message);
  });

  test('approveConnections: tokens are accepted unchecked, rendered as endpoint IDs, and the same token given again counts once', () => {
    // GIVEN
    const stack = newStack(cloud);
    const svc = cloud.createService(stack, 'Service', SERVICE_BASE);
    // WHEN
    const other = Token.asAny(new TerraformVariable(stack, 'other', { type: 'string' }).value) as any;
    svc.approveConnections(new TerraformVariable(stack, 'endpoint', { type: 'string' }).stringValue, other);
    svc.approveConnections(other);
    // THEN
    expect(resourceArgs(synthConforming(stack), cloud.approvalType, 'Service_Approval').endpoints).toEqual(['${var.endpoint}', '${var.other}']);
  });
});

describe.each(SERVICE_CLOUDS)('%s VpcepService.fromVpcepServiceAttributes: attributes of any shape', (_name, cloud) => {
  const ATTRIBUTE_WRONG_TYPES = Object.entries(VPCEP_SERVICE_ATTRIBUTES.fields!)
    .flatMap(([attr, shape]) => wrongValues(shape).map(([what, value]) => [attr, what, value] as [string, string, unknown]));

  test.each(ATTRIBUTE_WRONG_TYPES)('%s as %s is a ValidationError naming it', (attr, _what, value) => {
    const error = tryValidation(() => cloud.importService(newStack(cloud), 'Service', { serviceId: 'svc-1', [attr]: value } as any));
    expect(namedProperties(error)).toEqual([attr]);
  });

  test.each<[string, unknown, string[]]>([
    ['null', null, ['props']], ['a string', 'svc-1', ['props']], ['an empty serviceId', { serviceId: '' }, ['serviceId']],
    ['a misspelt key', { serviceID: 'svc-1' }, ['serviceID', 'serviceId']],
  ])('attributes given as %s are a ValidationError naming what is wrong', (_what, attrs, expected) => {
    const error = tryValidation(() => cloud.importService(newStack(cloud), 'Service', attrs as any));
    expect(namedProperties(error)).toEqual(expected);
  });
});
