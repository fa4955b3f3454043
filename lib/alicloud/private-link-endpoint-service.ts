import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { PrivatelinkVpcEndpointService } from './generated/privatelink-vpc-endpoint-service';
import { PRIVATE_LINK_SERVICE_RESOURCE, ServiceMembers, checkAllowedUser, checkAllowedUserList, checkResource, checkResourceList } from './private/service-members';
import { PRIVATE_LINK_TIMEOUTS } from './private/timeouts';
import type {
  PrivateLinkConnectionOptions, PrivateLinkEndpointServiceAttributes, PrivateLinkEndpointServiceProps, PrivateLinkServiceResource,
} from './private-link-endpoint-service-types';
import type { IPrivateLinkEndpoint, IPrivateLinkEndpointService } from './private-link-endpoint-types';
import { boolean, listOf, mapOf, number, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';
import { ALICLOUD_SOURCE } from '../rules/alicloud/private-link-endpoint';
import { PRIVATE_LINK_ENDPOINT_SERVICE_RULES } from '../rules/alicloud/private-link-endpoint-service';
import { checksItsResources } from '../terraform/checks-its-resources';
import { FinalTagsOptions, checkFinalTags } from '../terraform/final-tags';
import { META_ARGUMENT_SHAPES, withMetaArguments } from '../terraform/meta-arguments';
import { checkProviderProp, requireProvider } from '../terraform/provider-check';
import { checkLaterChanges } from '../terraform/raw-resource-validation';
import { TimeoutsBlock, checkTimeouts } from '../terraform/timeouts';
import { literalBoolean, checkPropsNow } from '../terraform/validation';

/** The alicloud provider has no default_tags: only the resource's own tags count. */
const FINAL_TAGS: FinalTagsOptions = {
  tagPolicy: PRIVATE_LINK_ENDPOINT_SERVICE_RULES.tags,
  providerSource: ALICLOUD_SOURCE,
  mergesProviderDefaultTags: false,
};

/** The timeouts of `alicloud_privatelink_vpc_endpoint_service`. */
const SERVICE_TIMEOUTS: TimeoutsBlock = { keys: ['create', 'update', 'delete'], resource: 'alicloud_privatelink_vpc_endpoint_service' };

/** Lists whose entries each become their own Terraform resource: a token for a whole list cannot be split. */
const EACH_OWN_RESOURCE = { literalBecause: 'each entry becomes its own resource (list them here, or add each with its add method)' };

/** The run-time shape of `PrivateLinkEndpointServiceAttributes`, for `fromPrivateLinkEndpointServiceAttributes()`. */
const PRIVATE_LINK_ENDPOINT_SERVICE_ATTRIBUTES = struct<PrivateLinkEndpointServiceAttributes>('PrivateLinkEndpointServiceAttributes', {
  serviceId: string(),
  autoAcceptConnection: optional(boolean()),
  provider: META_ARGUMENT_SHAPES.provider,
});

/** The run-time shape of `PrivateLinkEndpointServiceProps`, for callers without TypeScript's checks. */
const PRIVATE_LINK_ENDPOINT_SERVICE_PROPS = struct<PrivateLinkEndpointServiceProps>('PrivateLinkEndpointServiceProps', {
  ...META_ARGUMENT_SHAPES,
  resources: optional(listOf(PRIVATE_LINK_SERVICE_RESOURCE, 'resources', EACH_OWN_RESOURCE)),
  allowedUsers: optional(listOf(string(), 'string entries', EACH_OWN_RESOURCE)),
  autoAcceptConnection: optional(boolean()),
  description: optional(string()),
  connectBandwidth: optional(number()),
  payer: optional(string()),
  serviceResourceType: optional(string()),
  addressIpVersion: optional(string()),
  serviceSupportIpv6: optional(boolean()),
  zoneAffinityEnabled: optional(boolean()),
  supportedRegions: optional(listOf(string())),
  resourceGroupId: optional(string()),
  tags: optional(mapOf(string(), 'strings')),
  timeouts: optional(PRIVATE_LINK_TIMEOUTS),
});

/**
 * An Alibaba Cloud PrivateLink endpoint service (`alicloud_privatelink_vpc_endpoint_service`) with its backend
 * load balancers (one `..._service_resource` each), the accounts allowed to connect (one `..._service_user` each)
 * and the accepted endpoint connections (one `alicloud_privatelink_vpc_endpoint_connection` each). Each kind is
 * chained with `depends_on`, since the API refuses concurrent changes to one service.
 *
 * It is `ITerraformDependable`: a resource given it in `dependsOn` waits for the service resource
 * (`node.defaultChild`), not for its backends, users or connections (an endpoint created with `service` waits for the
 * backends and users itself).
 *
 * @resource alicloud_privatelink_vpc_endpoint_service
 * @see https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpointservice
 */
export class PrivateLinkEndpointService extends Construct implements IPrivateLinkEndpointService, ITerraformDependable {
  /**
   * The run-time shapes of its props and attributes, for the shape tests.
   * @internal
   */
  public static readonly _shapes = { props: PRIVATE_LINK_ENDPOINT_SERVICE_PROPS, attributes: PRIVATE_LINK_ENDPOINT_SERVICE_ATTRIBUTES };

  /**
   * Refers to an existing endpoint service, e.g. to accept endpoints' connections to it.
   */
  public static fromPrivateLinkEndpointServiceAttributes(scope: Construct, id: string,
    attrs: PrivateLinkEndpointServiceAttributes): IPrivateLinkEndpointService {
    class Import extends Construct implements IPrivateLinkEndpointService {
      public readonly serviceId: string;
      public readonly autoAcceptConnection?: boolean;
      private readonly members: ServiceMembers;
      constructor() {
        super(scope, id);
        const checked = checkPropsNow<PrivateLinkEndpointServiceAttributes>(this, PRIVATE_LINK_ENDPOINT_SERVICE_ATTRIBUTES, attrs, (v, a) => {
          v.check('serviceId', a.serviceId, ...PRIVATE_LINK_ENDPOINT_SERVICE_RULES.id);
          checkProviderProp(v, a.provider, ALICLOUD_SOURCE);
        });
        this.serviceId = checked.serviceId;
        this.autoAcceptConnection = literalBoolean(checked.autoAcceptConnection);
        // Only what the import adds needs a provider: its first addition asks for one.
        this.members = new ServiceMembers(this, checked.provider, { requireProviderOnUse: true });
      }
      public acceptConnections(...endpoints: (IPrivateLinkEndpoint | string)[]): void {
        this.members.accept(endpoints);
      }
      public acceptConnection(endpoint: IPrivateLinkEndpoint | string, options?: PrivateLinkConnectionOptions): void {
        this.members.accept([endpoint], options);
      }
      public addResource(resource: PrivateLinkServiceResource): void {
        this.members.addResource(resource);
      }
      public addAllowedUser(...users: string[]): void {
        this.members.addAllowedUsers(users);
      }
    }
    return new Import();
  }

  /**
   * Whether connections are accepted without approval; undefined when given as a token.
   */
  public readonly autoAcceptConnection?: boolean;

  private readonly resource: PrivatelinkVpcEndpointService;
  private readonly members: ServiceMembers;

  constructor(scope: Construct, id: string, props: PrivateLinkEndpointServiceProps = {}) {
    super(scope, id);
    checksItsResources(this);
    // From here on the checked copy: later changes to the caller's objects cannot reach the construct.
    props = checkPropsNow<PrivateLinkEndpointServiceProps>(this, PRIVATE_LINK_ENDPOINT_SERVICE_PROPS, props, (v, checked) => {
      checkPrivateLinkEndpointServiceProps(v, checked);
      // A token for either list is a misfit the shape reported: the rules have nothing to check in it.
      const resources = v.isLiteral(checked.resources) ? checked.resources : [];
      const users = v.isLiteral(checked.allowedUsers) ? checked.allowedUsers : [];
      checkResourceList(v, resources);
      resources.forEach((r, i) => checkResource(v, i, r));
      checkAllowedUserList(v, users);
      users.forEach((u, i) => checkAllowedUser(v, i, u));
    });
    requireProvider(this, ALICLOUD_SOURCE, props.provider);
    checkFinalTags(this, FINAL_TAGS);
    this.autoAcceptConnection = literalBoolean(props.autoAcceptConnection ?? false);

    this.resource = new PrivatelinkVpcEndpointService(this, 'Resource', withMetaArguments(props, {
      serviceDescription: props.description,
      autoAcceptConnection: props.autoAcceptConnection,
      connectBandwidth: props.connectBandwidth,
      payer: props.payer,
      serviceResourceType: props.serviceResourceType,
      addressIpVersion: props.addressIpVersion,
      serviceSupportIpv6: props.serviceSupportIpv6,
      zoneAffinityEnabled: props.zoneAffinityEnabled,
      supportedRegionList: props.supportedRegions,
      resourceGroupId: props.resourceGroupId,
      tags: props.tags,
      timeouts: props.timeouts,
    }));
    checkLaterChanges(this.resource);
    this.members = new ServiceMembers(this, props.provider);
    this.members.addChecked(props.resources ?? [], props.allowedUsers ?? []);
  }

  /**
   * The Terraform address of the service resource (`node.defaultChild`), which `dependsOn` refers to.
   */
  public get fqn(): string {
    return this.resource.fqn;
  }

  /**
   * The service's ID.
   *
   * @attribute
   */
  public get serviceId(): string {
    return this.resource.id;
  }

  /**
   * The service's name, e.g. `com.aliyuncs.privatelink.cn-hangzhou.epsrv-xxx`: what consumers pass as `serviceName`.
   *
   * @attribute
   */
  public get serviceName(): string {
    return this.resource.vpcEndpointServiceName;
  }

  /**
   * The service's domain name.
   *
   * @attribute
   */
  public get serviceDomain(): string {
    return this.resource.serviceDomain;
  }

  /**
   * The service's state: Creating, Pending, Active or Deleting.
   *
   * @attribute
   */
  public get status(): string {
    return this.resource.status;
  }

  /**
   * The service's business state: Normal or FinancialLocked.
   *
   * @attribute
   */
  public get serviceBusinessStatus(): string {
    return this.resource.serviceBusinessStatus;
  }

  /**
   * When the service was created.
   *
   * @attribute
   */
  public get createTime(): string {
    return this.resource.createTime;
  }

  /**
   * The region the service is in.
   *
   * @attribute
   */
  public get region(): string {
    return this.resource.regionId;
  }

  /**
   * Adds a load balancer behind the service. It is checked now, like the prop, and must not be one the service has;
   * the list size (at most 20) is checked at synth.
   */
  public addResource(resource: PrivateLinkServiceResource): void {
    this.members.addResource(resource);
  }

  /**
   * Allows accounts to connect, each an account ID or a RAM ARN naming one. Each is checked now, like the prop, and
   * must name an account not allowed yet; the list size (at most 20) is checked at synth.
   */
  public addAllowedUser(...users: string[]): void {
    this.members.addAllowedUsers(users);
  }

  /**
   * Accepts the connections of endpoints to this service, one `alicloud_privatelink_vpc_endpoint_connection` each:
   * endpoint constructs or endpoint IDs (e.g. of endpoints in other accounts). An endpoint given again, as a construct
   * or by its ID, keeps its one connection. An endpoint of another stack that was created with a service of this
   * stack is an error: each stack would depend on the other. Removing one later disconnects it.
   */
  public acceptConnections(...endpoints: (IPrivateLinkEndpoint | string)[]): void {
    this.members.accept(endpoints);
  }

  /**
   * Accepts the connection of one endpoint with options, such as its bandwidth (100–10240 Mbit/s). An endpoint
   * accepted before (by `acceptConnections()`, or because it was created with this `service`) keeps its one
   * connection and gets the options; an option an earlier call set to another value is an error naming both.
   */
  public acceptConnection(endpoint: IPrivateLinkEndpoint | string, options?: PrivateLinkConnectionOptions): void {
    this.members.accept([endpoint], options);
  }
}

// The checks of `PrivateLinkEndpointService`, which apply its rules
// (`lib/rules/alicloud/private-link-endpoint-service.ts`); those of its resources and users are in private/service-members.ts.

const RULES = PRIVATE_LINK_ENDPOINT_SERVICE_RULES;

/** Every rule on the literal props given at construction. */
function checkPrivateLinkEndpointServiceProps(v: Validator, props: PrivateLinkEndpointServiceProps): void {
  checkProviderProp(v, props.provider, ALICLOUD_SOURCE);
  checkTimeouts(v, 'timeouts', props.timeouts, SERVICE_TIMEOUTS);
  v.check('resourceGroupId', props.resourceGroupId, ...RULES.id);
  v.check('description', props.description, ...RULES.description);
  v.check('connectBandwidth', props.connectBandwidth, ...RULES.connectBandwidth);
  v.check<string>('payer', props.payer, ...RULES.payer);
  v.check<string>('serviceResourceType', props.serviceResourceType, ...RULES.resourceType);
  v.check<string>('addressIpVersion', props.addressIpVersion, ...RULES.addressIpVersion);
  v.checkTogether(RULES.dualStackResourceType, { addressIpVersion: props.addressIpVersion, serviceResourceType: props.serviceResourceType });
  v.checkList('supportedRegions', props.supportedRegions, { unique: true, each: RULES.id });
  v.checkTags('tags', props.tags, RULES.tags);
}

