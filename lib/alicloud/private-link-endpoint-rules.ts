/**
 * Alibaba Cloud PrivateLink endpoint rules, each written once. Sources:
 * - CreateVpcEndpoint: https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpoint
 * - TagResources: https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-tagresources
 * - the `aliyun/alicloud` provider's documentation of `alicloud_privatelink_vpc_endpoint` and
 *   `alicloud_privatelink_vpc_endpoint_zone`
 * The provider validates none of the names, lengths or lists, so the API's rules are the ones a deploy fails on.
 */
import type { PrivateLinkEndpointAttributes, PrivateLinkEndpointProps, PrivateLinkEndpointZone } from './private-link-endpoint-types';
import type { PrivateLinkTimeouts } from './private-link-timeouts';
import { IPV4_ADDRESS } from '../core/network';
import { NOT_EMPTY, countBetween, lengthBetween, jsonObject, matches, notMatching, oneOf, rule } from '../core/rules';
import { boolean, integer, listOf, mapOf, number, object, optional, string, struct } from '../core/shapes';
import { notStartingWith } from '../core/tags';
import { RuleTable, Validator } from '../core/validator';
import { META_ARGUMENT_SHAPES } from '../terraform/meta-arguments';
import { checkProviderProp } from '../terraform/provider-check';
import { TimeoutsBlock, checkTimeouts } from '../terraform/timeouts';

/** The registry source of the Alibaba Cloud provider. */
export const ALICLOUD_SOURCE = 'aliyun/alicloud';

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

/** Neither a tag key nor a tag value may carry a URL scheme. */
const NO_URL_SCHEME = notMatching(/https?:\/\//, 'contain "http://" or "https://"');

/** The endpoint types the provider's `endpoint_type` accepts (it does not support the API's third type, `Reverse`). */
const INTERFACE = 'Interface';
const GATEWAY_LOAD_BALANCER = 'GatewayLoadBalancer';

export const PRIVATE_LINK_ENDPOINT_RULES = {
  /** The ids and names the endpoint refers to: an empty one names nothing, and the API rejects it. */
  id: [NOT_EMPTY],

  /** PolicyDocument: a RAM policy, which is a JSON object (the provider passes any string on unchecked). */
  policyDocument: [jsonObject('{"Version":"1","Statement":[...]}')],

  /** CrossRegionBandwidth: a bandwidth in whole Mbit/s; the upper bound is the account's cross-region quota. */
  crossRegionBandwidth: [rule<number>('must be a whole number of Mbit/s, at least 1', v => Number.isInteger(v) && v >= 1)],

  endpointType: rule<string>(
    'must be "Interface" or "GatewayLoadBalancer" (the Terraform provider does not support the API\'s "Reverse")',
    v => v === INTERFACE || v === GATEWAY_LOAD_BALANCER,
  ),

  /** The provider's `address_ip_version` (the API doc lists only IPv4 and DualStack; the provider adds IPv6). */
  addressIpVersion: oneOf(['IPv4', 'DualStack', 'IPv6']),

  /** EndpointName: 2–128 characters, letters, digits, `_` and `-`, starting with a letter. */
  endpointName: [
    lengthBetween(2, 128),
    matches(/^[A-Za-z]/, 'start with a letter'),
    matches(/^[A-Za-z0-9_-]*$/, 'contain only letters, digits, "_" and "-"'),
  ],

  /** EndpointDescription: 2–256 characters, not starting with `http://` or `https://`. */
  description: [
    lengthBetween(2, 256),
    notMatching(/^https?:\/\//, 'start with "http://" or "https://"'),
  ],

  /** An Interface endpoint without security groups fails with `EndpointMustContainSecurityGroup`; docs: up to 10. */
  interfaceSecurityGroups: countBetween<string>(1, 10, 'security groups for an Interface endpoint',
    'the API rejects none with EndpointMustContainSecurityGroup'),

  /** A Gateway Load Balancer endpoint takes no security group: `GatewayLoadBalancerNotSupportSecurityGroup`. */
  gatewayLoadBalancerSecurityGroups: rule<readonly string[]>(
    'must be empty for a GatewayLoadBalancer endpoint (the API rejects security groups with ' +
    'GatewayLoadBalancerNotSupportSecurityGroup)',
    v => v.length === 0,
  ),

  /** The most security groups any endpoint may have (docs: up to 10; older providers panicked beyond). */
  maxSecurityGroups: countBetween<string>(0, 10, 'security groups'),

  /** Zone: up to 10 zones / vSwitches. */
  zones: countBetween<PrivateLinkEndpointZone>(0, 10, 'zones'),

  /** `Zone.N.ip` (`eni_ip`): the ENI's IPv4 address in that zone. */
  zoneIp: IPV4_ADDRESS,

  /** ZonePrivateIpAddressCount: "Set the value to 1." (the provider also accepts 0, which the API does not document). */
  zonePrivateIpAddressCount: rule<number>(
    'must be 1, the only value the API accepts (CreateVpcEndpoint: "Set the value to 1")',
    v => v === 1,
  ),

  /** PrivateLink resource tags (TagResources): 20 per resource, keys 1–64 and values 0–128 characters. */
  tags: {
    maxTags: 20,
    key: [lengthBetween(1, 64), notStartingWith('aliyun', 'acs:'), NO_URL_SCHEME],
    value: [lengthBetween(0, 128), notStartingWith('aliyun', 'acs:'), NO_URL_SCHEME],
  },
} satisfies RuleTable;

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
  if (!v.isLiteral(endpointType)) {
    v.checkList('securityGroupIds', securityGroupIds, { list: [RULES.maxSecurityGroups], each: RULES.id, unique: true });
  } else if (endpointType === INTERFACE) {
    // Left out reads "not set", not as the empty list it stands for.
    if (securityGroupIds === undefined) v.fail('securityGroupIds', undefined, RULES.interfaceSecurityGroups.explain([]));
    else v.checkList('securityGroupIds', securityGroupIds, { list: [RULES.interfaceSecurityGroups], each: RULES.id, unique: true });
  } else if (endpointType === GATEWAY_LOAD_BALANCER) {
    v.check('securityGroupIds', securityGroupIds, RULES.gatewayLoadBalancerSecurityGroups);
  }
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
