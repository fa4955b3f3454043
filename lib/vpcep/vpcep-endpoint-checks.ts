/**
 * How the VPCEP endpoints apply their rule table: the run-time shape of the props, each cloud's differences, and the
 * checks that need more than one value (interface or gateway props, the whitelist switch).
 * The rules themselves are data in the rules layer (`lib/rules/`), which loads without an engine.
 */
import { VpcepEndpointProps, VpcepPolicyStatement } from './vpcep-endpoint-types';
import { VpcepTimeouts } from './vpcep-timeouts';
import { isAnyIpv4 } from '../core/network';
import { boolean, listOf, mapOf, object, optional, string, struct } from '../core/shapes';
import { TagPolicy } from '../core/tags';
import { Validator } from '../core/validator';
import { VPCEP_ENDPOINT_RULES } from '../rules/vpcep/endpoint';
import { META_ARGUMENT_SHAPES } from '../terraform/meta-arguments';
import { TimeoutsBlock, checkTimeouts } from '../terraform/timeouts';

/** The run-time shape of `VpcepTimeouts`: which keys a resource takes is each cloud's rule. */
export const VPCEP_TIMEOUTS = struct<VpcepTimeouts>('VpcepTimeouts', {
  create: optional(string()),
  delete: optional(string()),
  default: optional(string()),
});

/** The run-time shape of `VpcepEndpointProps`, for callers without TypeScript's checks. */
export const VPCEP_ENDPOINT_PROPS = struct<VpcepEndpointProps>('VpcepEndpointProps', {
  ...META_ARGUMENT_SHAPES,
  serviceId: optional(string()),
  service: optional(object('an IVpcepService')),
  vpcId: string(),
  subnetId: optional(string()),
  portIp: optional(string()),
  enableDns: optional(boolean()),
  whitelist: optional(listOf(string())),
  enableWhitelist: optional(boolean()),
  routeTables: optional(listOf(string())),
  description: optional(string()),
  tags: optional(mapOf(string(), 'strings')),
  policyStatements: optional(listOf(struct<VpcepPolicyStatement>('VpcepPolicyStatement', {
    effect: string(),
    actions: listOf(string()),
    resources: listOf(string()),
  }), 'policy statements')),
  policyDocument: optional(string()),
  ipVersion: optional(string()),
  ipv6Address: optional(string()),
  region: optional(string()),
  timeouts: optional(VPCEP_TIMEOUTS),
});

type PropName = keyof VpcepEndpointProps;

/** Props that only an endpoint for an interface endpoint service takes (both API pages, Huawei provider docs). */
const INTERFACE_ONLY_PROPS: readonly PropName[] = ['subnetId', 'portIp', 'whitelist', 'enableWhitelist', 'policyDocument'];

/** Props that only an endpoint for a gateway endpoint service (OBS, SFS) takes. */
const GATEWAY_ONLY_PROPS: readonly PropName[] = ['routeTables', 'policyStatements'];

/**
 * The prop each kind of endpoint should not do without. The API pages: subnet_id "is mandatory to create an
 * interface VPC endpoint"; routetables "is mandatory ... for connecting to a gateway VPC endpoint service", though the
 * same entry adds "If this parameter is not configured, use the default route table" (and an OBS gateway endpoint on
 * custom route tables is a known failure, opentelekomcloud/terraform-provider-opentelekomcloud#3129). The providers
 * take both as optional: a warning, not an error.
 */
const KIND_REQUIRES = { interface: 'subnetId', gateway: 'routeTables' } as const;

/** What sets one cloud's rules apart: its tag rules and the props its provider has no argument for. */
export interface VpcepEndpointCloudRules {
  /** The cloud's name, for messages. */
  readonly displayName: string;
  /** The cloud's tag rules. */
  readonly tagPolicy: TagPolicy;
  /** Props the cloud's provider has no argument for: setting one is an error, never a silent drop. */
  readonly unsupportedProps: readonly PropName[];
  /** The timeouts the endpoint resource declares. */
  readonly endpointTimeouts: TimeoutsBlock;
}

function given(props: VpcepEndpointProps, names: readonly PropName[]): PropName[] {
  return names.filter(name => props[name] !== undefined);
}

