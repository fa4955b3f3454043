/**
 * What a `Custom::RedshiftSnapshotShare` request does to a snapshot's grants.
 *
 * Every grant a share declares is recorded in the share's claim tag on the snapshot (see `ownership.ts`) *before* it is
 * authorized, and a claim is dropped *before* its accounts are revoked; an account is revoked only when no other claim
 * holds it, and re-authorized if another claim appeared while it was being revoked. So a rename, a move between
 * shares, or two shares of one snapshot and account never take away access that a live share declares.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeSnapshotAccess.html
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_RevokeSnapshotAccess.html
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeClusterSnapshots.html
 */
// The Lambda Node.js runtime provides the SDK v3 clients; the package declares it only for development.
// eslint-disable-next-line import/no-extraneous-dependencies
import {
  AuthorizeSnapshotAccessCommand,
  CreateTagsCommand,
  DeleteTagsCommand,
  DescribeClusterSnapshotsCommand,
  RedshiftClient,
  RevokeSnapshotAccessCommand,
} from '@aws-sdk/client-redshift';
import { CallRunner, CallTimeoutError, Outcome, errorName, errorText, runBounded } from '../calls';
import { RequestError } from '../envelope';
import { Claim, SHAREABLE_ACCOUNT, accountsOfClaim, claimsOf, encodeClaim } from './ownership';

/** The properties of a share, as CloudFormation sends them. */
export interface SnapshotShareProperties {
  readonly ServiceToken?: string;
  readonly SnapshotIdentifier?: string;
  readonly SnapshotArn?: string;
  readonly SnapshotClusterIdentifier?: string;
  readonly Accounts?: string[];
}

/** A failure reported with its own message, and the grants it could not undo. */
export class ShareError extends RequestError {
  constructor(message: string, leftGranted: readonly string[] = []) {
    // The accounts left granted come first, so that a Reason cut to CloudFormation's size limit still names them.
    super(leftGranted.length === 0 ? message
      : `Left granted on the snapshot, its undo failed: ${leftGranted.join(', ')} (the share's claim tag on the snapshot still records them, so deleting the share revokes them). ${message}`);
  }
}

/** The snapshot a set of properties names, as the API parameters and as an identity. */
export interface Snapshot {
  readonly parameters: { SnapshotIdentifier?: string; SnapshotArn?: string; SnapshotClusterIdentifier?: string };
  /**
   * `<region>:<account>:<name>`. Snapshot identifiers are unique in an account (and region), so the name, not the
   * cluster nor the way it is written (identifier or ARN), identifies the snapshot. Compared in lower case: a change
   * of case alone must never be taken for another snapshot, whose replacement would revoke the grants.
   */
  readonly identity: string;
  /** The partition, region and account the snapshot is in (for its ARN when Redshift does not return one). */
  readonly where: { readonly partition: string; readonly region: string; readonly account: string };
}

const SNAPSHOT_ARN = /^arn:([a-z-]+):redshift:([a-z0-9-]+):(\d{12}):snapshot:([^/]+)\/(.+)$/;
const STACK_ARN = /^arn:([a-z-]+):cloudformation:([a-z0-9-]+):(\d{12}):stack\//;
const ALREADY_AUTHORIZED = /^AuthorizationAlreadyExists(Fault)?$/;
const NOTHING_TO_REVOKE = /^AuthorizationNotFound(Fault)?$/;
const SNAPSHOT_GONE = /^(ClusterSnapshotNotFound|ResourceNotFound)(Fault)?$/;

