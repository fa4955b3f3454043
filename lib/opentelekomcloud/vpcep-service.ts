import { IResolvable, ITerraformDependable, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { VpcepApprovalV1 } from './generated/vpcep-approval-v1';
import { VpcepServiceV1, vpcepServiceV1PortToTerraform } from './generated/vpcep-service-v1';
import { withMetaArguments } from '../terraform/meta-arguments';
import { VpcepServiceCloud, VpcepServiceSpec, commonServiceArguments, importVpcepService, mapPortMappings } from '../vpcep/private/vpcep-service-cloud';
import { VPCEP_ENDPOINT_RULES } from '../vpcep/vpcep-endpoint-rules';
import { IVpcepService } from '../vpcep/vpcep-endpoint-types';
import { VpcepServiceBase } from '../vpcep/vpcep-service-base';
import { VPCEP_SERVICE_RULES } from '../vpcep/vpcep-service-rules';
import { VpcepPortMapping, VpcepServiceAttributes, VpcepServiceProps } from '../vpcep/vpcep-service-types';

const SOURCE = 'opentelekomcloud/opentelekomcloud';

const OPENTELEKOMCLOUD: VpcepServiceCloud = {
  displayName: 'Open Telekom Cloud',
  providerSource: SOURCE,
  tagPolicy: VPCEP_ENDPOINT_RULES.opentelekomcloudTags,
  // opentelekomcloud_vpcep_service_v1 has no ip_version, snat_network_id or region argument.
  unsupportedProps: ['ipVersion', 'snatNetworkId', 'region'],
  name: VPCEP_SERVICE_RULES.opentelekomcloudName,
  description: VPCEP_SERVICE_RULES.opentelekomcloudDescription,
  tcpProxy: VPCEP_SERVICE_RULES.opentelekomcloudTcpProxy,
  permission: VPCEP_SERVICE_RULES.domainPermission,
  mergesProviderDefaultTags: false,
  serviceTimeouts: { keys: ['default'], resource: 'opentelekomcloud_vpcep_service_v1' },
  // The approval resource has no region argument.
  newApproval: (scope, id, { serviceId, endpoints, provider }) => new VpcepApprovalV1(scope, id, { serviceId, endpoints, provider }),
};

/**
 * A VPC endpoint service on Open Telekom Cloud: exposes a backend (an ECS or a load balancer) to VPC endpoints in
 * other VPCs and accounts, with the accounts allowed to connect, and the approval of their connections.
 *
 * Props are checked against Open Telekom Cloud's API and provider rules when the construct is created; the
 * Huawei-only props `ipVersion`, `snatNetworkId` and `region`, and organization consumers, are errors here. Changing `tags`,
 * `tcpProxy`, `serverType`, `serviceType` or `vpcId` replaces the service. The wrapped
 * `opentelekomcloud_vpcep_service_v1` is `node.defaultChild`; `approveConnections()` adds one
 * `opentelekomcloud_vpcep_approval_v1`.
 *
 * @resource opentelekomcloud_vpcep_service_v1
 * @see https://docs.otc.t-systems.com/vpc-endpoint/api-ref/apis/apis_for_managing_vpc_endpoint_services/creating_a_vpc_endpoint_service.html
 */
export class VpcepService extends VpcepServiceBase implements ITerraformDependable {
  /**
   * Refers to an existing VPC endpoint service, e.g. to approve endpoints' connections to it.
   */
  public static fromVpcepServiceAttributes(scope: Construct, id: string, attrs: VpcepServiceAttributes): IVpcepService {
    return importVpcepService(scope, id, attrs, OPENTELEKOMCLOUD);
  }

  /**
   * Whether connections need the owner's approval; undefined when given as a token.
   */
  public readonly approvalRequired?: boolean;
  private readonly resource: VpcepServiceV1;
  private readonly spec: VpcepServiceSpec;

  constructor(scope: Construct, id: string, props: VpcepServiceProps) {
    super(scope, id);
    this.spec = new VpcepServiceSpec(this, props, OPENTELEKOMCLOUD, () => this.resource.tagsInput);
    this.approvalRequired = this.spec.approvalRequired;
    // From here on the checked copy: later changes to the caller's objects cannot reach the construct.
    props = this.spec.props;
    this.resource = new VpcepServiceV1(this, 'Resource', withMetaArguments(props, Object.assign(commonServiceArguments(props), {
      // Always rendered, like on Huawei Cloud, where the providers' defaults differ.
      approvalEnabled: props.approvalRequired ?? true,
      port: renderPortMappings(this.spec.portMappings),
      // The provider adds the `iam:domain::` prefix itself.
      whitelist: this.spec.domains(true),
      timeouts: props.timeouts && { default: props.timeouts.default },
    })));
  }

  /**
   * The Terraform address of the service resource (`node.defaultChild`), which `dependsOn` refers to: a resource
   * that depends on the service waits for the service, not for its approval resource.
   */
  public get fqn(): string {
    return this.resource.fqn;
  }

  /**
   * The ID of the VPC endpoint service.
   *
   * @attribute
   */
  public get serviceId(): string {
    return this.resource.id;
  }

  /**
   * The status of the service: `available` or `failed` (`creating`, `deleting` in between).
   *
   * @attribute
   */
  public get status(): string {
    return this.resource.status;
  }

  /**
   * Every connection to the service, as the provider reads it: a list of objects with `endpoint_id`, `packet_id` (the
   * endpoint's marker ID), `domain_id` (the endpoint owner's account), `status` and `description`, `created_at` and `updated_at`. Use it in an
   * output or a Terraform expression.
   *
   * @attribute
   */
  public get connections(): IResolvable {
    return this.resource.connections;
  }

  /**
   * Adds port mappings. Each is checked now, like the prop, and must not repeat a mapping the service has; the list
   * size (at most 200) is checked at synth.
   */
  public addPortMapping(...mappings: VpcepPortMapping[]): void {
    this.spec.addPortMappings(mappings);
    this.resource.putPort(renderPortMappings(this.spec.portMappings));
  }

  /**
   * Allows consumers to connect: `iam:domain::<domain id>` or `*` for every account. Each is checked now.
   */
  public addAllowedConsumer(...consumers: string[]): void {
    this.spec.addAllowedConsumers(consumers);
  }

  protected newApproval(id: string, endpointIds: string[]): TerraformResource {
    return OPENTELEKOMCLOUD.newApproval(this, id, { serviceId: this.serviceId, endpoints: endpointIds, provider: this.spec.provider });
  }
}

/** `port` keeps the API's names: `server_port` for the backend, `client_port` for the endpoints. */
function renderPortMappings(mappings: VpcepPortMapping[]) {
  return mapPortMappings(mappings, m => ({ protocol: m.protocol, serverPort: m.servicePort, clientPort: m.terminalPort }),
    vpcepServiceV1PortToTerraform);
}
