import { PRIVATE_LINK_ENDPOINT_RULES } from './private-link-endpoint';
import { CrossRule, NOT_EMPTY, countBetween, integerBetween, lengthBetween, oneOf, rule } from '../../core/rules';
import { RuleTable } from '../../core/validator';
import { ResourceTypeRules, blocksAttribute, emptyText, readAs, setAttribute, tagsAttribute, textAttribute, integerAttribute } from '../surfaces/attribute-checks';
import { ResourceCheck, decidedByCloudWhenUnset, sentUnlessEmpty, textArgument, together } from '../surfaces/resource-checks';

/**
 * Alibaba Cloud PrivateLink endpoint service rules, each written once. Sources:
 * - CreateVpcEndpointService: https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpointservice
 * - AttachResourceToVpcEndpointService: https://alibabacloud.com/help/en/privatelink/api-attachresourcetovpcendpointservice
 * - AddUserToVpcEndpointService: https://alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-addusertovpcendpointservice
 * - EnableVpcEndpointConnection: https://alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-enablevpcendpointconnection
 * - ROS ALIYUN::PrivateLink::VpcEndpointService: https://www.alibabacloud.com/help/doc-detail/198718.htm
 * - the `aliyun/alicloud` provider's documentation of `alicloud_privatelink_vpc_endpoint_service`,
 *   `..._service_resource`, `..._service_user` and `alicloud_privatelink_vpc_endpoint_connection`
 * The provider checks only some enums and the bandwidth range; the rest fails at apply time without these checks.
 */

// The API's values of the service's enumerated fields. The `alicloud.PrivateLink*` enums offer the same values to users
// (jsii keeps a public enum in the folder of its namespace); test/rules/alicloud/values.test.ts holds the two equal.

/** The load balancer types the provider's `resource_type` accepts: CLB (`slb`), ALB, NLB and Gateway Load Balancer. */
export const SERVICE_RESOURCE_TYPES = ['slb', 'alb', 'nlb', 'gwlb'] as const;

/** Payer: the endpoint's owner or the service's (CreateVpcEndpointService; provider). */
export const PAYERS = ['Endpoint', 'EndpointService'] as const;

/** AddressIpVersion of a service (CreateVpcEndpointService): a service has no IPv6-only mode, unlike an endpoint. */
export const SERVICE_IP_VERSIONS = ['IPv4', 'DualStack'] as const;

/** AttachResourceToVpcEndpointService: "ZoneId is required when the resource is an ALB, NLB or GWLB instance". */
export const ZONAL_RESOURCE_TYPES = ['alb', 'nlb', 'gwlb'];

/**
 * CreateVpcEndpointService, AddressIpVersion: "Only endpoint services whose backend resource type is nlb or gwlb
 * support DualStack" (the field comment, as Alibaba's generated SDKs carry it).
 * @see https://github.com/aliyun/alibabacloud-typescript-sdk/blob/725da59dca788cb172187831e8366ecb7ca0b042/privatelink-20200415/src/models/CreateVpcEndpointServiceRequest.ts
 */
const DUAL_STACK_RESOURCE_TYPES = ['nlb', 'gwlb'];
const DUAL_STACK = 'DualStack';

/** An Alibaba Cloud account ID (the API types UserId as a long): digits. */
const ACCOUNT_ID = /^[1-9][0-9]{0,18}$/;

/** A RAM ARN naming the account in its fourth part, e.g. `acs:ram::1234567890123456:root` or `...:role/name`. */
const USER_ARN = /^acs:ram:[^:]*:([1-9][0-9]{0,18}):\S+$/;

