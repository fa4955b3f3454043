/**
 * The vendors' rules for VPC endpoints, once each. Sources:
 * - seed 001: Open Telekom Cloud API "Creating a VPC Endpoint" (POST /v1/{project_id}/vpc-endpoints)
 * - seed 002: Huawei Cloud API "Creating a VPC Endpoint" (same path)
 * - reference/terraform/{huaweicloud_vpcep_endpoint,opentelekomcloud_vpcep_endpoint_v1}.json (provider schemas)
 */
import { VpcepEndpointProps, VpcepIpVersion, VpcepPolicyEffect } from './props';
import { IPV4_ADDRESS, IPV4_ADDRESS_OR_CIDR, IPV6_ADDRESS } from '../../core/network';
import { Rule, countAtLeast, countBetween, lengthBetween, matches, notMatching, oneOf, rule } from '../../core/rules';
import { NO_SURROUNDING_SPACE, TagPolicy, notStartingWith } from '../../core/tags';
import { ListRules } from '../../core/validator';

/** Props that only an endpoint for an interface endpoint service takes (seeds 001/002, Huawei provider docs). */
export const INTERFACE_ONLY_PROPS: readonly (keyof VpcepEndpointProps)[] = ['subnetId', 'portIp', 'whitelist', 'enableWhitelist', 'policyDocument'];

/** Props that only an endpoint for a gateway endpoint service (OBS, SFS) takes (seeds 001/002). */
export const GATEWAY_ONLY_PROPS: readonly (keyof VpcepEndpointProps)[] = ['routeTables', 'policyStatements'];

/**
 * The prop each kind of endpoint should not do without. Seeds 001/002: subnet_id "is mandatory to create an interface
 * VPC endpoint"; routetables "is mandatory ... for connecting to a gateway VPC endpoint service", though the same
 * entry adds "If this parameter is not configured, use the default route table" (and an OBS gateway endpoint on custom
 * route tables is a known failure, opentelekomcloud#3129). The providers take both as optional: a warning, not an error.
 */
export const KIND_REQUIRES = { interface: 'subnetId', gateway: 'routeTables' } as const;

function isJsonObject(value: string): boolean {
  try {
    const parsed = JSON.parse(value);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

export const VPCEP_RULES = {
  /** Seed 002 "cannot contain angle brackets (< or >)"; neither provider checks it. */
  description: [notMatching(/[<>]/, 'contain < or >')] as Rule<string>[],

  /** Seeds 001/002 port_ip: "Only IPv4 addresses are supported." */
  portIp: [IPV4_ADDRESS],

  /** Seed 002 ipv6_address. */
  ipv6Address: [IPV6_ADDRESS],

  /** Seed 002 ip_version: ipv4 or dualstack (the Huawei provider does not check it). */
  ipVersion: [oneOf<string>(Object.values(VpcepIpVersion))],

  /**
   * Seeds 001/002 whitelist: "IPv4 addresses or CIDR blocks"; at most 20 entries per the providers' docs.
   * The providers store it as a set, so a repeated entry would silently collapse: reject it instead.
   */
  whitelist: {
    list: [countBetween<string>(0, 20, 'entries')],
    each: [IPV4_ADDRESS_OR_CIDR],
    unique: true,
  } as ListRules<string>,

  /** Seed 002 Table 5 PolicyStatement: Effect is Allow or Deny; Action and Resource are mandatory arrays. */
  policyEffect: [oneOf<string>(Object.values(VpcepPolicyEffect))],
  policyActions: { list: [countAtLeast<string>(1, 'actions')] } as ListRules<string>,
  policyResources: { list: [countAtLeast<string>(1, 'resources')] } as ListRules<string>,

  /** Seed 002 policy_document is an Object; the Huawei provider checks StringIsJSON. */
  policyDocument: [rule<string>('must be a JSON object document, e.g. {"Version":"5.0","Statement":[...]}', isJsonObject)],
};

/**
 * Huawei Cloud tags (seed 002 Table 4 TagList; the provider checks none of it): at most 20 tags (Huawei TMS limit;
 * the provider's default_tags count too), key 1–128 characters of letters, digits, spaces and `_ . : = + - @`, not
 * starting with `_sys_`, no leading or trailing space; value 0–255 characters, which may also contain `/`.
 */
export const HUAWEICLOUD_TAG_POLICY: TagPolicy = {
  maxTags: 20,
  key: [
    lengthBetween(1, 128),
    matches(/^[\p{L}\p{N} _.:=+\-@]*$/u, 'contain only letters, digits, spaces and _ . : = + - @'),
    notStartingWith('_sys_'),
    NO_SURROUNDING_SPACE,
  ],
  value: [
    lengthBetween(0, 255),
    matches(/^[\p{L}\p{N} _.:/=+\-@]*$/u, 'contain only letters, digits, spaces and _ . : / = + - @'),
  ],
};

/**
 * Open Telekom Cloud tags (seed 001 Table 3 ResourceTags; the provider's ValidateTags checks the key part): at most
 * 20 tags, key 1–36 and value 0–43 characters of `A-Z a-z 0-9 - _ @`. The provider's key pattern is ASCII only,
 * so ASCII letters it is, for values too.
 */
export const OPENTELEKOMCLOUD_TAG_POLICY: TagPolicy = {
  maxTags: 20,
  key: [lengthBetween(1, 36), matches(/^[A-Za-z0-9_@-]*$/, 'contain only A-Z a-z 0-9 - _ @')],
  value: [lengthBetween(0, 43), matches(/^[A-Za-z0-9_@-]*$/, 'contain only A-Z a-z 0-9 - _ @')],
};
