/**
 * The vendors' rules for VPC endpoint services on Huawei Cloud and Open Telekom Cloud, once each. Sources:
 * - Huawei Cloud VPCEP API, "Creating a VPC Endpoint Service": https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0201.html
 * - Huawei Cloud VPCEP API, "Modifying a VPC Endpoint Service": https://support.huaweicloud.com/intl/en-us/api-vpcep/UpdateEndpointService.html
 * - Huawei Cloud VPCEP API, "Batch Adding or Deleting Whitelist Records of a VPC Endpoint Service":
 *   https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0209.html
 * - Huawei Cloud AOS, "VPCEndpoint.Ports": https://support.huaweicloud.com/intl/en-us/tr-aos/datatypes-vpcendpoints-ports.html
 * - Open Telekom Cloud VPCEP API, "Creating a VPC Endpoint Service":
 *   https://docs.otc.t-systems.com/vpc-endpoint/api-ref/apis/apis_for_managing_vpc_endpoint_services/creating_a_vpc_endpoint_service.html
 * - Open Telekom Cloud VPCEP API, "Batch Adding or Deleting Whitelist Records":
 *   https://docs.otc.t-systems.com/vpc-endpoint/api-ref/apis/apis_for_managing_vpc_endpoint_services/batch_adding_or_deleting_whitelist_records.html
 * - the providers' documentation of `huaweicloud_vpcep_service` and `opentelekomcloud_vpcep_service_v1`
 * Neither the Huawei provider nor (except where noted) the Open Telekom Cloud provider checks these.
 */
import { VPCEP_TIMEOUTS } from './vpcep-endpoint-rules';
import type { VpcepPortMapping, VpcepServiceAttributes, VpcepServiceProps } from './vpcep-service-types';
import { VpcepPortProtocol, VpcepServerType, VpcepServiceIpVersion, VpcepServiceType, VpcepTcpProxy } from './vpcep-service-types';
import { NOT_EMPTY, Rule, countBetween, integerBetween, lengthBetween, matches, notMatching, oneOf, rule } from '../core/rules';
import { boolean, listOf, mapOf, number, optional, string, struct } from '../core/shapes';
import type { TagPolicy } from '../core/tags';
import { RuleTable, Validator } from '../core/validator';
import { META_ARGUMENT_SHAPES } from '../terraform/meta-arguments';
import { TimeoutsBlock, checkTimeouts } from '../terraform/timeouts';

type PropName = keyof VpcepServiceProps;

/** The run-time shape of a `VpcepPortMapping`, for props and `addPortMapping()`. */
export const VPCEP_PORT_MAPPING = struct<VpcepPortMapping>('VpcepPortMapping', {
  servicePort: number(),
  terminalPort: number(),
  protocol: optional(string()),
});

/** The run-time shape of `VpcepServiceAttributes`, for `fromVpcepServiceAttributes()`. */
export const VPCEP_SERVICE_ATTRIBUTES = struct<VpcepServiceAttributes>('VpcepServiceAttributes', {
  serviceId: string(),
  approvalRequired: optional(boolean()),
  region: optional(string()),
  provider: META_ARGUMENT_SHAPES.provider,
});

/** The run-time shape of `VpcepServiceProps`, for callers without TypeScript's checks. */
export const VPCEP_SERVICE_PROPS = struct<VpcepServiceProps>('VpcepServiceProps', {
  ...META_ARGUMENT_SHAPES,
  vpcId: string(),
  serverType: string(),
  portId: string(),
  portMappings: listOf(VPCEP_PORT_MAPPING, 'port mappings'),
  name: optional(string()),
  serviceType: optional(string()),
  approvalRequired: optional(boolean()),
  allowedConsumers: optional(listOf(string())),
  description: optional(string()),
  tags: optional(mapOf(string(), 'strings')),
  tcpProxy: optional(string()),
  ipVersion: optional(string()),
  snatNetworkId: optional(string()),
  region: optional(string()),
  enablePolicy: optional(boolean()),
  timeouts: optional(VPCEP_TIMEOUTS),
});

/** A whitelist record for accounts: `iam:domain::<domain id>` (1–64 letters and digits), or `*` for every account. */
const DOMAIN_PERMISSION = /^(\*|iam:domain::[A-Za-z0-9]{1,64})$/;

/** A whitelist record for organizations (Huawei Cloud): `organizations:orgPath::<path>` (≤ 1024 characters) or `::*`. */
const ORGANIZATION_PERMISSION = /^organizations:orgPath::(\*|[A-Za-z0-9/?-]{1,1024})$/;

export const ORGANIZATION_PREFIX = 'organizations:orgPath::';

const NAME_CHARACTERS = matches(/^[A-Za-z0-9_-]*$/, 'contain only letters, digits, "_" and "-"');

