import { Construct } from 'constructs';
import { VpcepEndpointV1 } from './generated/vpcep-endpoint-v1';
import { VpcepEndpointBase } from '../terraform/vpcep/endpoint-base';
import { OPENTELEKOMCLOUD, renderOpentelekomcloud } from '../terraform/vpcep/opentelekomcloud';
import { IVpcepEndpoint, VpcepEndpointAttributes, VpcepEndpointProps } from '../terraform/vpcep/props';
import { validateVpcepEndpoint } from '../terraform/vpcep/setup';

/**
 * A VPC endpoint on Open Telekom Cloud: private access from a VPC to an interface endpoint service (give `subnetId`)
 * or a gateway endpoint service such as OBS (give `routeTables`).
 *
 * Props are checked against Open Telekom Cloud's API rules when the construct is created; the Huawei-only props
 * `policyDocument`, `ipVersion` and `ipv6Address` are errors here. Synthesis fails when the stack has no
 * `opentelekomcloud/opentelekomcloud` provider (any provider class with that source counts, prebuilt bindings too).
 * Every argument except `tags` replaces the endpoint when changed. The wrapped `opentelekomcloud_vpcep_endpoint_v1`
 * is `node.defaultChild`.
 *
 * @resource opentelekomcloud_vpcep_endpoint_v1
 * @see https://docs.otc.t-systems.com/vpc-endpoint/api-ref/apis/vpc_endpoints/creating_a_vpc_endpoint.html
 */
export class VpcepEndpoint extends VpcepEndpointBase {
  /**
   * Refers to an existing VPC endpoint by its ID.
   */
  public static fromVpcepEndpointAttributes(scope: Construct, id: string, attrs: VpcepEndpointAttributes): IVpcepEndpoint {
    class Import extends Construct implements IVpcepEndpoint {
      public readonly endpointId = attrs.endpointId;
    }
    return new Import(scope, id);
  }

  private readonly resource: VpcepEndpointV1;

  constructor(scope: Construct, id: string, props: VpcepEndpointProps) {
    super(scope, id);
    validateVpcepEndpoint(this, props, OPENTELEKOMCLOUD, () => this.resource.tagsInput);
    this.resource = new VpcepEndpointV1(this, 'Resource', renderOpentelekomcloud(props));
  }

  /**
   * The private domain names of the endpoint (interface endpoints with `enableDns: true`).
   *
   * @attribute
   */
  public get dnsNames(): string[] {
    return this.resource.dnsNames;
  }
}
