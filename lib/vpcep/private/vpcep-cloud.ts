import { Fn, TerraformProvider, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { checkFinalTags } from '../../terraform/final-tags';
import { requireProvider } from '../../terraform/provider-check';
import { VpcepEndpointCloudRules } from '../vpcep-endpoint-checks';
import { VpcepEndpointProps, VpcepPolicyStatement } from '../vpcep-endpoint-types';

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

/** The cloud of a service construct of this library, if it is one. */
export function serviceCloudOf(service: IConstruct): { readonly providerSource: string; readonly displayName: string } | undefined {
  return SERVICE_CLOUDS.get(service);
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
 * The arguments both clouds name alike, with this library's defaults: DNS off unless asked for (the providers'
 * defaults differ, so it is always rendered) and a given whitelist enabled. Each cloud adds its own with
 * `Object.assign`, not spread: V8 copies these objects of mostly undefined values much more slowly with spread
 * (`npm run bench` measures synthesis).
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

/** The arguments both clouds name alike, as `commonArguments` renders them. */
export type VpcepCommonArguments = ReturnType<typeof commonArguments>;
