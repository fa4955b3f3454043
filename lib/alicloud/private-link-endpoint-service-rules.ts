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
import { ALICLOUD_SOURCE, PRIVATE_LINK_ENDPOINT_RULES, PRIVATE_LINK_TIMEOUTS } from './private-link-endpoint-rules';
import type {
  PrivateLinkConnectionOptions, PrivateLinkEndpointServiceAttributes, PrivateLinkEndpointServiceProps, PrivateLinkServiceResource,
} from './private-link-endpoint-service-types';
import { NOT_EMPTY, countBetween, integerBetween, lengthBetween, oneOf, rule } from '../core/rules';
import { boolean, listOf, mapOf, number, optional, string, struct } from '../core/shapes';
import { RuleTable, Validator } from '../core/validator';
import { META_ARGUMENT_SHAPES } from '../terraform/meta-arguments';
import { checkProviderProp } from '../terraform/provider-check';
import { TimeoutsBlock, checkTimeouts } from '../terraform/timeouts';

/** The timeouts of `alicloud_privatelink_vpc_endpoint_service`. */
const SERVICE_TIMEOUTS: TimeoutsBlock = { keys: ['create', 'update', 'delete'], resource: 'alicloud_privatelink_vpc_endpoint_service' };

/** Lists whose entries each become their own Terraform resource: a token for a whole list cannot be split. */
const EACH_OWN_RESOURCE = { literalBecause: 'each entry becomes its own resource (list them here, or add each with its add method)' };

/** The run-time shape of a `PrivateLinkServiceResource`, for props and `addResource()`. */
export const PRIVATE_LINK_SERVICE_RESOURCE = struct<PrivateLinkServiceResource>('PrivateLinkServiceResource', {
  resourceType: string(),
  resourceId: string(),
  zoneId: optional(string()),
});

/** The run-time shape of `PrivateLinkEndpointServiceAttributes`, for `fromPrivateLinkEndpointServiceAttributes()`. */
export const PRIVATE_LINK_ENDPOINT_SERVICE_ATTRIBUTES = struct<PrivateLinkEndpointServiceAttributes>('PrivateLinkEndpointServiceAttributes', {
  serviceId: string(),
  autoAcceptConnection: optional(boolean()),
  provider: META_ARGUMENT_SHAPES.provider,
});

/** The run-time shape of `PrivateLinkConnectionOptions`, for `acceptConnection()`. */
export const PRIVATE_LINK_CONNECTION_OPTIONS = struct<PrivateLinkConnectionOptions>('PrivateLinkConnectionOptions', {
  bandwidth: optional(number()),
});

/** The run-time shape of `PrivateLinkEndpointServiceProps`, for callers without TypeScript's checks. */
export const PRIVATE_LINK_ENDPOINT_SERVICE_PROPS = struct<PrivateLinkEndpointServiceProps>('PrivateLinkEndpointServiceProps', {
  ...META_ARGUMENT_SHAPES,
  resources: optional(listOf(PRIVATE_LINK_SERVICE_RESOURCE, 'resources', EACH_OWN_RESOURCE)),
  allowedUsers: optional(listOf(string(), 'string entries', EACH_OWN_RESOURCE)),
  autoAcceptConnection: optional(boolean()),
  description: optional(string()),
  connectBandwidth: optional(number()),
  payer: optional(string()),
  serviceResourceType: optional(string()),
  addressIpVersion: optional(string()),
  serviceSupportIpv6: optional(boolean()),
  zoneAffinityEnabled: optional(boolean()),
  supportedRegions: optional(listOf(string())),
  resourceGroupId: optional(string()),
  tags: optional(mapOf(string(), 'strings')),
  timeouts: optional(PRIVATE_LINK_TIMEOUTS),
});

/** The load balancer types the provider's `resource_type` accepts: CLB (`slb`), ALB, NLB and Gateway Load Balancer. */
const RESOURCE_TYPES = ['slb', 'alb', 'nlb', 'gwlb'];

/** AttachResourceToVpcEndpointService: "ZoneId is required when the resource is an ALB, NLB or GWLB instance". */
const ZONAL_RESOURCE_TYPES = ['alb', 'nlb', 'gwlb'];

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
  payer: [oneOf(['Endpoint', 'EndpointService'])],

  /** ServiceResourceType and each resource's ResourceType: slb, alb, nlb or gwlb (provider). */
  resourceType: [oneOf(RESOURCE_TYPES)],

  /**
   * AddressIpVersion of a service: IPv4 or DualStack (CreateVpcEndpointService). The provider would also pass IPv6,
   * which only endpoints take.
   */
  addressIpVersion: [rule<string>('must be IPv4 or DualStack (CreateVpcEndpointService: a service has no IPv6-only mode)',
    v => v === 'IPv4' || v === 'DualStack')],

  /** Resource.N: N is 1–20 (older CreateVpcEndpointService page; ROS: up to 20 service resources). */
  resources: countBetween<PrivateLinkServiceResource>(0, 20, 'resources'),

  /** User: up to 20 accounts in the service's whitelist (ROS). */
  allowedUsers: countBetween<string>(0, 20, 'allowed users'),

  /** UserId or UserARN (AddUserToVpcEndpointService); the provider requires the account ID, taken from the ARN here. */
  allowedUser: [rule<string>(
    'must be an Alibaba Cloud account ID (digits, e.g. "1234567890123456") or a RAM ARN naming one ' +
    '(e.g. "acs:ram::1234567890123456:root")',
    v => ACCOUNT_ID.test(v) || USER_ARN.test(v),
  )],

  /** Tags: the PrivateLink tag policy of the endpoints (TagResources). */
  tags: PRIVATE_LINK_ENDPOINT_RULES.tags,
} satisfies RuleTable;