export const VPCEP_SERVICE_RULES = {
  /**
   * vpc_id, snat_network_id, the Huawei region and the ID of an imported service: an empty ID names nothing, and the
   * API rejects it (both API pages: vpc_id is mandatory).
   */
  id: [NOT_EMPTY],

  /** service_id of AcceptOrRejectEndpoint (the approval): 1–64 characters. */
  serviceId: [lengthBetween(1, 64)],

  /** service_name: "0 to 16 characters ... letters, digits, underscores (_), and hyphens (-)" (both API pages). */
  name: [lengthBetween(1, 16), NAME_CHARACTERS],

  /**
   * Open Telekom Cloud's provider also requires an (unanchored) match of `\w-`: a letter, digit or `_` followed by
   * `-`, so `orders` fails at plan time although the API accepts it. The provider is the engine: its rule wins.
   */
  opentelekomcloudName: [
    lengthBetween(1, 16),
    NAME_CHARACTERS,
    matches(/\w-/, 'contain a letter, digit or "_" followed by "-", e.g. "orders-svc" (the Open Telekom Cloud provider checks this)'),
  ],

  /** server_type: VM or LB (VIP and BMS are being discontinued by both clouds). */
  serverType: [oneOf(Object.values(VpcepServerType))],

  /** port_id: a UUID, 1–64 characters (Huawei API). */
  portId: [lengthBetween(1, 64)],

  /** service_type: "only interface can be created for private services". */
  serviceType: [oneOf(Object.values(VpcepServiceType))],

  /** ports: at most 200 per request, no duplicate mappings in one service (UpdateEndpointService; OTC provider MaxItems 200). */
  portMappings: {
    list: [countBetween<VpcepPortMapping>(1, 200, 'port mappings')],
    unique: true,
    uniqueKey: (m: VpcepPortMapping) => `${m.protocol ?? VpcepPortProtocol.TCP} ${m.terminalPort} -> ${m.servicePort}`,
  },

  /** client_port and server_port: 1–65535 (OTC API; Huawei AOS VPCEndpoint.Ports; OTC provider IntBetween(1, 65535)). */
  port: [integerBetween(1, 65535)],

  /** protocol: "TCP" only, on both API pages (OTC's provider would also take UDP, the API does not). */
  protocol: [oneOf(Object.values(VpcepPortProtocol))],

  /** tcp_proxy on Huawei Cloud: close, toa_open, proxy_open, open, proxy_vni. */
  huaweicloudTcpProxy: [oneOf(Object.values(VpcepTcpProxy))],

  /** tcp_proxy on Open Telekom Cloud: the provider accepts close, toa_open, proxy_open, open (not proxy_vni). */
  opentelekomcloudTcpProxy: [oneOf(Object.values(VpcepTcpProxy).filter(p => p !== VpcepTcpProxy.PROXY_VNI))],

  /** Huawei ip_version: ipv4 or ipv6. */
  ipVersion: [oneOf(Object.values(VpcepServiceIpVersion))],

  /** description: "cannot contain angle brackets (< or >)" (both API pages). */
  description: [notMatching(/[<>]/, 'contain < or >')],

  /** Open Telekom Cloud description: "up to 128 characters", no angle brackets. */
  opentelekomcloudDescription: [lengthBetween(0, 128), notMatching(/[<>]/, 'contain < or >')],

  /** Whitelist records for accounts (both clouds' "Batch Adding or Deleting Whitelist Records" pages). */
  domainPermission: [rule<string>(
    'must be "iam:domain::<domain id>" (1–64 letters and digits) or "*" for every account',
    v => DOMAIN_PERMISSION.test(v),
  )],

  /** Whitelist records for accounts or, on Huawei Cloud, organizations. */
  huaweicloudPermission: [rule<string>(
    'must be "iam:domain::<domain id>" (1–64 letters and digits), "*" for every account, ' +
    '"organizations:orgPath::<org path>" (1–1024 letters, digits, "/", "?", "-") or "organizations:orgPath::*"',
    v => DOMAIN_PERMISSION.test(v) || ORGANIZATION_PERMISSION.test(v),
  )],
} satisfies RuleTable;

/** What sets one cloud's service rules apart. */
export interface VpcepServiceCloudRules {
  /** The cloud's name, for messages. */
  readonly displayName: string;
  /** The cloud's tag rules (the endpoints' tag policy: the same API). */
  readonly tagPolicy: TagPolicy;
  /** Props the cloud's provider has no argument for: setting one is an error, never a silent drop. */
  readonly unsupportedProps: readonly PropName[];
  /** The cloud's name rules. */
  readonly name: readonly Rule<string>[];
  /** The cloud's description rules. */
  readonly description: readonly Rule<string>[];
  /** The cloud's TCP proxy values. */
  readonly tcpProxy: readonly Rule<string>[];
  /** The cloud's whitelist record rules. */
  readonly permission: readonly Rule<string>[];
  /** The timeouts the service resource declares. */
  readonly serviceTimeouts: TimeoutsBlock;
}

const RULES = VPCEP_SERVICE_RULES;