export const PRIVATE_LINK_ENDPOINT_SERVICE_RULES = {
  /**
   * The IDs and names the service refers to (ResourceId, ZoneId, ResourceGroupId, each supported region, the ID of an
   * imported service): an empty one names nothing, and the API rejects it.
   */
  id: [NOT_EMPTY],

  /** ServiceDescription: 2–256 characters (ROS; the API page states no limit). */
  description: [lengthBetween(2, 256)],

  /** ConnectBandwidth: the provider checks IntBetween(100, 10240) Mbit/s. */
  connectBandwidth: [integerBetween(100, 10240)],

  /**
   * A connection's Bandwidth: EnableVpcEndpointConnection takes 100–10240 Mbit/s for ALB and CLB services and up to
   * 25600 for NLB ones, but the provider checks IntBetween(100, 10240) for every service, so that is what plans.
   */
  connectionBandwidth: [integerBetween(100, 10240)],

  /** Payer: Endpoint or EndpointService (CreateVpcEndpointService; provider). */
  payer: [oneOf(PAYERS)],

  /** ServiceResourceType and each resource's ResourceType: slb, alb, nlb or gwlb (provider). */
  resourceType: [oneOf(SERVICE_RESOURCE_TYPES)],

  /**
   * AddressIpVersion of a service: IPv4 or DualStack (CreateVpcEndpointService). The provider would also pass IPv6,
   * which only endpoints take.
   */
  addressIpVersion: [rule<string>('must be IPv4 or DualStack (CreateVpcEndpointService: a service has no IPv6-only mode)',
    v => (SERVICE_IP_VERSIONS as readonly string[]).includes(v))],

  /** Resource.N: N is 1–20 (older CreateVpcEndpointService page; ROS: up to 20 service resources). */
  resources: countBetween<unknown>(0, 20, 'resources'),

  /**
   * The resources given with CreateVpcEndpointService itself: "at most 10 ... when you create the endpoint service"
   * (the provider's inline `resource` block has MaxItems 10); more are attached one by one afterwards.
   */
  resourcesAtCreation: countBetween<never>(0, 10, 'resources',
    'a service takes at most 10 when it is created; attach more with alicloud_privatelink_vpc_endpoint_service_resource'),

  /** A backend resource names the load balancer it attaches: ResourceId (AttachResourceToVpcEndpointService). */
  resourceId: {
    text: name => `${name('resourceId')} must be given`,
    reportOn: 'resourceId',
    presenceOnly: ['resourceId'],
    accepts: v => v.resourceId !== undefined,
    explain: () => 'must be given: the API attaches the load balancer it names',
  } satisfies CrossRule<{ resourceId: string }>,

  /** ZoneId of a backend resource: required for alb, nlb and gwlb (AttachResourceToVpcEndpointService). */
  zoneForResourceType: {
    text: name => `${name('zoneId')} must be given when ${name('resourceType')} is ${ZONAL_RESOURCE_TYPES.join(', ')}`,
    reportOn: 'zoneId',
    presenceOnly: ['zoneId'],
    accepts: v => v.resourceType === undefined || !ZONAL_RESOURCE_TYPES.includes(v.resourceType) || v.zoneId !== undefined,
    explain: v => `must be given for resource type ${v.resourceType} `
      + '(AttachResourceToVpcEndpointService requires the zone for alb, nlb and gwlb)',
  } satisfies CrossRule<{ resourceType: string; zoneId: string }>,

  /** AddressIpVersion DualStack: only for a service whose backends are nlb or gwlb (CreateVpcEndpointService). */
  dualStackResourceType: {
    text: name => `${name('addressIpVersion')} "${DUAL_STACK}" only when ${name('serviceResourceType')} is `
      + `${DUAL_STACK_RESOURCE_TYPES.join(' or ')}`,
    reportOn: 'addressIpVersion',
    accepts: v => v.addressIpVersion !== DUAL_STACK || v.serviceResourceType === undefined
      || DUAL_STACK_RESOURCE_TYPES.includes(v.serviceResourceType),
    explain: (v, name) => `must not be "${DUAL_STACK}" for a service of resource type ${v.serviceResourceType}: only `
      + `services whose ${name('serviceResourceType')} is ${DUAL_STACK_RESOURCE_TYPES.join(' or ')} support dual stack (CreateVpcEndpointService)`,
  } satisfies CrossRule<{ addressIpVersion: string; serviceResourceType: string }>,

  /** User: up to 20 accounts in the service's whitelist (ROS). */
  allowedUsers: countBetween<string>(0, 20, 'allowed users'),

  /** UserId or UserARN (AddUserToVpcEndpointService); the provider requires the account ID, taken from the ARN here. */
  allowedUser: [rule<string>(
    'must be an Alibaba Cloud account ID (digits, e.g. "1234567890123456") or a RAM ARN naming one ' +
    '(e.g. "acs:ram::1234567890123456:root")',
    v => ACCOUNT_ID.test(v) || USER_ARN.test(v),
  )],

  /** `UserId` alone (AddUserToVpcEndpointService types it as a long): the account ID, never an ARN. */
  userId: [rule<string>('must be an Alibaba Cloud account ID (digits, e.g. "1234567890123456"), not an ARN (give that as user_arn)',
    v => ACCOUNT_ID.test(v))],

  /** `UserARN` alone (AddUserToVpcEndpointService): a RAM ARN naming an account. */
  userArn: [rule<string>('must be a RAM ARN naming an account (e.g. "acs:ram::1234567890123456:root"), not a bare account ID '
    + '(give that as user_id)', v => USER_ARN.test(v))],

  /** Tags: the PrivateLink tag policy of the endpoints (TagResources). */
  tags: PRIVATE_LINK_ENDPOINT_RULES.tags,
} satisfies RuleTable;

