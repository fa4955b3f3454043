import { Annotations, Fn, ITerraformDependable, TerraformMetaArguments, TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { PrivatelinkVpcEndpointConnection } from './generated/privatelink-vpc-endpoint-connection';
import { PrivatelinkVpcEndpointService } from './generated/privatelink-vpc-endpoint-service';
import { PrivatelinkVpcEndpointServiceResourceA } from './generated/privatelink-vpc-endpoint-service-resource';
import { PrivatelinkVpcEndpointServiceUser } from './generated/privatelink-vpc-endpoint-service-user';
import { registerServicePrerequisites } from './private/service-prerequisites';
import { ALICLOUD_SOURCE } from './private-link-endpoint-rules';
import {
  PRIVATE_LINK_ENDPOINT_SERVICE_ATTRIBUTES, PRIVATE_LINK_ENDPOINT_SERVICE_PROPS, PRIVATE_LINK_ENDPOINT_SERVICE_RULES,
  PRIVATE_LINK_SERVICE_RESOURCE, accountIdOf, checkAddedResource, checkAddedUsers, checkAllowedUser, checkAllowedUserList,
  checkPrivateLinkEndpointServiceProps, checkResource, checkResourceList,
} from './private-link-endpoint-service-rules';
import type { PrivateLinkEndpointServiceAttributes, PrivateLinkEndpointServiceProps, PrivateLinkServiceResource } from './private-link-endpoint-service-types';
import type { IPrivateLinkEndpoint, IPrivateLinkEndpointService } from './private-link-endpoint-types';
import { string } from '../core/shapes';
import { Validator } from '../core/validator';
import { checkConnectionEndpoints, connectionEndpointId } from '../terraform/connections';
import { checkFinalTags } from '../terraform/final-tags';
import { withMetaArguments } from '../terraform/meta-arguments';
import { requireProvider } from '../terraform/provider-check';
import { validateAtSynth } from '../terraform/stack-checks';
import { literalBoolean, validateNow, validateProps } from '../terraform/validation';


/** Accepted connections, one `alicloud_privatelink_vpc_endpoint_connection` each, chained. */
class Connections {
  private readonly accepted: (IPrivateLinkEndpoint | string)[] = [];
  private last?: TerraformResource;

  constructor(private readonly service: IPrivateLinkEndpointService, private readonly provider?: TerraformMetaArguments['provider']) {}

  public accept(endpoints: (IPrivateLinkEndpoint | string)[]): void {
    const service = this.service;
    validateNow(service, v => checkConnectionEndpoints(v, service, this.accepted, endpoints, 'accepted'));
    if (service.autoAcceptConnection === true) {
      Annotations.of(service).addWarning('acceptConnections: the service accepts connections automatically (autoAcceptConnection: true)');
    }
    for (const endpoint of endpoints) {
      if (this.accepted.includes(endpoint)) continue;
      this.accepted.push(endpoint);
      this.last = new PrivatelinkVpcEndpointConnection(service, `Connection${this.accepted.length}`, {
        serviceId: service.serviceId,
        endpointId: connectionEndpointId(endpoint),
        provider: this.provider,
        // EnableVpcEndpointConnection: no concurrent accepts in one account.
        dependsOn: this.last ? [this.last] : undefined,
      });
    }
  }
}

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
   * Refers to an existing endpoint service, e.g. to accept endpoints' connections to it.
   */
  public static fromPrivateLinkEndpointServiceAttributes(scope: Construct, id: string,
    attrs: PrivateLinkEndpointServiceAttributes): IPrivateLinkEndpointService {
    class Import extends Construct implements IPrivateLinkEndpointService {
      public readonly serviceId: string;
      public readonly autoAcceptConnection?: boolean;
      private readonly connections = new Connections(this);
      constructor() {
        super(scope, id);
        const checked = validateProps<PrivateLinkEndpointServiceAttributes>(this, PRIVATE_LINK_ENDPOINT_SERVICE_ATTRIBUTES, attrs,
          (v, a) => v.check('serviceId', a.serviceId, ...PRIVATE_LINK_ENDPOINT_SERVICE_RULES.id));
        this.serviceId = checked.serviceId;
        this.autoAcceptConnection = literalBoolean(checked.autoAcceptConnection);
      }
      public acceptConnections(...endpoints: (IPrivateLinkEndpoint | string)[]): void {
        requireProvider(this, ALICLOUD_SOURCE);
        this.connections.accept(endpoints);
      }
    }
    return new Import();
  }

  /**
   * Whether connections are accepted without approval; undefined when given as a token.
   */
  public readonly autoAcceptConnection?: boolean;

  private readonly resource: PrivatelinkVpcEndpointService;
  private readonly resources: PrivateLinkServiceResource[] = [];
  private readonly users: string[] = [];
  private readonly connections: Connections;
  private lastResource?: TerraformResource;
  private lastUser?: TerraformResource;

  private readonly props: PrivateLinkEndpointServiceProps;

  constructor(scope: Construct, id: string, props: PrivateLinkEndpointServiceProps = {}) {
    super(scope, id);
    // From here on the checked copy: later changes to the caller's objects cannot reach the construct.
    props = validateProps<PrivateLinkEndpointServiceProps>(this, PRIVATE_LINK_ENDPOINT_SERVICE_PROPS, props, (v, checked) => {
      checkPrivateLinkEndpointServiceProps(v, checked);
      const resources = literalList(v, 'resources', checked.resources);
      const users = literalList(v, 'allowedUsers', checked.allowedUsers);
      checkResourceList(v, resources);
      resources.forEach((r, i) => checkResource(v, i, r));
      checkAllowedUserList(v, users);
      users.forEach((u, i) => checkAllowedUser(v, i, u));
    });
    this.props = props;
    requireProvider(this, ALICLOUD_SOURCE, props.provider);
    // addResource() and addAllowedUser() can break the list limits after construction.
    validateAtSynth(this, v => {
      checkResourceList(v, this.resources);
      checkAllowedUserList(v, this.users);
    });
    checkFinalTags(this, () => this.resource.tagsInput, {
      policy: PRIVATE_LINK_ENDPOINT_SERVICE_RULES.tags,
      providerSource: ALICLOUD_SOURCE,
      // The alicloud provider has no default_tags.
      mergesProviderDefaultTags: false,
      provider: props.provider,
    });
    this.autoAcceptConnection = literalBoolean(props.autoAcceptConnection ?? false);
    this.connections = new Connections(this, props.provider);

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
    registerServicePrerequisites(this, () => [this.lastResource, this.lastUser]);

    (props.resources ?? []).forEach(r => this.renderResource(r));
    (props.allowedUsers ?? []).forEach(u => this.renderUser(u));
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
    const checked = validateNow(this, v => {
      const added = v.checkArgument<PrivateLinkServiceResource>(`resources[${this.resources.length}]`, resource, PRIVATE_LINK_SERVICE_RESOURCE);
      if (added !== undefined) checkAddedResource(v, this.resources, added);
      return added;
    });
    this.renderResource(checked);
  }

  /**
   * Allows accounts to connect, each an account ID or a RAM ARN naming one. Each is checked now, like the prop, and
   * must name an account not allowed yet; the list size (at most 20) is checked at synth.
   */
  public addAllowedUser(...users: string[]): void {
    const checked = validateNow(this, v => {
      const added = v.checkArguments<string>('allowedUsers', this.users.length, users, string());
      if (added !== undefined) checkAddedUsers(v, this.users, added);
      return added;
    });
    checked.forEach(u => this.renderUser(u));
  }

  /**
   * Accepts the connections of endpoints to this service, one `alicloud_privatelink_vpc_endpoint_connection` each:
   * endpoint constructs of the same stack or endpoint IDs (e.g. of endpoints in other accounts). Removing one later
   * disconnects it.
   */
  public acceptConnections(...endpoints: (IPrivateLinkEndpoint | string)[]): void {
    this.connections.accept(endpoints);
  }

  private renderResource(resource: PrivateLinkServiceResource): void {
    this.resources.push(resource);
    // A token for a whole resource is an object in Terraform: its fields are its attributes (`zoneId` may be null).
    const field = (name: keyof PrivateLinkServiceResource) => (Token.isUnresolved(resource)
      ? Token.asString(Fn.lookup(resource, name))
      : resource[name]);
    this.lastResource = new PrivatelinkVpcEndpointServiceResourceA(this, `Backend${this.resources.length}`, {
      serviceId: this.resource.id,
      resourceType: field('resourceType')!,
      resourceId: field('resourceId')!,
      zoneId: field('zoneId'),
      provider: this.props.provider,
      // AttachResourceToVpcEndpointService: no concurrent attaches to one service.
      dependsOn: this.lastResource ? [this.lastResource] : undefined,
    });
  }

  private renderUser(user: string): void {
    this.users.push(user);
    const arn = Token.isUnresolved(user) || accountIdOf(user) === user ? undefined : user;
    this.lastUser = new PrivatelinkVpcEndpointServiceUser(this, `User${this.users.length}`, {
      serviceId: this.resource.id,
      userId: arn === undefined ? user : accountIdOf(arn)!,
      userArn: arn,
      provider: this.props.provider,
      // AddUserToVpcEndpointService: no concurrent whitelist additions in one account.
      dependsOn: this.lastUser ? [this.lastUser] : undefined,
    });
  }
}

/**
 * A list prop whose entries each become their own Terraform resource: it must be a list here, since a token for the
 * whole list cannot be split (its entries may be tokens). Returns the list, or none when it is left out or a token.
 */
function literalList<T>(v: Validator, property: string, list: T[] | undefined): T[] {
  if (list === undefined) return [];
  if (v.isLiteral(list)) return list;
  v.fail(property, list, 'must be a list, not a token for one: each entry becomes its own resource (its entries may be tokens)');
  return [];
}
