/**
 * huaweicloud.VpcepService and opentelekomcloud.VpcepService, run with one table: rendering under each provider's
 * argument names, the rules of both clouds' "Create a VPC Endpoint Service" API pages at their boundaries (with
 * fast-check properties where a rule has a domain), tokens, and the approval of endpoint connections.
 */
import { TerraformProvider, TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import * as fc from 'fast-check';
import { huaweicloud, opentelekomcloud } from '../../lib';
import { VpcepPortProtocol, VpcepServerType, VpcepServiceIpVersion, VpcepServiceType, VpcepTcpProxy } from '../../lib/vpcep/vpcep-service-types';
import { namedProperties, tryValidation, validationErrorOf } from '../support/validation';
import {
  DOMAIN_ID, PORT_ID, SERVICE_BASE, SERVICE_CLOUDS, SUBNET_ID, ServiceCloudUnderTest, ServiceProps, VPC_ID,
  newStack, resourceArgs, serviceErrorFor, synthConforming,
} from '../support/vpcep';

const isPort = (n: number) => Number.isInteger(n) && n >= 1 && n <= 65535;
const warningsOf = (c: { node: { metadata: { type: string; data: unknown }[] } }) =>
  c.node.metadata.filter(m => m.type === '@cdktf/warn').map(m => m.data);

/** A stack holding a service with `props`, synthesized and checked against the schemas: the service's arguments. */
function serviceArgs(cloud: ServiceCloudUnderTest, props: Partial<ServiceProps>, more?: (service: any, stack: TerraformStack) => void) {
  const stack = newStack(cloud);
  const service = cloud.createService(stack, 'Service', { ...SERVICE_BASE, ...props });
  more?.(service, stack);
  return resourceArgs(synthConforming(stack), cloud.serviceType, 'Service_');
}

describe.each(SERVICE_CLOUDS)('%s VpcepService', (_name, cloud) => {
  describe('rendering', () => {
    test('the smallest service: backend, one port mapping, approval required by default', () => {
      // WHEN
      const args = serviceArgs(cloud, {});
      // THEN
      expect(args).toEqual({
        vpc_id: VPC_ID,
        server_type: 'VM',
        port_id: PORT_ID,
        [cloud.serviceArgs.approval]: true,
        [cloud.serviceArgs.ports]: [{ [cloud.serviceArgs.servicePort]: 8080, [cloud.serviceArgs.terminalPort]: 80 }],
      });
    });

    test('every prop both clouds take reaches its argument', () => {
      // WHEN
      const args = serviceArgs(cloud, {
        serverType: VpcepServerType.LB,
        name: 'orders-svc',
        serviceType: VpcepServiceType.INTERFACE,
        approvalRequired: false,
        description: 'Orders API',
        tags: { team: 'platform' },
        tcpProxy: VpcepTcpProxy.PROXY_OPEN,
        portMappings: [{ servicePort: 8443, terminalPort: 443, protocol: VpcepPortProtocol.TCP }],
        allowedConsumers: [`iam:domain::${DOMAIN_ID}`],
      });
      // THEN
      expect(args).toMatchObject({
        server_type: 'LB',
        name: 'orders-svc',
        service_type: 'interface',
        [cloud.serviceArgs.approval]: false,
        description: 'Orders API',
        tags: { team: 'platform' },
        tcp_proxy: 'proxy_open',
        [cloud.serviceArgs.ports]: [{ protocol: 'TCP', [cloud.serviceArgs.servicePort]: 8443, [cloud.serviceArgs.terminalPort]: 443 }],
        [cloud.serviceArgs.consumers]: [cloud.renderConsumer(`iam:domain::${DOMAIN_ID}`)],
      });
    });

    test('addPortMapping and addAllowedConsumer add to the lists given in props', () => {
      // WHEN
      const args = serviceArgs(cloud, { allowedConsumers: ['*'] }, service => {
        service.addPortMapping({ servicePort: 9090, terminalPort: 90 });
        service.addAllowedConsumer(`iam:domain::${DOMAIN_ID}`);
      });
      // THEN
      expect(args[cloud.serviceArgs.ports]).toEqual([
        { [cloud.serviceArgs.servicePort]: 8080, [cloud.serviceArgs.terminalPort]: 80 },
        { [cloud.serviceArgs.servicePort]: 9090, [cloud.serviceArgs.terminalPort]: 90 },
      ]);
      expect(args[cloud.serviceArgs.consumers]).toEqual(['*', cloud.renderConsumer(`iam:domain::${DOMAIN_ID}`)]);
    });

    test('the props arrays are copied: changing them later changes nothing', () => {
      // GIVEN
      const portMappings = [{ servicePort: 8080, terminalPort: 80 }];
      const allowedConsumers = ['*'];
      const stack = newStack(cloud);
      cloud.createService(stack, 'Service', { ...SERVICE_BASE, portMappings, allowedConsumers });
      // WHEN
      portMappings.push({ servicePort: 0, terminalPort: 0 });
      allowedConsumers.push('not a record');
      // THEN
      const args = resourceArgs(synthConforming(stack), cloud.serviceType, 'Service_');
      expect(args[cloud.serviceArgs.ports]).toHaveLength(1);
      expect(args[cloud.serviceArgs.consumers]).toEqual(['*']);
    });

    test('the attributes are the resource\'s', () => {
      const service = cloud.createService(newStack(cloud), 'Service', SERVICE_BASE);
      expect(service.serviceId).toMatch(/TfToken/);
      expect(service.status).toMatch(/TfToken/);
      expect(service.approvalRequired).toBe(true);
    });

    test('synthesis fails without a provider for the cloud', () => {
      const stack = newStack(cloud, false);
      cloud.createService(stack, 'Service', SERVICE_BASE);
      expect(() => Testing.synth(stack, true)).toThrow(/must have a provider for/);
    });
  });

  describe('port mappings (1–65535, TCP, 1–200 mappings, each once)', () => {
    test.each([
      [1, true], [80, true], [65535, true], [0, false], [65536, false], [-1, false], [1.5, false],
    ])('servicePort %d → valid: %s', (port, valid) => {
      const error = serviceErrorFor(cloud, { portMappings: [{ servicePort: port, terminalPort: 80 }] });
      expect(namedProperties(error)).toEqual(valid ? [] : ['portMappings[0].servicePort']);
      if (!valid) expect(error!.message).toContain('must be an integer from 1 to 65535');
    });

    test.each([[1, true], [65535, true], [0, false], [65536, false]])('terminalPort %d → valid: %s', (port, valid) => {
      const error = serviceErrorFor(cloud, { portMappings: [{ servicePort: 80, terminalPort: port }] });
      expect(namedProperties(error)).toEqual(valid ? [] : ['portMappings[0].terminalPort']);
    });

    test('acceptance of a port equals "an integer from 1 to 65535" (property)', () => {
      const port = fc.oneof(
        fc.integer({ min: -10, max: 70000 }), fc.double({ min: -1, max: 70000, noNaN: true }), fc.constantFrom(0, 1, 65535, 65536));
      fc.assert(fc.property(port, port, (servicePort, terminalPort) => {
        const error = serviceErrorFor(cloud, { portMappings: [{ servicePort, terminalPort }] });
        const expected = [...(isPort(servicePort) ? [] : ['portMappings[0].servicePort']), ...(isPort(terminalPort) ? [] : ['portMappings[0].terminalPort'])];
        expect(namedProperties(error)).toEqual(expected);
      }), { numRuns: 60 });
    });

    test.each([['TCP', true], ['UDP', false], ['tcp', false]])('protocol %s → valid: %s', (protocol, valid) => {
      const error = serviceErrorFor(cloud, { portMappings: [{ servicePort: 80, terminalPort: 80, protocol: protocol as VpcepPortProtocol }] });
      expect(namedProperties(error)).toEqual(valid ? [] : ['portMappings[0].protocol']);
    });

    test.each([[0, false], [1, true], [200, true], [201, false]])('%d mappings → valid: %s', (count, valid) => {
      const portMappings = Array.from({ length: count }, (_, i) => ({ servicePort: 1000 + i, terminalPort: 1000 + i }));
      const error = serviceErrorFor(cloud, { portMappings });
      expect(namedProperties(error)).toEqual(valid ? [] : ['portMappings']);
      if (!valid) expect(error!.message).toContain(`must have 1–200 port mappings (has ${count})`);
    });

    test('no port mappings at all (plain JavaScript) is an error naming portMappings, not a TypeError', () => {
      const error = serviceErrorFor(cloud, { portMappings: undefined });
      expect(namedProperties(error)).toEqual(['portMappings']);
      expect(error!.message).toContain('portMappings: not set is required (a list of port mappings)');
    });

    test('a mapping given twice is an error (the default protocol counts as TCP)', () => {
      const error = serviceErrorFor(cloud, {
        portMappings: [{ servicePort: 80, terminalPort: 80 }, { servicePort: 80, terminalPort: 80, protocol: VpcepPortProtocol.TCP }],
      });
      expect(namedProperties(error)).toEqual(['portMappings[1]']);
      expect(error!.message).toContain('repeats portMappings[0] (each must be given once)');
    });

    test('addPortMapping checks the new mapping at once, under its index', () => {
      const service = cloud.createService(newStack(cloud), 'Service', SERVICE_BASE);
      const error = validationErrorOf(() => service.addPortMapping({ servicePort: 80, terminalPort: 70000 }));
      expect(namedProperties(error)).toEqual(['portMappings[1].terminalPort']);
    });

    test('going past 200 mappings with addPortMapping fails at synth', () => {
      const stack = newStack(cloud);
      const service = cloud.createService(stack, 'Service', SERVICE_BASE);
      service.addPortMapping(...Array.from({ length: 200 }, (_, i) => ({ servicePort: 2000 + i, terminalPort: 2000 + i })));
      expect(() => Testing.synth(stack, true)).toThrow(/portMappings: .* must have 1–200 port mappings \(has 201\)/);
    });
  });

  describe('allowed consumers', () => {
    test.each([
      ['*', true], [`iam:domain::${DOMAIN_ID}`, true], [`iam:domain::${'a'.repeat(64)}`, true],
      [`iam:domain::${'a'.repeat(65)}`, false], ['iam:domain::', false], [DOMAIN_ID, false], ['iam:domain::abc-def', false],
      ['iam:domain::*', false], ['**', false],
    ])('%s → valid: %s', (record, valid) => {
      const error = serviceErrorFor(cloud, { allowedConsumers: [record] });
      expect(namedProperties(error)).toEqual(valid ? [] : ['allowedConsumers[0]']);
      if (!valid) expect(error!.message).toContain('must be "iam:domain::<domain id>" (1–64 letters and digits)');
    });

    test('acceptance of an account record equals the API format (property)', () => {
      const record = fc.oneof(
        fc.string({ unit: fc.constantFrom('a', 'Z', '0', '9', '-', '*', ':'), maxLength: 70 }).map(id => `iam:domain::${id}`),
        fc.constantFrom('*', DOMAIN_ID, ''),
      );
      fc.assert(fc.property(record, r => {
        const expected = r === '*' || /^iam:domain::[A-Za-z0-9]{1,64}$/.test(r);
        expect(serviceErrorFor(cloud, { allowedConsumers: [r] }) === undefined).toBe(expected);
      }), { numRuns: 60 });
    });

    test('a record given twice is an error, also through addAllowedConsumer', () => {
      expect(namedProperties(serviceErrorFor(cloud, { allowedConsumers: ['*', '*'] }))).toEqual(['allowedConsumers[1]']);
      const service = cloud.createService(newStack(cloud), 'Service', { ...SERVICE_BASE, allowedConsumers: ['*'] });
      const error = validationErrorOf(() => service.addAllowedConsumer('*'));
      expect(error.message).toContain('allowedConsumers[1]: "*" repeats allowedConsumers[0] (each must be given once)');
    });

    test('addAllowedConsumer checks each record at once, under its index', () => {
      const service = cloud.createService(newStack(cloud), 'Service', SERVICE_BASE);
      const error = validationErrorOf(() => service.addAllowedConsumer('*', DOMAIN_ID));
      expect(namedProperties(error)).toEqual(['allowedConsumers[1]']);
    });

    test('"*" without approval warns that anyone may connect unapproved', () => {
      const service = cloud.createService(newStack(cloud), 'Service', { ...SERVICE_BASE, approvalRequired: false, allowedConsumers: ['*'] });
      expect(warningsOf(service)).toEqual(['allowedConsumers[0]: "*" with approvalRequired: false lets anyone in it connect without approval']);
      const approved = cloud.createService(newStack(cloud), 'Service', { ...SERVICE_BASE, allowedConsumers: ['*'] });
      expect(warningsOf(approved)).toEqual([]);
    });
  });

  test('a bad port mapping and a bad permission fail with one ValidationError naming each property', () => {
    // WHEN
    const error = serviceErrorFor(cloud, {
      portMappings: [{ servicePort: 0, terminalPort: 80 }, { servicePort: 80, terminalPort: 65536 }],
      allowedConsumers: ['*', DOMAIN_ID],
    });
    // THEN
    expect(namedProperties(error)).toEqual(['portMappings[0].servicePort', 'portMappings[1].terminalPort', 'allowedConsumers[1]']);
    expect(error!.message).toMatch(/^Stack\/Service: 3 invalid properties/);
    expect(error!.message).toContain(`allowedConsumers[1]: "${DOMAIN_ID}" must be "iam:domain::<domain id>"`);
  });

  describe('other props', () => {
    test.each<[string, Partial<ServiceProps>, string]>([
      ['serverType VIP', { serverType: 'VIP' as VpcepServerType }, 'serverType'],
      ['empty portId', { portId: '' }, 'portId'],
      ['portId of 65 characters', { portId: 'a'.repeat(65) }, 'portId'],
      ['serviceType gateway', { serviceType: 'gateway' as VpcepServiceType }, 'serviceType'],
      ['description with <', { description: 'a <b>' }, 'description'],
      ['name of 17 characters', { name: 'a-'.repeat(8) + 'a' }, 'name'],
      ['name with a dot', { name: 'a-b.c' }, 'name'],
      ['name with a space', { name: 'a- b' }, 'name'],
      ['too many tags', { tags: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v'])) }, 'tags'],
    ])('%s (%j) → one error naming its property', (_case, props, property) => {
      const error = serviceErrorFor(cloud, props);
      expect(namedProperties(error)).toEqual([property]);
      expect(error!.message).toContain(`${property}: `);
    });

    test.each([['a-b', true], ['orders-svc', true], ['x'.repeat(15) + '-', true], ['a_b-c', true]])('name %s → valid: %s', (n, valid) => {
      expect(serviceErrorFor(cloud, { name: n }) === undefined).toBe(valid);
    });

    test.each([['', false], ['v', true]])('vpcId %j → valid: %s (an empty ID names no VPC)', (vpcId, valid) => {
      expect(namedProperties(serviceErrorFor(cloud, { vpcId }))).toEqual(valid ? [] : ['vpcId']);
    });

    test('a provider of the other cloud is an error naming provider', () => {
      // GIVEN a stack with both clouds' providers
      const [, other] = SERVICE_CLOUDS.find(([, c]) => c !== cloud)!;
      const stack = newStack(cloud);
      other.addProvider(stack);
      const provider = stack.node.findAll().find(c => c.node.id === other.name) as any;
      // WHEN / THEN
      const error = validationErrorOf(() => cloud.createService(stack, 'Service', { ...SERVICE_BASE, provider }));
      expect(namedProperties(error)).toEqual(['provider']);
      expect(error.message).toContain(`must be a provider for "${cloud.name}/${cloud.name}"`);
    });

    test('acceptance of a name equals the cloud\'s rule (property)', () => {
      const otc = cloud === SERVICE_CLOUDS[1][1];
      fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', '0', '_', '-', '.', ' ', 'é'), maxLength: 18 }), n => {
        const expected = /^[A-Za-z0-9_-]{1,16}$/.test(n) && (!otc || /\w-/.test(n));
        expect(serviceErrorFor(cloud, { name: n }) === undefined).toBe(expected);
      }), { numRuns: 80 });
    });

    test('acceptance of a description equals "no angle bracket" (and at most 128 characters on Open Telekom Cloud) (property)', () => {
      const otc = cloud === SERVICE_CLOUDS[1][1];
      fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '<', '>', 'é'), maxLength: 140 }), d => {
        const expected = !/[<>]/.test(d) && (!otc || [...d].length <= 128);
        expect(serviceErrorFor(cloud, { description: d }) === undefined).toBe(expected);
      }), { numRuns: 60 });
    });
  });
});

