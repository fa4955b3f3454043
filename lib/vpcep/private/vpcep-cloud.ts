import { Annotations, Fn, TerraformProvider, TerraformStack, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { checkFinalTags } from '../../terraform/final-tags';
import { checkProviderProp, requireProvider } from '../../terraform/provider-check';
import { validateProps } from '../../terraform/validation';
import { VPCEP_ENDPOINT_PROPS, VpcepEndpointCloudRules, checkVpcepEndpointProps, vpcepEndpointWarnings } from '../vpcep-endpoint-rules';
import { IVpcepEndpoint, VpcepEndpointProps, VpcepPolicyStatement } from '../vpcep-endpoint-types';

/**
 * What sets one cloud's VPC endpoint apart from the other's, besides the argument names its construct maps to.
 */
export interface VpcepCloud extends VpcepEndpointCloudRules {
  /** The registry source of the cloud's Terraform provider. */
  readonly providerSource: string;
  /** Whether the provider merges its `default_tags` into the resource's tags (so they count against the limit). */
  readonly mergesProviderDefaultTags: boolean;
}

/** The cloud of each service construct of this library (services made elsewhere are not known). */
const SERVICE_CLOUDS = new WeakMap<IConstruct, { readonly providerSource: string; readonly displayName: string }>();

/** Records the cloud of a service, so that an endpoint of another cloud given it as `service` is an error. */
export function registerServiceCloud(service: IConstruct, cloud: { readonly providerSource: string; readonly displayName: string }): void {
  SERVICE_CLOUDS.set(service, cloud);
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
    const serviceCloud = checked.service && SERVICE_CLOUDS.get(checked.service);
    if (serviceCloud !== undefined && serviceCloud.providerSource !== cloud.providerSource) {
      v.fail('service', checked.service, `is a ${serviceCloud.displayName} service: an endpoint on ${cloud.displayName} cannot connect to it`);
    }
    for (const warning of vpcepEndpointWarnings(v, checked)) Annotations.of(scope).addWarning(warning);
  });
  checkProviderAndFinalTags(scope, cloud, props.provider, finalTags);
  return props;
}

/** The synth-time checks every VPCEP resource with tags needs: a provider for the cloud, and the final tags. */
export function checkProviderAndFinalTags(scope: Construct,
  cloud: Pick<VpcepCloud, 'providerSource' | 'tagPolicy' | 'mergesProviderDefaultTags'>,
  provider: TerraformProvider | undefined, finalTags: () => Record<string, string> | undefined): void {
  requireProvider(scope, cloud.providerSource, provider);
  checkFinalTags(scope, finalTags, {
    policy: cloud.tagPolicy,
    providerSource: cloud.providerSource,
    mergesProviderDefaultTags: cloud.mergesProviderDefaultTags,
    provider,
  });
}

/**
 * An endpoint created with `service`: the service approves its connection when it requires approval (or may: a token
 * or an imported service without `approvalRequired`). Across stacks the approval would make each stack depend on the
 * other, so there it is left to the user, with a warning.
 */
export function approveWithService(endpoint: IVpcepEndpoint, props: VpcepEndpointProps): void {
  const service = props.service;
  if (service === undefined || service.approvalRequired === false) return;
  const [own, theirs] = [TerraformStack.of(endpoint), TerraformStack.of(service)];
  if (own !== theirs) {
    Annotations.of(endpoint).addWarning(`service: the service is in stack "${theirs.node.id}", so its approval of this endpoint ` +
      'is not created here: approve its ID in a stack deployed after both (fromVpcepServiceAttributes(...).approveConnections(id))');
    return;
  }
  service.approveConnections(endpoint);
}

/**
 * The arguments both clouds name alike, with this library's defaults: DNS off unless asked for (the providers'
 * defaults differ, so it is always rendered) and a given whitelist enabled. Each cloud adds its own with
 * `Object.assign`, not spread: V8 copies these objects of mostly undefined values ~40x slower with spread.
 */
export function commonArguments(props: VpcepEndpointProps) {
  return {
    // Exactly one of them is given (checked before).
    serviceId: (props.serviceId ?? props.service?.serviceId) as string,
    vpcId: props.vpcId,
    enableDns: props.enableDns ?? false,
    enableWhitelist: props.enableWhitelist ?? (props.whitelist !== undefined ? true : undefined),
    whitelist: props.whitelist,
    description: props.description,
    tags: props.tags,
    policyStatement: renderPolicyStatements(props.policyStatements),
  };
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

