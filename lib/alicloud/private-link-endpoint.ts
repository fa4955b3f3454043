import { Annotations, ITerraformDependable, Lazy, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { PrivatelinkVpcEndpoint } from './generated/privatelink-vpc-endpoint';
import { PrivatelinkVpcEndpointZone } from './generated/privatelink-vpc-endpoint-zone';
import { servicePrerequisites } from './private/service-prerequisites';
import { PRIVATE_LINK_TIMEOUTS } from './private/timeouts';
import { IPrivateLinkEndpoint, PrivateLinkEndpointAttributes, PrivateLinkEndpointProps, PrivateLinkEndpointType, PrivateLinkEndpointZone } from './private-link-endpoint-types';
import { boolean, integer, listOf, mapOf, number, object, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';
import { ALICLOUD_SOURCE, PRIVATE_LINK_ENDPOINT_RULES } from '../rules/alicloud/private-link-endpoint';
import { checksItsResources } from '../terraform/checks-its-resources';
import { endpointIdOf, registerEndpointService } from '../terraform/connections';
import { FinalTagsOptions, checkFinalTags } from '../terraform/final-tags';
import { withMetaArguments, META_ARGUMENT_SHAPES } from '../terraform/meta-arguments';
import { requireProvider, checkProviderProp } from '../terraform/provider-check';
import { checkLaterChanges } from '../terraform/raw-resource-validation';
import { checkAtSynth } from '../terraform/stack-checks';
import { TimeoutsBlock, checkTimeouts } from '../terraform/timeouts';
import { checkNow, checkPropsNow } from '../terraform/validation';

/** The alicloud provider has no default_tags: only the resource's own tags count. */
const FINAL_TAGS: FinalTagsOptions = {
  tagPolicy: PRIVATE_LINK_ENDPOINT_RULES.tags,
  providerSource: ALICLOUD_SOURCE,
  mergesProviderDefaultTags: false,
};

/** The timeouts of `alicloud_privatelink_vpc_endpoint`. */
const ENDPOINT_TIMEOUTS: TimeoutsBlock = { keys: ['create', 'update', 'delete'], resource: 'alicloud_privatelink_vpc_endpoint' };

/** The run-time shape of a `PrivateLinkEndpointZone`, for props and `addZone()`. */
const PRIVATE_LINK_ENDPOINT_ZONE = struct<PrivateLinkEndpointZone>('PrivateLinkEndpointZone', {
  vSwitchId: string(),
  zoneId: optional(string()),
  ip: optional(string()),
});

/** The run-time shape of `PrivateLinkEndpointAttributes`, for `fromPrivateLinkEndpointAttributes()`. */
const PRIVATE_LINK_ENDPOINT_ATTRIBUTES = struct<PrivateLinkEndpointAttributes>('PrivateLinkEndpointAttributes', {
  endpointId: string(),
});

/** The run-time shape of `PrivateLinkEndpointProps`, for callers without TypeScript's checks. */
const PRIVATE_LINK_ENDPOINT_PROPS = struct<PrivateLinkEndpointProps>('PrivateLinkEndpointProps', {
  ...META_ARGUMENT_SHAPES,
  vpcId: string(),
  serviceId: optional(string()),
  serviceName: optional(string()),
  service: optional(object('an IPrivateLinkEndpointService')),
  endpointName: optional(string()),
  description: optional(string()),
  endpointType: optional(string()),
  securityGroupIds: optional(listOf(string())),
  zones: optional(listOf(PRIVATE_LINK_ENDPOINT_ZONE, 'zones', {
    literalBecause: 'each zone becomes its own resource; list the zones here (their fields may be tokens) or add each with addZone()',
  })),
  addressIpVersion: optional(string()),
  zonePrivateIpAddressCount: optional(integer()),
  protectedEnabled: optional(boolean()),
  resourceGroupId: optional(string()),
  policyDocument: optional(string()),
  serviceRegionId: optional(string()),
  crossRegionBandwidth: optional(number()),
  tags: optional(mapOf(string(), 'strings')),
  timeouts: optional(PRIVATE_LINK_TIMEOUTS),
});

/**
 * An Alibaba Cloud PrivateLink VPC endpoint with its zones, validated against the CreateVpcEndpoint rules.
 *
 * It is `ITerraformDependable`: a resource given it in `dependsOn` waits for the endpoint resource (`node.defaultChild`),
 * not for its zones, which are created after it.
 *
 * @resource alicloud_privatelink_vpc_endpoint
 * @see https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpoint
 */
export class PrivateLinkEndpoint extends Construct implements IPrivateLinkEndpoint, ITerraformDependable {
  /**
   * The run-time shapes of its props and zones, for the shape tests.
   * @internal
   */
  public static readonly _shapes = { props: PRIVATE_LINK_ENDPOINT_PROPS, zone: PRIVATE_LINK_ENDPOINT_ZONE };

  /**
   * Refers to an existing endpoint.
   */
  public static fromPrivateLinkEndpointAttributes(scope: Construct, id: string, attrs: PrivateLinkEndpointAttributes): IPrivateLinkEndpoint {
    class Import extends Construct implements IPrivateLinkEndpoint {
      public readonly endpointId: string;
      constructor() {
        super(scope, id);
        this.endpointId = checkPropsNow<PrivateLinkEndpointAttributes>(this, PRIVATE_LINK_ENDPOINT_ATTRIBUTES, attrs,
          (v, a) => v.check('endpointId', a.endpointId, ...PRIVATE_LINK_ENDPOINT_RULES.id)).endpointId;
      }
    }
    return new Import();
  }

  // The attributes are getters: each cdktf attribute token captures a stack trace, so they are made on first use.

  /**
   * The Terraform address of the endpoint resource (`node.defaultChild`), which `dependsOn` refers to.
   */
  public get fqn(): string {
    return this.resource.fqn;
  }

  /**
   * The endpoint's ID.
   *
   * @attribute
   */
  public get endpointId(): string {
    return endpointIdOf(this, () => this.resource.id);
  }

  /**
   * The endpoint's domain name, e.g. `ep-xxx.epsrv-xxx.cn-hangzhou.privatelink.aliyuncs.com`.
   *
   * @attribute
   */
  public get endpointDomain(): string {
    return this.resource.endpointDomain;
  }

  /**
   * The state of the connection to the service: Pending, Connecting, Connected, Disconnecting, Disconnected or Deleting.
   *
   * @attribute
   */
  public get connectionStatus(): string {
    return this.resource.connectionStatus;
  }

  /**
   * The endpoint's business state: Normal or FinancialLocked.
   *
   * @attribute
   */
  public get endpointBusinessStatus(): string {
    return this.resource.endpointBusinessStatus;
  }

  /**
   * The bandwidth of the endpoint connection, in Mbit/s.
   *
   * @attribute
   */
  public get bandwidth(): number {
    return this.resource.bandwidth;
  }

  /**
   * The endpoint's state: Creating, Active, Pending or Deleting.
   *
   * @attribute
   */
  public get status(): string {
    return this.resource.status;
  }

  /**
   * When the endpoint was created.
   *
   * @attribute
   */
  public get createTime(): string {
    return this.resource.createTime;
  }

  /**
   * The region the endpoint is in.
   *
   * @attribute
   */
  public get region(): string {
    return this.resource.regionId;
  }

  /**
   * The IPv4 address of the endpoint's ENI in each zone (`eni_ip`: the zone's `ip`, or the address the cloud
   * allocated), in the order the zones were given, zones added with `addZone()` included.
   *
   * @attribute
   */
  public get zoneIpAddresses(): string[] {
    return Lazy.listValue({ produce: () => this.zoneResources.map(zone => zone.eniIp) });
  }

  /**
   * The state of the endpoint in each zone (`status` of each zone resource), in the order of `zoneIpAddresses`.
   *
   * @attribute
   */
  public get zoneStatuses(): string[] {
    return Lazy.listValue({ produce: () => this.zoneResources.map(zone => zone.status) });
  }

  private readonly resource: PrivatelinkVpcEndpoint;
  private readonly zones: PrivateLinkEndpointZone[] = [];
  private readonly zoneResources: PrivatelinkVpcEndpointZone[] = [];

  private readonly props: PrivateLinkEndpointProps;

  constructor(scope: Construct, id: string, props: PrivateLinkEndpointProps) {
    super(scope, id);
    checksItsResources(this);
    // From here on the checked copy: later changes to the caller's objects cannot reach the construct.
    props = checkPropsNow<PrivateLinkEndpointProps>(this, PRIVATE_LINK_ENDPOINT_PROPS, props, (v, checked) => {
      const zones = checked.zones ?? [];
      checkPrivateLinkEndpointProps(v, checked, checked.endpointType ?? PrivateLinkEndpointType.INTERFACE);
      checkZoneList(v, zones, checked);
      zones.forEach((zone, i) => checkZone(v, i, zone));
    });
    this.props = props;
    const endpointType = props.endpointType ?? PrivateLinkEndpointType.INTERFACE;
    const zones = props.zones ?? [];
    requireProvider(this, ALICLOUD_SOURCE, props.provider);
    // addZone() can break the list limits after construction.
    checkAtSynth(this, v => checkZoneList(v, this.zones, props));
    checkFinalTags(this, FINAL_TAGS);

    // Object.assign, not spread: V8 copies these objects of mostly undefined values much slower with spread.
    const service = props.service;
    const sameStack = service !== undefined && TerraformStack.of(service) === TerraformStack.of(this);
    const prerequisites = sameStack ? servicePrerequisites(service) : [];
    this.resource = new PrivatelinkVpcEndpoint(this, 'Resource', Object.assign(withMetaArguments(props, {
      vpcId: props.vpcId,
      serviceId: props.serviceId ?? service?.serviceId,
      serviceName: props.serviceName,
      vpcEndpointName: props.endpointName,
      endpointDescription: props.description,
      endpointType,
      securityGroupIds: props.securityGroupIds,
      addressIpVersion: props.addressIpVersion,
      zonePrivateIpAddressCount: props.zonePrivateIpAddressCount,
      protectedEnabled: props.protectedEnabled,
      resourceGroupId: props.resourceGroupId,
      policyDocument: props.policyDocument,
      serviceRegionId: props.serviceRegionId,
      crossRegionBandwidth: props.crossRegionBandwidth,
      tags: props.tags,
      timeouts: props.timeouts,
    }),
    // The service's backend resources and allowed users so far come first.
    prerequisites.length > 0 ? { dependsOn: [...(props.dependsOn ?? []), ...prerequisites] } : {}));
    checkLaterChanges(this.resource);

    for (const zone of zones) {
      this.renderZone(zone);
    }
    if (service !== undefined) registerEndpointService(this, service);
    if (service !== undefined && service.autoAcceptConnection !== true) {
      if (sameStack) {
        service.acceptConnections(this);
      } else {
        Annotations.of(this).addWarning(`service: the service is in stack "${TerraformStack.of(service).node.id}", so its acceptance of ` +
          'this endpoint is not created here: accept its ID in a stack deployed after both ' +
          '(fromPrivateLinkEndpointServiceAttributes(...).acceptConnections(id))');
      }
    }
  }

  /**
   * Adds a zone in which the endpoint gets an ENI. The new zone resource depends on the previously added one.
   * The zone's own fields are checked now; the limits on the whole list (at most 10, no zone or vSwitch twice)
   * are checked at synth.
   */
  public addZone(zone: PrivateLinkEndpointZone): void {
    const property = `zones[${this.zones.length}]`;
    const checked = checkNow(this, v => {
      const added = v.checkArgument<PrivateLinkEndpointZone>(property, zone, PRIVATE_LINK_ENDPOINT_ZONE);
      if (added) checkZone(v, this.zones.length, added);
      return added;
    });
    this.renderZone(checked);
  }

  private renderZone(zone: PrivateLinkEndpointZone): void {
    const previous = this.zoneResources[this.zoneResources.length - 1];
    this.zones.push(zone);
    const resource = new PrivatelinkVpcEndpointZone(this, `Zone${this.zones.length}`, {
      endpointId: this.resource.id,
      vswitchId: zone.vSwitchId,
      zoneId: zone.zoneId,
      eniIp: zone.ip,
      provider: this.props.provider,
      // The API rejects concurrent zone operations on one endpoint (EndpointLocked, ConcurrentCallNotSupported).
      dependsOn: previous ? [previous] : undefined,
    });
    checkLaterChanges(resource);
    this.zoneResources.push(resource);
  }
}

// The checks of `PrivateLinkEndpoint`, which apply its rules (`lib/rules/alicloud/private-link-endpoint.ts`): which
// props go together, the zones, the provider.

const RULES = PRIVATE_LINK_ENDPOINT_RULES;

/** Every rule on the literal props given at construction. */
function checkPrivateLinkEndpointProps(v: Validator, props: PrivateLinkEndpointProps, endpointType: string): void {
  checkProviderProp(v, props.provider, ALICLOUD_SOURCE);
  for (const name of ['vpcId', 'serviceId', 'serviceName', 'resourceGroupId', 'serviceRegionId'] as const) {
    v.check(name, props[name], ...RULES.id);
  }
  v.check('policyDocument', props.policyDocument, ...RULES.policyDocument);
  v.check('crossRegionBandwidth', props.crossRegionBandwidth, ...RULES.crossRegionBandwidth);
  v.check('endpointName', props.endpointName, ...RULES.endpointName);
  v.check('description', props.description, ...RULES.description);
  // The provider takes both strings and checks neither.
  v.exactlyOneOf(props, 'serviceId', 'serviceName', 'service');
  v.check('endpointType', endpointType, RULES.endpointType);
  checkSecurityGroups(v, endpointType, props.securityGroupIds);
  v.check<string>('addressIpVersion', props.addressIpVersion, RULES.addressIpVersion);
  v.check('zonePrivateIpAddressCount', props.zonePrivateIpAddressCount, RULES.zonePrivateIpAddressCount);
  v.checkTags('tags', props.tags, RULES.tags);
  checkTimeouts(v, 'timeouts', props.timeouts, ENDPOINT_TIMEOUTS);
}

function checkSecurityGroups(v: Validator, endpointType: string, securityGroupIds: string[] | undefined): void {
  v.checkList('securityGroupIds', securityGroupIds, RULES.securityGroupIds);
  v.checkTogether(RULES.securityGroupsForType, { endpointType, securityGroupIds });
}

/**
 * The rules on the whole zone list, which `addZone()` can break after construction: at most 10 zones, no zone or
 * vSwitch twice (the API rejects it with `EndpointZoneDuplicated`), and no `count` or `forEach` once there are zones,
 * since each zone resource refers to one endpoint instance and copies would have none.
 */
function checkZoneList(v: Validator, zones: readonly PrivateLinkEndpointZone[], props: PrivateLinkEndpointProps): void {
  v.check('zones', zones, RULES.zones);
  for (const field of ['zoneId', 'vSwitchId'] as const) {
    v.checkDistinct(zones.map(z => z[field]), i => `zones[${i}].${field}`,
      { why: 'the API rejects a zone or vSwitch given twice with EndpointZoneDuplicated' });
  }
  if (zones.length === 0) return;
  const message = 'cannot be combined with zones: each zone resource refers to a single endpoint ' +
    '(create one PrivateLinkEndpoint per copy instead)';
  if (props.count !== undefined) v.fail('count', typeof props.count === 'number' ? props.count : 'a TerraformCount', message);
  if (props.forEach !== undefined) v.fail('forEach', 'an iterator', message);
}

/** The fields of one zone, checked as it is added. */
function checkZone(v: Validator, index: number, zone: PrivateLinkEndpointZone): void {
  v.check(`zones[${index}].vSwitchId`, zone.vSwitchId, ...RULES.id);
  v.check(`zones[${index}].zoneId`, zone.zoneId, ...RULES.id);
  v.check(`zones[${index}].ip`, zone.ip, RULES.zoneIp);
}