describe('Huawei Cloud only', () => {
  const [, huawei] = SERVICE_CLOUDS[0];

  test('organization records go to organization_permissions, account records to permissions', () => {
    const args = serviceArgs(huawei, { allowedConsumers: ['organizations:orgPath::o-abc/r-def/ou-123'] }, service => {
      service.addAllowedConsumer(`iam:domain::${DOMAIN_ID}`, 'organizations:orgPath::*');
    });
    expect(args.permissions).toEqual([`iam:domain::${DOMAIN_ID}`]);
    expect(args.organization_permissions).toEqual(['organizations:orgPath::o-abc/r-def/ou-123', 'organizations:orgPath::*']);
  });

  test.each([
    ['organizations:orgPath::*', true], [`organizations:orgPath::${'a'.repeat(1024)}`, true],
    [`organizations:orgPath::${'a'.repeat(1025)}`, false], ['organizations:orgPath::', false], ['organizations:orgPath::a b', false],
  ])('organization record %s → valid: %s', (record, valid) => {
    expect(namedProperties(serviceErrorFor(huawei, { allowedConsumers: [record] }))).toEqual(valid ? [] : ['allowedConsumers[0]']);
  });

  test('names without a hyphen are fine (the API allows them)', () => {
    expect(serviceErrorFor(huawei, { name: 'orders' })).toBeUndefined();
  });

  test('tcpProxy proxy_vni, IPv6 with a SNAT subnet', () => {
    const args = serviceArgs(huawei, { tcpProxy: VpcepTcpProxy.PROXY_VNI, ipVersion: VpcepServiceIpVersion.IPV6, snatNetworkId: SUBNET_ID });
    expect(args).toMatchObject({ tcp_proxy: 'proxy_vni', ip_version: 'ipv6', snat_network_id: SUBNET_ID });
  });

  test.each([['', false], ['s', true]])('snatNetworkId %j → valid: %s (an empty ID names no subnet)', (snatNetworkId, valid) => {
    const error = serviceErrorFor(huawei, { ipVersion: VpcepServiceIpVersion.IPV6, snatNetworkId });
    expect(namedProperties(error)).toEqual(valid ? [] : ['snatNetworkId']);
  });

  test('an IPv6 service needs snatNetworkId', () => {
    const error = serviceErrorFor(huawei, { ipVersion: VpcepServiceIpVersion.IPV6 });
    expect(namedProperties(error)).toEqual(['snatNetworkId']);
  });

  test('ipVersion and snatNetworkId as tokens synthesize unchecked', () => {
    const stack = newStack(huawei);
    const text = (n: string) => new TerraformVariable(stack, n, { type: 'string' }).stringValue;
    huawei.createService(stack, 'Service', { ...SERVICE_BASE, ipVersion: text('ip_version') as VpcepServiceIpVersion, snatNetworkId: text('snat') });
    expect(resourceArgs(synthConforming(stack), huawei.serviceType, 'Service_')).toMatchObject({ ip_version: '${var.ip_version}', snat_network_id: '${var.snat}' });
  });

  test.each<[boolean | undefined, unknown]>([[true, true], [false, false], [undefined, undefined]])(
    'enablePolicy %s reaches enable_policy as %s', (enablePolicy, rendered) => {
      expect(serviceArgs(huawei, { enablePolicy }).enable_policy).toBe(rendered);
    });

  test('an imported service in another region is approved there, with an aliased provider', () => {
    // GIVEN a stack whose default provider is in eu-west-101, and an alias for another account
    const stack = newStack(huawei);
    const other = new huaweicloud.HuaweicloudProvider(stack, 'other', { alias: 'other', region: 'ap-southeast-1' });
    // WHEN
    huawei.importService(stack, 'Imported', { serviceId: 'a1b2c3d4-0000-4000-8000-00000000000a', region: 'ap-southeast-1', provider: other })
      .approveConnections('ep-1');
    // THEN
    expect(resourceArgs(synthConforming(stack), huawei.approvalType, 'Imported_Approval')).toEqual({
      service_id: 'a1b2c3d4-0000-4000-8000-00000000000a', endpoints: ['ep-1'], region: 'ap-southeast-1', provider: 'huaweicloud.other',
    });
  });

  test('ipVersion must be ipv4 or ipv6', () => {
    expect(namedProperties(serviceErrorFor(huawei, { ipVersion: 'dualstack' as VpcepServiceIpVersion }))).toEqual(['ipVersion']);
  });
});

