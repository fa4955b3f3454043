/**
 * An emulated Redshift Serverless for the managed VPC endpoint lifecycle tests: workgroups (of this account or
 * another), endpoints that take time to become ACTIVE and to go away, one endpoint per name in the account, the
 * errors the API answers, and IAM enforced on every call against the caller's policies as deployed at that moment.
 *
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateEndpointAccess.html
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_GetEndpointAccess.html
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_UpdateEndpointAccess.html
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_DeleteEndpointAccess.html
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_PutResourcePolicy.html
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonredshiftserverless.html
 */
import {
  CreateEndpointAccessCommand, DeleteEndpointAccessCommand, DeleteResourcePolicyCommand, EndpointAccess, GetEndpointAccessCommand,
  GetResourcePolicyCommand, GetWorkgroupCommand, PutResourcePolicyCommand, RedshiftServerlessClient, UpdateEndpointAccessCommand,
} from '@aws-sdk/client-redshift-serverless';
import { PolicyDocument, isAllowed } from './iam-policy';
import { VirtualClock } from './redshift-emulator';

interface Workgroup {
  readonly account: string;
  readonly name: string;
  readonly id: string;
  readonly port: number;
  /** The resource policy, as put (a put replaces it whole). */
  policy?: string;
}

interface Endpoint {
  readonly name: string;
  readonly id: string;
  readonly workgroup: Workgroup;
  readonly subnetIds: string[];
  securityGroupIds: string[];
  status: 'CREATING' | 'ACTIVE' | 'MODIFYING' | 'DELETING';
  /** When the current transition ends, on the virtual clock. */
  until: number;
}

function fault(name: string, message = name): Error {
  return Object.assign(new Error(message), { name, $metadata: {} });
}

let serial = 0;

export class EmulatedRedshiftServerless {
  public readonly clock = new VirtualClock();
  /** Each endpoint created, by name, in order (a replacement under the same name appears twice). */
  public readonly created: string[] = [];
  /** Calls made by a caller after its handler answered: must stay empty. */
  public readonly callsAfterClose: string[] = [];
  /** How long an endpoint takes to become ACTIVE, to be modified and to be deleted. */
  public createMs = 4 * 60_000;
  public modifyMs = 60_000;
  public deleteMs = 2 * 60_000;
  /** Called after each PutResourcePolicy, e.g. to play another writer that races with the handler. */
  public afterPut?: (workgroup: string) => void;
  private readonly workgroups = new Map<string, Workgroup>();
  /** Snapshots by ARN, with their resource policies. */
  private readonly snapshots = new Map<string, { policy?: string }>();
  private readonly endpoints = new Map<string, Endpoint>();

  constructor(public readonly account = '111122223333', public readonly region = 'eu-west-1') {}

  /** Creates a workgroup (in another account when `account` is given). */
  public createWorkgroup(name: string, account = this.account, port = 5439): void {
    this.workgroups.set(`${account}/${name}`, { account, name, port, id: `00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}` });
  }

  /** Deletes a workgroup and, as the service does, its endpoints. */
  public deleteWorkgroup(name: string, account = this.account): void {
    this.workgroups.delete(`${account}/${name}`);
    for (const [key, endpoint] of this.endpoints) {
      if (endpoint.workgroup.name === name && endpoint.workgroup.account === account) this.endpoints.delete(key);
    }
  }

  /** The statements of a workgroup's resource policy (none when it has no policy). */
  public statementsOf(name: string, account = this.account): any[] {
    const policy = this.workgroups.get(`${account}/${name}`)?.policy;
    return policy === undefined ? [] : [JSON.parse(policy).Statement].flat();
  }

  /** Creates a snapshot (as CreateSnapshot would); returns its ARN. */
  public createSnapshot(): string {
    const arn = this.arn('snapshot', `00000000-0000-4000-9000-${String(++serial).padStart(12, '0')}`);
    this.snapshots.set(arn, {});
    return arn;
  }

  /** Deletes a snapshot, and with it its policy. */
  public deleteSnapshot(arn: string): void {
    this.snapshots.delete(arn);
  }

  /** The accounts each statement of a snapshot's policy lets restore it, by Sid (foreign statements included). */
  public restoreGrantsOf(arn: string): string[][] {
    const policy = this.snapshots.get(arn)?.policy;
    return policy === undefined ? [] : [JSON.parse(policy).Statement].flat().map((st: any) => [st.Sid, ...[st.Principal.AWS].flat()]);
  }

