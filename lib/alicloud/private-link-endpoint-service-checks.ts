/**
 * How `PrivateLinkEndpointService` applies its rule table: the run-time shapes of its props, resources, users and
 * connections, and the checks that need more than one value.
 * The rules themselves are data in the rules layer (`lib/rules/`), which loads without an engine.
 */
import { PRIVATE_LINK_TIMEOUTS } from './private-link-endpoint-checks';
import type {
  PrivateLinkConnectionOptions, PrivateLinkEndpointServiceAttributes, PrivateLinkEndpointServiceProps, PrivateLinkServiceResource,
} from './private-link-endpoint-service-types';
import { boolean, listOf, mapOf, number, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';
import { ALICLOUD_SOURCE } from '../rules/alicloud/private-link-endpoint';
import { PRIVATE_LINK_ENDPOINT_SERVICE_RULES, accountIdOf } from '../rules/alicloud/private-link-endpoint-service';
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

const RULES = PRIVATE_LINK_ENDPOINT_SERVICE_RULES;

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
  v.checkTogether(RULES.dualStackResourceType, { addressIpVersion: props.addressIpVersion, serviceResourceType: props.serviceResourceType });
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
  v.checkTogether(RULES.zoneForResourceType, { resourceType: resource.resourceType, zoneId: resource.zoneId }, name => `${property}.${name}`);
}

/**
 * A resource as the provider tells attachments apart, by its ID: `<service>:<resource>` for a CLB (`slb`), whose zone
 * is optional, so one with and one without a zone are the same attachment; `<service>:<resource>:<zone>` otherwise.
 *
 * @see https://github.com/aliyun/terraform-provider-alicloud/blob/master/alicloud/resource_alicloud_privatelink_vpc_endpoint_service_resource.go
 */
const resourceKey = (r: PrivateLinkServiceResource) =>
  (r.resourceType === 'slb' ? `slb ${r.resourceId}` : `${r.resourceType} ${r.resourceId} in ${r.zoneId}`);

/** The whole resource list, which `addResource()` can break after construction: at most 20, each once. */
export function checkResourceList(v: Validator, resources: readonly PrivateLinkServiceResource[]): void {
  v.checkList('resources', resources, { list: [RULES.resources], unique: true, uniqueKey: resourceKey });
}

/**
 * A resource `addResource()` adds to `existing`: its fields, and not one the list has already (the provider's ID for it
 * would be taken twice); the list size is left to synth.
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
