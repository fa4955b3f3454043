/**
 * The Lambda handler behind the Redshift Serverless custom resources that are statements of a resource policy: an
 * endpoint grant (`Custom::RedshiftServerlessEndpointAuthorization`, on its workgroup) and a snapshot share
 * (`Custom::RedshiftServerlessSnapshotShare`, on its snapshot). Each resource owns one statement, known by its `Sid`
 * (from the stack and logical id).
 *
 * - Create and Update write the statement, keeping every other statement; an Update to another workgroup or snapshot
 *   writes it there and answers a new physical id, so CloudFormation's cleanup Delete removes it from the old one.
 * - Delete removes the statement, and the whole policy when nothing else is left in it; a workgroup or snapshot
 *   already gone is no error.
 * - A Create delivered after its stack stopped waiting for it (rolled back, deleted, settled: see `stack-status.ts`)
 *   writes nothing and answers SUCCESS with the marker id of a Create that made nothing.
 * - After each write the policy is read again: a put of someone else that raced with ours and dropped our statement
 *   (or put it back) is answered by writing again, a few times.
 */
// eslint-disable-next-line import/no-extraneous-dependencies
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
// eslint-disable-next-line import/no-extraneous-dependencies
import {
  DeleteResourcePolicyCommand, GetResourcePolicyCommand, GetWorkgroupCommand, PutResourcePolicyCommand, RedshiftServerlessClient,
// eslint-disable-next-line import/no-extraneous-dependencies
} from '@aws-sdk/client-redshift-serverless';
import { Statement, grantSid, grantStatement, hasStatement, parsePolicy, restoreStatement, withStatement } from './policy';
import { CallRunner, errorName, errorText } from '../calls';
import { CREATE_FAILED_ID, CloudFormationResponse, CustomResourceEvent, HandlerContext, fitResponse } from '../cloudformation';
import { RuntimeOptions, runtimeOf } from '../runtime';
import { SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE } from '../serverless/resource-types';
import { isLateCreate } from '../stack-status';

/** The properties of `Custom::RedshiftServerlessEndpointAuthorization`. */
export interface GrantProperties {
  readonly WorkgroupName: string;
  readonly Account: string;
  readonly VpcIds?: string[];
}

/** The properties of `Custom::RedshiftServerlessSnapshotShare`. */
export interface SnapshotShareProperties {
  readonly SnapshotArn: string;
  readonly Accounts: string[];
}

/** Where a resource's statement goes, and what it says (undefined: the target is gone). */
interface Target {
  readonly arn?: string;
  readonly name: string;
  readonly statement: (arn: string) => Statement;
}

/** Writes of the policy before a lost race is given up on. */
export const WRITE_ATTEMPTS = 4;

/** A failure whose message is meant for the user, as it is. */
class PolicyError extends Error {}

/** What the handler depends on; tests replace the client and the runtime. */
export interface HandlerOptions extends RuntimeOptions {
  readonly client?: RedshiftServerlessClient;
  /** Reads the stack's status, to tell a late Create from a live one. */
  readonly cloudFormation?: CloudFormationClient;
}

