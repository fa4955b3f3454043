/**
 * An emulated Redshift for the snapshot-share lifecycle tests: manual snapshots with their grants and tags, the
 * errors Redshift answers, IAM enforced on every call against the caller's policies as deployed at that moment,
 * throttling and hanging calls on demand, and a virtual clock.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeSnapshotAccess.html
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_RevokeSnapshotAccess.html
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeClusterSnapshots.html
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateTags.html
 */
import {
  AuthorizeSnapshotAccessCommand,
  CreateTagsCommand,
  DeleteTagsCommand,
  DescribeClusterSnapshotsCommand,
  RedshiftClient,
  RevokeSnapshotAccessCommand,
} from '@aws-sdk/client-redshift';
import { PolicyDocument, isAllowed } from './iam-policy';

/** The per-snapshot limit of accounts with restore access. */
const MAX_GRANTS = 20;
/** Redshift's limit of tags per resource. */
const MAX_TAGS = 50;

interface EmulatedSnapshot {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  readonly cluster: string;
  readonly identifier: string;
  readonly grants: Set<string>;
  readonly tags: Map<string, string>;
}

/** A time source that only moves when told to. */
export class VirtualClock {
  private time = 1_700_000_000_000;
  public readonly now = (): number => this.time;
  public readonly sleep = async (ms: number): Promise<void> => {
    this.time += Math.max(0, ms);
    await Promise.resolve();
  };
}

/** A call the emulator answered, for assertions. */
export interface CallRecord {
  readonly action: string;
  readonly account?: string;
  readonly outcome: string;
  readonly caller: string;
}

function fault(name: string, message = name): Error {
  return Object.assign(new Error(message), { name, $metadata: {} });
}

export class EmulatedRedshift {
  public readonly clock = new VirtualClock();
  public readonly calls: CallRecord[] = [];
  /** Calls made by a caller after it was closed (its handler had answered): must stay empty. */
  public readonly callsAfterClose: CallRecord[] = [];
  /** Milliseconds each call takes, on the virtual clock. */
  public latencyMs = 200;
  /** The most calls one caller had in flight at once. */
  public maxInFlight = 0;
  private readonly snapshots = new Map<string, EmulatedSnapshot>();
  private readonly faults: { action: string; account?: string; error: string; times: number }[] = [];
  private readonly hangs: { action: string; account?: string; times: number }[] = [];

  constructor(private readonly partition = 'aws', private readonly region = 'eu-west-1', private readonly account = '111122223333') {}

  /** Creates a manual snapshot (as `CreateClusterSnapshot` would). */
  public createSnapshot(cluster: string, identifier: string): string {
    const snapshot: EmulatedSnapshot = {
      partition: this.partition, region: this.region, account: this.account, cluster, identifier, grants: new Set(), tags: new Map(),
    };
    this.snapshots.set(identifier.toLowerCase(), snapshot);
    return this.arnOf(snapshot);
  }

  /** Deletes a snapshot; Redshift refuses while accounts still have access. */
  public deleteSnapshot(identifier: string): void {
    const snapshot = this.snapshots.get(identifier.toLowerCase());
    if (snapshot === undefined) return;
    if (snapshot.grants.size > 0) throw fault('InvalidClusterSnapshotStateFault', `snapshot ${identifier} is shared with ${[...snapshot.grants].join(', ')}`);
    this.snapshots.delete(identifier.toLowerCase());
  }

  /** The accounts with access to a snapshot, sorted. */
  public grantsOf(identifier: string): string[] {
    return [...this.snapshots.get(identifier.toLowerCase())?.grants ?? []].sort();
  }

  /** A snapshot's tags. */
  public tagsOf(identifier: string): Record<string, string> {
    return Object.fromEntries(this.snapshots.get(identifier.toLowerCase())?.tags ?? []);
  }

  /** Grants access outside CloudFormation (by hand). */
  public grantByHand(identifier: string, account: string): void {
    this.snapshots.get(identifier.toLowerCase())!.grants.add(account);
  }

  /** The next `times` calls of `action` (for `account`, if given) fail with `error`. */
  public failNext(action: string, error: string, times = 1, account?: string): void {
    this.faults.push({ action, account, error, times });
  }

  /** The next `times` calls of `action` (for `account`, if given) never answer until aborted. */
  public hangNext(action: string, times = 1, account?: string): void {
    this.hangs.push({ action, account, times });
  }

