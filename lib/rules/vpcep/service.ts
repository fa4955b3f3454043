import { HUAWEICLOUD_MERGED_DEFAULT_TAGS, VPCEP_ENDPOINT_RULES, vpcepIds } from './endpoint';
import { CrossRule, NOT_EMPTY, countBetween, integerBetween, lengthBetween, matches, notMatching, oneOf, rule, Rule } from '../../core/rules';
import { TagPolicy } from '../../core/tags';
import { RuleTable } from '../../core/validator';
import { AttributeCheck, BlockRules, ProviderReading, ResourceTypeRules, blocksAttribute, emptyText, readAs, setAttribute, tagsAttribute, textAttribute, integerAttribute } from '../surfaces/attribute-checks';
import { sentUnlessEmpty, together } from '../surfaces/resource-checks';

// The API's values of the service's enumerated fields. The `vpcep.Vpcep*` enums offer the same values to users (jsii
// keeps a public enum in the folder of its namespace); test/rules/vpcep/values.test.ts holds the two equal.
// @see https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0201.html

/** `server_type`. */
export const SERVER_TYPES = ['VM', 'LB'] as const;

/** `service_type`: private services can only be interface services. */
export const SERVICE_TYPES = ['interface'] as const;

/** `tcp_proxy` on Huawei Cloud; `proxy_vni` is Huawei Cloud's only. */
export const TCP_PROXIES = ['close', 'toa_open', 'proxy_open', 'open', 'proxy_vni'] as const;

/** Huawei Cloud's `ip_version`. */
export const SERVICE_IP_VERSIONS = ['ipv4', 'ipv6'] as const;

/** A port mapping's `protocol`: both clouds' API pages allow only TCP, the default. */
export const PORT_PROTOCOLS = ['TCP'] as const;

/** A port mapping, as the rules read it (the props' `VpcepPortMapping`, or a raw `port_mapping` block). */
export interface PortMapping {
  readonly servicePort: number;
  readonly terminalPort: number;
  readonly protocol?: string;
}

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

/** The prefix of a whitelist record for an account. */
export const DOMAIN_PREFIX = 'iam:domain::';

/** A domain (account) ID in a whitelist record: 1–64 letters and digits. */
const DOMAIN_ID = /^[A-Za-z0-9]{1,64}$/;

/** A whitelist record for accounts: `iam:domain::<domain id>`, or `*` for every account. */
const isDomainPermission = (v: string) => v === '*' || (v.startsWith(DOMAIN_PREFIX) && DOMAIN_ID.test(v.slice(DOMAIN_PREFIX.length)));

/** A whitelist record for organizations (Huawei Cloud): `organizations:orgPath::<path>` (≤ 1024 characters) or `::*`. */
const ORGANIZATION_PERMISSION = /^organizations:orgPath::(\*|[A-Za-z0-9/?-]{1,1024})$/;

export const ORGANIZATION_PREFIX = 'organizations:orgPath::';

