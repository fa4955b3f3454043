import { Fn, IResolvable, Lazy, TerraformIterator, TerraformProvider, TerraformResource, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { VpcepApprovals } from './vpcep-approvals';
import { Rule } from '../../core/rules';
import { boolean, optional, string, struct } from '../../core/shapes';
import { Validator } from '../../core/validator';
import { DOMAIN_PREFIX, ORGANIZATION_PREFIX, VPCEP_SERVICE_RULES } from '../../rules/vpcep/service';
import { FinalTagsOptions, checkFinalTags } from '../../terraform/final-tags';
import { META_ARGUMENT_SHAPES } from '../../terraform/meta-arguments';
import { checkProviderProp, requireProvider } from '../../terraform/provider-check';
import { TimeoutsBlock } from '../../terraform/timeouts';
import { checkPropsNow, literalBoolean } from '../../terraform/validation';
import { IVpcepEndpoint, IVpcepService, VpcepEndpointProps, VpcepPolicyStatement } from '../vpcep-endpoint-types';
import { VpcepPortMapping, VpcepPortProtocol, VpcepServiceAttributes, VpcepServiceProps } from '../vpcep-service-types';
import { VpcepTimeouts } from '../vpcep-timeouts';

/**
 * What sets one cloud of the VPCEP family apart. Each cloud's construct hands its profile to the family base
 * (`_createResource`), which checks and renders everything the clouds share and calls the profile for the rest.
 */
export interface VpcepCloud extends FinalTagsOptions {
  /** The cloud's name, for messages. */
  readonly displayName: string;
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

/** What sets one cloud's VPC endpoint service apart: its rules, and its resources with their own argument names. */
export interface VpcepServiceCloud<R extends TerraformResource> extends VpcepCloud {
  /** Props the cloud's provider has no argument for: setting one is an error, never a silent drop. */
  readonly unsupportedProps: readonly (keyof VpcepServiceProps)[];
  /** The cloud's name rules. */
  readonly name: readonly Rule<string>[];
  /** The cloud's description rules. */
  readonly description: readonly Rule<string>[];
  /** The cloud's TCP proxy values. */
  readonly tcpProxy: readonly Rule<string>[];
  /** The cloud's whitelist record rules. */
  readonly permission: readonly Rule<string>[];
  /** The timeouts the service resource declares. */
  readonly serviceTimeouts: TimeoutsBlock;
  /**
   * Creates the service resource in `scope` from the checked props, the service's lists (which `addPortMapping()` and
   * `addAllowedConsumer()` grow) and the arguments both clouds name alike (`common`, to which the cloud adds its own
   * with `Object.assign`, not spread: V8 copies these objects of mostly undefined values much more slowly with spread).
   */
  newService(scope: Construct, id: string, props: VpcepServiceProps, lists: VpcepServiceLists, common: VpcepServiceCommonArguments): R;
  /** Replaces the port mappings of the service resource, when more are added. */
  putPortMappings(resource: R, mappings: VpcepPortMapping[]): void;
  /** Creates the cloud's approval resource (one per service) in `scope`, in the service's region if it has one. */
  newApproval(scope: Construct, id: string, approval: VpcepApprovalArguments): TerraformResource;
}

/** A service's lists: given in props, grown by `addPortMapping()` and `addAllowedConsumer()`. */
export interface VpcepServiceLists {
  readonly portMappings: VpcepPortMapping[];
  readonly consumers: string[];
}

/** What an approval resource is made of. */
export interface VpcepApprovalArguments {
  readonly serviceId: string;
  readonly endpoints: string[];
  readonly provider?: TerraformProvider;
  /** The service's region (Huawei Cloud), which its approval must be in. */
  readonly region?: string;
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

/**
 * The synth-time checks every VPCEP resource with tags needs: a provider for the cloud, and the final tags (a profile
 * is a constant of its cloud, so all its constructs in a stack share one pass).
 */
export function checkProviderAndFinalTags(scope: Construct, cloud: VpcepCloud, provider: TerraformProvider | undefined): void {
  requireProvider(scope, cloud.providerSource, provider);
  checkFinalTags(scope, cloud);
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

/** The service arguments both clouds name alike. */
export function commonServiceArguments(props: VpcepServiceProps) {
  return {
    vpcId: props.vpcId,
    serverType: props.serverType,
    portId: props.portId,
    name: props.name,
    serviceType: props.serviceType,
    description: props.description,
    tags: props.tags,
    tcpProxy: props.tcpProxy,
  };
}

/** The service arguments both clouds name alike, as `commonServiceArguments` renders them. */
export type VpcepServiceCommonArguments = ReturnType<typeof commonServiceArguments>;

/**
 * The account records of `consumers`, for the provider's account argument: every entry but organizations (a token
 * entry or a token list too); with `bare`, without the `iam:domain::` prefix (Open Telekom Cloud's provider adds it),
 * which a token entry loses in Terraform (`trimprefix`). Rendered at synth, so that added consumers reach it.
 */
export function domainRecords(consumers: string[], bare: boolean): string[] {
  if (Token.isUnresolved(consumers)) return consumers;
  return Lazy.listValue({
    produce: () => consumers
      .filter(c => Token.isUnresolved(c) || !c.startsWith(ORGANIZATION_PREFIX))
      .map(c => (!bare ? c : Token.isUnresolved(c) ? Fn.trimprefix(c, DOMAIN_PREFIX) : c.replace(DOMAIN_PREFIX, ''))),
  }, { omitEmpty: true });
}

/** The organization records of `consumers` (Huawei Cloud's `organization_permissions`), rendered at synth. */
export function organizationRecords(consumers: string[]): string[] | undefined {
  if (Token.isUnresolved(consumers)) return undefined;
  return Lazy.listValue({
    produce: () => consumers.filter(c => !Token.isUnresolved(c) && c.startsWith(ORGANIZATION_PREFIX)),
  }, { omitEmpty: true });
}

/**
 * A port mapping's fields under the names a provider gives them (`map` names them in the resource config). A token
 * list becomes a Terraform `dynamic` block over it, since a block cannot be given as an expression; its objects have
 * this library's field names, with `protocol` optional.
 */
export function mapPortMappings<T>(mappings: VpcepPortMapping[], map: (m: VpcepPortMapping) => T,
  snakeCase: (m: T) => Record<string, unknown>): T[] | IResolvable {
  if (Token.isUnresolved(mappings)) {
    const each = TerraformIterator.fromList(mappings as unknown as IResolvable);
    return each.dynamic(snakeCase(map({
      servicePort: each.getNumber('servicePort'),
      terminalPort: each.getNumber('terminalPort'),
      protocol: Fn.lookup(each.value, 'protocol', 'TCP'),
    })));
  }
  // A token for one mapping is an object in Terraform: its fields are looked up there.
  return mappings.map(m => map(!Token.isUnresolved(m) ? m : {
    servicePort: Token.asNumber(Fn.lookup(m, 'servicePort')),
    terminalPort: Token.asNumber(Fn.lookup(m, 'terminalPort')),
    protocol: Token.asString(Fn.lookup(m, 'protocol', 'TCP')) as VpcepPortProtocol,
  }));
}

/** The run-time shape of `VpcepServiceAttributes`, for `fromVpcepServiceAttributes()`. */
export const VPCEP_SERVICE_ATTRIBUTES = struct<VpcepServiceAttributes>('VpcepServiceAttributes', {
  serviceId: string(),
  approvalRequired: optional(boolean()),
  region: optional(string()),
  provider: META_ARGUMENT_SHAPES.provider,
});

/** An existing service of `cloud`, which can approve connections (with the stack's provider for the cloud). */
export function importVpcepService(scope: Construct, id: string, attrs: VpcepServiceAttributes,
  cloud: VpcepServiceCloud<TerraformResource>): IVpcepService {
  class Import extends Construct implements IVpcepService {
    public readonly serviceId: string;
    public readonly approvalRequired?: boolean;
    private readonly checked: VpcepServiceAttributes;
    private readonly approvals = new VpcepApprovals(this, (approvalId, endpointIds) => cloud.newApproval(this, approvalId, {
      serviceId: this.serviceId, endpoints: endpointIds, provider: this.checked.provider, region: this.checked.region,
    }));
    constructor() {
      super(scope, id);
      this.checked = checkPropsNow<VpcepServiceAttributes>(this, VPCEP_SERVICE_ATTRIBUTES, attrs, (v, a) => {
        checkProviderProp(v, a.provider, cloud.providerSource);
        checkVpcepServiceAttributes(v, a, cloud);
      });
      this.serviceId = this.checked.serviceId;
      this.approvalRequired = literalBoolean(this.checked.approvalRequired);
    }
    public approveConnections(...endpoints: (IVpcepEndpoint | string)[]): void {
      requireProvider(this, cloud.providerSource, this.checked.provider);
      this.approvals.approve(endpoints);
    }
  }
  const service = new Import();
  registerServiceCloud(service, cloud);
  return service;
}

/**
 * The attributes of an imported service on `cloud`: the ID the approval API takes, and a region only where the
 * approval resource has one.
 *
 * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/AcceptOrRejectEndpoint.html
 */
function checkVpcepServiceAttributes(v: Validator, attrs: VpcepServiceAttributes, cloud: VpcepServiceCloud<TerraformResource>): void {
  v.check('serviceId', attrs.serviceId, ...VPCEP_SERVICE_RULES.serviceId);
  if (cloud.unsupportedProps.includes('region')) {
    if (attrs.region !== undefined) {
      v.fail('region', attrs.region, `is not supported on ${cloud.displayName}: its approval resource has no region argument (use a provider of that region)`);
    }
  } else {
    v.check('region', attrs.region, ...VPCEP_SERVICE_RULES.id);
  }
}
