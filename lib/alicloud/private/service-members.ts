import { Annotations, Fn, TerraformProvider, TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { ServiceConnections } from './service-connections';
import { registerServicePrerequisites } from './service-prerequisites';
import { number, optional, string, struct } from '../../core/shapes';
import { Validator } from '../../core/validator';
import { ALICLOUD_SOURCE } from '../../rules/alicloud/private-link-endpoint';
import { PRIVATE_LINK_ENDPOINT_SERVICE_RULES as RULES, accountIdOf } from '../../rules/alicloud/private-link-endpoint-service';
import { checksItsResources } from '../../terraform/checks-its-resources';
import { checkConnectionEndpoints } from '../../terraform/connections';
import { requireProvider } from '../../terraform/provider-check';
import { checkLaterChanges } from '../../terraform/raw-resource-validation';
import { checkAtSynth } from '../../terraform/stack-checks';
import { checkNow } from '../../terraform/validation';
import { PrivatelinkVpcEndpointServiceResourceA } from '../generated/privatelink-vpc-endpoint-service-resource';
import { PrivatelinkVpcEndpointServiceUser } from '../generated/privatelink-vpc-endpoint-service-user';
import type { PrivateLinkConnectionOptions, PrivateLinkServiceResource } from '../private-link-endpoint-service-types';
import type { IPrivateLinkEndpoint, IPrivateLinkEndpointService } from '../private-link-endpoint-types';

/** The run-time shape of a `PrivateLinkServiceResource`, for props and `addResource()`. */
export const PRIVATE_LINK_SERVICE_RESOURCE = struct<PrivateLinkServiceResource>('PrivateLinkServiceResource', {
  resourceType: string(),
  resourceId: string(),
  zoneId: optional(string()),
});

/** The run-time shape of `PrivateLinkConnectionOptions`, for `acceptConnection()`. */
const PRIVATE_LINK_CONNECTION_OPTIONS = struct<PrivateLinkConnectionOptions>('PrivateLinkConnectionOptions', {
  bandwidth: optional(number()),
});

/**
 * What a service, created here or imported, adds to itself: backend load balancers (one
 * `alicloud_privatelink_vpc_endpoint_service_resource` each), allowed accounts (one `..._service_user` each) and
 * accepted connections (one `alicloud_privatelink_vpc_endpoint_connection` each). Each kind is chained with
 * `depends_on`, since the API refuses concurrent changes of one kind to a service (or, for users and connections, in
 * one account). Additions are checked at once and the list sizes again at synth.
 */
export class ServiceMembers {
  private readonly resources: PrivateLinkServiceResource[] = [];
  private readonly users: string[] = [];
  private readonly connections: ServiceConnections;
  private lastResource?: TerraformResource;
  private lastUser?: TerraformResource;
  private providerRequired: boolean;

  /**
   * `requireProviderOnUse`: the first addition requires a provider for the cloud (an imported service, which needs
   * one only when it adds something); a service created here requires it itself.
   */
  constructor(private readonly service: IPrivateLinkEndpointService & Construct, private readonly provider?: TerraformProvider,
    options: { readonly requireProviderOnUse?: boolean } = {}) {
    this.providerRequired = !options.requireProviderOnUse;
    this.connections = new ServiceConnections(service, provider);
    checksItsResources(service);
    registerServicePrerequisites(service, () => [this.lastResource, this.lastUser]);
    checkAtSynth(service, v => {
      checkResourceList(v, this.resources);
      checkAllowedUserList(v, this.users);
    });
  }

  /** Checks a resource like an entry of the `resources` prop, and adds it. */
  public addResource(resource: unknown): void {
    const checked = checkNow(this.service, v => {
      const added = v.checkArgument<PrivateLinkServiceResource>(`resources[${this.resources.length}]`, resource, PRIVATE_LINK_SERVICE_RESOURCE);
      if (added !== undefined) checkAddedResource(v, this.resources, added);
      return added;
    });
    this.requireProvider();
    this.renderResource(checked);
  }

  /** Checks users like entries of the `allowedUsers` prop, and adds them. */
  public addAllowedUsers(users: readonly unknown[]): void {
    const checked = checkNow(this.service, v => {
      const added = v.checkArguments<string>('allowedUsers', this.users.length, users, string());
      if (added !== undefined) checkAddedUsers(v, this.users, added);
      return added;
    });
    this.requireProvider();
    checked.forEach(u => this.renderUser(u));
  }

  /** Adds the resources and users of the props, checked with them. */
  public addChecked(resources: readonly PrivateLinkServiceResource[], users: readonly string[]): void {
    resources.forEach(r => this.renderResource(r));
    users.forEach(u => this.renderUser(u));
  }

  /** Accepts the connections of endpoints, with the same options for each. */
  public accept(endpoints: readonly unknown[], options?: unknown): void {
    const service = this.service;
    const checked = checkNow(service, v => {
      checkConnectionEndpoints(v, service, endpoints, 'accepted');
      const copy = options === undefined ? {} : v.checkArgument<PrivateLinkConnectionOptions>('options', options, PRIVATE_LINK_CONNECTION_OPTIONS);
      if (copy === undefined) return undefined;
      checkConnectionOptions(v, copy);
      // An endpoint of the wrong shape has no ID to look up, and the error reported already is thrown anyway.
      if (v.violations.length === 0) this.connections.checkOptions(v, endpoints as (IPrivateLinkEndpoint | string)[], copy);
      return copy;
    });
    this.requireProvider();
    if (service.autoAcceptConnection === true) {
      Annotations.of(service).addWarning('acceptConnections: the service accepts connections automatically (autoAcceptConnection: true)');
    }
    this.connections.accept(endpoints as (IPrivateLinkEndpoint | string)[], checked);
  }

  private requireProvider(): void {
    if (this.providerRequired) return;
    this.providerRequired = true;
    requireProvider(this.service, ALICLOUD_SOURCE, this.provider);
  }

  private renderResource(resource: PrivateLinkServiceResource): void {
    this.resources.push(resource);
    // A token for a whole resource is an object in Terraform: its fields are its attributes (`zoneId` may be null).
    const field = (name: keyof PrivateLinkServiceResource) => (Token.isUnresolved(resource)
      ? Token.asString(Fn.lookup(resource, name))
      : resource[name]);
    this.lastResource = new PrivatelinkVpcEndpointServiceResourceA(this.service, `Backend${this.resources.length}`, {
      serviceId: this.service.serviceId,
      resourceType: field('resourceType')!,
      resourceId: field('resourceId')!,
      zoneId: field('zoneId'),
      provider: this.provider,
      // AttachResourceToVpcEndpointService: no concurrent attaches to one service.
      dependsOn: this.lastResource ? [this.lastResource] : undefined,
    });
    checkLaterChanges(this.lastResource);
  }

  private renderUser(user: string): void {
    this.users.push(user);
    const arn = Token.isUnresolved(user) || accountIdOf(user) === user ? undefined : user;
    this.lastUser = new PrivatelinkVpcEndpointServiceUser(this.service, `User${this.users.length}`, {
      serviceId: this.service.serviceId,
      userId: arn === undefined ? user : accountIdOf(arn)!,
      userArn: arn,
      provider: this.provider,
      // AddUserToVpcEndpointService: no concurrent whitelist additions in one account.
      dependsOn: this.lastUser ? [this.lastUser] : undefined,
    });
    checkLaterChanges(this.lastUser);
  }
}

// The checks of a service's resources and users, as props (`PrivateLinkEndpointService`) and as additions, and of the
// options of an accepted connection (`lib/rules/alicloud/private-link-endpoint-service.ts`).

/** One backend resource, checked as it is given. */
export function checkResource(v: Validator, index: number, resource: PrivateLinkServiceResource): void {
  if (!v.isLiteral(resource)) return;
  const property = `resources[${index}]`;
  v.check<string>(`${property}.resourceType`, resource.resourceType, ...RULES.resourceType);
  v.check(`${property}.resourceId`, resource.resourceId, ...RULES.id);
  v.check(`${property}.zoneId`, resource.zoneId, ...RULES.id);
  v.checkTogether(RULES.zoneForResourceType, { resourceType: resource.resourceType, zoneId: resource.zoneId }, name => `${property}.${name}`);
}

/**
 * A resource as the provider tells attachments apart, by its ID: `<service>:<resource>` for a CLB (`slb`), whose zone
 * is optional, so one with and one without a zone are the same attachment; `<service>:<resource>:<zone>` otherwise.
 *
 * @see https://github.com/aliyun/terraform-provider-alicloud/blob/master/alicloud/resource_alicloud_privatelink_vpc_endpoint_service_resource.go
 */
const resourceKey = (r: PrivateLinkServiceResource) =>
  (r.resourceType === 'slb' ? `slb ${r.resourceId}` : `${r.resourceType} ${r.resourceId} in ${r.zoneId}`);

/** The whole resource list, which `addResource()` can break after construction: at most 20, each once. */
export function checkResourceList(v: Validator, resources: readonly PrivateLinkServiceResource[]): void {
  v.checkList('resources', resources, { list: [RULES.resources], unique: true, uniqueKey: resourceKey });
}

/**
 * A resource `addResource()` adds to `existing`: its fields, and not one the list has already (the provider's ID for it
 * would be taken twice); the list size is left to synth.
 */
function checkAddedResource(v: Validator, existing: readonly PrivateLinkServiceResource[], added: PrivateLinkServiceResource): void {
  checkResource(v, existing.length, added);
  v.checkList('resources', [...existing, added], { unique: true, uniqueKey: resourceKey });
}

/** One allowed user, checked as it is given. */
export function checkAllowedUser(v: Validator, index: number, user: string): void {
  v.check(`allowedUsers[${index}]`, user, ...RULES.allowedUser);
}

const userKey = (user: string) => accountIdOf(user) ?? user;

/** The whole user list: at most 20, each account once (the provider keys a user by service and account). */
export function checkAllowedUserList(v: Validator, users: readonly string[]): void {
  v.checkList('allowedUsers', users, { list: [RULES.allowedUsers], unique: true, uniqueKey: userKey });
}

/** Users `addAllowedUser()` adds to `existing`: each one's format, and no account twice; the list size is left to synth. */
function checkAddedUsers(v: Validator, existing: readonly string[], added: readonly string[]): void {
  added.forEach((u, i) => checkAllowedUser(v, existing.length + i, u));
  v.checkList('allowedUsers', [...existing, ...added], { unique: true, uniqueKey: userKey });
}

/** The options of `acceptConnection()`. */
function checkConnectionOptions(v: Validator, options: PrivateLinkConnectionOptions): void {
  v.check('options.bandwidth', options.bandwidth, ...RULES.connectionBandwidth);
}
