/**
 * The statement one custom resource owns in a resource policy of Redshift Serverless (a workgroup's or a snapshot's),
 * known by its `Sid`. A put replaces the whole policy, so every change reads the policy, changes the statement, writes
 * the policy back and reads it again: a put of someone else that raced with ours and dropped our statement (or put it
 * back) is answered by writing again, a few times.
 *
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_PutResourcePolicy.html
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_GetResourcePolicy.html
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_DeleteResourcePolicy.html
 */
// The Lambda Node.js runtime provides the SDK v3 clients; the package declares them only for development.
// eslint-disable-next-line import/no-extraneous-dependencies
import {
  DeleteResourcePolicyCommand, GetResourcePolicyCommand, GetWorkgroupCommand, PutResourcePolicyCommand, RedshiftServerlessClient,
// eslint-disable-next-line import/no-extraneous-dependencies
} from '@aws-sdk/client-redshift-serverless';
import { PolicyDocument, Statement, hasStatement, parsePolicy, withStatement } from './policy';
import { CallRunner, errorName } from '../calls';
import { RequestError } from '../envelope';

/** Writes of the policy before a lost race is given up on. */
export const WRITE_ATTEMPTS = 4;

/** A failure whose message is meant for the user, as it is. */
export class PolicyError extends RequestError {}

/** How the policies are reached, and how long to wait before writing again. */
export interface StatementCalls {
  readonly client: RedshiftServerlessClient;
  readonly runner: CallRunner;
  readonly sleep: (ms: number) => Promise<void>;
  /** A number in [0, 1) for the pause before writing again. */
  readonly random: () => number;
}

/** The statement `sid` in the resource policies it is written to. */
export class OwnedStatement {
  constructor(private readonly calls: StatementCalls, public readonly sid: string) {}

  /** The ARN of workgroup `name`, or undefined when there is no such workgroup. */
  public async workgroupArn(name: string): Promise<string | undefined> {
    try {
      const answer = await this.calls.runner.call(`GetWorkgroup ${name}`, abortSignal =>
        this.calls.client.send(new GetWorkgroupCommand({ workgroupName: name }), { abortSignal }));
      return answer.workgroup?.workgroupArn;
    } catch (e) {
      if (errorName(e) === 'ResourceNotFoundException') return undefined;
      throw e;
    }
  }

  /** Writes `statement` (whose `Sid` is this one's) into the policy of `arn`, keeping every other statement. */
  public write(arn: string, statement: Statement): Promise<void> {
    return this.set(arn, statement);
  }

  /** Removes the statement from the policy of `arn`, and the policy when nothing else is left in it. */
  public remove(arn: string): Promise<void> {
    return this.set(arn, undefined);
  }

  /** Writes (or removes) the statement and reads the policy back until it holds, keeping others' statements. */
  private async set(arn: string, statement: Statement | undefined): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const next = withStatement(await this.read(arn), this.sid, statement);
      if (next.Statement.length === 0) await this.deletePolicy(arn);
      else await this.putPolicy(arn, next);
      if (hasStatement(await this.read(arn), this.sid) === (statement !== undefined)) return;
      if (attempt >= WRITE_ATTEMPTS) throw new PolicyError(`another writer keeps changing the resource policy of ${arn}: gave up after ${attempt} writes`);
      console.log(`The policy of ${arn} changed under the write (attempt ${attempt}); writing again`);
      await this.calls.sleep(Math.floor(this.calls.random() * 2_000 * attempt));
    }
  }

  /** The policy of `arn`; no policy, or no resource any more, reads as a policy without statements. */
  private async read(arn: string): Promise<PolicyDocument> {
    try {
      const answer = await this.calls.runner.call('GetResourcePolicy', abortSignal =>
        this.calls.client.send(new GetResourcePolicyCommand({ resourceArn: arn }), { abortSignal }));
      return parsePolicy(answer.resourcePolicy?.policy);
    } catch (e) {
      if (errorName(e) === 'ResourceNotFoundException') return parsePolicy(undefined);
      throw e;
    }
  }

  private async putPolicy(arn: string, policy: PolicyDocument): Promise<void> {
    await this.calls.runner.call('PutResourcePolicy', abortSignal =>
      this.calls.client.send(new PutResourcePolicyCommand({ resourceArn: arn, policy: JSON.stringify(policy) }), { abortSignal }));
  }

  private async deletePolicy(arn: string): Promise<void> {
    try {
      await this.calls.runner.call('DeleteResourcePolicy', abortSignal =>
        this.calls.client.send(new DeleteResourcePolicyCommand({ resourceArn: arn }), { abortSignal }));
    } catch (e) {
      if (errorName(e) !== 'ResourceNotFoundException') throw e;
    }
  }
}
