import { Annotations, ITerraformDependable, TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { VPCEP_TIMEOUTS, VpcepEndpointCloud, checkProviderAndFinalTags, commonEndpointArguments, serviceCloudOf } from './private/vpcep-cloud';
import { IVpcepEndpoint, VpcepEndpointAttributes, VpcepEndpointProps, VpcepPolicyStatement } from './vpcep-endpoint-types';
import { isAnyIpv4 } from '../core/network';
import { NOT_EMPTY } from '../core/rules';
import { boolean, listOf, mapOf, object, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';
import { VPCEP_ENDPOINT_RULES } from '../rules/vpcep/endpoint';
import { checksItsResources } from '../terraform/checks-its-resources';
import { endpointIdOf, registerEndpointService } from '../terraform/connections';
import { META_ARGUMENT_SHAPES } from '../terraform/meta-arguments';
import { checkProviderProp } from '../terraform/provider-check';
import { checkLaterChanges } from '../terraform/raw-resource-validation';
import { checkTimeouts } from '../terraform/timeouts';
import { checkPropsNow } from '../terraform/validation';

/** The run-time shape of `VpcepEndpointProps`, for callers without TypeScript's checks. */
const VPCEP_ENDPOINT_PROPS = struct<VpcepEndpointProps>('VpcepEndpointProps', {
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

/** The run-time shape of `VpcepEndpointAttributes`, for callers without TypeScript's checks. */
const ENDPOINT_ATTRIBUTES = struct<VpcepEndpointAttributes>('VpcepEndpointAttributes', { endpointId: string() });

/**
 * What the Huawei Cloud and Open Telekom Cloud VPC endpoints have in common: the props, checked and rendered here
 * (each cloud's construct only names its own arguments), and the attributes both providers export under the same
 * names.
 *
 * An endpoint is `ITerraformDependable`: pass it in the `dependsOn` of any resource (or of another construct of this
 * library), and that resource waits for the endpoint resource, `node.defaultChild`.
 */
export abstract class VpcepEndpointBase extends Construct implements IVpcepEndpoint, ITerraformDependable {
  /**
   * The run-time shapes of its props, for the shape tests.
   * @internal
   */
  public static readonly _shapes = { props: VPCEP_ENDPOINT_PROPS };

  /**
   * Refers to an existing VPC endpoint by its ID (on either cloud: only the ID is needed).
   */
  public static fromVpcepEndpointAttributes(scope: Construct, id: string, attrs: VpcepEndpointAttributes): IVpcepEndpoint {
    class Import extends Construct implements IVpcepEndpoint {
      public readonly endpointId: string;
      constructor() {
        super(scope, id);
        this.endpointId = checkPropsNow<VpcepEndpointAttributes>(this, ENDPOINT_ATTRIBUTES, attrs,
          (v, a) => v.check('endpointId', a.endpointId, NOT_EMPTY)).endpointId;
      }
    }
    return new Import();
  }

  /**
   * The Terraform address of the endpoint resource (`node.defaultChild`), which `dependsOn` refers to.
   */
  public get fqn(): string {
    return this.defaultResource.fqn;
  }

  /**
   * The ID of the VPC endpoint.
   *
   * @attribute
   */
  public get endpointId(): string {
    return endpointIdOf(this, () => this.attribute('id'));
  }

  /**
   * The IPv4 address of the endpoint in its subnet (interface endpoints): `portIp`, or the address the cloud assigned.
   *
   * @attribute
   */
  public abstract readonly ipAddress: string;

  /**
   * The endpoint's marker ID, which identifies its connection on the service side (`packet_id` on Huawei Cloud,
   * `marker_id` on Open Telekom Cloud).
   *
   * @attribute
   */
  public abstract readonly markerId: number;

  /**
   * The connection status: `pendingAcceptance` until the service owner accepts the connection, then `accepted`
   * (also `creating`, `rejected`, `failed`, `deleting`).
   *
   * @attribute
   */
  public get status(): string {
    return this.attribute('status');
  }

  /**
   * The name of the VPC endpoint service the endpoint connects to.
   *
   * @attribute
   */
  public get serviceName(): string {
    return this.attribute('service_name');
  }

  /**
   * The type of the VPC endpoint service: `interface` or `gateway`.
   *
   * @attribute
   */
  public get serviceType(): string {
    return this.attribute('service_type');
  }

  /**
   * Checks `props` for `cloud` (one `ValidationError`), records warnings and the checks that wait for synthesis (a
   * provider for the cloud, the resource's final tags), has `cloud` create the resource, the `'Resource'` child, from
   * the checked props and the arguments both clouds name alike, and lets a `service` of this stack approve the
   * endpoint. Each cloud's constructor calls it with its profile.
   *
   * @internal
   */
  protected _createResource<R extends TerraformResource>(props: VpcepEndpointProps, cloud: VpcepEndpointCloud<R>): R {
    checksItsResources(this);
    const checked = checkPropsNow<VpcepEndpointProps>(this, VPCEP_ENDPOINT_PROPS, props, (v, p) => {
      checkProviderProp(v, p.provider, cloud.providerSource);
      checkVpcepEndpointProps(v, p, cloud);
      const serviceCloud = p.service && serviceCloudOf(p.service);
      if (serviceCloud !== undefined && serviceCloud.providerSource !== cloud.providerSource) {
        v.fail('service', p.service, `is a ${serviceCloud.displayName} service: an endpoint on ${cloud.displayName} cannot connect to it`);
      }
      for (const warning of vpcepEndpointWarnings(v, p)) Annotations.of(this).addWarning(warning);
    });
    checkProviderAndFinalTags(this, cloud, checked.provider);
    const resource = cloud.newEndpoint(this, 'Resource', checked, commonEndpointArguments(checked));
    checkLaterChanges(resource);
    this.approveWithService(checked);
    return resource;
  }

  /**
   * An endpoint created with `service`: the service approves its connection when it requires approval (or may: a
   * token or an imported service without `approvalRequired`). Across stacks the approval would make each stack depend
   * on the other, so there it is left to the user, with a warning.
   */
  private approveWithService(props: VpcepEndpointProps): void {
    const service = props.service;
    if (service === undefined) return;
    registerEndpointService(this, service);
    if (service.approvalRequired === false) return;
    const [own, theirs] = [TerraformStack.of(this), TerraformStack.of(service)];
    if (own !== theirs) {
      Annotations.of(this).addWarning(`service: the service is in stack "${theirs.node.id}", so its approval of this endpoint ` +
        'is not created here: approve its ID in a stack deployed after both (fromVpcepServiceAttributes(...).approveConnections(id))');
      return;
    }
    service.approveConnections(this);
  }

  /** Reads an attribute of the endpoint resource. */
  private attribute(name: string): string {
    return this.defaultResource.getStringAttribute(name);
  }

  /** The wrapped resource, the construct's `'Resource'` child (`node.defaultChild`). */
  private get defaultResource(): TerraformResource {
    return this.node.defaultChild as TerraformResource;
  }
}

// The checks of the VPCEP endpoints, which apply their rules (`lib/rules/vpcep/endpoint.ts`) for each cloud: interface
// or gateway props, the whitelist switch, and the props a cloud's provider has no argument for.

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

const NONE_GIVEN: readonly PropName[] = [];

/** Route tables: a list of IDs. */
const ROUTE_TABLES = { each: VPCEP_ENDPOINT_RULES.id };

/** The props of `names` that are given; a list is made only when one is (every endpoint asks several times). */
function given(props: VpcepEndpointProps, names: readonly PropName[]): readonly PropName[] {
  let found: PropName[] | undefined;
  for (const name of names) if (props[name] !== undefined) (found ??= []).push(name);
  return found ?? NONE_GIVEN;
}

/** Every rule on literal props, for one cloud. Token values pass unchecked (the validator skips them). */
function checkVpcepEndpointProps(v: Validator, props: VpcepEndpointProps, cloud: VpcepEndpointCloud<TerraformResource>): void {
  const unsupported = given(props, cloud.unsupportedProps);
  for (const name of unsupported) {
    v.fail(name, props[name], `is not supported on ${cloud.displayName}: its provider has no such argument`);
  }
  const supported = (name: PropName) => !unsupported.includes(name);
  const rules = VPCEP_ENDPOINT_RULES;

  v.exactlyOneOf(props, 'serviceId', 'service');
  checkEndpointKind(v, props);
  v.check('serviceId', props.serviceId, ...rules.id);
  v.check('vpcId', props.vpcId, ...rules.id);
  v.check('subnetId', props.subnetId, ...rules.id);
  if (supported('region')) v.check('region', props.region, ...rules.id);
  checkTimeouts(v, 'timeouts', props.timeouts, cloud.endpointTimeouts);
  v.checkList('routeTables', props.routeTables, ROUTE_TABLES);
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
function vpcepEndpointWarnings(v: Validator, props: VpcepEndpointProps): string[] {
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
  const warnIfMissing = (name: PropName, kind: string, evidence: readonly PropName[]) => {
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
