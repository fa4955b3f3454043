import type { IResolvable, TerraformMetaArguments } from 'cdktf';
import type { IConstruct } from 'constructs';
import type { PrivateLinkConnectionOptions, PrivateLinkServiceResource } from './private-link-endpoint-service-types';
import type { PrivateLinkIpVersion } from './private-link-ip-version';
import type { PrivateLinkTimeouts } from './private-link-timeouts';

/**
 * The kind of PrivateLink endpoint.
 *
 * The API's third type, `Reverse` (for VPC NAT gateway services), is left out on purpose: the Terraform provider's
 * `endpoint_type` accepts only these two values, so a `Reverse` endpoint cannot be deployed through Terraform.
 */
export enum PrivateLinkEndpointType {
  /** An endpoint with ENIs in your vSwitches, for ALB, CLB and NLB backed services. It needs security groups. */
  INTERFACE = 'Interface',
  /** An endpoint for a Gateway Load Balancer service. It takes no security groups. */
  GATEWAY_LOAD_BALANCER = 'GatewayLoadBalancer',
}

/**
 * A zone in which the endpoint gets an elastic network interface (ENI).
 */
export interface PrivateLinkEndpointZone {
  /**
   * The vSwitch in which the endpoint's ENI is created.
   */
  readonly vSwitchId: string;

  /**
   * The zone of the vSwitch.
   *
   * @default - looked up from the vSwitch by the provider
   */
  readonly zoneId?: string;

  /**
   * The IPv4 address of the endpoint's ENI in this zone.
   *
   * @default - an address is allocated from the vSwitch
   */
  readonly ip?: string;
}

/**
 * Properties of a `PrivateLinkEndpoint`.
 *
 * The Terraform meta-arguments apply to the endpoint resource; the zone resources get the same `provider` and
 * reach `dependsOn` through the endpoint. `count` and `forEach` cannot be combined with zones, since each zone
 * resource refers to exactly one endpoint.
 */
export interface PrivateLinkEndpointProps extends TerraformMetaArguments {
  /**
   * The VPC in which the endpoint is created.
   */
  readonly vpcId: string;

  /**
   * The ID of the endpoint service to connect to. Give exactly one of `serviceId`, `serviceName` and `service`.
   *
   * @default - the service is given by `serviceName` or `service`
   */
  readonly serviceId?: string;

  /**
   * The name of the endpoint service to connect to, e.g. `com.aliyuncs.privatelink.cn-hangzhou.epsrv-xxx`.
   * Give exactly one of `serviceId`, `serviceName` and `service`.
   *
   * @default - the service is given by `serviceId` or `service`
   */
  readonly serviceName?: string;

  /**
   * The endpoint service to connect to, a construct of this app (e.g. a `PrivateLinkEndpointService`). Give exactly
   * one of `serviceId`, `serviceName` and `service`. The endpoint gets the service's ID (and so deploys after it, and
   * after the backend resources and allowed users the service has when the endpoint is created); when the service
   * does not accept connections automatically and is in the same stack, it accepts this endpoint's connection (to
   * which `service.acceptConnection(endpoint, options)` can add options).
   *
   * @default - the service is given by `serviceId` or `serviceName`
   * @see https://alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-enablevpcendpointconnection
   */
  readonly service?: IPrivateLinkEndpointService;

  /**
   * The endpoint's name: 2–128 letters, digits, `_` and `-`, starting with a letter.
   *
   * @default - no name
   */
  readonly endpointName?: string;

  /**
   * The endpoint's description: 2–256 characters, not starting with `http://` or `https://`.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * The kind of endpoint.
   *
   * @default PrivateLinkEndpointType.INTERFACE
   */
  readonly endpointType?: PrivateLinkEndpointType;

  /**
   * The security groups of the endpoint's ENIs. An Interface endpoint needs 1–10; a Gateway Load Balancer
   * endpoint takes none.
   *
   * @default - none (valid only for a Gateway Load Balancer endpoint)
   */
  readonly securityGroupIds?: string[];