/** The account ID of an allowed user given as an ID or an ARN (undefined when it is neither). */
export function accountIdOf(user: string): string | undefined {
  return ACCOUNT_ID.test(user) ? user : USER_ARN.exec(user)?.[1];
}

const ALIBABA = {
  tags: 'https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-tagresources',
  service: 'https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpointservice',
  resource: 'https://alibabacloud.com/help/en/privatelink/api-attachresourcetovpcendpointservice',
  /** CreateVpcEndpointService's field comments, as Alibaba's generated SDK carries them (which resource types take DualStack). */
  serviceFields: 'https://github.com/aliyun/alibabacloud-typescript-sdk/blob/725da59dca788cb172187831e8366ecb7ca0b042/privatelink-20200415/src/models/CreateVpcEndpointServiceRequest.ts',
  user: 'https://alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-addusertovpcendpointservice',
  connection: 'https://alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-enablevpcendpointconnection',
  provider: 'https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service',
};
/** The provider's source, where it shows how it reads an argument otherwise than the prop or the API; at the commit read. */
const PROVIDER_SOURCE = {
  alibabaService: 'https://github.com/aliyun/terraform-provider-alicloud/blob/81c43b6727a09e9da37b3d88818c3ba5fa17fa14/alicloud/resource_alicloud_privatelink_vpc_endpoint_service.go',
  alibabaUser: 'https://github.com/aliyun/terraform-provider-alicloud/blob/81c43b6727a09e9da37b3d88818c3ba5fa17fa14/alicloud/resource_alicloud_privatelink_vpc_endpoint_service_user.go',
};

/** The zone of a backend load balancer: "" is not sent, so it is a zone not given. */
const zoneOfBackend = { resourceType: textArgument('resource_type'), zoneId: sentUnlessEmpty('zone_id') };

/**
 * One backend in the service's inline `resource` block: its ID (the schema makes it optional; the API attaches nothing
 * without it) and, for alb, nlb and gwlb, its zone.
 */
const backendResource = (source: string): ResourceCheck[] => [
  together(PRIVATE_LINK_ENDPOINT_SERVICE_RULES.resourceId, { resourceId: textArgument('resource_id') }, source),
  together(PRIVATE_LINK_ENDPOINT_SERVICE_RULES.zoneForResourceType, zoneOfBackend, source),
];

