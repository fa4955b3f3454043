/**
 * Rules that tie several arguments of one raw resource together (and a nested block's own limits) apply to raw
 * resources as the constructs apply them to their props: in Terraform JSON, HCL, a plan and the cdktf validation.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformResource, TerraformStack, Testing } from 'cdktf';
import { main } from '../../lib/raw-checks/cli';
import { RawResourceValidation } from '../../lib/terraform';
import { tryValidation } from '../support/validation';

const ZONE = 'cn-hangzhou-a';
const SERVICE = { service_id: 'epsrv-1' };
const HUAWEI_SERVICE = { vpc_id: 'vpc-1', port_id: 'port-1', server_type: 'VM' };
const HUAWEI_ENDPOINT = { service_id: 'svc-1', vpc_id: 'vpc-1' };
const ALIBABA_ENDPOINT = { vpc_id: 'vpc-1', service_id: 'epsrv-1' };
const backends = (n: number) => Array.from({ length: n }, (_, i) => ({ resource_id: `lb-${i}`, resource_type: 'slb' }));

/** One bad raw resource per rule, the property its finding names, and its valid counterpart. */
const RULES: Array<[string, string, Record<string, unknown>, string, RegExp, Record<string, unknown>]> = [
  ['a port mapping given twice (the protocol defaulting to TCP)', 'huaweicloud_vpcep_service',
    { ...HUAWEI_SERVICE, port_mapping: [{ service_port: 8080, terminal_port: 80 }, { protocol: 'TCP', service_port: '8080', terminal_port: 80 }] },
    'port_mapping[1]', /repeats port_mapping\[0\] \(the API refuses a port mapping given twice in one service\)/,
    { ...HUAWEI_SERVICE, port_mapping: [{ service_port: 8080, terminal_port: 80 }, { service_port: 8443, terminal_port: 443 }] }],
  ['an IPv6 service without snat_network_id', 'huaweicloud_vpcep_service',
    { ...HUAWEI_SERVICE, ip_version: 'ipv6', snat_network_id: '' },
    'snat_network_id', /must be given for an IPv6 service \(the API requires it when ip_version is "ipv6"\)/,
    { ...HUAWEI_SERVICE, ip_version: 'ipv6', snat_network_id: 'subnet-1' }],
  ['an organization record in permissions', 'huaweicloud_vpcep_service',
    { ...HUAWEI_SERVICE, permissions: ['organizations:orgPath::*'] },
    'permissions[0]', /must be "iam:domain::<domain id>"/,
    { ...HUAWEI_SERVICE, organization_permissions: ['organizations:orgPath::*'] }],
  ['an account record in organization_permissions', 'huaweicloud_vpcep_service',
    { ...HUAWEI_SERVICE, organization_permissions: ['iam:domain::0123456789abcdef'] },
    'organization_permissions[0]', /must be "organizations:orgPath::<org path>"/,
    { ...HUAWEI_SERVICE, permissions: ['iam:domain::0123456789abcdef'] }],
  ['an IPv6 address on an IPv4 endpoint', 'huaweicloud_vpcep_endpoint',
    { ...HUAWEI_ENDPOINT, ip_version: 'ipv4', ipv6_address: '2001:db8::1' },
    'ipv6_address', /requires ip_version "dualstack" \(ip_version is "ipv4"\)/,
    { ...HUAWEI_ENDPOINT, ip_version: 'dualstack', ipv6_address: '2001:db8::1' }],
  ['a dual-stack service of CLB (slb) backends', 'alicloud_privatelink_vpc_endpoint_service',
    { address_ip_version: 'DualStack', service_resource_type: 'slb' },
    'address_ip_version', /must not be "DualStack" for a service of resource type slb: only services whose service_resource_type is nlb or gwlb/,
    { address_ip_version: 'DualStack', service_resource_type: 'nlb' }],
  ['an inline NLB backend without a zone', 'alicloud_privatelink_vpc_endpoint_service',
    { resource: [{ resource_id: 'nlb-1', resource_type: 'nlb', zone_id: '' }] },
    'resource[0].zone_id', /must be given for resource type nlb/,
    { resource: [{ resource_id: 'nlb-1', resource_type: 'nlb', zone_id: ZONE }] }],
  ['an inline backend without an ID', 'alicloud_privatelink_vpc_endpoint_service',
    { resource: [{ resource_type: 'slb' }] },
    'resource[0].resource_id', /must be given: the API attaches the load balancer it names/,
    { resource: [{ resource_type: 'slb', resource_id: 'lb-1' }] }],
  ['11 inline backends', 'alicloud_privatelink_vpc_endpoint_service',
    { resource: backends(11) },
    'resource', /must have at most 10 resources \(has 11; a service takes at most 10 when it is created/,
    { resource: backends(10) }],
  ['an ALB attached without a zone', 'alicloud_privatelink_vpc_endpoint_service_resource',
    { ...SERVICE, resource_id: 'alb-1', resource_type: 'alb' },
    'zone_id', /must be given for resource type alb \(AttachResourceToVpcEndpointService requires the zone/,
    { ...SERVICE, resource_id: 'alb-1', resource_type: 'alb', zone_id: ZONE }],
  ['an Interface endpoint without security groups', 'alicloud_privatelink_vpc_endpoint',
    { ...ALIBABA_ENDPOINT, endpoint_type: 'Interface', security_group_ids: [] },
    'security_group_ids', /must have at least 1 security group for an Interface endpoint \(has 0; the API rejects none with EndpointMustContainSecurityGroup\)/,
    { ...ALIBABA_ENDPOINT, endpoint_type: 'Interface', security_group_ids: ['sg-1', 'sg-1'] }],
  ['a GatewayLoadBalancer endpoint with security groups', 'alicloud_privatelink_vpc_endpoint',
    { ...ALIBABA_ENDPOINT, endpoint_type: 'GatewayLoadBalancer', security_group_ids: ['sg-1'] },
    'security_group_ids', /must be empty for a GatewayLoadBalancer endpoint/,
    { ...ALIBABA_ENDPOINT, endpoint_type: 'GatewayLoadBalancer' }],
];

const QUIET = { out: () => undefined, err: () => undefined };

function tempFile(name: string, content: unknown): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cross-rules-')), name);
  fs.writeFileSync(file, JSON.stringify(content, undefined, 2));
  return file;
}

/** What the checker reports for `file`: `property: rule` each. */
async function checked(file: string): Promise<string[]> {
  let out = '';
  await main(['--format', 'json', file], { ...QUIET, out: text => { out += text; } });
  return (JSON.parse(out).findings as Array<{ property: string; rule: string }>).map(f => `${f.property}: ${f.rule}`);
}

const configuration = (type: string, args: Record<string, unknown>) => tempFile('main.tf.json', { resource: { [type]: { raw: args } } });

/** The same resource written in HCL: a list of objects as repeated nested blocks, every other value as a literal. */
function hcl(type: string, args: Record<string, unknown>): string {
  const body = (values: Record<string, unknown>, indent: string): string[] => Object.entries(values).flatMap(([name, value]) =>
    Array.isArray(value) && value.length > 0 && typeof value[0] === 'object'
      ? value.flatMap(block => [`${indent}${name} {`, ...body(block as Record<string, unknown>, `${indent}  `), `${indent}}`])
      : [`${indent}${name} = ${JSON.stringify(value)}`]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cross-rules-')), 'main.tf');
  fs.writeFileSync(file, [`resource "${type}" "raw" {`, ...body(args, '  '), '}', ''].join('\n'));
  return file;
}

/** A plan (terraform show -json) that creates the resource with `args` as its planned values. */
const plan = (type: string, args: Record<string, unknown>) => tempFile('plan.json', {
  format_version: '1.2',
  planned_values: { root_module: { resources: [{ address: `${type}.raw`, mode: 'managed', type, name: 'raw', values: args }] } },
  resource_changes: [{ address: `${type}.raw`, change: { actions: ['create'], after: args, after_unknown: {} } }],
});

/** What the cdktf validation reports for a raw resource with `args`: `property: message` each. */
function validated(type: string, args: Record<string, unknown>): string[] {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'Network');
  const raw = new TerraformResource(stack, 'Raw', { terraformResourceType: type });
  for (const [name, value] of Object.entries(args)) raw.addOverride(name, value);
  RawResourceValidation.addTo(app);
  return tryValidation(() => Testing.fullSynth(stack))?.violations.map(v => `${v.property}: ${v.message}`) ?? [];
}

const INPUTS: Array<[string, (type: string, args: Record<string, unknown>) => Promise<string[]>]> = [
  ['Terraform JSON', async (type, args) => checked(configuration(type, args))],
  ['HCL', async (type, args) => checked(hcl(type, args))],
  ['a plan', async (type, args) => checked(plan(type, args))],
  ['the cdktf validation', async (type, args) => validated(type, args)],
];

describe.each(INPUTS)('in %s', (_input, findingsOf) => {
  test.each(RULES)('%s (%s) is reported on the argument the rule names', async (_case, type, bad, property, message) => {
    // WHEN a raw resource breaks a rule that ties its arguments (or a block's) together
    const findings = await findingsOf(type, bad);
    // THEN that rule, and only it, is reported on the argument it names
    expect(findings).toEqual([expect.stringMatching(message)]);
    expect(findings[0].startsWith(`${property}: `)).toBe(true);
  });

  test.each(RULES)('%s (%s): its valid counterpart gets no finding', async (_case, type, _bad, _property, _message, valid) => {
    expect(await findingsOf(type, valid)).toEqual([]);
  });
});

describe('a rule whose inputs are partly unknown does not fire', () => {
  test.each<[string, string, Record<string, unknown>]>([
    ['ip_version as a reference', 'huaweicloud_vpcep_service', { ...HUAWEI_SERVICE, ip_version: '${var.ip_version}' }],
    ['ip_version left to the cloud', 'huaweicloud_vpcep_endpoint', { ...HUAWEI_ENDPOINT, ipv6_address: '2001:db8::1' }],
    ['endpoint_type left to the cloud', 'alicloud_privatelink_vpc_endpoint', { ...ALIBABA_ENDPOINT }],
    ['endpoint_type as a reference', 'alicloud_privatelink_vpc_endpoint', { ...ALIBABA_ENDPOINT, endpoint_type: '${var.type}' }],
    ['security groups as a reference', 'alicloud_privatelink_vpc_endpoint',
      { ...ALIBABA_ENDPOINT, endpoint_type: 'Interface', security_group_ids: '${var.groups}' }],
    ['service_resource_type left to the cloud', 'alicloud_privatelink_vpc_endpoint_service', { address_ip_version: 'DualStack' }],
    ['resource_type as a reference', 'alicloud_privatelink_vpc_endpoint_service_resource',
      { ...SERVICE, resource_id: 'alb-1', resource_type: '${var.type}' }],
    ['a port as a reference', 'huaweicloud_vpcep_service',
      { ...HUAWEI_SERVICE, port_mapping: [{ service_port: 8080, terminal_port: 80 }, { service_port: '${var.port}', terminal_port: 80 }] }],
  ])('%s (%s)', async (_case, type, args) => {
    expect(await checked(configuration(type, args))).toEqual([]);
  });

  test.each<[string, string, Record<string, unknown>]>([
    ['a zone as a reference is a zone given', 'alicloud_privatelink_vpc_endpoint_service_resource',
      { ...SERVICE, resource_id: 'alb-1', resource_type: 'alb', zone_id: '${var.zone}' }],
    ['a SNAT network as a reference is one given', 'huaweicloud_vpcep_service',
      { ...HUAWEI_SERVICE, ip_version: 'ipv6', snat_network_id: '${huaweicloud_vpc_subnet.snat.id}' }],
  ])('%s (%s)', async (_case, type, args) => {
    expect(await checked(configuration(type, args))).toEqual([]);
  });

  test('in a plan, a value known only after apply is never judged', async () => {
    // GIVEN a plan whose endpoint_type is known after apply (null in planned_values, true in after_unknown)
    const type = 'alicloud_privatelink_vpc_endpoint';
    const args = { ...ALIBABA_ENDPOINT, endpoint_type: null, security_group_ids: [] };
    const file = tempFile('plan.json', {
      format_version: '1.2',
      planned_values: { root_module: { resources: [{ address: `${type}.raw`, mode: 'managed', type, name: 'raw', values: args }] } },
      resource_changes: [{ address: `${type}.raw`, change: { actions: ['create'], after_unknown: { endpoint_type: true } } }],
    });
    expect(await checked(file)).toEqual([]);
  });
});

test('Open Telekom Cloud\'s port is a set: a mapping written twice merges, and is not reported', async () => {
  const port = { client_port: 80, server_port: 8080 };
  const args = { ...HUAWEI_SERVICE, name: 'orders-svc', port: [port, { ...port, protocol: 'TCP' }] };
  expect(await checked(configuration('opentelekomcloud_vpcep_service_v1', args))).toEqual([]);
});