  /** Puts a snapshot's resource policy as someone else would. */
  public putSnapshotPolicy(arn: string, statements: object[]): void {
    this.snapshots.get(arn)!.policy = JSON.stringify({ Version: '2012-10-17', Statement: statements });
  }

  /** Puts a workgroup's resource policy as someone else would (outside the library). */
  public putPolicy(name: string, statements: object[]): void {
    this.workgroups.get(`${this.account}/${name}`)!.policy = JSON.stringify({ Version: '2012-10-17', Statement: statements });
  }

  /** The endpoints as they are now: name, workgroup, subnets, security groups and status. */
  public endpointsNow(): { name: string; workgroup: string; subnets: string[]; securityGroups: string[]; status: string }[] {
    this.advance();
    return [...this.endpoints.values()].map(e => ({
      name: e.name, workgroup: `${e.workgroup.account}/${e.workgroup.name}`, subnets: e.subnetIds, securityGroups: e.securityGroupIds, status: e.status,
    }));
  }

  /** A client for one handler invocation, judged by `policies()`; `close()` marks the invocation as answered. */
  public clientFor(caller: string, policies: () => PolicyDocument[]): { client: RedshiftServerlessClient; close: () => void } {
    let closed = false;
    const send = async (command: unknown) => {
      const name = (command as { constructor: { name: string } }).constructor.name.replace(/Command$/, '');
      if (closed) this.callsAfterClose.push(`${caller}: ${name}`);
      await this.clock.sleep(200);
      this.advance();
      return this.answer(command, policies());
    };
    return { client: { send } as unknown as RedshiftServerlessClient, close: () => { closed = true; } };
  }

  private answer(command: unknown, policies: PolicyDocument[]): unknown {
    const authorize = (action: string, resource: string) => {
      if (!isAllowed(policies, { action: `redshift-serverless:${action}`, resource })) {
        throw fault('AccessDeniedException', `not authorized to perform redshift-serverless:${action} on ${resource}`);
      }
    };
    if (command instanceof CreateEndpointAccessCommand) {
      const input = command.input;
      const owner = input.ownerAccount ?? this.account;
      const workgroup = this.workgroups.get(`${owner}/${input.workgroupName}`);
      // The managed VPC endpoint is the only resource type the Service Authorization Reference lists for the action.
      authorize('CreateEndpointAccess', this.arn('managedvpcendpoint', '*'));
      if (workgroup === undefined) throw fault('ResourceNotFoundException', `Serverless workgroup ${input.workgroupName} not found`);
      if (!input.subnetIds || input.subnetIds.length === 0) throw fault('ValidationException', 'subnetIds must not be empty');
      if (this.endpoints.has(input.endpointName!)) throw fault('ConflictException', `Endpoint ${input.endpointName} already exists`);
      const endpoint: Endpoint = {
        name: input.endpointName!,
        id: `ep-${++serial}`,
        workgroup,
        subnetIds: [...input.subnetIds],
        securityGroupIds: [...input.vpcSecurityGroupIds ?? []],
        status: 'CREATING',
        until: this.clock.now() + this.createMs,
      };
      this.endpoints.set(endpoint.name, endpoint);
      this.created.push(endpoint.name);
      return { endpoint: this.describe(endpoint) };
    }
    if (command instanceof GetWorkgroupCommand) {
      const workgroup = this.workgroups.get(`${this.account}/${command.input.workgroupName}`);
      authorize('GetWorkgroup', this.arn('workgroup', workgroup?.id ?? 'unknown'));
      if (workgroup === undefined) throw fault('ResourceNotFoundException', `Workgroup ${command.input.workgroupName} not found`);
      return { workgroup: { workgroupName: workgroup.name, workgroupId: workgroup.id, workgroupArn: this.arn('workgroup', workgroup.id) } };
    }
    if ([GetResourcePolicyCommand, PutResourcePolicyCommand, DeleteResourcePolicyCommand].some(type => command instanceof type)) {
      return this.answerPolicy(command as GetResourcePolicyCommand | PutResourcePolicyCommand | DeleteResourcePolicyCommand, authorize);
    }
    const name = (command as { input: { endpointName?: string } }).input.endpointName!;
    const endpoint = this.endpoints.get(name);
    const arn = this.arn('managedvpcendpoint', endpoint?.id ?? 'unknown');
    if (command instanceof GetEndpointAccessCommand) {
      authorize('GetEndpointAccess', arn);
      if (endpoint === undefined) throw fault('ResourceNotFoundException', `Endpoint ${name} not found`);
      return { endpoint: this.describe(endpoint) };
    }
    if (command instanceof UpdateEndpointAccessCommand) {
      authorize('UpdateEndpointAccess', arn);
      if (endpoint === undefined) throw fault('ResourceNotFoundException', `Endpoint ${name} not found`);
      if (endpoint.status !== 'ACTIVE') throw fault('ConflictException', `Endpoint ${name} is ${endpoint.status}`);
      endpoint.securityGroupIds = [...command.input.vpcSecurityGroupIds ?? endpoint.securityGroupIds];
      Object.assign(endpoint, { status: 'MODIFYING', until: this.clock.now() + this.modifyMs });
      return { endpoint: this.describe(endpoint) };
    }
    if (command instanceof DeleteEndpointAccessCommand) {
      authorize('DeleteEndpointAccess', arn);
      if (endpoint === undefined) throw fault('ResourceNotFoundException', `Endpoint ${name} not found`);
      if (endpoint.status !== 'DELETING') Object.assign(endpoint, { status: 'DELETING', until: this.clock.now() + this.deleteMs });
      return { endpoint: this.describe(endpoint) };
    }
    throw new Error(`the Redshift Serverless emulator does not answer ${(command as object).constructor.name}`);
  }