/** Every rule on literal props, for one cloud. Token values pass unchecked (the validator skips them). */
export function checkVpcepEndpointProps(v: Validator, props: VpcepEndpointProps, cloud: VpcepEndpointCloudRules): void {
  const unsupported = given(props, cloud.unsupportedProps);
  for (const name of unsupported) {
    v.fail(name, props[name], `is not supported on ${cloud.displayName}: its provider has no such argument`);
  }
  const supported = (name: PropName) => !unsupported.includes(name);
  const rules = VPCEP_ENDPOINT_RULES;

  v.exactlyOneOf(props, 'serviceId', 'service');
  checkEndpointKind(v, props);
  for (const name of ['serviceId', 'vpcId', 'subnetId'] as const) v.check(name, props[name], ...rules.id);
  if (supported('region')) v.check('region', props.region, ...rules.id);
  checkTimeouts(v, 'timeouts', props.timeouts, cloud.endpointTimeouts);
  v.checkList('routeTables', props.routeTables, { each: rules.id });
  v.check('portIp', props.portIp, ...rules.portIp);
  v.checkList('whitelist', props.whitelist, rules.whitelist);
  if (props.whitelist !== undefined && props.enableWhitelist === false) {
    v.fail('enableWhitelist', false, 'contradicts the whitelist given: a disabled whitelist is ignored (drop enableWhitelist, or the whitelist)');
  }
  if (props.whitelist === undefined && props.enableWhitelist === true) {
    v.fail('enableWhitelist', true, 'needs a whitelist: an enabled whitelist without entries admits no client (give whitelist, or drop enableWhitelist)');
  }
  v.check('description', props.description, ...rules.description);
  v.checkTags('tags', props.tags, cloud.tagPolicy);
  checkPolicyStatements(v, props.policyStatements);

  if (supported('policyDocument')) v.check('policyDocument', props.policyDocument, ...rules.policyDocument);
  if (supported('ipVersion')) v.check<string>('ipVersion', props.ipVersion, ...rules.ipVersion);
  if (supported('ipv6Address')) {
    v.check('ipv6Address', props.ipv6Address, ...rules.ipv6Address);
    v.checkTogether(rules.ipv6AddressDualStack, { ipVersion: props.ipVersion, ipv6Address: props.ipv6Address });
  }
}

/** Interface and gateway endpoints take disjoint props; a mix cannot be created by either cloud. */
function checkEndpointKind(v: Validator, props: VpcepEndpointProps): void {
  const interfaceProps = given(props, INTERFACE_ONLY_PROPS);
  if (interfaceProps.length === 0) return;
  for (const name of given(props, GATEWAY_ONLY_PROPS)) {
    v.fail(name, props[name], `is only for gateway endpoints and cannot be combined with the interface-endpoint props ${interfaceProps.join(', ')}`);
  }
}

function checkPolicyStatements(v: Validator, statements: VpcepPolicyStatement[] | undefined): void {
  if (!v.isLiteral(statements)) return;
  statements.forEach((statement, i) => {
    if (!v.isLiteral(statement)) return;
    const property = `policyStatements[${i}]`;
    v.check<string>(`${property}.effect`, statement.effect, ...VPCEP_ENDPOINT_RULES.policyEffect);
    v.checkList(`${property}.actions`, statement.actions, VPCEP_ENDPOINT_RULES.policyActions);
    v.checkList(`${property}.resources`, statement.resources, VPCEP_ENDPOINT_RULES.policyResources);
  });
}

/** Legal props that are probably a mistake. */
export function vpcepEndpointWarnings(v: Validator, props: VpcepEndpointProps): string[] {
  const warnings = missingForKind(props);
  if (v.isLiteral(props.whitelist)) {
    props.whitelist.forEach((entry, i) => {
      if (v.isLiteral(entry) && isAnyIpv4(entry)) {
        warnings.push(`whitelist[${i}]: "${entry}" admits every IPv4 address, so the whitelist restricts nothing`);
      }
    });
  }
  if (props.enableDns === true && given(props, GATEWAY_ONLY_PROPS).length > 0) {
    warnings.push('enableDns: true has no effect on a gateway endpoint: the cloud creates no private domain name for it');
  }
  return warnings;
}

/**
 * Once the kind of endpoint is clear from the props, the prop the API docs make mandatory for it should be there.
 * A warning, not an error: both providers take the argument as optional, and the docs hedge for gateways.
 */
function missingForKind(props: VpcepEndpointProps): string[] {
  const interfaceProps = given(props, INTERFACE_ONLY_PROPS);
  const gatewayProps = given(props, GATEWAY_ONLY_PROPS);
  const warnings: string[] = [];
  const warnIfMissing = (name: PropName, kind: string, evidence: PropName[]) => {
    if (evidence.length > 0 && props[name] === undefined) {
      warnings.push(`${name}: not set, but the API requires it for ${kind} endpoint (${evidence.join(', ')} given)`);
    }
  };
  if (interfaceProps.length === 0 || gatewayProps.length === 0) {
    warnIfMissing(KIND_REQUIRES.interface, 'an interface', interfaceProps);
    warnIfMissing(KIND_REQUIRES.gateway, 'a gateway', gatewayProps);
  }
  return warnings;
}
