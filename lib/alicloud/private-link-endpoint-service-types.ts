import type { IResolvable, TerraformMetaArguments, TerraformProvider } from 'cdktf';
import type { PrivateLinkIpVersion } from './private-link-ip-version';
import type { PrivateLinkTimeouts } from './private-link-timeouts';

/**
 * The type of load balancer behind an endpoint service (the provider's `resource_type`).
 */
export enum PrivateLinkServiceResourceType {
  /** A Classic Load Balancer (CLB, the API's `slb`). */
  CLB = 'slb',
  /** An Application Load Balancer. Needs a zone. */
  ALB = 'alb',
  /** A Network Load Balancer (TCPSSL listeners are not supported). Needs a zone. */
  NLB = 'nlb',
  /** A Gateway Load Balancer. Needs a zone. */
  GWLB = 'gwlb',
}

/**
 * Who pays for the endpoint connections.
 */
export enum PrivateLinkServicePayer {
  /** The endpoint owner pays (the API's default). */
  ENDPOINT = 'Endpoint',
  /** The service owner pays. */
  ENDPOINT_SERVICE = 'EndpointService',
}

/**
 * A load balancer that serves the endpoint service in one zone (an `alicloud_privatelink_vpc_endpoint_service_resource`).
 */
export interface PrivateLinkServiceResource {
  /**
   * The type of the load balancer.
   */
  readonly resourceType: PrivateLinkServiceResourceType;

  /**
   * The ID of the load balancer instance.
   */
  readonly resourceId: string;

  /**
   * The zone of the resource. Required for ALB, NLB and Gateway Load Balancer resources.
   *
   * @default - none (CLB resources only)
   * @see https://alibabacloud.com/help/en/privatelink/api-attachresourcetovpcendpointservice
   */
  readonly zoneId?: string;
}

/**
 * Properties of a `PrivateLinkEndpointService`.
 */
export interface PrivateLinkEndpointServiceProps extends TerraformMetaArguments {
  /**
   * The load balancers behind the service, at most 20; more can be added with `addResource()`.
   *
   * @default - none
   * @see https://alibabacloud.com/help/en/privatelink/api-attachresourcetovpcendpointservice
   */
  readonly resources?: PrivateLinkServiceResource[];

  /**
   * Accounts allowed to connect, each an account ID or a RAM ARN naming one (at most 20, each account once); more can
   * be added with `addAllowedUser()`.
   *
   * @default - only the owner's account
   * @see https://alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-addusertovpcendpointservice
   */
  readonly allowedUsers?: string[];

  /**
   * Whether endpoint connections are accepted without the owner's approval.
   *
   * A token is rendered as it is; the service then counts as possibly requiring acceptance, so endpoints created with
   * `service` get their connection accepted.
   *
   * @default false (each connection is accepted with `acceptConnections()`)
   * @see https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpointservice
   */
  readonly autoAcceptConnection?: boolean | IResolvable;

  /**
   * The service's description: 2–256 characters.
   *
   * @default - no description
   * @see https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpointservice
   */
  readonly description?: string;

  /**
   * The default bandwidth of each connection, 100–10240 Mbit/s.
   *
   * @default - the cloud's default
   * @see https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpointservice
   */
  readonly connectBandwidth?: number;

  /**
   * Who pays for the connections.
   *
   * @default - the API's default, PrivateLinkServicePayer.ENDPOINT
   * @see https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpointservice
   */
  readonly payer?: PrivateLinkServicePayer;

  /**
   * The type of the service's resources.
   *
   * @default - the cloud's default, from the resources
   * @see https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpointservice
   */
  readonly serviceResourceType?: PrivateLinkServiceResourceType;

  /**
   * The IP version of the service.
   *
   * @default - the API's default, IPv4
   * @see https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpointservice
   */
  readonly addressIpVersion?: PrivateLinkIpVersion;

  /**
   * Whether the service supports IPv6.
   *
   * @default - the cloud's default, false
   * @see https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpointservice
   */
  readonly serviceSupportIpv6?: boolean | IResolvable;

  /**
   * Whether domain names resolve to the endpoint address in the client's zone first.
   *
   * @default - the cloud's default
   * @see https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpointservice
   */
  readonly zoneAffinityEnabled?: boolean | IResolvable;

  /**
   * The regions from which endpoints may connect (cross-region PrivateLink), each once.
   *
   * @default - the service's own region only
   * @see https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpointservice
   */
  readonly supportedRegions?: string[];

  /**
   * The resource group of the service.
   *
   * @default - the account's default resource group
   * @see https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpointservice
   */
  readonly resourceGroupId?: string;

  /**
   * Tags of the service: the same rules as for endpoints.
   *
   * @default - no tags
   * @see https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpointservice
   */
  readonly tags?: { [key: string]: string };

  /**
   * How long Terraform waits for the service resource (`alicloud_privatelink_vpc_endpoint_service`) to be created,
   * updated or deleted. Its backend resource, user and connection resources keep the provider's timeouts.
   *
   * @default - the provider's timeouts, 5 minutes each
   */
  readonly timeouts?: PrivateLinkTimeouts;
}

/**
 * The attributes of an existing endpoint service, for `fromPrivateLinkEndpointServiceAttributes`.
 */
export interface PrivateLinkEndpointServiceAttributes {
  /**
   * The service's ID.
   */
  readonly serviceId: string;

  /**
   * Whether connections are accepted without approval. A token counts as unknown.
   *
   * @default - unknown: endpoints created with `service` get their connection accepted
   * @see https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpointservice
   */
  readonly autoAcceptConnection?: boolean | IResolvable;

  /**
   * The provider for what the import adds to the service (backends, allowed users, accepted connections), e.g. an
   * aliased provider of the account or region the service is in.
   *
   * @default - the stack's default alicloud provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * Options for one accepted connection (`alicloud_privatelink_vpc_endpoint_connection`).
 */
export interface PrivateLinkConnectionOptions {
  /**
   * The connection's bandwidth in Mbit/s: 100–10240 (the provider's range; the API would take up to 25600 for NLB
   * services).
   *
   * @default - the service's `connectBandwidth`
   * @see https://alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-enablevpcendpointconnection
   */
  readonly bandwidth?: number;
}