/** Every rule on literal props, for one cloud. Token values pass unchecked (the validator skips them). */
export function checkVpcepServiceProps(v: Validator, props: VpcepServiceProps, cloud: VpcepServiceCloudRules): void {
  const unsupported = cloud.unsupportedProps.filter(name => props[name] !== undefined);
  for (const name of unsupported) {
    v.fail(name, props[name], `is not supported on ${cloud.displayName}: its provider has no such argument`);
  }
  v.check('vpcId', props.vpcId, ...RULES.id);
  if (!unsupported.includes('region')) v.check('region', props.region, ...RULES.id);
  checkTimeouts(v, 'timeouts', props.timeouts, cloud.serviceTimeouts);
  v.check<string>('serverType', props.serverType, ...RULES.serverType);
  v.check('portId', props.portId, ...RULES.portId);
  v.check('name', props.name, ...cloud.name);
  v.check<string>('serviceType', props.serviceType, ...RULES.serviceType);
  v.check('description', props.description, ...cloud.description);
  v.check<string>('tcpProxy', props.tcpProxy, ...cloud.tcpProxy);
  v.checkTags('tags', props.tags, cloud.tagPolicy);
  checkPortMappingList(v, props.portMappings);
  (v.isLiteral(props.portMappings) ? props.portMappings : []).forEach((m, i) => checkPortMapping(v, i, m));
  checkAllowedConsumers(v, 0, props.allowedConsumers ?? [], cloud);
  checkAllowedConsumerList(v, props.allowedConsumers ?? []);
  if (!unsupported.includes('ipVersion')) {
    v.check('snatNetworkId', props.snatNetworkId, ...RULES.id);
    v.check<string>('ipVersion', props.ipVersion, ...RULES.ipVersion);
    if (props.ipVersion === VpcepServiceIpVersion.IPV6 && props.snatNetworkId === undefined) {
      v.fail('snatNetworkId', undefined, 'must be given for an IPv6 service (the API requires it when ip_version is ipv6)');
    }
  }
}

/** The rules on the whole port mapping list, which `addPortMapping()` can break after construction. */
export function checkPortMappingList(v: Validator, mappings: readonly VpcepPortMapping[]): void {
  v.checkList('portMappings', mappings, RULES.portMappings);
}

/**
 * Port mappings `addPortMapping()` adds to `existing`: each one's fields, and no mapping the list has already (the
 * API refuses duplicate mappings; the list size is left to synth).
 */
export function checkAddedPortMappings(v: Validator, existing: readonly VpcepPortMapping[], added: readonly VpcepPortMapping[]): void {
  added.forEach((m, i) => checkPortMapping(v, existing.length + i, m));
  v.checkList('portMappings', [...existing, ...added], { unique: true, uniqueKey: RULES.portMappings.uniqueKey });
}

/** The fields of one port mapping, checked as it is given. */
export function checkPortMapping(v: Validator, index: number, mapping: VpcepPortMapping): void {
  if (!v.isLiteral(mapping)) return;
  const property = `portMappings[${index}]`;
  v.check(`${property}.servicePort`, mapping.servicePort, ...RULES.port);
  v.check(`${property}.terminalPort`, mapping.terminalPort, ...RULES.port);
  v.check<string>(`${property}.protocol`, mapping.protocol, ...RULES.protocol);
}

/** Each allowed consumer given from `start` on: the cloud's record format. */
export function checkAllowedConsumers(v: Validator, start: number, consumers: readonly string[], cloud: VpcepServiceCloudRules): void {
  if (!v.isLiteral(consumers)) return;
  consumers.forEach((consumer, i) => v.check(`allowedConsumers[${start + i}]`, consumer, ...cloud.permission));
}

/** The whole list of allowed consumers: each record once (the providers keep them in a set). */
export function checkAllowedConsumerList(v: Validator, consumers: readonly string[]): void {
  v.checkList('allowedConsumers', consumers, { unique: true });
}

/**
 * The attributes of an imported service on `cloud`: the ID the approval API takes, and a region only where the
 * approval resource has one.
 *
 * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/AcceptOrRejectEndpoint.html
 */
export function checkVpcepServiceAttributes(v: Validator, attrs: VpcepServiceAttributes, cloud: VpcepServiceCloudRules): void {
  v.check('serviceId', attrs.serviceId, ...RULES.serviceId);
  if (cloud.unsupportedProps.includes('region')) {
    if (attrs.region !== undefined) {
      v.fail('region', attrs.region, `is not supported on ${cloud.displayName}: its approval resource has no region argument (use a provider of that region)`);
    }
  } else {
    v.check('region', attrs.region, ...RULES.id);
  }
}

/** Legal props that are probably a mistake. */
export function vpcepServiceWarnings(v: Validator, approvalRequired: VpcepServiceProps['approvalRequired'], consumers: readonly string[]): string[] {
  if (approvalRequired !== false || !v.isLiteral(consumers)) return [];
  return consumers
    .map((consumer, i) => [consumer, i] as const)
    .filter(([consumer]) => consumer === '*' || consumer === `${ORGANIZATION_PREFIX}*`)
    .map(([consumer, i]) => `allowedConsumers[${i}]: "${consumer}" with approvalRequired: false lets anyone in it connect without approval`);
}