const RULES = PRIVATE_LINK_ENDPOINT_SERVICE_RULES;

/** The account ID of an allowed user given as an ID or an ARN (undefined when it is neither). */
export function accountIdOf(user: string): string | undefined {
  return ACCOUNT_ID.test(user) ? user : USER_ARN.exec(user)?.[1];
}

/** Every rule on the literal props given at construction. */
export function checkPrivateLinkEndpointServiceProps(v: Validator, props: PrivateLinkEndpointServiceProps): void {
  checkProviderProp(v, props.provider, ALICLOUD_SOURCE);
  checkTimeouts(v, 'timeouts', props.timeouts, SERVICE_TIMEOUTS);
  v.check('resourceGroupId', props.resourceGroupId, ...RULES.id);
  v.check('description', props.description, ...RULES.description);
  v.check('connectBandwidth', props.connectBandwidth, ...RULES.connectBandwidth);
  v.check<string>('payer', props.payer, ...RULES.payer);
  v.check<string>('serviceResourceType', props.serviceResourceType, ...RULES.resourceType);
  v.check<string>('addressIpVersion', props.addressIpVersion, ...RULES.addressIpVersion);
  v.checkList('supportedRegions', props.supportedRegions, { unique: true, each: RULES.id });
  v.checkTags('tags', props.tags, RULES.tags);
}

/** One backend resource, checked as it is given. */
export function checkResource(v: Validator, index: number, resource: PrivateLinkServiceResource): void {
  if (!v.isLiteral(resource)) return;
  const property = `resources[${index}]`;
  v.check<string>(`${property}.resourceType`, resource.resourceType, ...RULES.resourceType);
  v.check(`${property}.resourceId`, resource.resourceId, ...RULES.id);
  v.check(`${property}.zoneId`, resource.zoneId, ...RULES.id);
  if (v.isLiteral(resource.resourceType) && ZONAL_RESOURCE_TYPES.includes(resource.resourceType) && resource.zoneId === undefined) {
    v.fail(`${property}.zoneId`, undefined,
      `must be given for resource type ${resource.resourceType} (AttachResourceToVpcEndpointService requires the zone for alb, nlb and gwlb)`);
  }
}

/** A resource as the API tells resources apart: type, instance and zone. */
const resourceKey = (r: PrivateLinkServiceResource) => `${r.resourceType} ${r.resourceId}${r.zoneId === undefined ? '' : ` in ${r.zoneId}`}`;

/** The whole resource list, which `addResource()` can break after construction: at most 20, each once. */
export function checkResourceList(v: Validator, resources: readonly PrivateLinkServiceResource[]): void {
  v.checkList('resources', resources, { list: [RULES.resources], unique: true, uniqueKey: resourceKey });
}

/**
 * A resource `addResource()` adds to `existing`: its fields, and not one the list has already (the provider's ID for it,
 * `<service>:<resource>:<zone>`, would be taken twice); the list size is left to synth.
 */
export function checkAddedResource(v: Validator, existing: readonly PrivateLinkServiceResource[], added: PrivateLinkServiceResource): void {
  checkResource(v, existing.length, added);
  v.checkList('resources', [...existing, added], { unique: true, uniqueKey: resourceKey });
}

/** One allowed user, checked as it is given. */
export function checkAllowedUser(v: Validator, index: number, user: string): void {
  v.check(`allowedUsers[${index}]`, user, ...RULES.allowedUser);
}

const userKey = (user: string) => accountIdOf(user) ?? user;

/** The whole user list: at most 20, each account once (the provider keys a user by service and account). */
export function checkAllowedUserList(v: Validator, users: readonly string[]): void {
  v.checkList('allowedUsers', users, { list: [RULES.allowedUsers], unique: true, uniqueKey: userKey });
}

/** Users `addAllowedUser()` adds to `existing`: each one's format, and no account twice; the list size is left to synth. */
export function checkAddedUsers(v: Validator, existing: readonly string[], added: readonly string[]): void {
  added.forEach((u, i) => checkAllowedUser(v, existing.length + i, u));
  v.checkList('allowedUsers', [...existing, ...added], { unique: true, uniqueKey: userKey });
}

/** The options of `acceptConnection()`. */
export function checkConnectionOptions(v: Validator, options: PrivateLinkConnectionOptions): void {
  v.check('options.bandwidth', options.bandwidth, ...RULES.connectionBandwidth);
}
