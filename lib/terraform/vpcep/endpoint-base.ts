import type { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { IVpcepEndpoint } from './props';

/**
 * What the Huawei Cloud and Open Telekom Cloud VPC endpoints have in common: the attributes both providers export
 * under the same names.
 */
export abstract class VpcepEndpointBase extends Construct implements IVpcepEndpoint {

  /**
   * The ID of the VPC endpoint.
   *
   * @attribute
   */
  public get endpointId(): string {
    return this.attribute('id');
  }

  /**
   * The connection status: `pendingAcceptance` until the service owner accepts the connection, then `accepted`
   * (also `creating`, `rejected`, `failed`, `deleting`).
   *
   * @attribute
   */
  public get status(): string {
    return this.attribute('status');
  }

  /**
   * The name of the VPC endpoint service the endpoint connects to.
   *
   * @attribute
   */
  public get serviceName(): string {
    return this.attribute('service_name');
  }

  /**
   * The type of the VPC endpoint service: `interface` or `gateway`.
   *
   * @attribute
   */
  public get serviceType(): string {
    return this.attribute('service_type');
  }

  /** Reads an attribute of the wrapped resource, the construct's `'Resource'` child (`node.defaultChild`). */
  private attribute(name: string): string {
    return (this.node.defaultChild as TerraformResource).getStringAttribute(name);
  }
}