  /**
   * The zones in which the endpoint gets an ENI, at most 10. Each becomes an `alicloud_privatelink_vpc_endpoint_zone`
   * that depends on the previous one, because the API rejects concurrent zone operations on one endpoint.
   *
   * @default - no zones; add them with `addZone()`
   */
  readonly zones?: PrivateLinkEndpointZone[];

  /**
   * The IP protocol version of the endpoint.
   *
   * @default - the API's default, IPv4
   */
  readonly addressIpVersion?: PrivateLinkIpVersion;

  /**
   * The number of private IP addresses of the ENI in each zone. The API accepts only 1.
   *
   * @default - the API's default
   */
  readonly zonePrivateIpAddressCount?: number;

  /**
   * Whether only the creator may modify or delete the endpoint in STS mode (user authentication).
   * It is sent only when the endpoint is created and never read back: changing it later has no effect.
   *
   * @default - user authentication is disabled
   */
  readonly protectedEnabled?: boolean | IResolvable;

  /**
   * The resource group of the endpoint.
   *
   * @default - the account's default resource group
   */
  readonly resourceGroupId?: string;

  /**
   * The RAM access policy (JSON) that controls which principals may use the endpoint.
   *
   * @default - the service's default policy
   */
  readonly policyDocument?: string;

  /**
   * The region of the endpoint service, for a cross-region endpoint.
   *
   * @default - the endpoint's own region
   */
  readonly serviceRegionId?: string;

  /**
   * The bandwidth of a cross-region connection, in Mbit/s.
   *
   * @default - the provider's default
   */
  readonly crossRegionBandwidth?: number;

  /**
   * Tags of the endpoint: at most 20; keys 1–64 and values 0–128 characters, neither starting with `aliyun` or
   * `acs:` nor containing `http://` or `https://`.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * How long Terraform waits for the endpoint resource (`alicloud_privatelink_vpc_endpoint`) to be created, updated or
   * deleted. The zone resources keep the provider's timeouts.
   *
   * @default - the provider's timeouts, 5 minutes each
   */
  readonly timeouts?: PrivateLinkTimeouts;
}

/**
 * An Alibaba Cloud PrivateLink endpoint.
 */
export interface IPrivateLinkEndpoint extends IConstruct {
  /**
   * The endpoint's ID, e.g. `ep-hp33b2e43fays7s8****`.
   *
   * @attribute
   */
  readonly endpointId: string;
}

/**
 * The attributes of an existing endpoint, to refer to it with `fromPrivateLinkEndpointAttributes`.
 */
export interface PrivateLinkEndpointAttributes {
  /**
   * The endpoint's ID.
   */
  readonly endpointId: string;
}

/**
 * An Alibaba Cloud PrivateLink endpoint service.
 */
export interface IPrivateLinkEndpointService extends IConstruct {
  /**
   * The service's ID, e.g. `epsrv-bp1...`.
   *
   * @attribute
   */
  readonly serviceId: string;

  /**
   * Whether connections are accepted without approval; undefined when not known here.
   */
  readonly autoAcceptConnection?: boolean;

  /**
   * Accepts the connections of endpoints to this service: each an endpoint construct or an endpoint ID. An endpoint
   * has one connection however often, and in whichever form, it is given.
   */
  acceptConnections(...endpoints: (IPrivateLinkEndpoint | string)[]): void;

  /**
   * Accepts the connection of one endpoint, with options such as its bandwidth. An endpoint accepted before (also by
   * an endpoint created with `service`) gets the options; one that differs from an earlier call's is an error.
   */
  acceptConnection(endpoint: IPrivateLinkEndpoint | string, options?: PrivateLinkConnectionOptions): void;

  /**
   * Adds a load balancer behind the service, also to a service created elsewhere.
   */
  addResource(resource: PrivateLinkServiceResource): void;

  /**
   * Allows accounts to connect, each an account ID or a RAM ARN naming one, also to a service created elsewhere.
   */
  addAllowedUser(...users: string[]): void;
}
