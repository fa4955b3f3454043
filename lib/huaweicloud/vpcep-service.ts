import { IResolvable, ITerraformDependable, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { VpcepApproval } from './generated/vpcep-approval';
import { VpcepService as VpcepServiceResource, vpcepServicePortMappingToTerraform } from './generated/vpcep-service';
import { withMetaArguments } from '../terraform/meta-arguments';
import { VpcepServiceCloud, VpcepServiceSpec, commonServiceArguments, importVpcepService, mapPortMappings } from '../vpcep/private/vpcep-service-cloud';
import { VPCEP_ENDPOINT_RULES } from '../vpcep/vpcep-endpoint-rules';
import { IVpcepService } from '../vpcep/vpcep-endpoint-types';
import { VpcepServiceBase } from '../vpcep/vpcep-service-base';
import { VPCEP_SERVICE_RULES } from '../vpcep/vpcep-service-rules';
import { VpcepPortMapping, VpcepServiceAttributes, VpcepServiceProps } from '../vpcep/vpcep-service-types';

const SOURCE = 'huaweicloud/huaweicloud';

const HUAWEICLOUD: VpcepServiceCloud = {
  displayName: 'Huawei Cloud',
  providerSource: SOURCE,
  tagPolicy: VPCEP_ENDPOINT_RULES.huaweicloudTags,
  unsupportedProps: [],
  name: VPCEP_SERVICE_RULES.name,
  description: VPCEP_SERVICE_RULES.description,
  tcpProxy: VPCEP_SERVICE_RULES.huaweicloudTcpProxy,
  permission: VPCEP_SERVICE_RULES.huaweicloudPermission,
  mergesProviderDefaultTags: true,
  serviceTimeouts: { keys: ['create', 'delete'], resource: 'huaweicloud_vpcep_service' },
  newApproval: (scope, id, approval) => new VpcepApproval(scope, id, approval),
};

/**
 * A VPC endpoint service on Huawei Cloud: exposes a backend (an ECS or a load balancer) to VPC endpoints in other
 * VPCs and accounts, with the accounts or organizations allowed to connect, and the approval of their connections.
 *
 * Props are checked against Huawei Cloud's API rules when the construct is created; port mappings and allowed
 * consumers added later are checked as they are added and the lists again at synth. The wrapped
 * `huaweicloud_vpcep_service` is `node.defaultChild`; `approveConnections()` adds one `huaweicloud_vpcep_approval`.
 *
 * @resource huaweicloud_vpcep_service
 * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0201.html
 */
export class VpcepService extends VpcepServiceBase implements ITerraformDependable {
  /**
   * Refers to an existing VPC endpoint service, e.g. to approve endpoints' connections to it.
   */
  public static fromVpcepServiceAttributes(scope: Construct, id: string, attrs: VpcepServiceAttributes): IVpcepService {
    return importVpcepService(scope, id, attrs, HUAWEICLOUD);
  }

  /**
   * Whether connections need the owner's approval; undefined when given as a token.
   */
  public readonly approvalRequired?: boolean;
  private readonly resource: VpcepServiceResource;
  private readonly spec: VpcepServiceSpec;

  constructor(scope: Construct, id: string, props: VpcepServiceProps) {
    super(scope, id);
    this.spec = new VpcepServiceSpec(this, props, HUAWEICLOUD, () => this.resource.tagsInput);
    this.approvalRequired = this.spec.approvalRequired;
    // From here on the checked copy: later changes to the caller's objects cannot reach the construct.
    props = this.spec.props;
    this.resource = new VpcepServiceResource(this, 'Resource', withMetaArguments(props, Object.assign(commonServiceArguments(props), {
      // Always rendered: unset, the provider sends false, while the API's (and this library's) default is true.
      approval: props.approvalRequired ?? true,
      portMapping: renderPortMappings(this.spec.portMappings),
      permissions: this.spec.domains(false),
      organizationPermissions: this.spec.organizations(),
      ipVersion: props.ipVersion,
      snatNetworkId: props.snatNetworkId,
      region: props.region,
      timeouts: props.timeouts && { create: props.timeouts.create, delete: props.timeouts.delete },
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
   * The full name of the service (`<region>.<name>.<id>`), which consumers can look the service up by.
   *
   * @attribute
   */
  public get serviceName(): string {
    return this.resource.serviceName;
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
   * endpoint's marker ID), `domain_id` (the endpoint owner's account), `status` and `description`. Use it in an
   * output or a Terraform expression.
   *
   * @attribute
   */
  public get connections(): IResolvable {
    return this.resource.connections;
  }

  /**
   * The region the service is in: `region`, or the provider's region.
   *
   * @attribute
   */
  public get region(): string {
    return this.resource.region;
  }

  /**
   * Adds port mappings. Each is checked now, like the prop, and must not repeat a mapping the service has; the list
   * size (at most 200) is checked at synth.
   */
  public addPortMapping(...mappings: VpcepPortMapping[]): void {
    this.spec.addPortMappings(mappings);
    this.resource.putPortMapping(renderPortMappings(this.spec.portMappings));
  }

  /**
   * Allows consumers to connect: `iam:domain::<domain id>`, `*` for every account,
   * `organizations:orgPath::<org path>` or `organizations:orgPath::*`. Each is checked now.
   */
  public addAllowedConsumer(...consumers: string[]): void {
    this.spec.addAllowedConsumers(consumers);
  }

  protected newApproval(id: string, endpointIds: string[]): TerraformResource {
    return HUAWEICLOUD.newApproval(this, id, {
      serviceId: this.serviceId, endpoints: endpointIds, provider: this.spec.provider, region: this.spec.props.region,
    });
  }
}

/** `port_mapping` names the backend port `service_port` and the endpoints' port `terminal_port`. */
function renderPortMappings(mappings: VpcepPortMapping[]) {
  return mapPortMappings(mappings, m => ({ protocol: m.protocol, servicePort: m.servicePort, terminalPort: m.terminalPort }),
    vpcepServicePortMappingToTerraform);
}