const ORGANIZATION_PERMISSION_TEXT = '"organizations:orgPath::<org path>" (1–1024 letters, digits, "/", "?", "-") or "organizations:orgPath::*"';

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
   * @see https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/88f1cf1e0a9d85b2d9cb94c6722e16358ac3a983/opentelekomcloud/services/vpcep/resource_opentelekomcloud_vpcep_service_v1.go#L51-L62
   */
  opentelekomcloudName: [
    lengthBetween(1, 16),
    NAME_CHARACTERS,
    matches(/\w-/, 'contain a letter, digit or "_" followed by "-", e.g. "orders-svc" (the Open Telekom Cloud provider checks this)'),
  ],

  /** server_type: VM or LB (VIP and BMS are being discontinued by both clouds). */
  serverType: [oneOf(SERVER_TYPES)],

  /** port_id: a UUID, 1–64 characters (Huawei API). */
  portId: [lengthBetween(1, 64)],

  /** service_type: "only interface can be created for private services". */
  serviceType: [oneOf(SERVICE_TYPES)],

  /** ports: at most 200 per request, no duplicate mappings in one service (UpdateEndpointService; OTC provider MaxItems 200). */
  portMappings: {
    list: [countBetween<PortMapping>(1, 200, 'port mappings')],
    unique: true,
    uniqueKey: (m: PortMapping) => `${m.protocol ?? 'TCP'} ${m.terminalPort} -> ${m.servicePort}`,
  },

  /** client_port and server_port: 1–65535 (OTC API; Huawei AOS VPCEndpoint.Ports; OTC provider IntBetween(1, 65535)). */
  port: [integerBetween(1, 65535)],

  /** protocol: "TCP" only, on both API pages (OTC's provider would also take UDP, the API does not). */
  protocol: [oneOf(PORT_PROTOCOLS)],

  /** tcp_proxy on Huawei Cloud: close, toa_open, proxy_open, open, proxy_vni. */
  huaweicloudTcpProxy: [oneOf(TCP_PROXIES)],

  /** tcp_proxy on Open Telekom Cloud: the provider accepts close, toa_open, proxy_open, open (not proxy_vni). */
  opentelekomcloudTcpProxy: [oneOf(TCP_PROXIES.filter(p => p !== 'proxy_vni'))],

  /** Huawei ip_version: ipv4 or ipv6. */
  ipVersion: [oneOf(SERVICE_IP_VERSIONS)],

  /** description: "cannot contain angle brackets (< or >)" (both API pages). */
  description: [notMatching(/[<>]/, 'contain < or >')],

  /** Open Telekom Cloud description: "up to 128 characters", no angle brackets. */
  opentelekomcloudDescription: [lengthBetween(0, 128), notMatching(/[<>]/, 'contain < or >')],

  /** Whitelist records for accounts (both clouds' "Batch Adding or Deleting Whitelist Records" pages). */
  domainPermission: [rule<string>(
    'must be "iam:domain::<domain id>" (1–64 letters and digits) or "*" for every account',
    isDomainPermission,
  )],

  /**
   * An entry of `whitelist` of `opentelekomcloud_vpcep_service_v1`: the Open Telekom Cloud provider takes bare domain
   * IDs and prepends `iam:domain::` to each before it calls the API (and strips it when it reads the list back), so
   * `*` becomes `iam:domain::*`, every account, and a prefixed entry would reach the API doubled.
   * @see https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/88f1cf1e0a9d85b2d9cb94c6722e16358ac3a983/opentelekomcloud/services/vpcep/resource_opentelekomcloud_vpcep_service_v1.go
   */
  opentelekomcloudWhitelistEntry: [
    rule<string>(`must not start with "${DOMAIN_PREFIX}": the Open Telekom Cloud provider adds that prefix itself, so the API `
      + `would get "${DOMAIN_PREFIX}${DOMAIN_PREFIX}<domain id>" (write the bare domain ID)`, v => !v.startsWith(DOMAIN_PREFIX)),
    rule<string>(`must be a bare domain ID (1–64 letters and digits), which the provider sends as "${DOMAIN_PREFIX}<domain id>", `
      + 'or "*" for every account', v => v === '*' || DOMAIN_ID.test(v)),
  ],

  /** Whitelist records for organizations (Huawei Cloud), which the API takes with `permission_type` orgPath. */
  organizationPermission: [rule<string>(`must be ${ORGANIZATION_PERMISSION_TEXT}`, v => ORGANIZATION_PERMISSION.test(v))],

  /** Whitelist records for accounts or, on Huawei Cloud, organizations. */
  huaweicloudPermission: [rule<string>(
    `must be "iam:domain::<domain id>" (1–64 letters and digits), "*" for every account, ${ORGANIZATION_PERMISSION_TEXT}`,
    v => isDomainPermission(v) || ORGANIZATION_PERMISSION.test(v),
  )],

  /**
   * snat_network_id on Huawei Cloud: "mandatory when ip_version is ipv6" (the field comment of CreateEndpointService's
   * request body, as Huawei's generated SDK carries it).
   * @see https://github.com/huaweicloud/huaweicloud-sdk-go-v3/blob/6b559daff75c/services/vpcep/v1/model/model_create_endpoint_service_request_body.go
   */
  ipv6SnatNetwork: {
    text: name => `${name('snatNetworkId')} must be given when ${name('ipVersion')} is "ipv6"`,
    reportOn: 'snatNetworkId',
    presenceOnly: ['snatNetworkId'],
    accepts: v => v.ipVersion !== 'ipv6' || v.snatNetworkId !== undefined,
    explain: (_, name) => `must be given for an IPv6 service (the API requires it when ${name('ipVersion')} is "ipv6")`,
  } satisfies CrossRule<{ ipVersion: string; snatNetworkId: string }>,
} satisfies RuleTable;