describe('Open Telekom Cloud only', () => {
  const [, otc] = SERVICE_CLOUDS[1];

  test.each<[string, Partial<ServiceProps>, string[]]>([
    ['ipVersion and snatNetworkId', { ipVersion: VpcepServiceIpVersion.IPV4, snatNetworkId: SUBNET_ID }, ['ipVersion', 'snatNetworkId']],
    ['an organization record', { allowedConsumers: ['organizations:orgPath::*'] }, ['allowedConsumers[0]']],
    ['tcpProxy proxy_vni (the provider rejects it)', { tcpProxy: VpcepTcpProxy.PROXY_VNI }, ['tcpProxy']],
    ['a name without a character before a hyphen (the provider\'s \\w- check)', { name: 'orders' }, ['name']],
    ['a description of 129 characters', { description: 'd'.repeat(129) }, ['description']],
    ['a tag key of 37 characters', { tags: { ['k'.repeat(37)]: 'v' } }, ['tags key']],
    ['enablePolicy (Huawei Cloud only)', { enablePolicy: true }, ['enablePolicy']],
  ])('%s → error naming %j', (_case, props, properties) => {
    const error = serviceErrorFor(otc, props);
    expect(namedProperties(error)).toEqual(properties);
  });

  test('ipVersion is an error naming the prop, never dropped', () => {
    const error = serviceErrorFor(otc, { ipVersion: VpcepServiceIpVersion.IPV4 });
    expect(error!.message).toContain('ipVersion: "ipv4" is not supported on Open Telekom Cloud: its provider has no such argument');
  });

  test('an imported service with a region is an error: the approval resource has none; a provider of that region is used', () => {
    // GIVEN
    const stack = newStack(otc);
    const other = new opentelekomcloud.OpentelekomcloudProvider(stack, 'other', { alias: 'other', region: 'eu-nl' });
    // WHEN / THEN
    const error = validationErrorOf(() => otc.importService(stack, 'Bad', { serviceId: 'svc-1', region: 'eu-nl' }));
    expect(error.message).toContain('region: "eu-nl" is not supported on Open Telekom Cloud: its approval resource has no region argument');
    otc.importService(stack, 'Imported', { serviceId: 'svc-1', provider: other }).approveConnections('ep-1');
    expect(resourceArgs(synthConforming(stack), otc.approvalType, 'Imported_Approval').provider).toBe('opentelekomcloud.other');
  });

  test('a description of 128 characters is fine', () => {
    expect(serviceErrorFor(otc, { description: 'd'.repeat(128) })).toBeUndefined();
  });
});