  /**
   * A client whose calls are allowed by `policies()` (read at each call: the policies as deployed at that moment).
   * `close()` marks the end of its handler's request: any later call is recorded in `callsAfterClose`.
   */
  public clientFor(caller: string, policies: () => PolicyDocument[]): { client: RedshiftClient; close: () => void } {
    let closed = false;
    let inFlight = 0;
    const send = async (command: unknown, options: { abortSignal?: AbortSignal } = {}): Promise<unknown> => {
      const { action, account } = this.describeCall(command);
      const record = (outcome: string) => {
        const entry = { action, account, outcome, caller };
        this.calls.push(entry);
        if (closed) this.callsAfterClose.push(entry);
      };
      inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, inFlight);
      try {
        await this.clock.sleep(this.latencyMs);
        if (this.take(this.hangs, action, account)) {
          record('hung');
          await new Promise<never>((_, reject) => options.abortSignal?.addEventListener('abort', () => reject(fault('AbortError'))));
        }
        const injected = this.take(this.faults, action, account);
        if (injected) {
          record(injected.error);
          throw fault(injected.error);
        }
        try {
          const answer = this.execute(command, policies());
          record('ok');
          return answer;
        } catch (e) {
          record((e as Error).name);
          throw e;
        }
      } finally {
        inFlight--;
      }
    };
    return { client: { send } as unknown as RedshiftClient, close: () => { closed = true; } };
  }

  private take<T extends { action: string; account?: string; times: number }>(list: T[], action: string, account?: string): T | undefined {
    const found = list.find(f => f.action === action && f.times > 0 && (f.account === undefined || f.account === account));
    if (found) found.times--;
    return found;
  }

  private describeCall(command: unknown): { action: string; account?: string } {
    const input = (command as { input: Record<string, unknown> }).input;
    return { action: (command as object).constructor.name.replace(/Command$/, ''), account: input.AccountWithRestoreAccess as string | undefined };
  }

  private execute(command: unknown, policies: PolicyDocument[]): unknown {
    const allow = (action: string, resource: string, context?: Record<string, string | string[]>) => {
      if (!isAllowed(policies, { action: `redshift:${action}`, resource, context })) {
        throw fault('AccessDenied', `not authorized to perform redshift:${action} on ${resource}`);
      }
    };
    if (command instanceof AuthorizeSnapshotAccessCommand || command instanceof RevokeSnapshotAccessCommand) {
      const input = command.input;
      const action = command instanceof AuthorizeSnapshotAccessCommand ? 'AuthorizeSnapshotAccess' : 'RevokeSnapshotAccess';
      const named = this.byParameters(input.SnapshotArn, input.SnapshotIdentifier, input.SnapshotClusterIdentifier);
      // IAM is checked against the snapshot's ARN; for a snapshot that is gone, against what the request names.
      allow(action, named.snapshot ? this.arnOf(named.snapshot) : named.requestedArn);
      const snapshot = named.snapshot;
      if (snapshot === undefined) throw fault('ClusterSnapshotNotFoundFault');
      const account = input.AccountWithRestoreAccess!;
      if (action === 'AuthorizeSnapshotAccess') {
        if (snapshot.grants.has(account)) throw fault('AuthorizationAlreadyExistsFault');
        if (snapshot.grants.size >= MAX_GRANTS) throw fault('AuthorizationQuotaExceededFault');
        snapshot.grants.add(account);
      } else {
        if (!snapshot.grants.delete(account)) throw fault('AuthorizationNotFoundFault');
      }
      return {};
    }
    if (command instanceof DescribeClusterSnapshotsCommand) {
      allow('DescribeClusterSnapshots', '*');
      const { SnapshotIdentifier, ClusterIdentifier } = command.input;
      const snapshot = this.snapshots.get((SnapshotIdentifier ?? '').toLowerCase());
      if (snapshot === undefined || (ClusterIdentifier !== undefined && ClusterIdentifier !== snapshot.cluster)) {
        throw fault('ClusterSnapshotNotFoundFault');
      }
      return {
        Snapshots: [{
          SnapshotIdentifier: snapshot.identifier,
          ClusterIdentifier: snapshot.cluster,
          SnapshotArn: this.arnOf(snapshot),
          SnapshotType: 'manual',
          AccountsWithRestoreAccess: [...snapshot.grants].map(a => a === 'amazon-redshift-support' ? { AccountAlias: a } : { AccountId: a }),
          Tags: [...snapshot.tags].map(([Key, Value]) => ({ Key, Value })),
        }],
      };
    }
    if (command instanceof CreateTagsCommand || command instanceof DeleteTagsCommand) {
      const resource = command.input.ResourceName!;
      const keys = command instanceof CreateTagsCommand ? command.input.Tags!.map(t => t.Key!) : command.input.TagKeys!;
      allow(command instanceof CreateTagsCommand ? 'CreateTags' : 'DeleteTags', resource, { 'aws:TagKeys': keys });
      const snapshot = [...this.snapshots.values()].find(s => this.arnOf(s) === resource);
      if (snapshot === undefined) throw fault('ResourceNotFoundFault');
      if (command instanceof CreateTagsCommand) {
        for (const tag of command.input.Tags!) {
          if (tag.Key!.length > 128 || (tag.Value ?? '').length > 256) throw fault('InvalidTagFault');
          snapshot.tags.set(tag.Key!, tag.Value ?? '');
        }
        if (snapshot.tags.size > MAX_TAGS) throw fault('TagLimitExceededFault');
      } else {
        keys.forEach(k => snapshot.tags.delete(k));
      }
      return {};
    }
    throw new Error(`the Redshift emulator does not know ${(command as object).constructor.name}`);
  }

  private byParameters(arn?: string, identifier?: string, cluster?: string): { snapshot?: EmulatedSnapshot; requestedArn: string } {
    const parts = arn === undefined ? undefined : /:snapshot:([^/]+)\/(.+)$/.exec(arn);
    const name = identifier ?? parts?.[2] ?? '';
    const snapshot = this.snapshots.get(name.toLowerCase());
    const requestedArn = arn ?? `arn:${this.partition}:redshift:${this.region}:${this.account}:snapshot:${cluster ?? '*'}/${name}`;
    if (snapshot !== undefined && (cluster ?? parts?.[1] ?? snapshot.cluster) !== snapshot.cluster) return { requestedArn };
    return { snapshot, requestedArn };
  }

  private arnOf(s: EmulatedSnapshot): string {
    return `arn:${s.partition}:redshift:${s.region}:${s.account}:snapshot:${s.cluster}/${s.identifier}`;
  }
}
