/**
 * An emulated CloudFormation stack for lifecycle tests of custom resources. It replays the order in which
 * CloudFormation sends events:
 *
 * - an update phase, in dependency order of the new template: creates, in-place updates, and replacements (a custom
 *   resource whose Update answers a new physical id);
 * - then a cleanup phase, in reverse dependency order of the old template: Deletes of the removed resources and of
 *   the old physical ids of replaced ones (a failed cleanup Delete does not fail the update);
 * - on a failure in the update phase, a rollback: in-place Updates back to the old properties (custom resources get
 *   an Update with the properties swapped), then the rollback cleanup: Deletes of what the update created, of the new
 *   physical ids of replaced resources and of a failed Create;
 * - stack deletion in reverse dependency order.
 *
 * `DeletionPolicy: Retain` skips a Delete. IAM policies take effect when their resource is created or updated, so a
 * handler's calls are judged by the policies deployed at that moment. A custom resource's handler must answer within
 * its function's timeout on the virtual clock.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html
 */
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { PolicyDocument, isAllowed } from './iam-policy';
import { VirtualClock } from './redshift-emulator';
import { CustomResourceEvent } from '../../lib/aws/private/handlers/cloudformation';

export interface Template {
  readonly Resources: Record<string, TemplateResource>;
  readonly [section: string]: unknown;
}

interface TemplateResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
  readonly DependsOn?: string | string[];
  readonly DeletionPolicy?: string;
  readonly Metadata?: Record<string, unknown>;
}

/** A deployed resource. */
interface Deployed {
  readonly type: string;
  readonly physicalId: string;
  readonly properties: Record<string, unknown>;
  readonly retain: boolean;
  readonly functionArn?: string;
}

/** A custom resource request as the emulator sends it (the protocol of the library's own handler). */
export type CustomResourceRequest = CustomResourceEvent<any>;

/** Runs a custom resource's handler for one request with the IAM policies of its function's role. */
export type CustomResourceHandler = (request: CustomResourceRequest, invocation: {
  readonly policies: () => PolicyDocument[];
  /** A CloudFormation client that answers `DescribeStacks` for this stack, if the function's role allows it. */
  readonly cloudFormation: CloudFormationClient;
  readonly remainingMs: () => number;
  readonly caller: string;
}) => Promise<{ Status: 'SUCCESS' | 'FAILED'; PhysicalResourceId: string; Reason?: string }>;

/** What happened to one resource. */
export interface StackEvent {
  readonly phase: 'update' | 'cleanup' | 'rollback' | 'rollback-cleanup' | 'delete';
  readonly logicalId: string;
  readonly action: 'Create' | 'Update' | 'Delete' | 'Retain';
  readonly physicalId?: string;
  readonly status: 'COMPLETE' | 'FAILED';
  readonly reason?: string;
}

export interface DeployResult {
  readonly status: 'UPDATE_COMPLETE' | 'UPDATE_ROLLBACK_COMPLETE' | 'UPDATE_ROLLBACK_FAILED' | 'DELETE_COMPLETE' | 'DELETE_FAILED';
  readonly events: StackEvent[];
}

/** Fails the update phase of a resource with this metadata key (to start a rollback). */
export const FAIL_ON_DEPLOY = 'test:FailOnDeploy';

/** A counter for unique stack, request and physical ids. */
let serial = 0;

export class EmulatedStack {
  public readonly stackId: string;
  /** The stack's status, as `DescribeStacks` answers it. */
  public status = 'REVIEW_IN_PROGRESS';
  /** Whether DescribeStacks no longer knows the stack (as 90 days after its deletion). */
  public forgotten = false;
  /** Every custom resource request sent, in order, to deliver one again (`redeliver`). */
  public readonly requests: CustomResourceRequest[] = [];
  /** Called after each resource's event, while the stack is in the status of that moment (e.g. to deliver a request late). */
  public afterEvent?: (event: StackEvent) => Promise<void>;
  private template: Template = { Resources: {} };
  private deployed = new Map<string, Deployed>();
  private readonly pseudo: Record<string, string>;