/** Builds the handler; `handler` below is the one the function runs. */
export function createHandler(options: HandlerOptions = {}) {
  const runtime = runtimeOf(options);
  const { now, sleep, random, respond } = runtime;
  let client = options.client;
  let cloudFormation = options.cloudFormation;

  return async (event: CustomResourceEvent<GrantProperties | SnapshotShareProperties>,
    context: HandlerContext = {}) => {
    console.log(JSON.stringify({ ...event, ResponseURL: '(not logged: pre-signed)' }));
    const deadline = now() + (context.getRemainingTimeInMillis?.() ?? Number.POSITIVE_INFINITY) - runtime.responseReserveMs;
    const runner = new CallRunner(runtime, deadline);
    const api = client ??= new RedshiftServerlessClient({ maxAttempts: 3, retryMode: 'adaptive' });
    const sid = grantSid(event.StackId, event.LogicalResourceId);

    /** The workgroup's ARN, or undefined when there is no such workgroup. */
    const workgroupArn = async (name: string) => {
      try {
        const answer = await runner.call(`GetWorkgroup ${name}`, abortSignal => api.send(new GetWorkgroupCommand({ workgroupName: name }), { abortSignal }));
        return answer.workgroup?.workgroupArn;
      } catch (e) {
        if (errorName(e) === 'ResourceNotFoundException') return undefined;
        throw e;
      }
    };
    /** The resource's policy; no policy, or no resource any more, reads as a policy without statements. */
    const readPolicy = async (arn: string) => {
      try {
        const answer = await runner.call('GetResourcePolicy', abortSignal => api.send(new GetResourcePolicyCommand({ resourceArn: arn }), { abortSignal }));
        return parsePolicy(answer.resourcePolicy?.policy);
      } catch (e) {
        if (errorName(e) === 'ResourceNotFoundException') return parsePolicy(undefined);
        throw e;
      }
    };
    /** Writes (or removes) the resource's statement and reads the policy back until it holds, keeping others' statements. */
    const setStatement = async (arn: string, statement: Statement | undefined) => {
      for (let attempt = 1; ; attempt++) {
        const next = withStatement(await readPolicy(arn), sid, statement);
        if (next.Statement.length === 0) {
          await runner.call('DeleteResourcePolicy', abortSignal => api.send(new DeleteResourcePolicyCommand({ resourceArn: arn }), { abortSignal }))
            .catch(e => { if (errorName(e) !== 'ResourceNotFoundException') throw e; });
        } else {
          await runner.call('PutResourcePolicy', abortSignal =>
            api.send(new PutResourcePolicyCommand({ resourceArn: arn, policy: JSON.stringify(next) }), { abortSignal }));
        }
        if (hasStatement(await readPolicy(arn), sid) === (statement !== undefined)) return;
        if (attempt >= WRITE_ATTEMPTS) throw new PolicyError(`another writer keeps changing the resource policy of ${arn}: gave up after ${attempt} writes`);
        console.log(`The policy of ${arn} changed under the write (attempt ${attempt}); writing again`);
        await sleep(Math.floor(random() * 2_000 * attempt));
      }
    };

    /** The workgroup or snapshot of the resource's properties, and its statement. */
    const targetOf = async (props: GrantProperties | SnapshotShareProperties): Promise<Target> => {
      if (event.ResourceType === SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE) {
        const share = props as SnapshotShareProperties;
        // The snapshot's policy itself says whether the snapshot exists: no lookup first.
        return { arn: share.SnapshotArn, name: share.SnapshotArn, statement: () => restoreStatement(sid, share.Accounts) };
      }
      const grant = props as GrantProperties;
      return {
        arn: await workgroupArn(grant.WorkgroupName),
        name: grant.WorkgroupName,
        statement: arn => grantStatement(sid, arn, grant.Account, grant.VpcIds),
      };
    };
    const physicalIdOf = (target: Target) => `${target.name}/${sid}`;

    const apply = async (): Promise<string> => {
      // A late Create writes no statement; the Delete of its answer removes the Sid's statement, which is none.
      if (await isLateCreate(event, cloudFormation ??= new CloudFormationClient({}), runner)) return `${CREATE_FAILED_ID}:${event.RequestId}/${sid}`;
      const target = await targetOf(event.ResourceProperties);
      if (event.RequestType === 'Delete') {
        if (target.arn === undefined) console.log(`${target.name} does not exist (any more): nothing to remove`);
        else await setStatement(target.arn, undefined);
        return event.PhysicalResourceId ?? physicalIdOf(target);
      }
      if (target.arn === undefined) throw new PolicyError(`workgroup ${target.name} does not exist in this account and region`);
      await setStatement(target.arn, target.statement(target.arn));
      console.log(`Wrote statement ${sid} of the resource policy of ${target.arn}`);
      return physicalIdOf(target);
    };

    const base = { StackId: event.StackId, RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId, NoEcho: false };
    let response: CloudFormationResponse;
    try {
      response = { ...base, Status: 'SUCCESS', PhysicalResourceId: await apply() };
    } catch (e) {
      const reason = e instanceof PolicyError ? e.message : errorText(e);
      response = {
        ...base,
        Status: 'FAILED',
        Reason: context.logStreamName ? `${reason} (log stream ${context.logStreamName})` : reason,
        // The statement is known by its Sid: the Delete of a failed Create removes whatever of it was written.
        PhysicalResourceId: event.PhysicalResourceId ?? `${CREATE_FAILED_ID}:${event.RequestId}/${sid}`,
      };
    }
    console.log(JSON.stringify(response));
    await respond(event.ResponseURL, fitResponse(response));
  };
}

/** The handler the Redshift Serverless function's entry point (`serverless/index.handler`) gives grant requests. */
export const handler = createHandler();