/** The snapshot named by `props`; throws a `ShareError` when the properties name none. */
export function snapshotOf(props: SnapshotShareProperties, stackId: string): Snapshot {
  const text = (name: keyof SnapshotShareProperties): string | undefined => {
    const value = props[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') throw new ShareError(`${name} must be a string, got ${JSON.stringify(value)}`);
    return value;
  };
  const identifier = text('SnapshotIdentifier');
  const arn = text('SnapshotArn');
  const cluster = text('SnapshotClusterIdentifier');
  const stack = STACK_ARN.exec(stackId);
  let where: Snapshot['where'];
  let name: string;
  if (arn !== undefined) {
    const parts = SNAPSHOT_ARN.exec(arn);
    if (!parts) throw new ShareError(`SnapshotArn must be a Redshift snapshot ARN (arn:<partition>:redshift:<region>:<account>:snapshot:<cluster>/<name>), got ${arn}`);
    where = { partition: parts[1], region: parts[2], account: parts[3] };
    name = parts[5];
  } else if (identifier !== undefined) {
    where = { partition: stack?.[1] ?? 'aws', region: stack?.[2] ?? '', account: stack?.[3] ?? '' };
    name = identifier;
  } else {
    throw new ShareError('SnapshotIdentifier or SnapshotArn must be set');
  }
  return {
    parameters: {
      ...(identifier !== undefined && { SnapshotIdentifier: identifier }),
      ...(arn !== undefined && { SnapshotArn: arn }),
      ...(cluster !== undefined && { SnapshotClusterIdentifier: cluster }),
    },
    identity: `${where.region}:${where.account}:${name}`.toLowerCase(),
    where,
  };
}

/** The accounts of `props`, each once, in their order; throws a `ShareError` unless each is an account one can share with. */
export function accountsOf(props: SnapshotShareProperties): string[] {
  const accounts: unknown = props.Accounts ?? [];
  if (!Array.isArray(accounts) || accounts.some(a => typeof a !== 'string' || !SHAREABLE_ACCOUNT.test(a))) {
    throw new ShareError(`Accounts must be a list of 12-digit account ids or amazon-redshift-support, got ${JSON.stringify(accounts)}`);
  }
  return [...new Set(accounts as string[])];
}

/** The physical id of a share: the snapshot's identity, never the accounts, so that account changes update in place. */
export function physicalIdOf(snapshot: Snapshot): string {
  return `RedshiftSnapshotShare:${snapshot.identity}`;
}

/** What the snapshot holds now: its ARN, the accounts with access, and the claims by tag key. */
interface SnapshotState {
  readonly arn: string;
  readonly granted: ReadonlySet<string>;
  readonly claims: ReadonlyMap<string, Claim>;
}

const NO_CLAIM: Claim = { made: new Set(), adopted: new Set() };

/** The calls one request may make: the work's, and the later deadline for undoing what the work did. */
export interface ShareCalls {
  readonly client: RedshiftClient;
  readonly work: CallRunner;
  readonly undo: CallRunner;
  readonly concurrency: number;
}

/**
 * The grants of one share resource (`key` is its claim tag key) on one snapshot. During a rollback (`rollback`), only
 * the grants the share made itself are revoked: the ones it adopted had access before the failed deployment.
 */
export class SnapshotGrants {
  constructor(private readonly calls: ShareCalls, private readonly snapshot: Snapshot, private readonly key: string,
    private readonly rollback = false) {}

  /**
   * Grants `accounts` for a new share (or a share moved to this snapshot). Accounts that already have access are
   * adopted. On failure, the accounts this request granted are revoked (unless another share claims them), and those
   * whose revoke failed stay in the claim and are named in the error.
   */
  public async create(accounts: readonly string[]): Promise<void> {
    const state = await this.describe(this.calls.work);
    if (state === undefined) throw new ShareError(`the snapshot ${this.name()} does not exist`);
    const claim = this.classify(accounts, state);
    await this.setClaim(this.calls.work, state, claim);
    const granting = await this.authorize(accounts.filter(a => !state.granted.has(a)));
    if (granting.error !== undefined) {
      const left = await this.undo(granting.touched, NO_CLAIM);
      throw new ShareError(granting.error, left);
    }
    await this.adoptGrantedMeanwhile(claim, granting.found);
  }

  /** Moves the share from the accounts `before` to `after` on the same snapshot: revokes first, then authorizes. */
  public async update(before: readonly string[], after: readonly string[]): Promise<void> {
    const state = await this.describe(this.calls.work);
    if (state === undefined) {
      if (after.some(a => !before.includes(a))) throw new ShareError(`the snapshot ${this.name()} does not exist`);
      return;
    }
    const own = state.claims.get(this.key);
    const claim = this.classify(after, state);
    await this.setClaim(this.calls.work, state, claim);
    const leaving = [...new Set([...before, ...accountsOfClaim(own)])].filter(a => !after.includes(a));
    const released = await this.release(this.calls.work, leaving.filter(a => this.revocable(a, own)));
    const stillBefore = before.filter(a => !released.revoked.includes(a));
    if (released.error !== undefined) {
      await this.setClaim(this.calls.undo, undefined, this.classify([...after, ...stillBefore], state));
      throw new ShareError(released.error);
    }
    // Also the accounts that lost access outside CloudFormation: the share declares them.
    const granting = await this.authorize(after.filter(a => !state.granted.has(a)));
    if (granting.error !== undefined) {
      const left = await this.undo(granting.touched, this.classify(stillBefore, state));
      throw new ShareError(granting.error, left);
    }
    await this.adoptGrantedMeanwhile(claim, granting.found);
  }

  /** Accounts that something else granted after the snapshot was read are adopted, not made, by this share. */
  private async adoptGrantedMeanwhile(claim: Claim, found: readonly string[]): Promise<void> {
    if (found.length === 0) return;
    await this.setClaim(this.calls.work, undefined, {
      made: new Set([...claim.made].filter(a => !found.includes(a))),
      adopted: new Set([...claim.adopted, ...found]),
    });
  }

  /**
   * Revokes what the share owns: `accounts` (the declared set) and whatever its claim still records, except the
   * accounts another share claims. A snapshot that is gone has nothing left to revoke.
   */
  public async delete(accounts: readonly string[]): Promise<void> {
    const state = await this.describe(this.calls.work);
    if (state === undefined) return;
    const own = state.claims.get(this.key);
    const owned = [...new Set([...accounts, ...accountsOfClaim(own)])];
    await this.setClaim(this.calls.work, state, NO_CLAIM);
    const released = await this.release(this.calls.work, owned.filter(a => this.revocable(a, own)));
    if (released.error !== undefined) {
      await this.setClaim(this.calls.undo, undefined, { made: new Set(released.left), adopted: new Set() });
      throw new ShareError(released.error);
    }
  }

  /** Whether the share may revoke `account`: always, except an account it adopted, during a rollback. */
  private revocable(account: string, own: Claim | undefined): boolean {
    return !this.rollback || !own?.adopted.has(account);
  }

  /**
   * The claim of `accounts`: an account keeps the status the share's claim gives it; a new one is adopted if it
   * already has access, or made (about to be granted).
   */
  private classify(accounts: readonly string[], state: SnapshotState): Claim {
    const own = state.claims.get(this.key) ?? NO_CLAIM;
    const adopted = (a: string) => own.adopted.has(a) || (!own.made.has(a) && state.granted.has(a));
    return { made: new Set(accounts.filter(a => !adopted(a))), adopted: new Set(accounts.filter(adopted)) };
  }

  /** Undoes the grants this request may have made, except those in `keep`; returns the accounts that stay granted. */
  private async undo(touched: readonly string[], keep: Claim): Promise<string[]> {
    const runner = this.calls.undo;
    const undoing = touched.filter(a => !keep.made.has(a) && !keep.adopted.has(a));
    const keeping = (left: readonly string[]): Claim => ({ made: new Set([...keep.made, ...left]), adopted: keep.adopted });
    try {
      await this.setClaim(runner, undefined, keeping(undoing));
      const released = await this.release(runner, undoing);
      await this.setClaim(runner, undefined, keeping(released.left));
      return released.left;
    } catch (e) {
      console.log(`Undo failed: ${errorText(e)}`);
      return undoing;
    }
  }

  /**
   * Authorizes `accounts`, a few at a time. Returns the accounts this request may have granted (a call that timed out
   * may have been carried out), those found to have access already, and, when one failed, the reason.
   */
  private async authorize(accounts: readonly string[]): Promise<{ touched: string[]; found: string[]; error?: string }> {
    const touched: string[] = [];
    const found: string[] = [];
    const outcomes = await runBounded(accounts, this.calls.concurrency, async account => {
      try {
        await this.send(this.calls.work, `AuthorizeSnapshotAccess for ${account}`, AuthorizeSnapshotAccessCommand, account);
        touched.push(account);
        console.log(`Authorized ${account}`);
      } catch (e) {
        if (ALREADY_AUTHORIZED.test(errorName(e))) {
          found.push(account);
          return console.log(`${account} already had access`);
        }
        if (e instanceof CallTimeoutError) touched.push(account);
        throw e;
      }
    }, true);
    return { touched, found, error: firstError('AuthorizeSnapshotAccess', outcomes) };
  }

  /**
   * Revokes those of `accounts` that have access and that no other share claims (read after this share's own claim
   * was updated), then reads the claims again and re-authorizes any account another share claimed meanwhile. Returns
   * the accounts revoked (or found without access), those left granted, and the first failure.
   */
  private async release(runner: CallRunner, accounts: readonly string[]): Promise<{ revoked: string[]; left: string[]; error?: string }> {
    if (accounts.length === 0) return { revoked: [], left: [] };
    const state = await this.describe(runner);
    if (state === undefined) return { revoked: [...accounts], left: [] };
    const others = this.claimedByOthers(state);
    const revoking = accounts.filter(a => state.granted.has(a) && !others.has(a));
    const revoked = accounts.filter(a => !state.granted.has(a));
    const outcomes = await runBounded(revoking, this.calls.concurrency, async account => {
      try {
        await this.send(runner, `RevokeSnapshotAccess for ${account}`, RevokeSnapshotAccessCommand, account);
        console.log(`Revoked ${account}`);
      } catch (e) {
        if (!NOTHING_TO_REVOKE.test(errorName(e))) throw e;
        console.log(`Nothing to revoke for ${account}`);
      }
      revoked.push(account);
    }, false);
    const left = outcomes.filter(o => !o.done).map(o => o.item);
    const error = firstError('RevokeSnapshotAccess', outcomes)
      ?? (revoking.length > 0 ? await this.restoreClaimedMeanwhile(runner, revoking) : undefined);
    return { revoked, left, error };
  }

  /** Another share may have claimed an account between the read of the claims and its revoke: grant it back. */
  private async restoreClaimedMeanwhile(runner: CallRunner, revoked: readonly string[]): Promise<string | undefined> {
    const state = await this.describe(runner);
    const others = state === undefined ? new Set<string>() : this.claimedByOthers(state);
    const outcomes = await runBounded(revoked.filter(a => others.has(a)), this.calls.concurrency, async account => {
      try {
        await this.send(runner, `AuthorizeSnapshotAccess for ${account}`, AuthorizeSnapshotAccessCommand, account);
        console.log(`Authorized ${account} again: another share claimed it while it was being revoked`);
      } catch (e) {
        if (!ALREADY_AUTHORIZED.test(errorName(e))) throw e;
      }
    }, false);
    const failed = outcomes.filter(o => !o.done).map(o => o.item);
    return failed.length === 0 ? undefined : `${failed.join(', ')} lost access that another share claims `
      + `(${firstError('AuthorizeSnapshotAccess', outcomes)}); deploy the stack of that share again to restore it`;
  }

  private send(runner: CallRunner, what: string,
    command: typeof AuthorizeSnapshotAccessCommand | typeof RevokeSnapshotAccessCommand, account: string): Promise<unknown> {
    return runner.call(what, abortSignal =>
      this.calls.client.send(new command({ ...this.snapshot.parameters, AccountWithRestoreAccess: account }), { abortSignal }));
  }

  /** Records `claim` as this share's claim (removes the tag when it is empty); nothing is written when unchanged. */
  private async setClaim(runner: CallRunner, known: SnapshotState | undefined, claim: Claim): Promise<void> {
    const state = known ?? await this.describe(runner);
    if (state === undefined) return;
    const current = state.claims.get(this.key);
    const value = encodeClaim(claim);
    if (claim.made.size + claim.adopted.size === 0) {
      if (current === undefined) return;
      await runner.call('DeleteTags', abortSignal =>
        this.calls.client.send(new DeleteTagsCommand({ ResourceName: state.arn, TagKeys: [this.key] }), { abortSignal }));
      return;
    }
    if (current !== undefined && encodeClaim(current) === value) return;
    await runner.call('CreateTags', abortSignal =>
      this.calls.client.send(new CreateTagsCommand({ ResourceName: state.arn, Tags: [{ Key: this.key, Value: value }] }), { abortSignal }));
  }

  /** The snapshot's state, or `undefined` when it does not exist. */
  private async describe(runner: CallRunner): Promise<SnapshotState | undefined> {
    const { SnapshotIdentifier, SnapshotArn, SnapshotClusterIdentifier } = this.snapshot.parameters;
    const parts = SnapshotArn === undefined ? undefined : SNAPSHOT_ARN.exec(SnapshotArn);
    try {
      const answer = await runner.call('DescribeClusterSnapshots', abortSignal => this.calls.client.send(new DescribeClusterSnapshotsCommand({
        SnapshotIdentifier: SnapshotIdentifier ?? parts?.[5],
        ClusterIdentifier: SnapshotClusterIdentifier ?? parts?.[4],
        SnapshotType: 'manual',
      }), { abortSignal }));
      const found = answer.Snapshots?.[0];
      if (found === undefined) return undefined;
      const granted = new Set((found.AccountsWithRestoreAccess ?? []).map(a => a.AccountId ?? a.AccountAlias ?? ''));
      const { partition, region, account } = this.snapshot.where;
      const arn = found.SnapshotArn ?? SnapshotArn
        ?? `arn:${partition}:redshift:${region}:${account}:snapshot:${found.ClusterIdentifier}/${found.SnapshotIdentifier}`;
      return { arn, granted, claims: claimsOf(found.Tags ?? []) };
    } catch (e) {
      if (SNAPSHOT_GONE.test(errorName(e))) return undefined;
      throw e;
    }
  }

  private claimedByOthers(state: SnapshotState): Set<string> {
    const others = new Set<string>();
    for (const [key, claim] of state.claims) if (key !== this.key) accountsOfClaim(claim).forEach(a => others.add(a));
    return others;
  }

  private name(): string {
    return this.snapshot.parameters.SnapshotArn ?? this.snapshot.parameters.SnapshotIdentifier ?? '';
  }
}

/** The first failure among `outcomes`, with the account it was for. */
function firstError(action: string, outcomes: readonly Outcome<string>[]): string | undefined {
  const failed = outcomes.find(o => o.started && !o.done);
  return failed === undefined ? undefined : `${action} for account ${failed.item} failed: ${errorText(failed.error)}`;
}