/** The service's rules on raw resources: the Alibaba Cloud provider's service, its backends, users and connections. */
export const PRIVATE_LINK_ENDPOINT_SERVICE_RESOURCES = {
  alicloud_privatelink_vpc_endpoint_service: {
    engine: 'terraform',
    attributes: [
      emptyText(textAttribute('service_description', PRIVATE_LINK_ENDPOINT_SERVICE_RULES.description, ALIBABA.service), PROVIDER_SOURCE.alibabaService),
      integerAttribute('connect_bandwidth', PRIVATE_LINK_ENDPOINT_SERVICE_RULES.connectBandwidth, ALIBABA.provider),
      textAttribute('payer', PRIVATE_LINK_ENDPOINT_SERVICE_RULES.payer, ALIBABA.service),
      textAttribute('service_resource_type', PRIVATE_LINK_ENDPOINT_SERVICE_RULES.resourceType, ALIBABA.service),
      textAttribute('address_ip_version', PRIVATE_LINK_ENDPOINT_SERVICE_RULES.addressIpVersion, ALIBABA.service),
      readAs(blocksAttribute('resource', PRIVATE_LINK_ENDPOINT_SERVICE_RULES.resourcesAtCreation, [
        textAttribute('resource_id', PRIVATE_LINK_ENDPOINT_SERVICE_RULES.id, ALIBABA.resource),
        textAttribute('resource_type', PRIVATE_LINK_ENDPOINT_SERVICE_RULES.resourceType, ALIBABA.resource),
      ], ALIBABA.resource, { together: backendResource(ALIBABA.resource) }), {
        note: 'a set whose entries are told apart by resource_id and resource_type only: an entry repeating both merges',
        source: PROVIDER_SOURCE.alibabaService,
      }),
      setAttribute('supported_region_list', { each: PRIVATE_LINK_ENDPOINT_SERVICE_RULES.id, unique: true }, ALIBABA.service),
      tagsAttribute('tags', PRIVATE_LINK_ENDPOINT_SERVICE_RULES.tags, ALIBABA.tags),
    ],
    together: [
      // service_resource_type left out is the cloud's choice (Optional and Computed).
      together(PRIVATE_LINK_ENDPOINT_SERVICE_RULES.dualStackResourceType, {
        addressIpVersion: textArgument('address_ip_version'), serviceResourceType: decidedByCloudWhenUnset('service_resource_type'),
      }, ALIBABA.serviceFields),
    ],
  },
  alicloud_privatelink_vpc_endpoint_service_resource: {
    engine: 'terraform',
    attributes: [
      ...['service_id', 'resource_id'].map(a => textAttribute(a, PRIVATE_LINK_ENDPOINT_SERVICE_RULES.id, ALIBABA.resource)),
      textAttribute('resource_type', PRIVATE_LINK_ENDPOINT_SERVICE_RULES.resourceType, ALIBABA.resource),
    ],
    together: [together(PRIVATE_LINK_ENDPOINT_SERVICE_RULES.zoneForResourceType, zoneOfBackend, ALIBABA.resource)],
  },
  alicloud_privatelink_vpc_endpoint_service_user: {
    engine: 'terraform',
    attributes: [
      textAttribute('service_id', PRIVATE_LINK_ENDPOINT_SERVICE_RULES.id, ALIBABA.user),
      textAttribute('user_id', PRIVATE_LINK_ENDPOINT_SERVICE_RULES.userId, ALIBABA.user),
      emptyText(textAttribute('user_arn', PRIVATE_LINK_ENDPOINT_SERVICE_RULES.userArn, ALIBABA.user), PROVIDER_SOURCE.alibabaUser),
    ],
  },
  alicloud_privatelink_vpc_endpoint_connection: {
    engine: 'terraform',
    attributes: [
      ...['endpoint_id', 'service_id'].map(a => textAttribute(a, PRIVATE_LINK_ENDPOINT_SERVICE_RULES.id, ALIBABA.connection)),
      integerAttribute('bandwidth', PRIVATE_LINK_ENDPOINT_SERVICE_RULES.connectionBandwidth, ALIBABA.connection),
    ],
  },
} satisfies Record<string, ResourceTypeRules>;