  private answerPolicy(command: GetResourcePolicyCommand | PutResourcePolicyCommand | DeleteResourcePolicyCommand,
    authorize: (action: string, resource: string) => void): unknown {
    const arn = command.input.resourceArn!;
    const action = command.constructor.name.replace(/Command$/, '');
    // The Service Authorization Reference lists no resource type for the three policy actions: IAM judges them on "*",
    // which a statement allows only with Resource "*".
    authorize(action, '*');
    // A workgroup or a snapshot: both hold a policy the same way.
    const workgroup = [...this.workgroups.values()].find(w => this.arn('workgroup', w.id) === arn) ?? this.snapshots.get(arn);
    if (workgroup === undefined) throw fault('ResourceNotFoundException', `Resource ${arn} does not exist`);
    if (command instanceof GetResourcePolicyCommand) {
      if (workgroup.policy === undefined) throw fault('ResourceNotFoundException', `The resource policy for ${arn} does not exist`);
      return { resourcePolicy: { resourceArn: arn, policy: workgroup.policy } };
    }
    if (command instanceof PutResourcePolicyCommand) {
      JSON.parse(command.input.policy!);
      workgroup.policy = command.input.policy;
      if ('name' in workgroup) this.afterPut?.(workgroup.name as string);
      return { resourcePolicy: { resourceArn: arn, policy: workgroup.policy } };
    }
    if (workgroup.policy === undefined) throw fault('ResourceNotFoundException', `The resource policy for ${arn} does not exist`);
    workgroup.policy = undefined;
    return {};
  }

  /** Moves every endpoint past the transitions whose time has come. */
  private advance(): void {
    const now = this.clock.now();
    for (const [key, endpoint] of this.endpoints) {
      if (endpoint.until > now) continue;
      if (endpoint.status === 'DELETING') this.endpoints.delete(key);
      else endpoint.status = 'ACTIVE';
    }
  }

  private describe(endpoint: Endpoint): EndpointAccess {
    return {
      endpointName: endpoint.name,
      endpointStatus: endpoint.status,
      workgroupName: endpoint.workgroup.name,
      subnetIds: endpoint.subnetIds,
      vpcSecurityGroups: endpoint.securityGroupIds.map(id => ({ vpcSecurityGroupId: id, status: 'active' })),
      endpointArn: this.arn('managedvpcendpoint', endpoint.id),
      address: `${endpoint.name}-endpoint-${endpoint.id}.${endpoint.workgroup.account}.${this.region}.redshift-serverless.amazonaws.com`,
      port: endpoint.workgroup.port,
      vpcEndpoint: {
        vpcEndpointId: `vpce-${endpoint.id}`,
        vpcId: 'vpc-0123456789abcdef0',
        networkInterfaces: [{ networkInterfaceId: `eni-${endpoint.id}`, subnetId: endpoint.subnetIds[0] }],
      },
    };
  }

  private arn(resource: string, id: string): string {
    return `arn:aws:redshift-serverless:${this.region}:${this.account}:${resource}/${id}`;
  }
}
