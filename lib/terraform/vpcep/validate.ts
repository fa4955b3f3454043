import { VpcepCloud } from './cloud';
import { VpcepEndpointProps, VpcepIpVersion, VpcepPolicyStatement } from './props';
import { GATEWAY_ONLY_PROPS, INTERFACE_ONLY_PROPS, KIND_REQUIRES, VPCEP_RULES } from './rules';
import { isAnyIpv4 } from '../../core/network';
import { countBetween } from '../../core/rules';
import { checkTags } from '../../core/tags';
import { Validator } from '../../core/validator';

function given(props: VpcepEndpointProps, names: readonly (keyof VpcepEndpointProps)[]): (keyof VpcepEndpointProps)[] {
  return names.filter(name => props[name] !== undefined);
}

/** Interface and gateway endpoints take disjoint props; a mix cannot be created by either cloud. */
function checkEndpointKind(v: Validator, props: VpcepEndpointProps): void {
  const interfaceProps = given(props, INTERFACE_ONLY_PROPS);
  if (interfaceProps.length === 0) return;
  for (const name of given(props, GATEWAY_ONLY_PROPS)) {
    v.fail(name, props[name], `is only for gateway endpoints and cannot be combined with the interface-endpoint props ${interfaceProps.join(', ')}`);
  }
}

/**
 * Once the kind of endpoint is clear from the props, the prop the API docs make mandatory for it should be there.
 * A warning, not an error: both providers take the argument as optional, and the docs hedge for gateways.
 */
function missingForKind(props: VpcepEndpointProps): string[] {
  const interfaceProps = given(props, INTERFACE_ONLY_PROPS);
  const gatewayProps = given(props, GATEWAY_ONLY_PROPS);
  if (interfaceProps.length > 0 && gatewayProps.length > 0) return [];
  return ([
    [KIND_REQUIRES.interface, 'an interface', interfaceProps],
    [KIND_REQUIRES.gateway, 'a gateway', gatewayProps],
  ] as const)
    .filter(([name, , evidence]) => evidence.length > 0 && props[name] === undefined)
    .map(([name, kind, evidence]) => `${name}: not set, but the API requires it for ${kind} endpoint (${evidence.join(', ')} given)`);
}

function checkPolicyStatements(v: Validator, statements: VpcepPolicyStatement[] | undefined): void {
  if (!v.isLiteral(statements)) return;
  statements.forEach((statement, i) => {
    if (!v.isLiteral(statement)) return;
    const property = `policyStatements[${i}]`;
    v.check(`${property}.effect`, statement.effect as string, ...VPCEP_RULES.policyEffect);
    v.checkList(`${property}.actions`, statement.actions, VPCEP_RULES.policyActions);
    v.checkList(`${property}.resources`, statement.resources, VPCEP_RULES.policyResources);
  });
}

/** Every rule on literal props, for one cloud. Token values pass unchecked (the validator skips them). */
export function checkVpcepProps(v: Validator, props: VpcepEndpointProps, cloud: VpcepCloud): void {
  const unsupported = given(props, cloud.unsupportedProps);
  for (const name of unsupported) {
    v.fail(name, props[name], `is not supported on ${cloud.displayName}: its provider has no such argument`);
  }
  const supported = (name: keyof VpcepEndpointProps) => !unsupported.includes(name);

  checkEndpointKind(v, props);
  v.check('portIp', props.portIp, ...VPCEP_RULES.portIp);
  v.checkList('whitelist', props.whitelist, VPCEP_RULES.whitelist);
  if (props.whitelist !== undefined && props.enableWhitelist === false) {
    v.fail('enableWhitelist', false, 'contradicts the whitelist given: a disabled whitelist is ignored (drop enableWhitelist, or the whitelist)');
  }
  v.check('description', props.description, ...VPCEP_RULES.description);
  checkTags(v, 'tags', props.tags, cloud.tagPolicy);
  checkPolicyStatements(v, props.policyStatements);

  if (supported('policyDocument')) v.check('policyDocument', props.policyDocument, ...VPCEP_RULES.policyDocument);
  if (supported('ipVersion')) v.check('ipVersion', props.ipVersion as string | undefined, ...VPCEP_RULES.ipVersion);
  if (supported('ipv6Address')) {
    v.check('ipv6Address', props.ipv6Address, ...VPCEP_RULES.ipv6Address);
    if (props.ipv6Address !== undefined && props.ipVersion !== VpcepIpVersion.DUALSTACK && !v.isUnresolved(props.ipVersion)) {
      v.fail('ipv6Address', props.ipv6Address, `requires ipVersion: VpcepIpVersion.DUALSTACK (ipVersion is ${props.ipVersion ?? 'not set'})`);
    }
  }
}

/** Legal props that are probably a mistake. */
export function vpcepWarnings(v: Validator, props: VpcepEndpointProps): string[] {
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
 * The tag count the resource ends up with once the provider merges its literal `default_tags` in
 * (the resource's own value wins for a shared key).
 */
export function checkMergedTagCount(
  v: Validator,
  tags: Record<string, string> | undefined,
  defaultTags: Record<string, string> | undefined,
  cloud: VpcepCloud,
): void {
  if (!v.isLiteral(defaultTags) || (tags !== undefined && !v.isLiteral(tags))) return;
  const merged = Object.keys({ ...defaultTags, ...tags });
  v.check('tags', merged, countBetween<string>(0, cloud.tagPolicy.maxTags, "tags once the provider's default_tags are merged in"));
}
