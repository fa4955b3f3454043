import type { IResolvable, TerraformMetaArguments, TerraformProvider } from 'cdktf';
import type { VpcepTimeouts } from './vpcep-timeouts';

/**
 * The kind of backend a VPC endpoint service exposes.
 *
 * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0201.html (server_type)
 */
export enum VpcepServerType {
  /** An ECS: `portId` is the ID of the server's network interface. */
  VM = 'VM',
  /** A load balancer: `portId` is the port ID of its private IP address (the ELB's `vip_port_id`). */
  LB = 'LB',
}

/**
 * The type of a VPC endpoint service. Private services can only be interface services; gateway services (OBS, SFS)
 * are created by the cloud.
 *
 * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0201.html (service_type)
 */
export enum VpcepServiceType {
  /** An interface endpoint service: endpoints reach it through an address in their subnet. */
  INTERFACE = 'interface',
}

/**
 * How the service passes the client's address to the backend (the API's `tcp_proxy`).
 *
 * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0201.html (tcp_proxy)
 */
export enum VpcepTcpProxy {
  /** The client information is not passed on (the API's default). */
  CLOSE = 'close',
  /** The client information is put into the TCP option field (TOA). */
  TOA_OPEN = 'toa_open',
  /** The client information is put into the TCP payload (proxy protocol). */
  PROXY_OPEN = 'proxy_open',
  /** Both TOA and proxy protocol. */
  OPEN = 'open',
  /** Huawei Cloud only: the proxy protocol with the VNI of the endpoint. */
  PROXY_VNI = 'proxy_vni',
}

/**
 * The IP version of a Huawei Cloud VPC endpoint service (professional services only).
 */
export enum VpcepServiceIpVersion {
  /** IPv4 (the default). */
  IPV4 = 'ipv4',
  /** IPv6; requires `snatNetworkId`. */
  IPV6 = 'ipv6',
}

/**
 * The protocol of a port mapping. Both clouds' "Create a VPC Endpoint Service" API pages allow only TCP.
 */
export enum VpcepPortProtocol {
  /** TCP. */
  TCP = 'TCP',
}

/**
 * A port mapping of a VPC endpoint service: the port endpoints connect to, and the backend port it forwards to.
 */
export interface VpcepPortMapping {
  /**
   * The port of the backend (the API's `server_port`): 1–65535.
   */
  readonly servicePort: number;

  /**
   * The port endpoints connect to (the API's `client_port`): 1–65535.
   */
  readonly terminalPort: number;

  /**
   * The protocol.
   *
   * @default VpcepPortProtocol.TCP
   * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0201.html
   */
  readonly protocol?: VpcepPortProtocol;
}

/**
 * Properties of a VPC endpoint service on Huawei Cloud or Open Telekom Cloud.
 *
 * Both clouds share the VPCEP API, so one set of props serves both constructs; each construct maps them to its
 * provider's argument names. A prop the cloud's provider has no argument for is an error naming it.
 */
export interface VpcepServiceProps extends TerraformMetaArguments {
  /**
   * The ID of the VPC the backend is in.
   */
  readonly vpcId: string;

  /**
   * The kind of backend.
   */
  readonly serverType: VpcepServerType;

  /**
   * The backend: the ID of the server's network interface (`VM`) or of the port of the load balancer's private IP
   * address (`LB`).
   */
  readonly portId: string;

  /**
   * The port mappings: 1–200, each once.
   */
  readonly portMappings: VpcepPortMapping[];

  /**
   * The name of the service: 1–16 letters, digits, `_` and `-`. Open Telekom Cloud's provider also requires a
   * letter, digit or `_` followed by `-` somewhere in the name.
   *
   * @default - no name: the service name is `<region>.<service id>`
   * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0201.html
   */
  readonly name?: string;

  /**
   * The type of the service.
   *
   * @default - the cloud's default, VpcepServiceType.INTERFACE
   * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0201.html
   */
  readonly serviceType?: VpcepServiceType;