describe.each(SERVICE_CLOUDS)('%s VpcepService: props as unresolved tokens', (_name, cloud) => {
  test('every prop as a Terraform variable synthesizes unchecked and is passed through', () => {
    // GIVEN
    const stack = newStack(cloud);
    const text = (n: string) => new TerraformVariable(stack, n, { type: 'string' }).stringValue;
    const num = (n: string) => new TerraformVariable(stack, n, { type: 'number' }).numberValue;
    // WHEN
    const service = cloud.createService(stack, 'Service', {
      vpcId: text('vpc_id'),
      serverType: text('server_type') as VpcepServerType,
      portId: text('port_id'),
      portMappings: [{ servicePort: num('service_port'), terminalPort: num('terminal_port'), protocol: text('protocol') as VpcepPortProtocol }],
      name: text('name'),
      serviceType: text('service_type') as VpcepServiceType,
      approvalRequired: new TerraformVariable(stack, 'approval', { type: 'bool' }).booleanValue,
      allowedConsumers: [text('consumer')],
      description: text('description'),
      tags: Token.asStringMap(new TerraformVariable(stack, 'tags', { type: 'map(string)' }).value),
      tcpProxy: text('tcp_proxy') as VpcepTcpProxy,
    });
    // THEN
    const args = resourceArgs(synthConforming(stack), cloud.serviceType, 'Service_');
    expect(args).toMatchObject({
      vpc_id: '${var.vpc_id}',
      server_type: '${var.server_type}',
      port_id: '${var.port_id}',
      name: '${var.name}',
      service_type: '${var.service_type}',
      [cloud.serviceArgs.approval]: '${var.approval}',
      [cloud.serviceArgs.consumers]: [cloud.renderTokenConsumer('var.consumer')],
      description: '${var.description}',
      tags: '${var.tags}',
      tcp_proxy: '${var.tcp_proxy}',
      [cloud.serviceArgs.ports]: [{ protocol: '${var.protocol}', [cloud.serviceArgs.servicePort]: '${var.service_port}', [cloud.serviceArgs.terminalPort]: '${var.terminal_port}' }],
    });
    expect(service.approvalRequired).toBeUndefined();
  });

  test('whole lists as tokens pass through; adding to them is an error naming the list', () => {
    // GIVEN
    const stack = newStack(cloud);
    const mappings = Token.asAny(new TerraformVariable(stack, 'ports', { type: 'any' }).value) as any;
    const consumers = new TerraformVariable(stack, 'consumers', { type: 'list(string)' }).listValue;
    // WHEN
    const service = cloud.createService(stack, 'Service', { ...SERVICE_BASE, portMappings: mappings, allowedConsumers: consumers });
    // THEN
    const args = resourceArgs(synthConforming(stack), cloud.serviceType, 'Service_');
    expect(args[cloud.serviceArgs.consumers]).toBe('${var.consumers}');
    // A block cannot be an expression: a token list of mappings becomes a dynamic block over it.
    expect(args.dynamic[cloud.serviceArgs.ports]).toEqual({
      for_each: '${toset(var.ports)}',
      iterator: 'each',
      content: {
        protocol: '${lookup(each.value, "protocol", "TCP")}',
        [cloud.serviceArgs.servicePort]: '${each.value.servicePort}',
        [cloud.serviceArgs.terminalPort]: '${each.value.terminalPort}',
      },
    });
    expect(namedProperties(validationErrorOf(() => service.addAllowedConsumer('*')))).toEqual(['allowedConsumers']);
    expect(namedProperties(validationErrorOf(() => service.addPortMapping({ servicePort: 1, terminalPort: 1 })))).toEqual(['portMappings']);
  });
});

