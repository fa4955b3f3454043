import { Annotations, Fn, Token } from 'cdktf';
import { Construct } from 'constructs';
import { checkFinalTags } from '../../terraform/final-tags';
import { metaArguments } from '../../terraform/meta-arguments';
import { checkProviderProp, requireProvider } from '../../terraform/provider-check';
import { validateProps } from '../../terraform/validation';
import { VpcepEndpointProps, VpcepPolicyStatement } from '../vpcep-endpoint-base';
import { VPCEP_ENDPOINT_PROPS, VpcepEndpointCloudRules, checkVpcepEndpointProps, vpcepEndpointWarnings } from '../vpcep-endpoint-rules';

/**
 * What sets one cloud's VPC endpoint apart from the other's, besides the argument names its construct maps to.
 */
export interface VpcepCloud extends VpcepEndpointCloudRules {
  /** The registry source of the cloud's Terraform provider. */
  readonly providerSource: string;
  /** Whether the provider merges its `default_tags` into the resource's tags (so they count against the limit). */
  readonly mergesProviderDefaultTags: boolean;
}

/**
 * Validates a VPC endpoint's props for `cloud` (throwing one `ValidationError`), records warnings, and registers the
 * checks that must wait for synthesis: a provider for the cloud in the stack, and the resource's final tags.
 * Returns the checked copy of the props to render from.
 */
export function validateVpcepEndpoint(scope: Construct, given: VpcepEndpointProps, cloud: VpcepCloud,
  finalTags: () => Record<string, string> | undefined): VpcepEndpointProps {
  const props = validateProps<VpcepEndpointProps>(scope, VPCEP_ENDPOINT_PROPS, given, (v, checked) => {
    checkProviderProp(v, checked.provider, cloud.providerSource);
    checkVpcepEndpointProps(v, checked, cloud);
    for (const warning of vpcepEndpointWarnings(v, checked)) Annotations.of(scope).addWarning(warning);
  });
  requireProvider(scope, cloud.providerSource, props.provider);
  checkFinalTags(scope, finalTags, {
    policy: cloud.tagPolicy,
    providerSource: cloud.providerSource,
    mergesProviderDefaultTags: cloud.mergesProviderDefaultTags,
    provider: props.provider,
  });
  return props;
}

/**
 * The arguments both clouds name alike, with the meta-arguments and this library's defaults: DNS off unless asked
 * for (the providers' defaults differ, so it is always rendered) and a given whitelist enabled.
 */
export function commonArguments(props: VpcepEndpointProps) {
  // Object.assign, not spread: V8 copies these objects of mostly undefined values ~40x slower with spread.
  return Object.assign(metaArguments(props), {
    serviceId: props.serviceId,
    vpcId: props.vpcId,
    enableDns: props.enableDns ?? false,
    enableWhitelist: props.enableWhitelist ?? (props.whitelist !== undefined ? true : undefined),
    whitelist: props.whitelist,
    description: props.description,
    tags: props.tags,
    policyStatement: renderPolicyStatements(props.policyStatements),
  });
}

/**
 * The `policy_statement` argument both providers take: a JSON array of `{Effect, Action, Resource}`.
 * Literal statements become a JSON string; statements holding tokens become a Terraform `jsonencode(...)`.
 */
function renderPolicyStatements(statements: VpcepPolicyStatement[] | undefined): string | undefined {
  if (statements === undefined) return undefined;
  if (Token.isUnresolved(statements)) return Fn.jsonencode(statements);
  const document = statements.map(s => ({ Effect: s.effect, Action: s.actions, Resource: s.resources }));
  const json = JSON.stringify(document);
  return Token.isUnresolved(json) ? Fn.jsonencode(document) : json;
}

