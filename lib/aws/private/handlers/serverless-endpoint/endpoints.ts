/**
 * Redshift Serverless managed VPC endpoints as the handler manages them: created, changed and deleted by name (a name
 * identifies one endpoint in an account and region), each call followed by polling until the endpoint is usable or
 * gone, since every change is asynchronous.
 *
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateEndpointAccess.html
 * @see https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-cross-vpc.html
 */
// The Lambda Node.js runtime provides the SDK v3 clients; the package declares them only for development.
// eslint-disable-next-line import/no-extraneous-dependencies
import {
  CreateEndpointAccessCommand, DeleteEndpointAccessCommand, EndpointAccess, GetEndpointAccessCommand, RedshiftServerlessClient,
  UpdateEndpointAccessCommand,
} from '@aws-sdk/client-redshift-serverless';
import { CallRunner, errorName } from '../calls';
import { RequestError } from '../envelope';

/** The properties of `Custom::RedshiftServerlessEndpointAccess`, as the construct renders them. */
export interface EndpointProperties {
  readonly EndpointName: string;
  readonly WorkgroupName: string;
  readonly SubnetIds: string[];
  readonly VpcSecurityGroupIds?: string[];
  readonly OwnerAccount?: string;
}

/** A failure whose message is meant for the user, as it is. */
export class EndpointError extends RequestError {
  public readonly name = 'EndpointError';
}

/** How the endpoints are reached and waited for. */
export interface EndpointCalls {
  readonly client: RedshiftServerlessClient;
  readonly runner: CallRunner;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** No poll starts after this time (epoch ms). */
  readonly deadline: number;
  /** The pause between two polls. */
  readonly pollMs: number;
  /** The longest one call may take: a poll starts only if it can end before the deadline. */
  readonly callMs: number;
}

/** The statuses on the way to a usable endpoint (the only ones the service is known to report besides ACTIVE). */
const PENDING = new Set(['CREATING', 'MODIFYING']);

/** Whether two lists hold the same IDs, in any order. */
export const sameSet = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');

const securityGroupsOf = (endpoint: EndpointAccess) => (endpoint.vpcSecurityGroups ?? []).map(g => g.vpcSecurityGroupId ?? '');

/** Whether a change of properties needs a new endpoint: everything but the security groups is fixed at creation. */
export function needsNewEndpoint(old: EndpointProperties, next: EndpointProperties): boolean {
  return old.EndpointName !== next.EndpointName || old.WorkgroupName !== next.WorkgroupName
    || (old.OwnerAccount ?? '') !== (next.OwnerAccount ?? '') || !sameSet(old.SubnetIds, next.SubnetIds);
}

/** The attributes the construct reads with `Fn::GetAtt`. */
export function attributesOf(endpoint: EndpointAccess): Record<string, string> {
  return {
    Address: endpoint.address ?? '',
    Port: endpoint.port === undefined ? '' : String(endpoint.port),
    EndpointArn: endpoint.endpointArn ?? '',
    VpcEndpointId: endpoint.vpcEndpoint?.vpcEndpointId ?? '',
    VpcId: endpoint.vpcEndpoint?.vpcId ?? '',
    NetworkInterfaceIds: (endpoint.vpcEndpoint?.networkInterfaces ?? []).map(n => n.networkInterfaceId ?? '').join(','),
  };
}

export class ManagedEndpoints {
  constructor(private readonly calls: EndpointCalls) {}

  /** The endpoint of that name, or undefined when there is none. */
  public async get(name: string): Promise<EndpointAccess | undefined> {
    try {
      const answer = await this.calls.runner.call(`GetEndpointAccess ${name}`, abortSignal =>
        this.calls.client.send(new GetEndpointAccessCommand({ endpointName: name }), { abortSignal }));
      return answer.endpoint;
    } catch (e) {
      if (errorName(e) === 'ResourceNotFoundException') return undefined;
      throw e;
    }
  }

