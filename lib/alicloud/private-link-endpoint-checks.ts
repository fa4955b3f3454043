/**
 * How `PrivateLinkEndpoint` applies its rule table: the run-time shape of its props, and the checks that
 * need more than one value (which props go together, the zones, the provider).
 * The rules themselves are data in the rules layer (`lib/rules/`), which loads without an engine.
 */
import type { PrivateLinkEndpointAttributes, PrivateLinkEndpointProps, PrivateLinkEndpointZone } from './private-link-endpoint-types';
import type { PrivateLinkTimeouts } from './private-link-timeouts';
import { boolean, integer, listOf, mapOf, number, object, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';
import { ALICLOUD_SOURCE, PRIVATE_LINK_ENDPOINT_RULES } from '../rules/alicloud/private-link-endpoint';
import { META_ARGUMENT_SHAPES } from '../terraform/meta-arguments';
import { checkProviderProp } from '../terraform/provider-check';
import { TimeoutsBlock, checkTimeouts } from '../terraform/timeouts';

/** The run-time shape of `PrivateLinkTimeouts`, for the endpoint and the endpoint service. */
export const PRIVATE_LINK_TIMEOUTS = struct<PrivateLinkTimeouts>('PrivateLinkTimeouts', {
  create: optional(string()),
  update: optional(string()),
  delete: optional(string()),
});

/** The timeouts of `alicloud_privatelink_vpc_endpoint`. */
const ENDPOINT_TIMEOUTS: TimeoutsBlock = { keys: ['create', 'update', 'delete'], resource: 'alicloud_privatelink_vpc_endpoint' };

/** The run-time shape of a `PrivateLinkEndpointZone`, for props and `addZone()`. */
export const PRIVATE_LINK_ENDPOINT_ZONE = struct<PrivateLinkEndpointZone>('PrivateLinkEndpointZone', {
  vSwitchId: string(),
  zoneId: optional(string()),
  ip: optional(string()),
});

/** The run-time shape of `PrivateLinkEndpointProps`, for callers without TypeScript's checks. */
/** The run-time shape of `PrivateLinkEndpointAttributes`, for `fromPrivateLinkEndpointAttributes()`. */
export const PRIVATE_LINK_ENDPOINT_ATTRIBUTES = struct<PrivateLinkEndpointAttributes>('PrivateLinkEndpointAttributes', {
  endpointId: string(),
});

export const PRIVATE_LINK_ENDPOINT_PROPS = struct<PrivateLinkEndpointProps>('PrivateLinkEndpointProps', {
  ...META_ARGUMENT_SHAPES,
  vpcId: string(),
  serviceId: optional(string()),
  serviceName: optional(string()),
  service: optional(object('an IPrivateLinkEndpointService')),
  endpointName: optional(string()),
  description: optional(string()),
  endpointType: optional(string()),
  securityGroupIds: optional(listOf(string())),
  zones: optional(listOf(PRIVATE_LINK_ENDPOINT_ZONE, 'zones', {
    literalBecause: 'each zone becomes its own resource; list the zones here (their fields may be tokens) or add each with addZone()',
  })),
  addressIpVersion: optional(string()),
  zonePrivateIpAddressCount: optional(integer()),
  protectedEnabled: optional(boolean()),
  resourceGroupId: optional(string()),
  policyDocument: optional(string()),
  serviceRegionId: optional(string()),
  crossRegionBandwidth: optional(number()),
  tags: optional(mapOf(string(), 'strings')),
  timeouts: optional(PRIVATE_LINK_TIMEOUTS),
});

const RULES = PRIVATE_LINK_ENDPOINT_RULES;

/** Every rule on the literal props given at construction. */
export function checkPrivateLinkEndpointProps(v: Validator, props: PrivateLinkEndpointProps, endpointType: string): void {
  checkProviderProp(v, props.provider, ALICLOUD_SOURCE);
  for (const name of ['vpcId', 'serviceId', 'serviceName', 'resourceGroupId', 'serviceRegionId'] as const) {
    v.check(name, props[name], ...RULES.id);
  }
  v.check('policyDocument', props.policyDocument, ...RULES.policyDocument);
  v.check('crossRegionBandwidth', props.crossRegionBandwidth, ...RULES.crossRegionBandwidth);
  v.check('endpointName', props.endpointName, ...RULES.endpointName);
  v.check('description', props.description, ...RULES.description);
  // The provider takes both strings and checks neither.
  v.exactlyOneOf(props, 'serviceId', 'serviceName', 'service');
  v.check('endpointType', endpointType, RULES.endpointType);
  checkSecurityGroups(v, endpointType, props.securityGroupIds);
  v.check<string>('addressIpVersion', props.addressIpVersion, RULES.addressIpVersion);
  v.check('zonePrivateIpAddressCount', props.zonePrivateIpAddressCount, RULES.zonePrivateIpAddressCount);
  v.checkTags('tags', props.tags, RULES.tags);
  checkTimeouts(v, 'timeouts', props.timeouts, ENDPOINT_TIMEOUTS);
}

function checkSecurityGroups(v: Validator, endpointType: string, securityGroupIds: string[] | undefined): void {
  v.checkList('securityGroupIds', securityGroupIds, { list: [RULES.maxSecurityGroups], each: RULES.id, unique: true });
  v.checkTogether(RULES.securityGroupsForType, { endpointType, securityGroupIds });
}

/**
 * The rules on the whole zone list, which `addZone()` can break after construction: at most 10 zones, no zone or
 * vSwitch twice (the API rejects it with `EndpointZoneDuplicated`), and no `count` or `forEach` once there are zones,
 * since each zone resource refers to one endpoint instance and copies would have none.
 */
export function checkZoneList(v: Validator, zones: readonly PrivateLinkEndpointZone[], props: PrivateLinkEndpointProps): void {
  v.check('zones', zones, RULES.zones);
  for (const field of ['zoneId', 'vSwitchId'] as const) {
    v.checkDistinct(zones.map(z => z[field]), i => `zones[${i}].${field}`,
      { why: 'the API rejects a zone or vSwitch given twice with EndpointZoneDuplicated' });
  }
  if (zones.length === 0) return;
  const message = 'cannot be combined with zones: each zone resource refers to a single endpoint ' +
    '(create one PrivateLinkEndpoint per copy instead)';
  if (props.count !== undefined) v.fail('count', typeof props.count === 'number' ? props.count : 'a TerraformCount', message);
  if (props.forEach !== undefined) v.fail('forEach', 'an iterator', message);
}

/** The fields of one zone, checked as it is added. */
export function checkZone(v: Validator, index: number, zone: PrivateLinkEndpointZone): void {
  v.check(`zones[${index}].vSwitchId`, zone.vSwitchId, ...RULES.id);
  v.check(`zones[${index}].zoneId`, zone.zoneId, ...RULES.id);
  v.check(`zones[${index}].ip`, zone.ip, RULES.zoneIp);
}
