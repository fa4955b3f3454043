import { Annotations, Lazy, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { IVpcepEndpoint, IVpcepService } from './vpcep-endpoint-types';
import { checkConnectionEndpoints, connectionEndpointId } from '../terraform/connections';
import { validateNow } from '../terraform/validation';

/**
 * What the Huawei Cloud and Open Telekom Cloud VPC endpoint services have in common: the ID, the approval
 * requirement, and the one approval resource per service that `approveConnections()` fills.
 */
export abstract class VpcepServiceBase extends Construct implements IVpcepService {
  /**
   * The ID of the VPC endpoint service.
   *
   * @attribute
   */
  public abstract readonly serviceId: string;

  /**
   * Whether connections need the owner's approval; undefined when not known (a token, or an imported service).
   */
  public abstract readonly approvalRequired?: boolean;

  private readonly approvedEndpoints: (IVpcepEndpoint | string)[] = [];
  private approval?: TerraformResource;

  /**
   * Approves the connections of endpoints to this service, with the cloud's approval resource (one per service;
   * each call adds to it). Give endpoint constructs of the same stack or endpoint IDs, e.g. of endpoints in other
   * accounts. Removing an endpoint later makes the cloud reject its connection.
   */
  public approveConnections(...endpoints: (IVpcepEndpoint | string)[]): void {
    validateNow(this, v => checkConnectionEndpoints(v, this, this.approvedEndpoints, endpoints, 'approved'));
    if (endpoints.length === 0) return;
    if (this.approvalRequired === false) {
      Annotations.of(this).addWarning('approveConnections: the service does not require approval (approvalRequired: false), so the cloud accepts connections without it');
    }
    for (const endpoint of endpoints) {
      if (!this.approvedEndpoints.includes(endpoint)) this.approvedEndpoints.push(endpoint);
    }
    this.approval ??= this.newApproval('Approval', Lazy.listValue({
      produce: () => this.approvedEndpoints.map(connectionEndpointId),
    }));
  }

  /**
   * Creates the cloud's approval resource as a child of this construct.
   */
  protected abstract newApproval(id: string, endpointIds: string[]): TerraformResource;
}