  constructor(private readonly options: {
    readonly name: string;
    readonly clock: VirtualClock;
    readonly handlers: Record<string, CustomResourceHandler>;
    /** Called for `AWS::Redshift::Snapshot` and other resources whose create or delete has a side effect. */
    readonly sideEffects?: Record<string, { create?(props: any): void; delete?(props: any): void }>;
    readonly account?: string;
    readonly region?: string;
  }) {
    const account = options.account ?? '111122223333';
    const region = options.region ?? 'eu-west-1';
    this.stackId = `arn:aws:cloudformation:${region}:${account}:stack/${options.name}/${String(++serial).padStart(8, '0')}-aaaa-bbbb-cccc-000000000000`;
    this.pseudo = {
      'AWS::Partition': 'aws',
      'AWS::Region': region,
      'AWS::AccountId': account,
      'AWS::URLSuffix': 'amazonaws.com',
      'AWS::StackName': options.name,
      'AWS::StackId': this.stackId,
    };
  }

  /** The physical id of a deployed resource. */
  public physicalId(logicalId: string): string | undefined {
    return this.deployed.get(logicalId)?.physicalId;
  }

  /** Deploys `next`: the update phase, then the cleanup phase, or a rollback. */
  public async deploy(next: Template): Promise<DeployResult> {
    const events: StackEvent[] = [];
    const previous = this.template;
    const before = new Map(this.deployed);
    const creating = before.size === 0;
    this.status = creating ? 'CREATE_IN_PROGRESS' : 'UPDATE_IN_PROGRESS';
    const order = dependencyOrder(next);
    // What the update phase did, for a rollback: [logicalId, the deployed state before it].
    const touched: [string, Deployed | undefined][] = [];
    const replaced: [string, Deployed][] = [];
    for (const logicalId of order) {
      const resource = next.Resources![logicalId];
      const old = this.deployed.get(logicalId);
      const properties = this.resolve(resource.Properties ?? {}) as Record<string, unknown>;
      const fail = resource.Metadata?.[FAIL_ON_DEPLOY] === true;
      if (old !== undefined && old.type === resource.Type && !fail && JSON.stringify(old.properties) === JSON.stringify(properties)) {
        this.deployed.set(logicalId, { ...old, retain: resource.DeletionPolicy === 'Retain' });
        continue;
      }
      touched.push([logicalId, old]);
      const action = old === undefined ? 'Create' : 'Update';
      const outcome = fail
        ? { ok: false as const, physicalId: old?.physicalId ?? `${logicalId}-failed`, reason: 'failed on purpose by the test' }
        : await this.apply(action, logicalId, resource, properties, old);
      await this.note(events, { phase: 'update', logicalId, action, physicalId: outcome.physicalId, status: outcome.ok ? 'COMPLETE' : 'FAILED', reason: outcome.reason });
      if (!outcome.ok) {
        if (action === 'Create') this.deployed.set(logicalId, this.record(resource, properties, outcome.physicalId));
        return this.rollback(previous, before, touched, events, creating);
      }
      if (old !== undefined && outcome.physicalId !== old.physicalId) replaced.push([logicalId, old]);
      this.deployed.set(logicalId, this.record(resource, properties, outcome.physicalId));
    }
    // The cleanup phase: the old template's resources that are gone or were replaced, dependents first.
    this.template = next;
    this.status = creating ? 'CREATE_COMPLETE' : 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS';
    for (const logicalId of dependencyOrder(previous).reverse()) {
      const gone = next.Resources?.[logicalId] === undefined ? before.get(logicalId) : undefined;
      const old = gone ?? replaced.find(([id]) => id === logicalId)?.[1];
      if (old === undefined) continue;
      if (gone) this.deployed.delete(logicalId);
      await this.note(events, await this.remove('cleanup', logicalId, old));
    }
    this.status = creating ? 'CREATE_COMPLETE' : 'UPDATE_COMPLETE';
    return { status: 'UPDATE_COMPLETE', events };
  }

  /** Deletes the stack: every resource, dependents first. */
  public async destroy(): Promise<DeployResult> {
    const events: StackEvent[] = [];
    this.status = 'DELETE_IN_PROGRESS';
    for (const logicalId of dependencyOrder(this.template).reverse()) {
      const old = this.deployed.get(logicalId);
      if (old === undefined) continue;
      await this.note(events, await this.remove('delete', logicalId, old));
      this.deployed.delete(logicalId);
    }
    this.template = { Resources: {} };
    this.status = events.some(e => e.status === 'FAILED') ? 'DELETE_FAILED' : 'DELETE_COMPLETE';
    return { status: this.status as DeployResult['status'], events };
  }

