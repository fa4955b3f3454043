import { Fn, TerraformProvider, TerraformResource, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { optional, string, struct } from '../../core/shapes';
import { TagPolicy } from '../../core/tags';
import { checkFinalTags } from '../../terraform/final-tags';
import { requireProvider } from '../../terraform/provider-check';
import { TimeoutsBlock } from '../../terraform/timeouts';
import { VpcepEndpointProps, VpcepPolicyStatement } from '../vpcep-endpoint-types';
import { VpcepTimeouts } from '../vpcep-timeouts';

/**
 * What sets one cloud of the VPCEP family apart. Each cloud's construct hands its profile to the family base
 * (`_createResource`), which checks and renders everything the clouds share and calls the profile for the rest.
 */
export interface VpcepCloud {
  /** The cloud's name, for messages. */
  readonly displayName: string;
  /** The registry source of the cloud's Terraform provider. */
  readonly providerSource: string;
  /** The cloud's tag rules (endpoints and services: the same API). */
  readonly tagPolicy: TagPolicy;
  /** Whether the provider merges its `default_tags` into the resource's tags (so they count against the limit). */
  readonly mergesProviderDefaultTags: boolean;
}

/** What sets one cloud's VPC endpoint apart: its rules, and the resource with its own argument names. */
export interface VpcepEndpointCloud<R extends TerraformResource> extends VpcepCloud {
  /** Props the cloud's provider has no argument for: setting one is an error, never a silent drop. */
  readonly unsupportedProps: readonly (keyof VpcepEndpointProps)[];
  /** The timeouts the endpoint resource declares. */
  readonly endpointTimeouts: TimeoutsBlock;
  /**
   * Creates the endpoint resource in `scope` from the checked props and the arguments both clouds name alike
   * (`common`, to which the cloud adds its own with `Object.assign`, not spread: V8 copies these objects of mostly
   * undefined values much more slowly with spread; `npm run bench` measures synthesis).
   */
  newEndpoint(scope: Construct, id: string, props: VpcepEndpointProps, common: VpcepEndpointCommonArguments): R;
}

/** The run-time shape of `VpcepTimeouts`: which keys a resource takes is each cloud's rule. */
export const VPCEP_TIMEOUTS = struct<VpcepTimeouts>('VpcepTimeouts', {
  create: optional(string()),
  delete: optional(string()),
  default: optional(string()),
});

/** The cloud of each service construct of this library (services made elsewhere are not known). */
const SERVICE_CLOUDS = new WeakMap<IConstruct, VpcepCloud>();

/** Records the cloud of a service, so that an endpoint of another cloud given it as `service` is an error. */
export function registerServiceCloud(service: IConstruct, cloud: VpcepCloud): void {
  SERVICE_CLOUDS.set(service, cloud);
}

/** The cloud of a service construct of this library, if it is one. */
export function serviceCloudOf(service: IConstruct): VpcepCloud | undefined {
  return SERVICE_CLOUDS.get(service);
}

/** The synth-time checks every VPCEP resource with tags needs: a provider for the cloud, and the final tags. */
export function checkProviderAndFinalTags(scope: Construct, cloud: VpcepCloud, provider: TerraformProvider | undefined,
  finalTags: () => Record<string, string> | undefined): void {
  requireProvider(scope, cloud.providerSource, provider);
  checkFinalTags(scope, finalTags, {
    policy: cloud.tagPolicy,
    providerSource: cloud.providerSource,
    mergesProviderDefaultTags: cloud.mergesProviderDefaultTags,
    provider,
  });
}

/**
 * The endpoint arguments both clouds name alike, with this library's defaults: DNS off unless asked for (the
 * providers' defaults differ, so it is always rendered) and a given whitelist enabled.
 */
export function commonEndpointArguments(props: VpcepEndpointProps) {
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

/** The endpoint arguments both clouds name alike, as `commonEndpointArguments` renders them. */
export type VpcepEndpointCommonArguments = ReturnType<typeof commonEndpointArguments>;

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