const HUAWEI = {
  service: 'https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0201.html',
  permissions: 'https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0209.html',
  /** CreateEndpointService's field comments, as Huawei's generated SDK carries them (snat_network_id with ipv6). */
  serviceFields: 'https://github.com/huaweicloud/huaweicloud-sdk-go-v3/blob/6b559daff75c/services/vpcep/v1/model/model_create_endpoint_service_request_body.go',
  approval: 'https://support.huaweicloud.com/intl/en-us/api-vpcep/AcceptOrRejectEndpoint.html',
};
const OTC = {
  service: 'https://docs.otc.t-systems.com/vpc-endpoint/api-ref/apis/apis_for_managing_vpc_endpoint_services/creating_a_vpc_endpoint_service.html',
  permissions: 'https://docs.otc.t-systems.com/vpc-endpoint/api-ref/apis/apis_for_managing_vpc_endpoint_services/batch_adding_or_deleting_whitelist_records.html',
  provider: 'https://registry.terraform.io/providers/opentelekomcloud/opentelekomcloud/latest/docs/resources/vpcep_service_v1',
  /** How the provider builds the whitelist records: it prepends `iam:domain::` to each entry. */
  whitelist: 'https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/88f1cf1e0a9d85b2d9cb94c6722e16358ac3a983/opentelekomcloud/services/vpcep/resource_opentelekomcloud_vpcep_service_v1.go',
};
/** The providers' source, where it shows how they read an argument otherwise than the prop or the API; each at the commit read. */
const PROVIDER_SOURCE = {
  huaweiService: 'https://github.com/huaweicloud/terraform-provider-huaweicloud/blob/a0345b8dcc818aa80d932ec0802891222b0a22af/huaweicloud/services/vpcep/resource_huaweicloud_vpcep_service.go',
  huaweiServiceRequest: 'https://github.com/huaweicloud/terraform-provider-huaweicloud/blob/a0345b8dcc818aa80d932ec0802891222b0a22af/vendor/github.com/chnsz/golangsdk/openstack/vpcep/v1/services/requests.go',
  otcService: OTC.whitelist,
  /**
   * The provider's check of `name`, which its own documentation's example (`service_1`) fails: a finding cites the
   * check itself, not that page.
   */
  otcServiceName: `${OTC.whitelist}#L51-L62`,
};

/** How many port mappings one service takes. */
const PORT_MAPPING_COUNT: Rule<readonly never[]> = VPCEP_SERVICE_RULES.portMappings.list[0];

/** Rules that differ between the clouds' VPCEP services, each with its source where that is not the API page. */
interface ServiceCloudDifferences {
  readonly name: readonly [readonly Rule<string>[], string];
  readonly description: readonly Rule<string>[];
  readonly tcpProxy: readonly [readonly Rule<string>[], string];
  readonly tags: TagPolicy;
  /** Whether the provider merges its `default_tags` into `tags`, and where that shows. */
  readonly mergedDefaultTags?: ProviderReading;
  /** How the provider reads the optional text arguments: name, service_type, tcp_proxy and each port's protocol. */
  readonly optionalText: (check: AttributeCheck) => AttributeCheck;
  /** How the provider reads the values of server_type, service_type and tcp_proxy. */
  readonly enumeration: (check: AttributeCheck) => AttributeCheck;
  /** The rules on the port blocks beyond each field, and how the provider reads the blocks. */
  readonly portBlocks: { readonly rules: BlockRules; readonly reading?: ProviderReading };
}

