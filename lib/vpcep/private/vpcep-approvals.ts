import { Annotations, Lazy, TerraformResource } from 'cdktf';
import { checksItsResources } from '../../terraform/checks-its-resources';
import { checkConnectionEndpoints, connectionEndpointId } from '../../terraform/connections';
import { checkLaterChanges } from '../../terraform/raw-resource-validation';
import { checkNow } from '../../terraform/validation';
import type { IVpcepEndpoint, IVpcepService } from '../vpcep-endpoint-types';

/**
 * The approvals of one service, created or imported: one approval resource per service, created by the first
 * `approveConnections()` call, whose endpoint list every later call adds to. An endpoint is listed once, however
 * often and in whichever form (construct or ID) it is given.
 */
export class VpcepApprovals {
  private readonly approved = new Set<string>();
  private approval?: TerraformResource;

  /** `newApproval` creates the cloud's approval resource for the service, with the given endpoint IDs. */
  constructor(private readonly service: IVpcepService,
    private readonly newApproval: (id: string, endpointIds: string[]) => TerraformResource) {
    checksItsResources(service);
  }

  public approve(endpoints: readonly unknown[]): void {
    const service = this.service;
    checkNow(service, v => checkConnectionEndpoints(v, service, endpoints, 'approved'));
    if (service.approvalRequired === false) {
      Annotations.of(service).addWarning('approveConnections: the service does not require approval (approvalRequired: false), so the cloud accepts connections without it');
    }
    for (const endpoint of endpoints as (IVpcepEndpoint | string)[]) this.approved.add(connectionEndpointId(endpoint));
    if (this.approval === undefined) {
      this.approval = this.newApproval('Approval', Lazy.listValue({ produce: () => [...this.approved] }));
      checkLaterChanges(this.approval);
    }
  }
}
