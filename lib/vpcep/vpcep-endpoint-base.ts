import type { ITerraformDependable, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { IVpcepEndpoint, VpcepEndpointAttributes } from './vpcep-endpoint-types';
import { NOT_EMPTY } from '../core/rules';
import { string, struct } from '../core/shapes';
import { validateProps } from '../terraform/validation';

/** The run-time shape of `VpcepEndpointAttributes`, for callers without TypeScript's checks. */
const ENDPOINT_ATTRIBUTES = struct<VpcepEndpointAttributes>('VpcepEndpointAttributes', { endpointId: string() });

/**
 * What the Huawei Cloud and Open Telekom Cloud VPC endpoints have in common: the attributes both providers export
 * under the same names.
 *
 * An endpoint is `ITerraformDependable`: pass it in the `dependsOn` of any resource (or of another construct of this
 * library), and that resource waits for the endpoint resource, `node.defaultChild`.
 */
export abstract class VpcepEndpointBase extends Construct implements IVpcepEndpoint, ITerraformDependable {
  /**
   * Refers to an existing VPC endpoint by its ID (on either cloud: only the ID is needed).
   */
  public static fromVpcepEndpointAttributes(scope: Construct, id: string, attrs: VpcepEndpointAttributes): IVpcepEndpoint {
    class Import extends Construct implements IVpcepEndpoint {
      public readonly endpointId: string;
      constructor() {
        super(scope, id);
        this.endpointId = validateProps<VpcepEndpointAttributes>(this, ENDPOINT_ATTRIBUTES, attrs,
          (v, a) => v.check('endpointId', a.endpointId, NOT_EMPTY)).endpointId;
      }
    }
    return new Import();
  }

  /**
   * The Terraform address of the endpoint resource (`node.defaultChild`), which `dependsOn` refers to.
   */
  public get fqn(): string {
    return this.defaultResource.fqn;
  }

  /**
   * The ID of the VPC endpoint.
   *
   * @attribute
   */
  public get endpointId(): string {
    return this.attribute('id');
  }

  /**
   * The IPv4 address of the endpoint in its subnet (interface endpoints): `portIp`, or the address the cloud assigned.
   *
   * @attribute
   */
  public abstract readonly ipAddress: string;

  /**
   * The endpoint's marker ID, which identifies its connection on the service side (`packet_id` on Huawei Cloud,
   * `marker_id` on Open Telekom Cloud).
   *
   * @attribute
   */
  public abstract readonly markerId: number;

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

  /** Reads an attribute of the endpoint resource. */
  private attribute(name: string): string {
    return this.defaultResource.getStringAttribute(name);
  }

  /** The wrapped resource, the construct's `'Resource'` child (`node.defaultChild`). */
  private get defaultResource(): TerraformResource {
    return this.node.defaultChild as TerraformResource;
  }
}