  /** The IAM policies of the role `roleLogicalId` as deployed now: its inline policies and attached AWS::IAM::Policy. */
  public policiesOf(roleLogicalId: string): PolicyDocument[] {
    const role = this.deployed.get(roleLogicalId);
    if (role === undefined) return [];
    const inline = ((role.properties.Policies ?? []) as { PolicyDocument: PolicyDocument }[]).map(p => p.PolicyDocument);
    const attached = [...this.deployed.values()]
      .filter(r => r.type === 'AWS::IAM::Policy' && ((r.properties.Roles ?? []) as string[]).includes(role.physicalId))
      .map(r => r.properties.PolicyDocument as PolicyDocument);
    return [...inline, ...attached];
  }

  /** A CloudFormation client that answers `DescribeStacks` of this stack when `policies()` allow it. */
  public cloudFormationClient(policies: () => PolicyDocument[]): CloudFormationClient {
    const send = async (command: unknown) => {
      if (!(command instanceof DescribeStacksCommand) || command.input.StackName !== this.stackId) {
        throw new Error('the CloudFormation emulator answers DescribeStacks of its own stack only');
      }
      if (!isAllowed(policies(), { action: 'cloudformation:DescribeStacks', resource: this.stackId })) {
        throw Object.assign(new Error(`not authorized to perform cloudformation:DescribeStacks on ${this.stackId}`), { name: 'AccessDenied' });
      }
      if (this.forgotten) throw Object.assign(new Error(`Stack with id ${this.stackId} does not exist`), { name: 'ValidationError' });
      return { Stacks: [{ StackId: this.stackId, StackName: this.options.name, StackStatus: this.status }] };
    };
    return { send } as unknown as CloudFormationClient;
  }

  /**
   * Delivers `request` again, as Lambda may deliver an asynchronous event more than once, to the function that serves
   * it if that still exists, with its role's policies as deployed now; returns the answer.
   */
  public async redeliver(request: CustomResourceRequest): Promise<{ Status: 'SUCCESS' | 'FAILED'; PhysicalResourceId: string; Reason?: string }> {
    const invocation = this.invocationFor(request.ResourceType, String(request.ResourceProperties.ServiceToken));
    if (invocation === undefined) throw new Error(`no function answers ${request.ResourceProperties.ServiceToken} any more`);
    return this.options.handlers[request.ResourceType](request, { ...invocation, caller: `${this.options.name}/${request.LogicalResourceId} (again)` });
  }

  private async note(events: StackEvent[], event: StackEvent): Promise<void> {
    events.push(event);
    await this.afterEvent?.(event);
  }

  private async rollback(previous: Template, before: Map<string, Deployed>, touched: [string, Deployed | undefined][],
    events: StackEvent[], creating: boolean): Promise<DeployResult> {
    let failed = false;
    this.status = creating ? 'ROLLBACK_IN_PROGRESS' : 'UPDATE_ROLLBACK_IN_PROGRESS';
    // Back to the old template, in its dependency order: what was updated goes back to its old properties.
    const undoOrder = dependencyOrder(previous).filter(id => touched.some(([t, old]) => t === id && old !== undefined));
    const rollbackCleanup: [string, Deployed][] = [];
    for (const logicalId of undoOrder) {
      const old = touched.find(([t]) => t === logicalId)![1]!;
      const current = this.deployed.get(logicalId)!;
      const outcome = await this.apply('Update', logicalId, previous.Resources[logicalId], old.properties, current);
      await this.note(events, { phase: 'rollback', logicalId, action: 'Update', physicalId: outcome.physicalId, status: outcome.ok ? 'COMPLETE' : 'FAILED', reason: outcome.reason });
      failed ||= !outcome.ok;
      if (current.physicalId !== old.physicalId) rollbackCleanup.push([logicalId, current]);
      this.deployed.set(logicalId, old);
    }
    // The rollback cleanup: what the update created (a failed Create included), dependents first.
    if (!creating) this.status = 'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS';
    const created = touched.filter(([, old]) => old === undefined).map(([id]) => id);
    const newOrder = [...touched.map(([id]) => id)].reverse();
    for (const logicalId of newOrder) {
      const current = created.includes(logicalId) ? this.deployed.get(logicalId) : rollbackCleanup.find(([id]) => id === logicalId)?.[1];
      if (current === undefined) continue;
      await this.note(events, await this.remove('rollback-cleanup', logicalId, { ...current, retain: false }));
      if (created.includes(logicalId)) this.deployed.delete(logicalId);
    }
    this.deployed = new Map(before);
    this.template = previous;
    this.status = failed ? 'UPDATE_ROLLBACK_FAILED' : creating ? 'ROLLBACK_COMPLETE' : 'UPDATE_ROLLBACK_COMPLETE';
    return { status: failed ? 'UPDATE_ROLLBACK_FAILED' : 'UPDATE_ROLLBACK_COMPLETE', events };
  }

