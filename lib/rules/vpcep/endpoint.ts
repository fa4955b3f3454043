/**
 * The vendors' rules for VPC endpoints on Huawei Cloud and Open Telekom Cloud, once each. Sources:
 * - Huawei Cloud VPCEP API, "Creating a VPC Endpoint": https://support.huaweicloud.com/intl/en-us/api-vpcep/CreateEndpoint.html
 * - Open Telekom Cloud VPCEP API, "Creating a VPC Endpoint":
 *   https://docs.otc.t-systems.com/vpc-endpoint/api-ref/apis/vpc_endpoints/creating_a_vpc_endpoint.html
 * - the providers' documentation of `huaweicloud_vpcep_endpoint` and `opentelekomcloud_vpcep_endpoint_v1`
 */
import { IPV4_ADDRESS, IPV4_ADDRESS_OR_CIDR, IPV4_NO_HOST_BITS, IPV6_ADDRESS, ipv4Network } from '../../core/network';
import { CrossRule, NOT_EMPTY, countAtLeast, countBetween, lengthBetween, jsonObject, matches, notMatching, oneOf, rule, shown } from '../../core/rules';
import { NO_SURROUNDING_SPACE, notStartingWith, TagPolicy } from '../../core/tags';
import { RuleTable } from '../../core/validator';
import { AttributeCheck, ProviderReading, ResourceTypeRules, emptyText, listAttribute, readAs, setAttribute, tagsAttribute, textAttribute } from '../surfaces/attribute-checks';
import { decidedByCloudWhenUnset, sentUnlessEmpty, together } from '../surfaces/resource-checks';

/**
 * The API's values of a gateway endpoint policy statement's `Effect` (`vpcep.VpcepPolicyEffect` offers them to users).
 *
 * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/CreateEndpoint.html (Table 5 PolicyStatement)
 */
export const POLICY_EFFECTS = ['Allow', 'Deny'] as const;

/**
 * The API's values of a Huawei Cloud endpoint's `ip_version` (`vpcep.VpcepIpVersion` offers them to users).
 *
 * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/CreateEndpoint.html
 */
export const ENDPOINT_IP_VERSIONS = ['ipv4', 'dualstack'] as const;

export const VPCEP_ENDPOINT_RULES = {
  /** The ids (and Huawei region) the endpoint refers to: an empty one names nothing, and the API rejects it. */
  id: [NOT_EMPTY],

  /**
   * description: at most 512 characters, "cannot contain angle brackets (< or >)"; neither provider checks it
   * (Huawei Cloud and Open Telekom Cloud API, VPC endpoint description).
   */
  description: [lengthBetween(0, 512), notMatching(/[<>]/, 'contain < or >')],

  /** port_ip: "Only IPv4 addresses are supported." */
  portIp: [IPV4_ADDRESS],

  /** Huawei ipv6_address. */
  ipv6Address: [IPV6_ADDRESS],

  /** Huawei ip_version: ipv4 or dualstack (the Huawei provider does not check it). */
  ipVersion: [oneOf(ENDPOINT_IP_VERSIONS)],

  /**
   * Huawei ipv6_address: an IPv6 address is for a dual-stack endpoint ("dualstack: The VPC endpoint IP address can be an
   * IPv4 or IPv6 address"; with ipv4 it "can only be an IPv4 address").
   */
  ipv6AddressDualStack: {
    text: name => `${name('ipv6Address')} only with ${name('ipVersion')} "dualstack"`,
    reportOn: 'ipv6Address',
    presenceOnly: ['ipv6Address'],
    accepts: v => v.ipv6Address === undefined || v.ipVersion === 'dualstack',
    explain: (v, name) => `requires ${name('ipVersion')} "dualstack" (${name('ipVersion')} is ${shown(v.ipVersion)})`,
  } satisfies CrossRule<{ ipVersion: string; ipv6Address: string }>,

  /**
   * whitelist: "IPv4 addresses or CIDR blocks"; 1–20 entries per the providers' docs. An enabled whitelist with no
   * entry admits no client at all, so an empty list is refused (leave whitelist out for no access control).
   * The providers store it as a set of strings while the cloud keeps networks: an entry with host bits set
   * (`10.1.2.3/8`) or the same network written twice (`10.0.0.1` and `10.0.0.1/32`) would never match what the
   * cloud reads back, or silently collapse. Both are refused, naming the network address to write.
   */
  whitelist: {
    list: [rule<readonly string[]>('must list at least one entry: an enabled whitelist without entries admits no client '
      + '(leave whitelist out for no access control)', v => v.length > 0), countBetween<string>(0, 20, 'entries')],
    each: [IPV4_ADDRESS_OR_CIDR, IPV4_NO_HOST_BITS],
    unique: true,
    uniqueKey: (entry: string) => (IPV4_ADDRESS_OR_CIDR.accepts(entry) ? ipv4Network(entry) : entry),
  },

  /** Huawei API, PolicyStatement: Effect is Allow or Deny; Action and Resource are mandatory arrays. */
  policyEffect: [oneOf(POLICY_EFFECTS)],
  policyActions: { list: [countAtLeast<string>(1, 'actions')] },
  policyResources: { list: [countAtLeast<string>(1, 'resources')] },

  /** Huawei policy_document is an Object; the Huawei provider checks StringIsJSON. */
  policyDocument: [jsonObject('{"Version":"5.0","Statement":[...]}')],

  /**
   * Huawei Cloud tags (API TagList; the provider checks none of it): at most 20 tags (Huawei TMS limit; the
   * provider's default_tags count too), key 1–128 characters of letters, digits, spaces and `_ . : = + - @`, not
   * starting with `_sys_`, no leading or trailing space; value 0–255 characters, which may also contain `/`.
   */
  huaweicloudTags: {
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
  },

  /**
   * Open Telekom Cloud tags (API ResourceTags; the provider's ValidateTags checks the key part): at most 20 tags,
   * key 1–36 and value 0–43 characters of `A-Z a-z 0-9 - _ @`. The provider's key pattern is ASCII only, so ASCII
   * letters it is, for values too.
   */
  opentelekomcloudTags: {
    maxTags: 20,
    key: [lengthBetween(1, 36), matches(/^[A-Za-z0-9_@-]*$/, 'contain only A-Z a-z 0-9 - _ @')],
    value: [lengthBetween(0, 43), matches(/^[A-Za-z0-9_@-]*$/, 'contain only A-Z a-z 0-9 - _ @')],
  },
} satisfies RuleTable;

