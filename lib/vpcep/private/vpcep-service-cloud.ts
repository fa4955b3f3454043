import { Annotations, Fn, IResolvable, Lazy, TerraformIterator, TerraformProvider, TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { VpcepApprovals } from './vpcep-approvals';
import { checkProviderAndFinalTags, registerServiceCloud } from './vpcep-cloud';
import { string } from '../../core/shapes';
import { DOMAIN_PREFIX, ORGANIZATION_PREFIX } from '../../rules/vpcep/service';
import { checkProviderProp, requireProvider } from '../../terraform/provider-check';
import { checkAtSynth } from '../../terraform/stack-checks';
import { literalBoolean, checkNow, checkPropsNow } from '../../terraform/validation';
import type { IVpcepEndpoint, IVpcepService } from '../vpcep-endpoint-types';
import { VPCEP_PORT_MAPPING, VPCEP_SERVICE_ATTRIBUTES, VPCEP_SERVICE_PROPS, VpcepServiceCloudRules, checkAddedPortMappings, checkAllowedConsumerList, checkAllowedConsumers, checkPortMappingList, checkVpcepServiceAttributes, checkVpcepServiceProps, vpcepServiceWarnings } from '../vpcep-service-checks';
import { VpcepPortMapping, VpcepPortProtocol, VpcepServiceAttributes, VpcepServiceProps } from '../vpcep-service-types';

/** What sets one cloud's VPC endpoint service apart, besides the argument names its construct maps to. */
export interface VpcepServiceCloudProfile extends VpcepServiceCloudRules {
  /** The registry source of the cloud's Terraform provider. */
  readonly providerSource: string;
  /** Whether the provider merges its `default_tags` into the resource's tags. */
  readonly mergesProviderDefaultTags: boolean;
  /** Creates the cloud's approval resource (one per service) in `scope`, in the service's region if it has one. */
  readonly newApproval: (scope: Construct, id: string, approval: VpcepApprovalArguments) => TerraformResource;
}

/** What an approval resource is made of. */
export interface VpcepApprovalArguments {
  readonly serviceId: string;
  readonly endpoints: string[];
  readonly provider?: TerraformProvider;
  /** The service's region (Huawei Cloud), which its approval must be in. */
  readonly region?: string;
}

/** An existing service of `cloud`, which can approve connections (with the stack's provider for the cloud). */
export function importVpcepService(scope: Construct, id: string, attrs: VpcepServiceAttributes, cloud: VpcepServiceCloudProfile): IVpcepService {
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
 * The checked props of one service, with its port mappings and allowed consumers: given in props, grown by
 * `addPortMapping()` and `addAllowedConsumer()`, each addition checked at once and the whole lists again at synth.
 */
export class VpcepServiceSpec {
  /** The checked copy of the props, to render from: later changes to the caller's objects cannot reach it. */
  public readonly props: VpcepServiceProps;
  public readonly portMappings: VpcepPortMapping[];
  public readonly consumers: string[];
  /** Whether connections need approval: the literal prop (default true), undefined for a token. */
  public readonly approvalRequired?: boolean;
  public readonly provider?: TerraformProvider;

  constructor(private readonly scope: Construct, given: VpcepServiceProps, private readonly cloud: VpcepServiceCloudProfile,
    finalTags: () => Record<string, string> | undefined) {
    const props = checkPropsNow<VpcepServiceProps>(scope, VPCEP_SERVICE_PROPS, given, (v, checked) => {
      checkProviderProp(v, checked.provider, cloud.providerSource);
      checkVpcepServiceProps(v, checked, cloud);
      for (const warning of vpcepServiceWarnings(v, checked.approvalRequired, checked.allowedConsumers ?? [])) {
        Annotations.of(scope).addWarning(warning);
      }
    });
    this.props = props;
    checkProviderAndFinalTags(scope, cloud, props.provider, finalTags);
    registerServiceCloud(scope, cloud);
    // The checked copy's lists are new arrays (or tokens), so the additions go to them.
    this.portMappings = props.portMappings;
    this.consumers = props.allowedConsumers ?? [];
    this.approvalRequired = literalBoolean(props.approvalRequired ?? true);
    this.provider = props.provider;
    checkAtSynth(scope, v => {
      checkPortMappingList(v, this.portMappings);
      checkAllowedConsumerList(v, this.consumers);
    });
  }

  /** Creates the cloud's approval resource for this service, with its provider and (Huawei Cloud) its region. */
  public newApproval(id: string, serviceId: string, endpointIds: string[]): TerraformResource {
    return this.cloud.newApproval(this.scope, id, { serviceId, endpoints: endpointIds, provider: this.provider, region: this.props.region });
  }

  /**
   * Checks port mappings like the prop (shape, fields, no mapping twice) and adds them; the list size is checked
   * again at synth.
   */
  public addPortMappings(mappings: unknown[]): void {
    const checked = checkNow(this.scope, v => {
      if (Token.isUnresolved(this.portMappings)) {
        v.fail('portMappings', this.portMappings, 'is a token list: port mappings cannot be added to it (give them all in one place)');
        return undefined;
      }
      const added = v.checkArguments<VpcepPortMapping>('portMappings', this.portMappings.length, mappings, VPCEP_PORT_MAPPING);
      if (added !== undefined) checkAddedPortMappings(v, this.portMappings, added);
      return added;
    });
    this.portMappings.push(...checked);
  }

  /** Checks allowed consumers like the prop (shape, record format, each once) and adds them. */
  public addAllowedConsumers(consumers: unknown[]): void {
    const checked = checkNow(this.scope, v => {
      if (Token.isUnresolved(this.consumers)) {
        v.fail('allowedConsumers', this.consumers, 'is a token list: consumers cannot be added to it (give them all in one place)');
        return undefined;
      }
      const added = v.checkArguments<string>('allowedConsumers', this.consumers.length, consumers, string());
      if (added === undefined) return undefined;
      checkAllowedConsumers(v, this.consumers.length, added, this.cloud);
      checkAllowedConsumerList(v, [...this.consumers, ...added]);
      for (const warning of vpcepServiceWarnings(v, this.approvalRequired, added)) Annotations.of(this.scope).addWarning(warning);
      return added;
    });
    this.consumers.push(...checked);
  }

  /**
   * The account records, for the provider's account argument: every entry but organizations (a token entry or a
   * token list too); with `bare`, without the `iam:domain::` prefix (Open Telekom Cloud's provider adds it), which a
   * token entry loses in Terraform (`trimprefix`).
   */
  public domains(bare: boolean): string[] {
    if (Token.isUnresolved(this.consumers)) return this.consumers;
    return Lazy.listValue({
      produce: () => this.consumers
        .filter(c => Token.isUnresolved(c) || !c.startsWith(ORGANIZATION_PREFIX))
        .map(c => (!bare ? c : Token.isUnresolved(c) ? Fn.trimprefix(c, DOMAIN_PREFIX) : c.replace(DOMAIN_PREFIX, ''))),
    }, { omitEmpty: true });
  }

  /** The organization records (Huawei Cloud's `organization_permissions`). */
  public organizations(): string[] | undefined {
    if (Token.isUnresolved(this.consumers)) return undefined;
    return Lazy.listValue({
      produce: () => this.consumers.filter(c => !Token.isUnresolved(c) && c.startsWith(ORGANIZATION_PREFIX)),
    }, { omitEmpty: true });
  }
}

/**
 * The arguments both clouds name alike. Each cloud adds its own with `Object.assign`, not spread: V8 copies these
 * objects of mostly undefined values much slower with spread.
 */
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

/** The arguments both clouds name alike, as `commonServiceArguments` renders them. */
export type VpcepServiceCommonArguments = ReturnType<typeof commonServiceArguments>;

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
