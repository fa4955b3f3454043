import { Annotations, ITerraformDependable, Lazy, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { PrivatelinkVpcEndpoint } from './generated/privatelink-vpc-endpoint';
import { PrivatelinkVpcEndpointZone } from './generated/privatelink-vpc-endpoint-zone';
import { servicePrerequisites } from './private/service-prerequisites';
import { PRIVATE_LINK_ENDPOINT_ATTRIBUTES, PRIVATE_LINK_ENDPOINT_PROPS, PRIVATE_LINK_ENDPOINT_ZONE, checkPrivateLinkEndpointProps, checkZone, checkZoneList } from './private-link-endpoint-checks';
import { IPrivateLinkEndpoint, PrivateLinkEndpointAttributes, PrivateLinkEndpointProps, PrivateLinkEndpointType, PrivateLinkEndpointZone } from './private-link-endpoint-types';
import { ALICLOUD_SOURCE, PRIVATE_LINK_ENDPOINT_RULES } from '../rules/alicloud/private-link-endpoint';
import { checksItsResources } from '../terraform/checks-its-resources';
import { endpointIdOf, registerEndpointService } from '../terraform/connections';
import { checkFinalTags } from '../terraform/final-tags';
import { withMetaArguments } from '../terraform/meta-arguments';
import { requireProvider } from '../terraform/provider-check';
import { checkAtSynth } from '../terraform/stack-checks';
import { checkNow, checkPropsNow } from '../terraform/validation';

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
    checkFinalTags(this, () => this.resource.tagsInput, {
      policy: PRIVATE_LINK_ENDPOINT_RULES.tags,
      providerSource: ALICLOUD_SOURCE,
      // The alicloud provider has no default_tags.
      mergesProviderDefaultTags: false,
      provider: props.provider,
    });

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
    this.zoneResources.push(new PrivatelinkVpcEndpointZone(this, `Zone${this.zones.length}`, {
      endpointId: this.resource.id,
      vswitchId: zone.vSwitchId,
      zoneId: zone.zoneId,
      eniIp: zone.ip,
      provider: this.props.provider,
      // The API rejects concurrent zone operations on one endpoint (EndpointLocked, ConcurrentCallNotSupported).
      dependsOn: previous ? [previous] : undefined,
    }));
  }
}