const HUAWEI_CREATE_ENDPOINT = 'https://support.huaweicloud.com/intl/en-us/api-vpcep/CreateEndpoint.html';
const OTC_CREATE_ENDPOINT = 'https://docs.otc.t-systems.com/vpc-endpoint/api-ref/apis/vpc_endpoints/creating_a_vpc_endpoint.html';
/** The providers' source, where it shows how they read an argument otherwise than the prop or the API; each at the commit read. */
const PROVIDER_SOURCE = {
  huaweiEndpoint: 'https://github.com/huaweicloud/terraform-provider-huaweicloud/blob/a0345b8dcc818aa80d932ec0802891222b0a22af/huaweicloud/services/vpcep/resource_huaweicloud_vpcep_endpoint.go',
  huaweiEndpointRequest: 'https://github.com/huaweicloud/terraform-provider-huaweicloud/blob/a0345b8dcc818aa80d932ec0802891222b0a22af/vendor/github.com/chnsz/golangsdk/openstack/vpcep/v1/endpoints/requests.go',
  otcEndpointRequest: 'https://github.com/opentelekomcloud/gophertelekomcloud/blob/30e3307593c0a3c6cc92ed1309d873fdf9241c8b/openstack/vpcep/v1/endpoints/requests.go',
  huaweiDefaultTags: 'https://github.com/huaweicloud/terraform-provider-huaweicloud/blob/a0345b8dcc818aa80d932ec0802891222b0a22af/huaweicloud/config/default_tags.go',
};

/**
 * The Huawei Cloud provider merges its `default_tags` into the `tags` of each resource it plans (a CustomizeDiff), so
 * they count toward a resource's 20 tags: the constructs check the merged count at synth, the raw checks where the
 * provider's `default_tags` are known.
 */
export const HUAWEICLOUD_MERGED_DEFAULT_TAGS: ProviderReading = {
  note: 'the provider merges its default_tags in (a CustomizeDiff): they count toward the limit',
  source: PROVIDER_SOURCE.huaweiDefaultTags,
};

/** The IDs an endpoint refers to, in a provider's names. */
export const vpcepIds = (source: string, ...attributes: string[]) => attributes.map(a => textAttribute(a, VPCEP_ENDPOINT_RULES.id, source));

/** How one cloud's provider reads the arguments both clouds' VPCEP endpoints have. */
interface VpcepEndpointProvider {
  /** The request body the provider sends, which leaves out an empty port IP. */
  readonly request: string;
  /** How it reads `whitelist`, beyond its being a set. */
  readonly whitelist?: ProviderReading;
  /** Whether it merges its `default_tags` into `tags`, and where that shows. */
  readonly mergedDefaultTags?: ProviderReading;
}

/** `policy_statement` as a whole: what the API's PolicyStatement array is, and what the providers parse. */
const POLICY_STATEMENT_DOCUMENT = 'must be a JSON array of statements, e.g. [{"Effect":"Allow","Action":["obs:*:*"],"Resource":["obs:*:*:*:*/*"]}]';

/** Parses a `policy_statement` document: its statements, or `undefined` when it is no JSON array. */
function policyStatements(text: string): unknown[] | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `policy_statement` of a gateway endpoint: the JSON text of the API's PolicyStatement array, whose statements get the
 * rules `policyStatements` gets on the constructs. The providers check only that it is JSON (Open Telekom Cloud's, that
 * it is an array), so a statement the API refuses passes `terraform plan`.
 */