  /**
   * Whether each endpoint's connection must be approved by the service owner (`approveConnections()`).
   *
   * Always rendered, because the providers disagree: Huawei Cloud's sends false when unset, Open Telekom Cloud's
   * true.
   *
   * A token is rendered as it is; the service then counts as possibly requiring approval, so endpoints created with
   * `service` get an approval.
   *
   * @default true
   * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0201.html
   */
  readonly approvalRequired?: boolean | IResolvable;

  /**
   * Accounts (and, on Huawei Cloud, organizations) allowed to connect, in the API's record format:
   * `iam:domain::<domain id>`, `*` for every account, `organizations:orgPath::<org path>` or
   * `organizations:orgPath::*`. More can be added with `addAllowedConsumer()`.
   *
   * @default - only the owner's account
   * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0209.html
   */
  readonly allowedConsumers?: string[];

  /**
   * A description: no `<` or `>` (Open Telekom Cloud: at most 128 characters).
   *
   * @default - no description
   * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0201.html
   */
  readonly description?: string;

  /**
   * Tags for the service: at most 20, with each cloud's key and value rules (the same as for endpoints).
   *
   * @default - no tags
   * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0201.html
   */
  readonly tags?: { [key: string]: string };

  /**
   * How the client's address is passed to the backend.
   *
   * @default - the API's default, VpcepTcpProxy.CLOSE
   * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0201.html
   */
  readonly tcpProxy?: VpcepTcpProxy;

  /**
   * Huawei Cloud only: the IP version of the service (professional services only).
   *
   * @default - the cloud's default, IPv4
   * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0201.html
   */
  readonly ipVersion?: VpcepServiceIpVersion;

  /**
   * Huawei Cloud only: the network ID of the subnet for source NAT, required by an IPv6 service.
   *
   * @default - none
   * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0201.html
   */
  readonly snatNetworkId?: string;

  /**
   * Huawei Cloud only: the region the service is created in (changing it replaces the service). The approval
   * resource of `approveConnections()` is created in the same region.
   *
   * @default - the region of the provider
   */
  readonly region?: string;

  /**
   * Huawei Cloud only: whether the service takes endpoint policies, so that consumers can limit with a policy what
   * their endpoint may reach. Rendered as `enable_policy`; the provider sends it only when true, and changing it
   * replaces the service.
   *
   * @default false
   * @see https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs/resources/vpcep_service#enable_policy
   */
  readonly enablePolicy?: boolean | IResolvable;

  /**
   * How long Terraform waits for the service resource (not its approval resource): `create` and `delete` on Huawei
   * Cloud, `default` (every operation) on Open Telekom Cloud, whose 1-minute default is shorter than the 1–2 minutes
   * the API takes to create a service.
   *
   * @default - the provider's timeouts: 10 minutes each on Huawei Cloud, 1 minute on Open Telekom Cloud
   */
  readonly timeouts?: VpcepTimeouts;
}

/**
 * Attributes of an existing VPC endpoint service, for `fromVpcepServiceAttributes`.
 */
export interface VpcepServiceAttributes {
  /**
   * The ID of the VPC endpoint service.
   */
  readonly serviceId: string;

  /**
   * Whether connections to the service need the owner's approval. A token counts as unknown.
   *
   * @default - unknown: endpoints created with `service` get an approval
   * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0201.html
   */
  readonly approvalRequired?: boolean | IResolvable;

  /**
   * Huawei Cloud only: the region the service is in, for a service outside the provider's region. The approval
   * resource of `approveConnections()` is created there.
   *
   * @default - the region of the provider
   */
  readonly region?: string;

  /**
   * The provider for the approval resource of `approveConnections()`, e.g. an aliased provider of another account
   * or region.
   *
   * @default - the stack's default provider for the cloud
   */
  readonly provider?: TerraformProvider;
}
