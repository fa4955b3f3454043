import { IPV4_ADDRESS } from '../../core/network';
import { CrossRule, NOT_EMPTY, countAtLeast, countBetween, lengthBetween, jsonObject, matches, notMatching, oneOf, Rule, rule } from '../../core/rules';
import { notStartingWith } from '../../core/tags';
import { RuleTable } from '../../core/validator';

/**
 * Alibaba Cloud PrivateLink endpoint rules, each written once. Sources:
 * - CreateVpcEndpoint: https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpoint
 * - TagResources: https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-tagresources
 * - the `aliyun/alicloud` provider's documentation of `alicloud_privatelink_vpc_endpoint` and
 *   `alicloud_privatelink_vpc_endpoint_zone`
 * The provider validates none of the names, lengths or lists, so the API's rules are the ones a deploy fails on.
 */

/** The registry source of the Alibaba Cloud provider. */
export const ALICLOUD_SOURCE = 'aliyun/alicloud';

/** Neither a tag key nor a tag value may carry a URL scheme. */
const NO_URL_SCHEME = notMatching(/https?:\/\//, 'contain "http://" or "https://"');

/** The endpoint types the provider's `endpoint_type` accepts (it does not support the API's third type, `Reverse`). */
export const INTERFACE = 'Interface';
export const GATEWAY_LOAD_BALANCER = 'GatewayLoadBalancer';

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

  /** An Interface endpoint without security groups fails with `EndpointMustContainSecurityGroup`. */
  interfaceSecurityGroups: countAtLeast<string>(1, 'security group for an Interface endpoint',
    'the API rejects none with EndpointMustContainSecurityGroup'),

  /** A Gateway Load Balancer endpoint takes no security group: `GatewayLoadBalancerNotSupportSecurityGroup`. */
  gatewayLoadBalancerSecurityGroups: rule<readonly string[]>(
    'must be empty for a GatewayLoadBalancer endpoint (the API rejects security groups with ' +
    'GatewayLoadBalancerNotSupportSecurityGroup)',
    v => v.length === 0,
  ),

  /** The security groups an endpoint of each type must have (CreateVpcEndpoint's error codes); none given reads as []. */
  securityGroupsForType: {
    text: name => `${name('securityGroupIds')} at least one when ${name('endpointType')} is "${INTERFACE}", `
      + `none when it is "${GATEWAY_LOAD_BALANCER}"`,
    reportOn: 'securityGroupIds',
    accepts: v => securityGroupRuleFor(v.endpointType)?.accepts(v.securityGroupIds ?? []) ?? true,
    explain: v => securityGroupRuleFor(v.endpointType)!.explain(v.securityGroupIds ?? []),
  } satisfies CrossRule<{ endpointType: string; securityGroupIds: readonly string[] }>,

  /** The most security groups any endpoint may have (docs: up to 10; older providers panicked beyond). */
  maxSecurityGroups: countBetween<string>(0, 10, 'security groups'),

  /** Zone: up to 10 zones / vSwitches. */
  zones: countBetween<unknown>(0, 10, 'zones'),

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

/** The rule on the security groups of an endpoint of `endpointType`, if that type has one. */
function securityGroupRuleFor(endpointType: string | undefined): Rule<readonly string[]> | undefined {
  if (endpointType === INTERFACE) return PRIVATE_LINK_ENDPOINT_RULES.interfaceSecurityGroups;
  if (endpointType === GATEWAY_LOAD_BALANCER) return PRIVATE_LINK_ENDPOINT_RULES.gatewayLoadBalancerSecurityGroups;
  return undefined;
}
