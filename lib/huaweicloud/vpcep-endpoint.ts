import { Construct } from 'constructs';
import { VpcepEndpoint as VpcepEndpointResource } from './generated/vpcep-endpoint';
import { VpcepEndpointBase } from '../terraform/vpcep/endpoint-base';
import { HUAWEICLOUD, renderHuaweicloud } from '../terraform/vpcep/huaweicloud';
import { IVpcepEndpoint, VpcepEndpointAttributes, VpcepEndpointProps } from '../terraform/vpcep/props';
import { validateVpcepEndpoint } from '../terraform/vpcep/setup';

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
  /**
   * Refers to an existing VPC endpoint by its ID.
   */
  public static fromVpcepEndpointAttributes(scope: Construct, id: string, attrs: VpcepEndpointAttributes): IVpcepEndpoint {
    class Import extends Construct implements IVpcepEndpoint {
      public readonly endpointId = attrs.endpointId;
    }
    return new Import(scope, id);
  }

  private readonly resource: VpcepEndpointResource;

  constructor(scope: Construct, id: string, props: VpcepEndpointProps) {
    super(scope, id);
    validateVpcepEndpoint(this, props, HUAWEICLOUD, () => this.resource.tagsInput);
    this.resource = new VpcepEndpointResource(this, 'Resource', renderHuaweicloud(props));
  }

  /**
   * The private domain name of the endpoint (interface endpoints with `enableDns: true`).
   *
   * @attribute
   */
  public get privateDomainName(): string {
    return this.resource.privateDomainName;
  }
}
