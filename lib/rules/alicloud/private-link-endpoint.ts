import { IPV4_ADDRESS } from '../../core/network';
import { CrossRule, NOT_EMPTY, countAtLeast, countBetween, lengthBetween, jsonObject, matches, notMatching, oneOf, Rule, rule } from '../../core/rules';
import { notStartingWith } from '../../core/tags';
import { RuleTable } from '../../core/validator';
import { ResourceTypeRules, emptyText, notSentWhenEmpty, setAttribute, tagsAttribute, textAttribute, unsetWhenEmpty, integerAttribute } from '../surfaces/attribute-checks';
import { decidedByCloudWhenUnset, stringSet, together } from '../surfaces/resource-checks';

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
export const ENDPOINT_TYPES = [INTERFACE, GATEWAY_LOAD_BALANCER] as const;

/** The provider's `address_ip_version` (the API doc lists only IPv4 and DualStack; the provider adds IPv6). */
export const ENDPOINT_IP_VERSIONS = ['IPv4', 'DualStack', 'IPv6'] as const;

// `alicloud.PrivateLinkEndpointType` and `PrivateLinkIpVersion` offer these values to users (jsii keeps a public enum
// in the folder of its namespace); test/rules/alicloud/values.test.ts holds the two equal.

export const PRIVATE_LINK_ENDPOINT_RULES = {
  /** The ids and names the endpoint refers to: an empty one names nothing, and the API rejects it. */
  id: [NOT_EMPTY],

  /** PolicyDocument: a RAM policy, which is a JSON object (the provider passes any string on unchecked). */
  policyDocument: [jsonObject('{"Version":"1","Statement":[...]}')],

  /** CrossRegionBandwidth: a bandwidth in whole Mbit/s; the upper bound is the account's cross-region quota. */
  crossRegionBandwidth: [rule<number>('must be a whole number of Mbit/s, at least 1', v => Number.isInteger(v) && v >= 1)],

  endpointType: rule<string>(
    'must be "Interface" or "GatewayLoadBalancer" (the Terraform provider does not support the API\'s "Reverse")',
    v => (ENDPOINT_TYPES as readonly string[]).includes(v),
  ),

  /** The provider's `address_ip_version`. */
  addressIpVersion: oneOf(ENDPOINT_IP_VERSIONS),

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

  /**
   * The security groups of any endpoint: up to 10 (docs; older providers panicked beyond), each a non-empty ID (an
   * empty one names no security group), each once.
   */
  securityGroupIds: {
    list: [countBetween<string>(0, 10, 'security groups')],
    each: [NOT_EMPTY],
    unique: true,
  },

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

const ALIBABA = {
  endpoint: 'https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpoint',
  tags: 'https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-tagresources',
};
/** The provider's source, where it shows how it reads an argument otherwise than the prop or the API; at the commit read. */
const PROVIDER_SOURCE = {
  alibabaEndpoint: 'https://github.com/aliyun/terraform-provider-alicloud/blob/81c43b6727a09e9da37b3d88818c3ba5fa17fa14/alicloud/resource_alicloud_privatelink_vpc_endpoint.go',
  alibabaZone: 'https://github.com/aliyun/terraform-provider-alicloud/blob/81c43b6727a09e9da37b3d88818c3ba5fa17fa14/alicloud/resource_alicloud_privatelink_vpc_endpoint_zone.go',
};

/** An optional text argument of the Alibaba Cloud endpoint, which the provider sends only when it is not "". */
const alibabaEndpointText = (attribute: string, rules: readonly Rule<string>[]) =>
  emptyText(textAttribute(attribute, rules, ALIBABA.endpoint), PROVIDER_SOURCE.alibabaEndpoint);

/** The endpoint's rules on raw resources: the Alibaba Cloud provider's endpoint and its zones. */
export const PRIVATE_LINK_ENDPOINT_RESOURCES = {
  alicloud_privatelink_vpc_endpoint: {
    engine: 'terraform',
    attributes: [
      textAttribute('vpc_id', PRIVATE_LINK_ENDPOINT_RULES.id, ALIBABA.endpoint),
      alibabaEndpointText('vpc_endpoint_name', PRIVATE_LINK_ENDPOINT_RULES.endpointName),
      alibabaEndpointText('endpoint_description', PRIVATE_LINK_ENDPOINT_RULES.description),
      // The provider refuses "" for these two (StringInSlice).
      textAttribute('endpoint_type', [PRIVATE_LINK_ENDPOINT_RULES.endpointType], ALIBABA.endpoint),
      textAttribute('address_ip_version', [PRIVATE_LINK_ENDPOINT_RULES.addressIpVersion], ALIBABA.endpoint),
      setAttribute('security_group_ids', PRIVATE_LINK_ENDPOINT_RULES.securityGroupIds, ALIBABA.endpoint),
      integerAttribute('zone_private_ip_address_count', [PRIVATE_LINK_ENDPOINT_RULES.zonePrivateIpAddressCount], ALIBABA.endpoint),
      alibabaEndpointText('policy_document', PRIVATE_LINK_ENDPOINT_RULES.policyDocument),
      unsetWhenEmpty(integerAttribute('cross_region_bandwidth', PRIVATE_LINK_ENDPOINT_RULES.crossRegionBandwidth, ALIBABA.endpoint), 'number',
        notSentWhenEmpty(PROVIDER_SOURCE.alibabaEndpoint, '0')),
      tagsAttribute('tags', PRIVATE_LINK_ENDPOINT_RULES.tags, ALIBABA.tags),
    ],
    together: [
      // endpoint_type left out is the cloud's choice (Optional and Computed; the API page states no default).
      together(PRIVATE_LINK_ENDPOINT_RULES.securityGroupsForType,
        { endpointType: decidedByCloudWhenUnset('endpoint_type'), securityGroupIds: stringSet('security_group_ids') }, ALIBABA.endpoint),
    ],
  },
  alicloud_privatelink_vpc_endpoint_zone: {
    engine: 'terraform',
    attributes: [
      ...['endpoint_id', 'vswitch_id'].map(a => textAttribute(a, PRIVATE_LINK_ENDPOINT_RULES.id, ALIBABA.endpoint)),
      emptyText(textAttribute('eni_ip', [PRIVATE_LINK_ENDPOINT_RULES.zoneIp], ALIBABA.endpoint), PROVIDER_SOURCE.alibabaZone),
    ],
  },
} satisfies Record<string, ResourceTypeRules>;
