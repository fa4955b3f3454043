import { Annotations, IResolvable, ITerraformDependable, TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { VpcepApprovals } from './private/vpcep-approvals';
import { VPCEP_TIMEOUTS, VpcepServiceCloud, VpcepServiceLists, checkProviderAndFinalTags, commonServiceArguments, registerServiceCloud } from './private/vpcep-cloud';
import { IVpcepEndpoint, IVpcepService } from './vpcep-endpoint-types';
import { VpcepPortMapping, VpcepServiceProps } from './vpcep-service-types';
import { Shape, boolean, listOf, mapOf, number, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';
import { ORGANIZATION_PREFIX, VPCEP_SERVICE_RULES } from '../rules/vpcep/service';
import { checksItsResources } from '../terraform/checks-its-resources';
import { META_ARGUMENT_SHAPES } from '../terraform/meta-arguments';
import { checkProviderProp } from '../terraform/provider-check';
import { checkLaterChanges } from '../terraform/raw-resource-validation';
import { checkAtSynth } from '../terraform/stack-checks';
import { checkTimeouts } from '../terraform/timeouts';
import { checkNow, checkPropsNow, literalBoolean } from '../terraform/validation';

/** The run-time shape of a `VpcepPortMapping`, for props and `addPortMapping()`. */
const VPCEP_PORT_MAPPING = struct<VpcepPortMapping>('VpcepPortMapping', {
  servicePort: number(),
  terminalPort: number(),
  protocol: optional(string()),
});

/** The run-time shape of `VpcepServiceProps`, for callers without TypeScript's checks. */
const VPCEP_SERVICE_PROPS = struct<VpcepServiceProps>('VpcepServiceProps', {
  ...META_ARGUMENT_SHAPES,
  vpcId: string(),
  serverType: string(),
  portId: string(),
  portMappings: listOf(VPCEP_PORT_MAPPING, 'port mappings'),
  name: optional(string()),
  serviceType: optional(string()),
  approvalRequired: optional(boolean()),
  allowedConsumers: optional(listOf(string())),
  description: optional(string()),
  tags: optional(mapOf(string(), 'strings')),
  tcpProxy: optional(string()),
  ipVersion: optional(string()),
  snatNetworkId: optional(string()),
  region: optional(string()),
  enablePolicy: optional(boolean()),
  timeouts: optional(VPCEP_TIMEOUTS),
});

/**
 * What the Huawei Cloud and Open Telekom Cloud VPC endpoint services have in common: the props, checked here (each
 * cloud's construct only names its own arguments), port mappings and allowed consumers added later, the one approval
 * resource per service that `approveConnections()` fills, and the attributes both providers export under the same
 * names.
 *
 * A service is `ITerraformDependable`: a resource given it in `dependsOn` waits for the service resource
 * (`node.defaultChild`), not for its approval resource.
 */
export abstract class VpcepServiceBase extends Construct implements IVpcepService, ITerraformDependable {
  /**
   * The run-time shapes of its props and port mappings, for the shape tests.
   * @internal
   */
  public static readonly _shapes = { props: VPCEP_SERVICE_PROPS, portMapping: VPCEP_PORT_MAPPING };

  // Set by `_createResource`, which each cloud's constructor calls before any method of the construct can run.
  private cloud!: VpcepServiceCloud<TerraformResource>;
  // The checked copy of the props, to render from: later changes to the caller's objects cannot reach it.
  private checked!: VpcepServiceProps;
  // The lists the resource renders: the checked copy's (new arrays, or tokens), which the additions go to.
  private lists!: VpcepServiceLists;
  private putPortMappings!: (mappings: VpcepPortMapping[]) => void;
  private approvals?: VpcepApprovals;

  /**
   * Whether connections need the owner's approval; undefined when given as a token.
   */
  public get approvalRequired(): boolean | undefined {
    return literalBoolean(this.checked.approvalRequired ?? true);
  }

  /**
   * The Terraform address of the service resource (`node.defaultChild`), which `dependsOn` refers to.
   */
  public get fqn(): string {
    return this.defaultResource.fqn;
  }

  /**
   * The ID of the VPC endpoint service.
   *
   * @attribute
   */
  public get serviceId(): string {
    return this.defaultResource.getStringAttribute('id');
  }

  /**
   * The status of the service: `available` or `failed` (`creating`, `deleting` in between).
   *
   * @attribute
   */
  public get status(): string {
    return this.defaultResource.getStringAttribute('status');
  }

  /**
   * Every connection to the service, as the provider reads it: a list of objects with `endpoint_id`, `packet_id` (the
   * endpoint's marker ID), `domain_id` (the endpoint owner's account), `status` and `description` (and more on some
   * clouds). Use it in an output or a Terraform expression.
   *
   * @attribute
   */
  public get connections(): IResolvable {
    return this.defaultResource.interpolationForAttribute('connections');
  }

  /**
   * Approves the connections of endpoints to this service, with the cloud's approval resource (one per service;
   * each call adds to it). Give endpoint constructs or endpoint IDs, e.g. of endpoints in other accounts; an endpoint
   * given again, as a construct or by its ID, is listed once. An endpoint of another stack that was created with a
   * service of this stack is an error: each stack would depend on the other. Removing an endpoint later makes the
   * cloud reject its connection.
   */
  public approveConnections(...endpoints: (IVpcepEndpoint | string)[]): void {
    this.approvals ??= new VpcepApprovals(this, (id, endpointIds) => this.cloud.newApproval(this, id, {
      serviceId: this.serviceId, endpoints: endpointIds, provider: this.checked.provider, region: this.checked.region,
    }));
    this.approvals.approve(endpoints);
  }

  /**
   * Adds port mappings. Each is checked now, like the prop, and must not repeat a mapping the service has; the list
   * size (at most 200) is checked at synth.
   */
  public addPortMapping(...mappings: VpcepPortMapping[]): void {
    const existing = this.lists.portMappings;
    this.addChecked('portMappings', 'port mappings', existing, mappings, VPCEP_PORT_MAPPING, (v, added) => checkAddedPortMappings(v, existing, added));
    this.putPortMappings(existing);
  }

  /**
   * Allows consumers to connect: `iam:domain::<domain id>` or `*` for every account, and on Huawei Cloud also
   * `organizations:orgPath::<org path>` or `organizations:orgPath::*`. Each is checked now.
   */
  public addAllowedConsumer(...consumers: string[]): void {
    const existing = this.lists.consumers;
    this.addChecked('allowedConsumers', 'consumers', existing, consumers, string(), (v, added) => {
      checkAllowedConsumers(v, existing.length, added, this.cloud);
      checkAllowedConsumerList(v, [...existing, ...added]);
      for (const warning of vpcepServiceWarnings(v, this.approvalRequired, added)) Annotations.of(this).addWarning(warning);
    });
  }

  /**
   * Checks `props` for `cloud` (one `ValidationError`), records warnings and the checks that wait for synthesis (a
   * provider for the cloud, the final tags, the lists that `add*` grows), and has `cloud` create the resource, the
   * `'Resource'` child, from the checked props, the service's lists and the arguments both clouds name alike. Each
   * cloud's constructor calls it with its profile.
   *
   * @internal
   */
  protected _createResource<R extends TerraformResource>(props: VpcepServiceProps, cloud: VpcepServiceCloud<R>): R {
    checksItsResources(this);
    const checked = checkPropsNow<VpcepServiceProps>(this, VPCEP_SERVICE_PROPS, props, (v, p) => {
      checkProviderProp(v, p.provider, cloud.providerSource);
      checkVpcepServiceProps(v, p, cloud);
      for (const warning of vpcepServiceWarnings(v, p.approvalRequired, p.allowedConsumers ?? [])) Annotations.of(this).addWarning(warning);
    });
    this.cloud = cloud;
    this.checked = checked;
    const lists = { portMappings: checked.portMappings, consumers: checked.allowedConsumers ?? [] };
    this.lists = lists;
    checkProviderAndFinalTags(this, cloud, checked.provider);
    registerServiceCloud(this, cloud);
    checkAtSynth(this, v => {
      checkPortMappingList(v, lists.portMappings);
      checkAllowedConsumerList(v, lists.consumers);
    });
    const resource = cloud.newService(this, 'Resource', checked, lists, commonServiceArguments(checked));
    checkLaterChanges(resource);
    this.putPortMappings = mappings => cloud.putPortMappings(resource, mappings);
    return resource;
  }

  /**
   * Checks what an `add*` method appends to one of the service's lists, like the prop (shape, then `checkAdded`), and
   * appends it; one `ValidationError` for all. A token list cannot grow.
   */
  private addChecked<T>(property: string, what: string, list: T[], items: readonly T[], shape: Shape,
    checkAdded: (v: Validator, added: T[]) => void): void {
    const added = checkNow(this, v => {
      if (Token.isUnresolved(list)) {
        v.fail(property, list, `is a token list: ${what} cannot be added to it (give them all in one place)`);
        return undefined;
      }
      const checked = v.checkArguments<T>(property, list.length, items, shape);
      if (checked !== undefined) checkAdded(v, checked);
      return checked;
    });
    list.push(...added);
  }

  /** The wrapped resource, the construct's `'Resource'` child (`node.defaultChild`). */
  private get defaultResource(): TerraformResource {
    return this.node.defaultChild as TerraformResource;
  }
}

// The checks of the VPCEP services, which apply their rules (`lib/rules/vpcep/service.ts`) for each cloud.

const RULES = VPCEP_SERVICE_RULES;

/** Every rule on literal props, for one cloud. Token values pass unchecked (the validator skips them). */
function checkVpcepServiceProps(v: Validator, props: VpcepServiceProps, cloud: VpcepServiceCloud<TerraformResource>): void {
  const unsupported = cloud.unsupportedProps.filter(name => props[name] !== undefined);
  for (const name of unsupported) {
    v.fail(name, props[name], `is not supported on ${cloud.displayName}: its provider has no such argument`);
  }
  v.check('vpcId', props.vpcId, ...RULES.id);
  if (!unsupported.includes('region')) v.check('region', props.region, ...RULES.id);
  checkTimeouts(v, 'timeouts', props.timeouts, cloud.serviceTimeouts);
  v.check<string>('serverType', props.serverType, ...RULES.serverType);
  v.check('portId', props.portId, ...RULES.portId);
  v.check('name', props.name, ...cloud.name);
  v.check<string>('serviceType', props.serviceType, ...RULES.serviceType);
  v.check('description', props.description, ...cloud.description);
  v.check<string>('tcpProxy', props.tcpProxy, ...cloud.tcpProxy);
  v.checkTags('tags', props.tags, cloud.tagPolicy);
  checkPortMappingList(v, props.portMappings);
  (v.isLiteral(props.portMappings) ? props.portMappings : []).forEach((m, i) => checkPortMapping(v, i, m));
  checkAllowedConsumers(v, 0, props.allowedConsumers ?? [], cloud);
  checkAllowedConsumerList(v, props.allowedConsumers ?? []);
  if (!unsupported.includes('ipVersion')) {
    v.check('snatNetworkId', props.snatNetworkId, ...RULES.id);
    v.check<string>('ipVersion', props.ipVersion, ...RULES.ipVersion);
    v.checkTogether(RULES.ipv6SnatNetwork, { ipVersion: props.ipVersion, snatNetworkId: props.snatNetworkId });
  }
}

/** The rules on the whole port mapping list, which `addPortMapping()` can break after construction. */
function checkPortMappingList(v: Validator, mappings: readonly VpcepPortMapping[]): void {
  v.checkList('portMappings', mappings, RULES.portMappings);
}

/**
 * Port mappings `addPortMapping()` adds to `existing`: each one's fields, and no mapping the list has already (the
 * API refuses duplicate mappings; the list size is left to synth).
 */
function checkAddedPortMappings(v: Validator, existing: readonly VpcepPortMapping[], added: readonly VpcepPortMapping[]): void {
  added.forEach((m, i) => checkPortMapping(v, existing.length + i, m));
  v.checkList('portMappings', [...existing, ...added], { unique: true, uniqueKey: RULES.portMappings.uniqueKey });
}

/** The fields of one port mapping, checked as it is given. */
function checkPortMapping(v: Validator, index: number, mapping: VpcepPortMapping): void {
  if (!v.isLiteral(mapping)) return;
  const property = `portMappings[${index}]`;
  v.check(`${property}.servicePort`, mapping.servicePort, ...RULES.port);
  v.check(`${property}.terminalPort`, mapping.terminalPort, ...RULES.port);
  v.check<string>(`${property}.protocol`, mapping.protocol, ...RULES.protocol);
}

/** Each allowed consumer given from `start` on: the cloud's record format. */
function checkAllowedConsumers(v: Validator, start: number, consumers: readonly string[], cloud: VpcepServiceCloud<TerraformResource>): void {
  if (!v.isLiteral(consumers)) return;
  consumers.forEach((consumer, i) => v.check(`allowedConsumers[${start + i}]`, consumer, ...cloud.permission));
}

/** The whole list of allowed consumers: each record once (the providers keep them in a set). */
function checkAllowedConsumerList(v: Validator, consumers: readonly string[]): void {
  v.checkList('allowedConsumers', consumers, { unique: true });
}

/** Legal props that are probably a mistake. */
function vpcepServiceWarnings(v: Validator, approvalRequired: VpcepServiceProps['approvalRequired'], consumers: readonly string[]): string[] {
  if (approvalRequired !== false || !v.isLiteral(consumers)) return [];
  return consumers
    .map((consumer, i) => [consumer, i] as const)
    .filter(([consumer]) => consumer === '*' || consumer === `${ORGANIZATION_PREFIX}*`)
    .map(([consumer, i]) => `allowedConsumers[${i}]: "${consumer}" with approvalRequired: false lets anyone in it connect without approval`);
}