  /**
   * Creates the endpoint and waits until it is usable. An endpoint of that name that already leads to the same
   * workgroup from the same subnets is taken as this request's own (a redelivered Create, or a rollback back to an
   * endpoint that still exists); one that does not is a clash the user must resolve. `onCreated` is called once the
   * endpoint exists, so that a failure afterwards can still name it.
   */
  public async create(props: EndpointProperties, onCreated: () => void): Promise<EndpointAccess> {
    const name = props.EndpointName;
    const existing = await this.get(name);
    if (existing !== undefined) {
      if (existing.workgroupName !== props.WorkgroupName || !sameSet(existing.subnetIds, props.SubnetIds)) {
        throw new EndpointError(`an endpoint named ${name} already exists (to workgroup ${existing.workgroupName}): `
          + 'endpoint names are unique in an account and region; give this endpoint another name');
      }
      console.log(`Endpoint ${name} exists with the same workgroup and subnets: taken as this resource's own`);
      onCreated();
      const wanted = props.VpcSecurityGroupIds;
      if (wanted !== undefined && !sameSet(securityGroupsOf(existing), wanted)) return this.setSecurityGroups(name, wanted);
      return this.waitUsable(name);
    }
    await this.calls.runner.call(`CreateEndpointAccess ${name}`, abortSignal => this.calls.client.send(new CreateEndpointAccessCommand({
      endpointName: name,
      workgroupName: props.WorkgroupName,
      subnetIds: props.SubnetIds,
      vpcSecurityGroupIds: props.VpcSecurityGroupIds,
      ownerAccount: props.OwnerAccount,
    }), { abortSignal }));
    console.log(`Created endpoint ${name}`);
    onCreated();
    return this.waitUsable(name);
  }

  /** Sets the security groups (the only setting that changes in place) and waits until the endpoint is usable. */
  public async setSecurityGroups(name: string, securityGroupIds: string[]): Promise<EndpointAccess> {
    await this.calls.runner.call(`UpdateEndpointAccess ${name}`, abortSignal => this.calls.client.send(
      new UpdateEndpointAccessCommand({ endpointName: name, vpcSecurityGroupIds: securityGroupIds }), { abortSignal }));
    console.log(`Updated the security groups of endpoint ${name}`);
    return this.waitUsable(name, securityGroupIds);
  }

  /** Deletes the endpoint and waits until it is gone. One that is gone already (or whose workgroup is) is no error. */
  public async delete(name: string): Promise<void> {
    try {
      await this.calls.runner.call(`DeleteEndpointAccess ${name}`, abortSignal =>
        this.calls.client.send(new DeleteEndpointAccessCommand({ endpointName: name }), { abortSignal }));
      console.log(`Deleting endpoint ${name}`);
    } catch (e) {
      if (errorName(e) !== 'ResourceNotFoundException') throw e;
      console.log(`Endpoint ${name} does not exist (any more): nothing to delete`);
      return;
    }
    for (;;) {
      if (await this.get(name) === undefined) return;
      await this.pause(`endpoint ${name} is still being deleted`);
    }
  }

  /** The endpoint once it is usable (polling while it is being created or modified). */
  public usable(name: string): Promise<EndpointAccess> {
    return this.waitUsable(name);
  }

  /**
   * Polls until the endpoint is ACTIVE (and, when given, has exactly those security groups: an update may be reported
   * ACTIVE before it starts).
   */
  private async waitUsable(name: string, securityGroupIds?: string[]): Promise<EndpointAccess> {
    for (;;) {
      const endpoint = await this.get(name);
      if (endpoint === undefined) throw new EndpointError(`endpoint ${name} disappeared while it was being set up (was its workgroup deleted?)`);
      const status = endpoint.endpointStatus ?? '';
      if (status === 'ACTIVE' && (securityGroupIds === undefined || sameSet(securityGroupsOf(endpoint), securityGroupIds))) return endpoint;
      if (status !== 'ACTIVE' && !PENDING.has(status)) {
        throw new EndpointError(`endpoint ${name} is ${status || 'in no status'}, not on its way to ACTIVE`);
      }
      await this.pause(`endpoint ${name} is ${status}`);
    }
  }

  /** Waits one poll interval, or fails when the next poll would start past the deadline. */
  private async pause(state: string): Promise<void> {
    if (this.calls.now() + this.calls.pollMs + this.calls.callMs > this.calls.deadline) {
      throw new EndpointError(`${state} at the function's deadline: the handler stopped waiting (see the endpoint in the Redshift console)`);
    }
    await this.calls.sleep(this.calls.pollMs);
  }
}