  private async remove(phase: StackEvent['phase'], logicalId: string, resource: Deployed): Promise<StackEvent> {
    if (resource.retain) return { phase, logicalId, action: 'Retain', physicalId: resource.physicalId, status: 'COMPLETE' };
    const outcome = await this.apply('Delete', logicalId, { Type: resource.type }, resource.properties, resource);
    return { phase, logicalId, action: 'Delete', physicalId: resource.physicalId, status: outcome.ok ? 'COMPLETE' : 'FAILED', reason: outcome.reason };
  }

  private record(resource: TemplateResource, properties: Record<string, unknown>, physicalId: string): Deployed {
    const functionArn = resource.Type === 'AWS::Lambda::Function'
      ? `arn:aws:lambda:${this.pseudo['AWS::Region']}:${this.pseudo['AWS::AccountId']}:function:${physicalId}` : undefined;
    return { type: resource.Type, physicalId, properties, retain: resource.DeletionPolicy === 'Retain', functionArn };
  }

  /** Carries out one request on one resource; custom resources go to their handler. */
  private async apply(action: 'Create' | 'Update' | 'Delete', logicalId: string, resource: TemplateResource,
    properties: Record<string, unknown>, old: Deployed | undefined): Promise<{ ok: boolean; physicalId: string; reason?: string }> {
    const type = resource.Type;
    const handler = this.options.handlers[type];
    if (handler === undefined) {
      const effect = this.options.sideEffects?.[type];
      try {
        if (action === 'Create') effect?.create?.(properties);
        if (action === 'Delete') effect?.delete?.(properties);
      } catch (e) {
        return { ok: false, physicalId: old?.physicalId ?? logicalId, reason: (e as Error).message };
      }
      return { ok: true, physicalId: old?.physicalId ?? this.physicalIdFor(logicalId, type, properties) };
    }
    const serviceToken = String(properties.ServiceToken);
    const invocation = this.invocationFor(type, serviceToken);
    if (invocation === undefined) return { ok: false, physicalId: old?.physicalId ?? '', reason: `no function answers ${serviceToken}` };
    const { ServiceToken: _, ...rest } = properties;
    void _;
    const request: CustomResourceRequest = {
      RequestType: action,
      ResponseURL: 'https://cloudformation-custom-resource-response.example/signed',
      StackId: this.stackId,
      RequestId: `request-${++serial}`,
      LogicalResourceId: logicalId,
      ResourceType: type,
      ...(old !== undefined && { PhysicalResourceId: old.physicalId }),
      ResourceProperties: { ServiceToken: serviceToken, ...rest },
      ...(action === 'Update' && old !== undefined && { OldResourceProperties: old.properties }),
    };
    this.requests.push(request);
    const response = await handler(request, { ...invocation, caller: `${this.options.name}/${logicalId}` });
    invocation.checkTimeout(logicalId);
    return { ok: response.Status === 'SUCCESS', physicalId: response.PhysicalResourceId, reason: response.Reason };
  }

  /** How the function of `serviceToken` runs a request now: its role's policies, its clients, its deadline. */
  private invocationFor(type: string, serviceToken: string) {
    const fn = [...this.deployed.values()].find(r => r.functionArn === serviceToken);
    if (fn === undefined || this.options.handlers[type] === undefined) return undefined;
    const roleId = [...this.deployed].find(([, r]) => r.type === 'AWS::IAM::Role' && `arn:aws:iam::${this.pseudo['AWS::AccountId']}:role/${r.physicalId}` === fn.properties.Role)?.[0];
    const start = this.options.clock.now();
    const timeoutMs = Number(fn.properties.Timeout ?? 3) * 1000;
    const policies = () => roleId === undefined ? [] : this.policiesOf(roleId);
    return {
      policies,
      cloudFormation: this.cloudFormationClient(policies),
      remainingMs: () => start + timeoutMs - this.options.clock.now(),
      checkTimeout: (logicalId: string) => {
        if (this.options.clock.now() > start + timeoutMs) {
          throw new Error(`${logicalId}: the handler answered ${this.options.clock.now() - start} ms after the request, past the function's ${timeoutMs} ms timeout`);
        }
      },
    };
  }

