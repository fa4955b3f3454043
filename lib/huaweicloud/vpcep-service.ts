import { Construct } from 'constructs';
import { VpcepApproval } from './generated/vpcep-approval';
import { VpcepService as VpcepServiceResource, vpcepServicePortMappingToTerraform } from './generated/vpcep-service';
import { VPCEP_ENDPOINT_RULES } from '../rules/vpcep/endpoint';
import { VPCEP_SERVICE_RULES } from '../rules/vpcep/service';
import { withMetaArguments } from '../terraform/meta-arguments';
import { VpcepServiceCloud, domainRecords, importVpcepService, mapPortMappings, organizationRecords } from '../vpcep/private/vpcep-cloud';
import { IVpcepService } from '../vpcep/vpcep-endpoint-types';
import { VpcepServiceBase } from '../vpcep/vpcep-service-base';
import { VpcepPortMapping, VpcepServiceAttributes, VpcepServiceProps } from '../vpcep/vpcep-service-types';

const SOURCE = 'huaweicloud/huaweicloud';

const HUAWEICLOUD: VpcepServiceCloud<VpcepServiceResource> = {
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
  newService: (scope, id, props, lists, common) => new VpcepServiceResource(scope, id, withMetaArguments(props, Object.assign(common, {
    // Always rendered: unset, the provider sends false, while the API's (and this library's) default is true.
    approval: props.approvalRequired ?? true,
    portMapping: renderPortMappings(lists.portMappings),
    permissions: domainRecords(lists.consumers, false),
    organizationPermissions: organizationRecords(lists.consumers),
    ipVersion: props.ipVersion,
    snatNetworkId: props.snatNetworkId,
    region: props.region,
    enablePolicy: props.enablePolicy,
    timeouts: props.timeouts && { create: props.timeouts.create, delete: props.timeouts.delete },
  }))),
  putPortMappings: (resource, mappings) => resource.putPortMapping(renderPortMappings(mappings)),
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
export class VpcepService extends VpcepServiceBase {
  /**
   * Refers to an existing VPC endpoint service, e.g. to approve endpoints' connections to it.
   */
  public static fromVpcepServiceAttributes(scope: Construct, id: string, attrs: VpcepServiceAttributes): IVpcepService {
    return importVpcepService(scope, id, attrs, HUAWEICLOUD);
  }

  private readonly resource: VpcepServiceResource;

  constructor(scope: Construct, id: string, props: VpcepServiceProps) {
    super(scope, id);
    this.resource = this._createResource(props, HUAWEICLOUD);
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
   * The region the service is in: `region`, or the provider's region.
   *
   * @attribute
   */
  public get region(): string {
    return this.resource.region;
  }
}

/** `port_mapping` names the backend port `service_port` and the endpoints' port `terminal_port`. */
function renderPortMappings(mappings: VpcepPortMapping[]) {
  return mapPortMappings(mappings, m => ({ protocol: m.protocol, servicePort: m.servicePort, terminalPort: m.terminalPort }),
    vpcepServicePortMappingToTerraform);
}