function policyStatementAttribute(source: string): AttributeCheck {
  const rules = VPCEP_ENDPOINT_RULES;
  const lists = { Action: rules.policyActions, Resource: rules.policyResources };
  return {
    attribute: 'policy_statement',
    source,
    rules: [
      POLICY_STATEMENT_DOCUMENT,
      `each statement's Effect: ${rules.policyEffect.map(r => r.text).join('; ')}`,
      ...Object.entries(lists).map(([key, list]) => `each statement's ${key}: a list of strings, which ${list.list.map(r => r.text).join('; ')}`),
    ],
    check: (v, property, value) => {
      const statements = typeof value === 'string' ? policyStatements(value) : undefined;
      // An expression is skipped, unless it is JSON text whose expressions sit inside its strings (a jsonencode of a
      // literal as the checks read it): then its literal parts are checked, and each expression skipped.
      if (v.skips(value) && statements === undefined) return;
      if (statements === undefined) {
        v.fail(property, value, POLICY_STATEMENT_DOCUMENT);
        return;
      }
      statements.forEach((statement, i) => {
        const at = `${property}[${i}]`;
        if (v.skips(statement)) return;
        if (typeof statement !== 'object' || statement === null || Array.isArray(statement)) {
          v.fail(at, statement, 'must be a statement object with Effect, Action and Resource');
          return;
        }
        const fields = statement as Record<string, unknown>;
        if (typeof fields.Effect === 'string') v.check(`${at}.Effect`, fields.Effect, ...rules.policyEffect);
        else v.fail(`${at}.Effect`, fields.Effect, `must be one of ${POLICY_EFFECTS.join(', ')} (the API requires Effect)`);
        for (const [key, list] of Object.entries(lists)) {
          const entries = fields[key];
          if (v.skips(entries)) continue;
          if (Array.isArray(entries) && entries.every(entry => typeof entry === 'string')) v.checkList(`${at}.${key}`, entries, list);
          else v.fail(`${at}.${key}`, entries, `must be a list of strings (the API requires ${key})`);
        }
      });
    },
  };
}

/** The arguments both clouds' VPCEP endpoints have, in each provider's names. */
function vpcepEndpoint(source: string, names: { routeTables: string; portIp: string }, tagPolicy: TagPolicy,
  provider: VpcepEndpointProvider): AttributeCheck[] {
  const whitelist = setAttribute('whitelist', VPCEP_ENDPOINT_RULES.whitelist, source);
  return [
    ...vpcepIds(source, 'service_id', 'vpc_id'),
    listAttribute(names.routeTables, { each: VPCEP_ENDPOINT_RULES.id }, source),
    emptyText(textAttribute(names.portIp, VPCEP_ENDPOINT_RULES.portIp, source), provider.request),
    provider.whitelist ? readAs(whitelist, provider.whitelist) : whitelist,
    textAttribute('description', VPCEP_ENDPOINT_RULES.description, source),
    policyStatementAttribute(source),
    tagsAttribute('tags', tagPolicy, source, provider.mergedDefaultTags),
  ];
}

/** The endpoint's rules on raw resources: the Huawei Cloud and Open Telekom Cloud providers' endpoints. */
export const VPCEP_ENDPOINT_RESOURCES = {
  huaweicloud_vpcep_endpoint: {
    engine: 'terraform',
    attributes: [
      ...vpcepEndpoint(HUAWEI_CREATE_ENDPOINT, { routeTables: 'routetables', portIp: 'ip_address' }, VPCEP_ENDPOINT_RULES.huaweicloudTags, {
        request: PROVIDER_SOURCE.huaweiEndpointRequest,
        whitelist: { note: 'sent only when enable_whitelist is true', source: PROVIDER_SOURCE.huaweiEndpoint },
        mergedDefaultTags: HUAWEICLOUD_MERGED_DEFAULT_TAGS,
      }),
      emptyText(textAttribute('policy_document', VPCEP_ENDPOINT_RULES.policyDocument, HUAWEI_CREATE_ENDPOINT), PROVIDER_SOURCE.huaweiEndpoint),
      emptyText(textAttribute('ip_version', VPCEP_ENDPOINT_RULES.ipVersion, HUAWEI_CREATE_ENDPOINT), PROVIDER_SOURCE.huaweiEndpointRequest),
      emptyText(textAttribute('ipv6_address', VPCEP_ENDPOINT_RULES.ipv6Address, HUAWEI_CREATE_ENDPOINT), PROVIDER_SOURCE.huaweiEndpointRequest),
    ],
    together: [
      // ip_version left out is the cloud's choice (Optional and Computed; the API page states no default).
      together(VPCEP_ENDPOINT_RULES.ipv6AddressDualStack,
        { ipVersion: decidedByCloudWhenUnset('ip_version'), ipv6Address: sentUnlessEmpty('ipv6_address') }, HUAWEI_CREATE_ENDPOINT),
    ],
  },
  opentelekomcloud_vpcep_endpoint_v1: {
    engine: 'terraform',
    attributes: vpcepEndpoint(OTC_CREATE_ENDPOINT, { routeTables: 'route_tables', portIp: 'port_ip' }, VPCEP_ENDPOINT_RULES.opentelekomcloudTags,
      { request: PROVIDER_SOURCE.otcEndpointRequest }),
  },
} satisfies Record<string, ResourceTypeRules>;