/** The arguments both clouds' VPCEP services have, in each provider's names. */
function vpcepService(source: string, ports: { portBlock: string; clientPort: string; serverPort: string },
  cloud: ServiceCloudDifferences): AttributeCheck[] {
  return [
    ...vpcepIds(source, 'vpc_id'),
    cloud.optionalText(textAttribute('name', cloud.name[0], cloud.name[1])),
    cloud.enumeration(textAttribute('server_type', VPCEP_SERVICE_RULES.serverType, source)),
    textAttribute('port_id', VPCEP_SERVICE_RULES.portId, source),
    cloud.enumeration(cloud.optionalText(textAttribute('service_type', VPCEP_SERVICE_RULES.serviceType, source))),
    portBlocks(blocksAttribute(ports.portBlock, PORT_MAPPING_COUNT, [
      cloud.optionalText(textAttribute('protocol', VPCEP_SERVICE_RULES.protocol, source)),
      integerAttribute(ports.clientPort, VPCEP_SERVICE_RULES.port, source),
      integerAttribute(ports.serverPort, VPCEP_SERVICE_RULES.port, source),
    ], source, cloud.portBlocks.rules), cloud.portBlocks.reading),
    textAttribute('description', cloud.description, source),
    cloud.enumeration(cloud.optionalText(textAttribute('tcp_proxy', cloud.tcpProxy[0], cloud.tcpProxy[1]))),
    tagsAttribute('tags', cloud.tags, source, cloud.mergedDefaultTags),
  ];
}

function portBlocks(check: AttributeCheck, reading: ProviderReading | undefined): AttributeCheck {
  return reading ? readAs(check, reading) : check;
}

/**
 * Huawei Cloud's `port_mapping` is a list: a mapping written twice reaches the API, which refuses "duplicate port
 * mappings in the same VPC endpoint service". Two are the same when the protocol (TCP when not set, or "") and both
 * ports are; the key is the constructs' own (`portMappings.uniqueKey`).
 */
const HUAWEI_PORT_MAPPINGS: BlockRules = {
  unique: {
    key: (block, v) => {
      const { protocol, terminal_port: terminalPort, service_port: servicePort } = block;
      // A port left out is 0, which the provider does not send either; one that is no whole number is reported already.
      const ports = [terminalPort, servicePort].map(port => (port === undefined || port === null ? 0 : Number(port)));
      if ([protocol, terminalPort, servicePort].some(value => v.skips(value)) || !ports.every(Number.isInteger)) return undefined;
      return VPCEP_SERVICE_RULES.portMappings.uniqueKey({
        protocol: typeof protocol === 'string' && protocol !== '' ? protocol : undefined,
        terminalPort: ports[0],
        servicePort: ports[1],
      });
    },
    why: 'the API refuses a port mapping given twice in one service',
  },
};

/** An approval of connections to a VPCEP service (AcceptOrRejectEndpoint). */
function vpcepApproval(source: string): AttributeCheck[] {
  return [textAttribute('service_id', VPCEP_SERVICE_RULES.serviceId, source), setAttribute('endpoints', { each: VPCEP_ENDPOINT_RULES.id, unique: true }, source)];
}