describe.each(SERVICE_CLOUDS)('%s VpcepService: approving connections', (_name, cloud) => {
  test('GIVEN an endpoint created with `service` WHEN synthesized THEN it gets the service ID and the service approves it', () => {
    // GIVEN
    const stack = newStack(cloud);
    const service = cloud.createService(stack, 'Service', SERVICE_BASE);
    // WHEN
    cloud.create(stack, 'Endpoint', { service, vpcId: VPC_ID, subnetId: SUBNET_ID });
    // THEN
    const doc = synthConforming(stack);
    const serviceName = Object.keys(doc.resource[cloud.serviceType])[0];
    const endpointName = Object.keys(doc.resource[cloud.resourceType])[0];
    expect(resourceArgs(doc, cloud.resourceType, 'Endpoint_').service_id).toBe(`\${${cloud.serviceType}.${serviceName}.id}`);
    expect(resourceArgs(doc, cloud.approvalType, 'Service_Approval')).toEqual({
      service_id: `\${${cloud.serviceType}.${serviceName}.id}`,
      endpoints: [`\${${cloud.resourceType}.${endpointName}.id}`],
    });
  });

  test('one approval resource per service collects endpoints and IDs; an endpoint twice counts once', () => {
    // GIVEN
    const stack = newStack(cloud);
    const service = cloud.createService(stack, 'Service', SERVICE_BASE);
    const endpoint = cloud.create(stack, 'Endpoint', { service, vpcId: VPC_ID, subnetId: SUBNET_ID });
    // WHEN
    service.approveConnections(endpoint, 'a1b2c3d4-0000-4000-8000-000000000001');
    service.approveConnections('a1b2c3d4-0000-4000-8000-000000000002');
    // THEN
    const approval = resourceArgs(synthConforming(stack), cloud.approvalType, 'Service_Approval');
    expect(approval.endpoints).toHaveLength(3);
    expect(approval.endpoints.slice(1)).toEqual(['a1b2c3d4-0000-4000-8000-000000000001', 'a1b2c3d4-0000-4000-8000-000000000002']);
  });

  test.each([['a'.repeat(64), true], ['a'.repeat(65), false], ['', false]])(
    'an imported service ID of %j → valid: %s (AcceptOrRejectEndpoint takes 1–64 characters)', (serviceId, valid) => {
      const error = tryValidation(() => cloud.importService(newStack(cloud), 'Imported', { serviceId }));
      expect(namedProperties(error)).toEqual(valid ? [] : ['serviceId']);
    });

  test('an imported service given a provider of another cloud is an error naming provider', () => {
    // GIVEN a provider of the other cloud
    const stack = newStack(cloud);
    const provider: TerraformProvider = cloud.serviceType.startsWith('huaweicloud')
      ? new opentelekomcloud.OpentelekomcloudProvider(stack, 'other', {})
      : new huaweicloud.HuaweicloudProvider(stack, 'other', {});
    // WHEN / THEN
    const error = tryValidation(() => cloud.importService(stack, 'Imported', { serviceId: 'svc', provider }));
    expect(namedProperties(error)).toEqual(['provider']);
  });

  test('a service without approval approves nothing for `service` endpoints', () => {
    const stack = newStack(cloud);
    const service = cloud.createService(stack, 'Service', { ...SERVICE_BASE, approvalRequired: false });
    cloud.create(stack, 'Endpoint', { service, vpcId: VPC_ID, subnetId: SUBNET_ID });
    expect(synthConforming(stack).resource[cloud.approvalType]).toBeUndefined();
    service.approveConnections('ep-1');
    expect(warningsOf(service)).toEqual([expect.stringContaining('the service does not require approval')]);
  });

  test('an endpoint of another stack created with `service`: `service` warns, approveConnections(endpoint) is an error', () => {
    // GIVEN
    const app = Testing.app();
    const owner = new TerraformStack(app, 'Owner');
    const consumer = new TerraformStack(app, 'Consumer');
    cloud.addProvider(owner);
    cloud.addProvider(consumer);
    const service = cloud.createService(owner, 'Service', SERVICE_BASE);
    // WHEN
    const endpoint = cloud.create(consumer, 'Endpoint', { service, vpcId: VPC_ID, subnetId: SUBNET_ID });
    // THEN
    expect(warningsOf(endpoint)).toEqual([expect.stringContaining('service: the service is in stack "Owner"')]);
    const error = validationErrorOf(() => service.approveConnections(endpoint));
    expect(namedProperties(error)).toEqual(['endpoints[0]']);
    expect(error.message).toContain('the stacks would depend on each other');
  });

  test('an imported service approves endpoints by ID, and `service` endpoints when approval is not known to be off', () => {
    // GIVEN
    const stack = newStack(cloud);
    const service = cloud.importService(stack, 'Service', { serviceId: 'svc-1' });
    // WHEN
    cloud.create(stack, 'Endpoint', { service, vpcId: VPC_ID, subnetId: SUBNET_ID });
    // THEN
    const doc = synthConforming(stack);
    expect(resourceArgs(doc, cloud.resourceType, 'Endpoint_').service_id).toBe('svc-1');
    expect(resourceArgs(doc, cloud.approvalType, 'Service_Approval').service_id).toBe('svc-1');
    const off = cloud.importService(newStack(cloud), 'Service', { serviceId: 'svc-1', approvalRequired: false });
    expect(off.approvalRequired).toBe(false);
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['neither serviceId nor service', {}, 'must be given when service is not (give exactly one of serviceId and service)'],
    ['both', { serviceId: 'svc-1' }, 'must not be given together with service <Stack/Service>'],
  ])('an endpoint with %s is an error naming serviceId', (_case, extra, message) => {
    const stack = newStack(cloud);
    const service = cloud.createService(stack, 'Service', SERVICE_BASE);
    const props = { vpcId: VPC_ID, ...(Object.keys(extra).length ? { ...extra, service } : {}) };
    const error = validationErrorOf(() => cloud.create(stack, 'Endpoint', props as any));
    expect(namedProperties(error)).toEqual(['serviceId']);
    expect(error.message).toContain(message);
  });
});

describe('an endpoint and a service of different clouds', () => {
  test.each([[0, 1], [1, 0]])('GIVEN a service of one cloud WHEN an endpoint of the other names it THEN the error names service', (own, other) => {
    // GIVEN
    const [, endpointCloud] = SERVICE_CLOUDS[own];
    const [, serviceCloud] = SERVICE_CLOUDS[other];
    const stack = newStack(endpointCloud);
    serviceCloud.addProvider(stack);
    const services = [
      serviceCloud.createService(stack, 'Service', SERVICE_BASE),
      serviceCloud.importService(stack, 'Imported', { serviceId: 'svc-1' }),
    ];
    for (const service of services) {
      // WHEN
      const error = validationErrorOf(() => endpointCloud.create(stack, `Endpoint${service.node.id}`, { service, vpcId: VPC_ID, subnetId: SUBNET_ID }));
      // THEN
      expect(namedProperties(error)).toEqual(['service']);
      expect(error.message).toMatch(/is a (Huawei|Open Telekom) Cloud service: an endpoint on (Huawei|Open Telekom) Cloud cannot connect to it/);
    }
  });
});
