import { Construct } from 'constructs';
import { VpcepEndpoint as VpcepEndpointResource } from './generated/vpcep-endpoint';
import { VPCEP_ENDPOINT_RULES } from '../rules/vpcep/endpoint';
import { withMetaArguments } from '../terraform/meta-arguments';
import { VpcepEndpointCloud } from '../vpcep/private/vpcep-cloud';
import { VpcepEndpointBase } from '../vpcep/vpcep-endpoint-base';
import { VpcepEndpointProps } from '../vpcep/vpcep-endpoint-types';

const HUAWEICLOUD: VpcepEndpointCloud<VpcepEndpointResource> = {
  displayName: 'Huawei Cloud',
  providerSource: 'huaweicloud/huaweicloud',
  tagPolicy: VPCEP_ENDPOINT_RULES.huaweicloudTags,
  unsupportedProps: [],
  mergesProviderDefaultTags: true,
  endpointTimeouts: { keys: ['create', 'delete'], resource: 'huaweicloud_vpcep_endpoint' },
  // `huaweicloud_vpcep_endpoint` names the subnet `network_id`, the port IP `ip_address`, route tables `routetables`.
  newEndpoint: (scope, id, props, common) => new VpcepEndpointResource(scope, id, withMetaArguments(props, Object.assign(common, {
    networkId: props.subnetId,
    ipAddress: props.portIp,
    routetables: props.routeTables,
    policyDocument: props.policyDocument,
    ipVersion: props.ipVersion,
    ipv6Address: props.ipv6Address,
    region: props.region,
    timeouts: props.timeouts && { create: props.timeouts.create, delete: props.timeouts.delete },
  }))),
};

/**
 * A VPC endpoint on Huawei Cloud: private access from a VPC to an interface endpoint service (give `subnetId`) or a
 * gateway endpoint service such as OBS or SFS (give `routeTables`).
 *
 * Props are checked against Huawei Cloud's API rules when the construct is created, and synthesis fails when the
 * stack has no `huaweicloud/huaweicloud` provider. The wrapped `huaweicloud_vpcep_endpoint` is `node.defaultChild`.
 *
 * @resource huaweicloud_vpcep_endpoint
 * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/CreateEndpoint.html
 */
export class VpcepEndpoint extends VpcepEndpointBase {
  private readonly resource: VpcepEndpointResource;

  constructor(scope: Construct, id: string, props: VpcepEndpointProps) {
    super(scope, id);
    this.resource = this._createResource(props, HUAWEICLOUD);
  }

  /**
   * The private domain name of the endpoint (interface endpoints with `enableDns: true`).
   *
   * @attribute
   */
  public get privateDomainName(): string {
    return this.resource.privateDomainName;
  }

  /**
   * The IPv4 address of the endpoint (`ip_address`): `portIp`, or the address the cloud assigned.
   *
   * @attribute
   */
  public get ipAddress(): string {
    return this.resource.ipAddress;
  }

  /**
   * The IPv6 address of a dual-stack endpoint (`ipv6_address`): `ipv6Address`, or the address the cloud assigned.
   *
   * @attribute
   */
  public get ipv6Address(): string {
    return this.resource.ipv6Address;
  }

  /**
   * The endpoint's marker ID (`packet_id`), which identifies its connection on the service side.
   *
   * @attribute
   */
  public get markerId(): number {
    return this.resource.packetId;
  }

  /**
   * The region the endpoint is in: `region`, or the provider's region.
   *
   * @attribute
   */
  public get region(): string {
    return this.resource.region;
  }
}
