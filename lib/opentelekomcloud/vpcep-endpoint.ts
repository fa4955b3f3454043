import { Construct } from 'constructs';
import { VpcepEndpointV1 } from './generated/vpcep-endpoint-v1';
import { VPCEP_ENDPOINT_RULES } from '../rules/vpcep/endpoint';
import { withMetaArguments } from '../terraform/meta-arguments';
import { VpcepEndpointCloud } from '../vpcep/private/vpcep-cloud';
import { VpcepEndpointBase } from '../vpcep/vpcep-endpoint-base';
import { VpcepEndpointProps } from '../vpcep/vpcep-endpoint-types';

const OPENTELEKOMCLOUD: VpcepEndpointCloud<VpcepEndpointV1> = {
  displayName: 'Open Telekom Cloud',
  providerSource: 'opentelekomcloud/opentelekomcloud',
  tagPolicy: VPCEP_ENDPOINT_RULES.opentelekomcloudTags,
  // opentelekomcloud_vpcep_endpoint_v1 has no policy_document, ip_version, ipv6_address or region argument.
  unsupportedProps: ['policyDocument', 'ipVersion', 'ipv6Address', 'region'],
  mergesProviderDefaultTags: false,
  endpointTimeouts: { keys: ['default'], resource: 'opentelekomcloud_vpcep_endpoint_v1' },
  // `opentelekomcloud_vpcep_endpoint_v1` keeps the API's names: `subnet_id`, `port_ip`, `route_tables`.
  newEndpoint: (scope, id, props, common) => new VpcepEndpointV1(scope, id, withMetaArguments(props, Object.assign(common, {
    subnetId: props.subnetId,
    portIp: props.portIp,
    routeTables: props.routeTables,
    timeouts: props.timeouts && { default: props.timeouts.default },
  }))),
};

/**
 * A VPC endpoint on Open Telekom Cloud: private access from a VPC to an interface endpoint service (give `subnetId`)
 * or a gateway endpoint service such as OBS (give `routeTables`).
 *
 * Props are checked against Open Telekom Cloud's API rules when the construct is created; the Huawei-only props
 * `policyDocument`, `ipVersion`, `ipv6Address` and `region` are errors here. Synthesis fails when the stack has no
 * `opentelekomcloud/opentelekomcloud` provider (any provider class with that source counts, prebuilt bindings too).
 * Every argument except `tags` replaces the endpoint when changed. The wrapped `opentelekomcloud_vpcep_endpoint_v1`
 * is `node.defaultChild`.
 *
 * @resource opentelekomcloud_vpcep_endpoint_v1
 * @see https://docs.otc.t-systems.com/vpc-endpoint/api-ref/apis/vpc_endpoints/creating_a_vpc_endpoint.html
 */
export class VpcepEndpoint extends VpcepEndpointBase {
  private readonly resource: VpcepEndpointV1;

  constructor(scope: Construct, id: string, props: VpcepEndpointProps) {
    super(scope, id);
    this.resource = this._createResource(props, OPENTELEKOMCLOUD);
  }

  /**
   * The private domain names of the endpoint (interface endpoints with `enableDns: true`).
   *
   * @attribute
   */
  public get dnsNames(): string[] {
    return this.resource.dnsNames;
  }

  /**
   * The IPv4 address of the endpoint (`port_ip`): `portIp`, or the address the cloud assigned.
   *
   * @attribute
   */
  public get ipAddress(): string {
    return this.resource.portIp;
  }

  /**
   * The endpoint's marker ID (`marker_id`), which identifies its connection on the service side.
   *
   * @attribute
   */
  public get markerId(): number {
    return this.resource.markerId;
  }

  /**
   * The ID of the project the endpoint is in (`project_id`).
   *
   * @attribute
   */
  public get projectId(): string {
    return this.resource.projectId;
  }
}