/** The service's rules on raw resources: the Huawei Cloud and Open Telekom Cloud providers' services and approvals. */
export const VPCEP_SERVICE_RESOURCES = {
  huaweicloud_vpcep_service: {
    engine: 'terraform',
    attributes: [
      ...vpcepService(HUAWEI.service, { portBlock: 'port_mapping', clientPort: 'terminal_port', serverPort: 'service_port' }, {
        name: [VPCEP_SERVICE_RULES.name, HUAWEI.service],
        description: VPCEP_SERVICE_RULES.description,
        tcpProxy: [VPCEP_SERVICE_RULES.huaweicloudTcpProxy, HUAWEI.service],
        tags: VPCEP_ENDPOINT_RULES.huaweicloudTags,
        mergedDefaultTags: HUAWEICLOUD_MERGED_DEFAULT_TAGS,
        optionalText: check => emptyText(check, PROVIDER_SOURCE.huaweiServiceRequest),
        enumeration: check => check,
        portBlocks: { rules: HUAWEI_PORT_MAPPINGS },
      }),
      emptyText(textAttribute('ip_version', VPCEP_SERVICE_RULES.ipVersion, HUAWEI.service), PROVIDER_SOURCE.huaweiServiceRequest),
      // The provider sends each set with its own permission type: the records of the other type are refused.
      readAs(setAttribute('permissions', { each: VPCEP_SERVICE_RULES.domainPermission, unique: true }, HUAWEI.permissions), {
        note: 'sent with permission_type domainId: account records only (organizations go in organization_permissions)',
        source: PROVIDER_SOURCE.huaweiService,
      }),
      readAs(setAttribute('organization_permissions', { each: VPCEP_SERVICE_RULES.organizationPermission, unique: true }, HUAWEI.permissions), {
        note: 'sent with permission_type orgPath: organization records only (accounts go in permissions)',
        source: PROVIDER_SOURCE.huaweiService,
      }),
    ],
    together: [
      together(VPCEP_SERVICE_RULES.ipv6SnatNetwork,
        { ipVersion: sentUnlessEmpty('ip_version'), snatNetworkId: sentUnlessEmpty('snat_network_id') }, HUAWEI.serviceFields),
    ],
  },
  opentelekomcloud_vpcep_service_v1: {
    engine: 'terraform',
    attributes: [
      ...vpcepService(OTC.service, { portBlock: 'port', clientPort: 'client_port', serverPort: 'server_port' }, {
        name: [VPCEP_SERVICE_RULES.opentelekomcloudName, PROVIDER_SOURCE.otcServiceName],
        description: VPCEP_SERVICE_RULES.opentelekomcloudDescription,
        tcpProxy: [VPCEP_SERVICE_RULES.opentelekomcloudTcpProxy, OTC.provider],
        tags: VPCEP_ENDPOINT_RULES.opentelekomcloudTags,
        // The provider refuses "" for name, service_type, tcp_proxy and protocol (StringLenBetween, StringInSlice).
        optionalText: check => check,
        enumeration: check => readAs(check, {
          note: 'the provider takes any case (StringInSlice ignoring case) and sends the value as written: the check keeps the API\'s spelling',
          source: PROVIDER_SOURCE.otcService,
        }),
        // A set of blocks: Terraform merges a mapping written twice (the provider's default TCP included), so no
        // repeat reaches the API.
        portBlocks: {
          rules: {},
          reading: { note: 'a set: Terraform merges a mapping written twice, so none repeats', source: PROVIDER_SOURCE.otcService },
        },
      }),
      readAs(setAttribute('whitelist', { each: VPCEP_SERVICE_RULES.opentelekomcloudWhitelistEntry, unique: true }, OTC.permissions), {
        note: 'bare domain IDs, not the API\'s records: the provider prepends "iam:domain::" to each', source: PROVIDER_SOURCE.otcService,
      }),
    ],
  },
  huaweicloud_vpcep_approval: {
    engine: 'terraform',
    attributes: vpcepApproval(HUAWEI.approval),
  },
  opentelekomcloud_vpcep_approval_v1: {
    engine: 'terraform',
    attributes: vpcepApproval(OTC.service),
  },
} satisfies Record<string, ResourceTypeRules>;