  private physicalIdFor(logicalId: string, type: string, properties: Record<string, unknown>): string {
    if (type === 'AWS::Redshift::Snapshot') return String(properties.SnapshotIdentifier);
    return `${this.options.name}-${logicalId}-${String(++serial).padStart(6, '0')}`;
  }

  /** Resolves the intrinsic functions the library's templates use, from the deployed resources. */
  private resolve(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(v => this.resolve(v));
    if (value === null || typeof value !== 'object') return value;
    const object = value as Record<string, unknown>;
    const [key] = Object.keys(object);
    if (Object.keys(object).length === 1) {
      const argument = object[key];
      switch (key) {
        case 'Ref': return this.pseudo[argument as string] ?? this.deployed.get(argument as string)?.physicalId ?? `<unresolved Ref ${argument}>`;
        case 'Fn::GetAtt': return this.attribute(...(argument as [string, string]));
        case 'Fn::Join': {
          const [separator, parts] = argument as [string, unknown[]];
          return (this.resolve(parts) as unknown[]).join(separator);
        }
        case 'Fn::Sub': {
          const text = Array.isArray(argument) ? argument[0] as string : argument as string;
          return text.replace(/\$\{([^}]+)\}/g, (_, name: string) => String(name.includes('.')
            ? this.attribute(...(name.split('.') as [string, string])) : this.resolve({ Ref: name })));
        }
        default:
          if (key.startsWith('Fn::')) throw new Error(`the CloudFormation emulator does not resolve ${key}`);
      }
    }
    return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, this.resolve(v)]));
  }

  private attribute(logicalId: string, name: string): string {
    const resource = this.deployed.get(logicalId);
    const { 'AWS::Region': region, 'AWS::AccountId': account } = this.pseudo;
    if (resource === undefined) return `<unresolved ${logicalId}.${name}>`;
    if (name === 'Arn') {
      switch (resource.type) {
        case 'AWS::Lambda::Function': return `arn:aws:lambda:${region}:${account}:function:${resource.physicalId}`;
        case 'AWS::IAM::Role': return `arn:aws:iam::${account}:role/${resource.physicalId}`;
        case 'AWS::Logs::LogGroup': return `arn:aws:logs:${region}:${account}:log-group:${resource.physicalId}:*`;
        case 'AWS::KMS::Key': return `arn:aws:kms:${region}:${account}:key/${resource.physicalId}`;
        default: return `arn:aws:${resource.type}:${region}:${account}:${resource.physicalId}`;
      }
    }
    return `${resource.physicalId}.${name}`;
  }
}

/** The logical ids of `template` in dependency order (dependencies first; ties in template order). */
export function dependencyOrder(template: Template): string[] {
  const ids = Object.keys(template.Resources ?? {});
  const dependencies = new Map(ids.map(id => [id, referencesOf(template.Resources[id], ids)]));
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < ids.length) {
    const ready = ids.find(id => !placed.has(id) && [...dependencies.get(id)!].every(d => placed.has(d)));
    if (ready === undefined) throw new Error('the template has a dependency cycle');
    ordered.push(ready);
    placed.add(ready);
  }
  return ordered;
}

function referencesOf(resource: TemplateResource, ids: string[]): Set<string> {
  const found = new Set<string>([resource.DependsOn ?? []].flat());
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'Ref' && typeof inner === 'string' && ids.includes(inner)) {
        found.add(inner);
      } else if (key === 'Fn::GetAtt') {
        found.add((inner as string[])[0]);
      } else if (key === 'Fn::Sub') {
        const text = Array.isArray(inner) ? inner[0] as string : inner as string;
        for (const [, name] of text.matchAll(/\$\{([^}.]+)[^}]*\}/g)) {
          if (ids.includes(name)) found.add(name);
        }
      } else {
        visit(inner);
      }
    }
  };
  visit(resource.Properties);
  return found;
}
