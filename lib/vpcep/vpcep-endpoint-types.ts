import type { IResolvable, TerraformMetaArguments } from 'cdktf';
import type { IConstruct } from 'constructs';
import type { VpcepTimeouts } from './vpcep-timeouts';

/**
 * Whether a gateway endpoint policy statement grants or denies its actions.
 *
 * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/CreateEndpoint.html (Table 5 PolicyStatement)
 */
export enum VpcepPolicyEffect {
  /** The statement grants its actions on its resources. */
  ALLOW = 'Allow',
  /** The statement denies its actions on its resources. */
  DENY = 'Deny',
}

/**
 * One statement of a gateway endpoint policy (OBS and SFS gateway endpoint services).
 */
export interface VpcepPolicyStatement {
  /** Whether the statement allows or denies `actions`. */
  readonly effect: VpcepPolicyEffect;

  /**
   * The service actions the statement covers, e.g. `obs:object:GetObject` or `obs:*:*`.
   */
  readonly actions: string[];

  /**
   * The resources the statement covers, e.g. `obs:*:*:object:my-bucket/*`.
   */
  readonly resources: string[];
}

/**
 * The IP version of a Huawei Cloud VPC endpoint (professional endpoints only).
 */
export enum VpcepIpVersion {
  /** The endpoint gets an IPv4 address only. */
  IPV4 = 'ipv4',
  /** The endpoint gets an IPv4 and an IPv6 address. */
  DUALSTACK = 'dualstack',
}

/**
 * Properties of a VPC endpoint on Huawei Cloud or Open Telekom Cloud.
 *
 * Both clouds share the VPCEP API, so one set of props serves both constructs. An endpoint connects either to an
 * interface endpoint service (give `subnetId`, optionally `portIp`, `whitelist`, `policyDocument`) or to a gateway
 * endpoint service such as OBS or SFS (give `routeTables`, optionally `policyStatements`); props of both kinds
 * together are an error.
 */
export interface VpcepEndpointProps extends TerraformMetaArguments {
  /**
   * The ID of the VPC endpoint service to connect to. Give exactly one of `serviceId` and `service`.
   *
   * @default - the ID of `service`
   */
  readonly serviceId?: string;

  /**
   * The VPC endpoint service to connect to, a construct of this app (e.g. a `VpcepService` of the same cloud). Give
   * exactly one of `serviceId` and `service`. The endpoint gets the service's ID (and so deploys after it), and
   * when the service requires approval and is in the same stack, the service approves this endpoint's connection
   * (`service.approveConnections(endpoint)`).
   *
   * @default - the service is given by `serviceId`
   * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0207.html
   */
  readonly service?: IVpcepService;

  /**
   * The ID of the VPC the endpoint is created in.
   */
  readonly vpcId: string;

  /**
   * The network ID of the subnet the endpoint gets its address from (interface endpoints).
   *
   * Rendered as `network_id` on Huawei Cloud and `subnet_id` on Open Telekom Cloud.
   * The vendors require it for interface endpoints.
   *
   * @default - none; required by the vendor for interface endpoints
   */
  readonly subnetId?: string;

  /**
   * The IPv4 address the endpoint uses in the subnet (interface endpoints).
   *
   * Rendered as `ip_address` on Huawei Cloud and `port_ip` on Open Telekom Cloud.
   *
   * @default - the cloud assigns an address
   */
  readonly portIp?: string;

  /**
   * Whether to create a private domain name for the endpoint (interface endpoints; ignored by the cloud for
   * gateway endpoints).
   *
   * Always rendered, because the providers default differently (Huawei Cloud true, Open Telekom Cloud false).
   *
   * @default false
   */
  readonly enableDns?: boolean | IResolvable;

  /**
   * IPv4 addresses or CIDR blocks allowed to access the endpoint (interface endpoints), at most 20.
   *
   * @default - no whitelist
   */
  readonly whitelist?: string[];

  /**
   * Whether the whitelist (access control) is enabled (interface endpoints).
   *
   * Setting it to false while giving a `whitelist` is an error: the whitelist would be ignored.
   *
   * @default - true when a `whitelist` is given, otherwise false
   */
  readonly enableWhitelist?: boolean | IResolvable;

  /**
   * IDs of the route tables the endpoint is attached to (gateway endpoints).
   *
   * Rendered as `routetables` on Huawei Cloud and `route_tables` on Open Telekom Cloud.
   *
   * @default - the VPC's default route table
   */
  readonly routeTables?: string[];

  /**
   * A description of the endpoint. It must not contain `<` or `>`.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * Tags for the endpoint: at most 20, with each cloud's key and value rules.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * The endpoint policy of a gateway endpoint (OBS and SFS services whose `enable_policy` is true).
   *
   * Rendered as the JSON array the providers expect in `policy_statement`.
   *
   * @default - no policy: full access
   */
  readonly policyStatements?: VpcepPolicyStatement[];

  /**
   * Huawei Cloud only: the endpoint policy of an interface endpoint, as a JSON object document
   * (services whose `enable_policy` is true; not OBS or SFS).
   *
   * @default - full access
   */
  readonly policyDocument?: string;

  /**
   * Huawei Cloud only: the IP version of the endpoint (professional endpoints only).
   *
   * @default - the cloud's default, IPv4
   */
  readonly ipVersion?: VpcepIpVersion;

  /**
   * Huawei Cloud only: the IPv6 address of the endpoint. Requires `ipVersion: VpcepIpVersion.DUALSTACK`.
   *
   * @default - the cloud assigns an address
   */
  readonly ipv6Address?: string;

  /**
   * Huawei Cloud only: the region the endpoint is created in (changing it replaces the endpoint).
   *
   * @default - the region of the provider
   */
  readonly region?: string;

  /**
   * How long Terraform waits for the endpoint to be created or deleted: `create` and `delete` on Huawei Cloud,
   * `default` (every operation) on Open Telekom Cloud.
   *
   * @default - the provider's timeouts: 10 minutes each on Huawei Cloud, 5 minutes on Open Telekom Cloud
   */
  readonly timeouts?: VpcepTimeouts;
}

/**
 * A VPC endpoint on Huawei Cloud or Open Telekom Cloud.
 */
export interface IVpcepEndpoint extends IConstruct {
  /**
   * The ID of the VPC endpoint.
   *
   * @attribute
   */
  readonly endpointId: string;
}

/**
 * Attributes of an existing VPC endpoint, for `fromVpcepEndpointAttributes`.
 */
export interface VpcepEndpointAttributes {
  /**
   * The ID of the VPC endpoint.
   */
  readonly endpointId: string;
}

/**
 * A VPC endpoint service on Huawei Cloud or Open Telekom Cloud.
 */
export interface IVpcepService extends IConstruct {
  /**
   * The ID of the VPC endpoint service.
   *
   * @attribute
   */
  readonly serviceId: string;

  /**
   * Whether connections need the owner's approval; undefined when not known here.
   */
  readonly approvalRequired?: boolean;

  /**
   * Approves the connections of endpoints to this service: each an endpoint construct or an endpoint ID. An endpoint
   * is approved once however often, and in whichever form, it is given.
   */
  approveConnections(...endpoints: (IVpcepEndpoint | string)[]): void;
}
