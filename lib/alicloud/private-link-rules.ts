/**
 * Alibaba Cloud PrivateLink endpoint rules, each written once.
 *
 * Sources: CreateVpcEndpoint API reference (seeds/004_a537c9af042c951e.txt), the `aliyun/alicloud` v1.289.0 schemas
 * of `alicloud_privatelink_vpc_endpoint` and `alicloud_privatelink_vpc_endpoint_zone` (reference/terraform), and the
 * Alibaba Cloud tag rules as issue #3 states them (TagResources: key 1–128, value 0–128, no `aliyun`/`acs:` prefix,
 * no `http://`/`https://`).
 * The provider validates none of the names, lengths or lists, so the API's rules are the ones a deploy fails on.
 */
import { IPV4_ADDRESS } from '../core/network';
import { Rule, countBetween, lengthBetween, matches, notMatching, oneOf, rule } from '../core/rules';
import { TagPolicy, notStartingWith } from '../core/tags';

/** Neither a tag key nor a tag value may carry a URL scheme. */
const NO_URL_SCHEME = notMatching(/https?:\/\//, 'contain "http://" or "https://"');

export const PRIVATE_LINK_RULES = {
  /** The provider's `endpoint_type` accepts these two; the API's third type, `Reverse`, is not supported by it. */
  endpointType: rule<string>(
    'must be "Interface" or "GatewayLoadBalancer" (the Terraform provider does not support the API\'s "Reverse")',
    v => v === 'Interface' || v === 'GatewayLoadBalancer',
  ),

  /** The provider's `address_ip_version` (the API doc lists only IPv4 and DualStack; the provider adds IPv6). */
  addressIpVersion: oneOf(['IPv4', 'DualStack', 'IPv6']) as Rule<string>,

  /** CreateVpcEndpoint EndpointName: 2–128 characters, letters, digits, `_` and `-`, starting with a letter. */
  endpointName: [
    lengthBetween(2, 128),
    matches(/^[A-Za-z]/, 'start with a letter'),
    matches(/^[A-Za-z0-9_-]*$/, 'contain only letters, digits, "_" and "-"'),
  ] as Rule<string>[],

  /** CreateVpcEndpoint EndpointDescription: 2–256 characters, not starting with `http://` or `https://`. */
  description: [
    lengthBetween(2, 256),
    notMatching(/^https?:\/\//, 'start with "http://" or "https://"'),
  ] as Rule<string>[],

  /** An Interface endpoint without security groups fails with `EndpointMustContainSecurityGroup`; docs: up to 10. */
  interfaceSecurityGroups: {
    accepts: (v: readonly string[]) => v.length >= 1 && v.length <= 10,
    explain: (v: readonly string[]) =>
      `must have 1–10 security groups for an Interface endpoint (has ${v.length}; ` +
      'the API rejects none with EndpointMustContainSecurityGroup)',
  } as Rule<readonly string[]>,

  /** A Gateway Load Balancer endpoint takes no security group: `GatewayLoadBalancerNotSupportSecurityGroup`. */
  gatewayLoadBalancerSecurityGroups: rule<readonly string[]>(
    'must be empty for a GatewayLoadBalancer endpoint (the API rejects security groups with ' +
    'GatewayLoadBalancerNotSupportSecurityGroup)',
    v => v.length === 0,
  ),

  /** The most security groups any endpoint may have (docs: up to 10; older providers panicked beyond). */
  maxSecurityGroups: countBetween<string>(0, 10, 'security groups'),

  /** CreateVpcEndpoint Zone: up to 10 zones / vSwitches. */
  zones: countBetween<unknown>(0, 10, 'zones'),

  /** `Zone.N.ip` (`eni_ip`): the ENI's IPv4 address in that zone. */
  zoneIp: IPV4_ADDRESS,

  /** Two zone entries for the same zone or vSwitch fail with `EndpointZoneDuplicated`. */
  duplicateZoneMessage: (field: string) =>
    `must not be the ${field} of more than one zone (the API rejects it with EndpointZoneDuplicated)`,

  /** ZonePrivateIpAddressCount: "Set the value to 1." (the provider also accepts 0, which the API does not document). */
  zonePrivateIpAddressCount: rule<number>(
    'must be 1, the only value the API accepts (CreateVpcEndpoint: "Set the value to 1")',
    v => v === 1,
  ),

  /** Alibaba Cloud resource tags (TagResources): 20 per resource. */
  tags: {
    maxTags: 20,
    key: [lengthBetween(1, 128), notStartingWith('aliyun', 'acs:'), NO_URL_SCHEME],
    value: [lengthBetween(0, 128), notStartingWith('aliyun', 'acs:'), NO_URL_SCHEME],
  } as TagPolicy,
};
