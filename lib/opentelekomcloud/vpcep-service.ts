import { Construct } from 'constructs';
import { VpcepApprovalV1 } from './generated/vpcep-approval-v1';
import { VpcepServiceV1, vpcepServiceV1PortToTerraform } from './generated/vpcep-service-v1';
import { VPCEP_ENDPOINT_RULES } from '../rules/vpcep/endpoint';
import { VPCEP_SERVICE_RULES } from '../rules/vpcep/service';
import { withMetaArguments } from '../terraform/meta-arguments';
import { VpcepServiceCloud, domainRecords, importVpcepService, mapPortMappings } from '../vpcep/private/vpcep-cloud';
import { IVpcepService } from '../vpcep/vpcep-endpoint-types';
import { VpcepServiceBase } from '../vpcep/vpcep-service-base';
import { VpcepPortMapping, VpcepServiceAttributes, VpcepServiceProps } from '../vpcep/vpcep-service-types';

const SOURCE = 'opentelekomcloud/opentelekomcloud';

const OPENTELEKOMCLOUD: VpcepServiceCloud<VpcepServiceV1> = {
  displayName: 'Open Telekom Cloud',
  providerSource: SOURCE,
  tagPolicy: VPCEP_ENDPOINT_RULES.opentelekomcloudTags,
  // opentelekomcloud_vpcep_service_v1 has no ip_version, snat_network_id, region or enable_policy argument.
  unsupportedProps: ['ipVersion', 'snatNetworkId', 'region', 'enablePolicy'],
  name: VPCEP_SERVICE_RULES.opentelekomcloudName,
  description: VPCEP_SERVICE_RULES.opentelekomcloudDescription,
  tcpProxy: VPCEP_SERVICE_RULES.opentelekomcloudTcpProxy,
  permission: VPCEP_SERVICE_RULES.domainPermission,
  mergesProviderDefaultTags: false,
  serviceTimeouts: { keys: ['default'], resource: 'opentelekomcloud_vpcep_service_v1' },
  newService: (scope, id, props, lists, common) => new VpcepServiceV1(scope, id, withMetaArguments(props, Object.assign(common, {
    // Always rendered, like on Huawei Cloud, where the providers' defaults differ.
    approvalEnabled: props.approvalRequired ?? true,
    port: renderPortMappings(lists.portMappings),
    // The provider adds the `iam:domain::` prefix itself.
    whitelist: domainRecords(lists.consumers, true),
    timeouts: props.timeouts && { default: props.timeouts.default },
  }))),
  putPortMappings: (resource, mappings) => resource.putPort(renderPortMappings(mappings)),
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
export class VpcepService extends VpcepServiceBase {
  /**
   * Refers to an existing VPC endpoint service, e.g. to approve endpoints' connections to it.
   */
  public static fromVpcepServiceAttributes(scope: Construct, id: string, attrs: VpcepServiceAttributes): IVpcepService {
    return importVpcepService(scope, id, attrs, OPENTELEKOMCLOUD);
  }

  constructor(scope: Construct, id: string, props: VpcepServiceProps) {
    super(scope, id);
    this._createResource(props, OPENTELEKOMCLOUD);
  }
}

/** `port` keeps the API's names: `server_port` for the backend, `client_port` for the endpoints. */
function renderPortMappings(mappings: VpcepPortMapping[]) {
  return mapPortMappings(mappings, m => ({ protocol: m.protocol, serverPort: m.servicePort, clientPort: m.terminalPort }),
    vpcepServiceV1PortToTerraform);
}
