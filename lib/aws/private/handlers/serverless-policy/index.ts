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
 *   writes nothing: the envelope answers SUCCESS with the marker id of a Create that made nothing.
 * - After each write the policy is read again, and written again when someone else's put dropped the statement (see
 *   `statements.ts`).
 */
// The Lambda Node.js runtime provides the SDK v3 clients; the package declares them only for development.
// eslint-disable-next-line import/no-extraneous-dependencies
import { RedshiftServerlessClient } from '@aws-sdk/client-redshift-serverless';
import { Statement, grantSid, grantStatement, restoreStatement } from './policy';
import { PolicyError, OwnedStatement } from './statements';
import { CustomResourceEvent } from '../cloudformation';
import { EnvelopeOptions, Handler, Request, SDK_CLIENT_CONFIG, WorkResult, customResourceHandler } from '../envelope';
import { SERVERLESS_GRANT_RESOURCE_TYPE, SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE } from '../serverless/resource-types';

export { WRITE_ATTEMPTS } from './statements';

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

/** A request for one of the two resource types. */
export type PolicyEvent = CustomResourceEvent<GrantProperties, typeof SERVERLESS_GRANT_RESOURCE_TYPE>
| CustomResourceEvent<SnapshotShareProperties, typeof SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE>;

/** What the handler depends on; tests replace the clients and the runtime. */
export type HandlerOptions = EnvelopeOptions<RedshiftServerlessClient>;

/** Where a resource's statement goes (no `arn`: the target is gone), and what it says there. */
interface Target {
  readonly arn?: string;
  readonly name: string;
  readonly statement: (arn: string) => Statement;
}

/** Builds the handler; `handler` below is the one the function runs. */
export function createHandler(options: HandlerOptions = {}): Handler<PolicyEvent> {
  return customResourceHandler<PolicyEvent, RedshiftServerlessClient>({
    newClient: () => new RedshiftServerlessClient(SDK_CLIENT_CONFIG),
    work: writeStatement,
  }, options);
}

/** Carries out one request on the resource's statement. */
async function writeStatement(request: Request<PolicyEvent, RedshiftServerlessClient>): Promise<WorkResult> {
  const { event, client, runner, runtime } = request;
  const statement = new OwnedStatement({ client, runner, sleep: runtime.sleep, random: runtime.random },
    grantSid(event.StackId, event.LogicalResourceId));
  const target = await targetOf(event, statement);
  const physicalResourceId = `${target.name}/${statement.sid}`;
  if (event.RequestType === 'Delete') {
    // The statement is known by its Sid, so the Delete of a failed Create removes whatever of it was written.
    if (target.arn === undefined) console.log(`${target.name} does not exist (any more): nothing to remove`);
    else await statement.remove(target.arn);
    return { physicalResourceId: event.PhysicalResourceId ?? physicalResourceId };
  }
  if (target.arn === undefined) throw new PolicyError(`workgroup ${target.name} does not exist in this account and region`);
  await statement.write(target.arn, target.statement(target.arn));
  console.log(`Wrote statement ${statement.sid} of the resource policy of ${target.arn}`);
  return { physicalResourceId };
}

/** The workgroup or snapshot of the request's properties, and the statement that goes there. */
async function targetOf(event: PolicyEvent, statement: OwnedStatement): Promise<Target> {
  if (event.ResourceType === SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE) {
    const share = event.ResourceProperties;
    // The snapshot's policy itself says whether the snapshot exists: no lookup first.
    return { arn: share.SnapshotArn, name: share.SnapshotArn, statement: () => restoreStatement(statement.sid, share.Accounts) };
  }
  const grant = event.ResourceProperties;
  return {
    arn: await statement.workgroupArn(grant.WorkgroupName),
    name: grant.WorkgroupName,
    statement: arn => grantStatement(statement.sid, arn, grant.Account, grant.VpcIds),
  };
}

/**
 * The handler the Redshift Serverless function's entry point (`serverless/index.handler`) gives the requests of
 * endpoint grants and snapshot shares.
 */
export const handler = createHandler();
