/**
 * The Lambda handler behind `Custom::RedshiftServerlessEndpointAccess`: one custom resource per Redshift Serverless
 * managed VPC endpoint, whose physical id is the endpoint's name.
 *
 * - Create creates the endpoint and answers once it is ACTIVE, with its address, port, ARN, VPC endpoint and network
 *   interfaces as attributes.
 * - Update changes the security groups in place. Any other change needs a new endpoint: under a new name it is
 *   created beside the old one, which CloudFormation deletes in its cleanup phase (the physical id changed); under the
 *   same name the old endpoint is deleted first, since two endpoints cannot share a name, and the physical id stays.
 * - Delete deletes the endpoint and waits until it is gone; one already gone (with its workgroup, say) is no error.
 * - A Create delivered after its stack stopped waiting for it (rolled back, deleted, settled: see `stack-status.ts`)
 *   makes no endpoint and answers SUCCESS with the marker id of a Create that made nothing.
 *
 * Every request ends before the function's deadline, with a reserve to answer CloudFormation: nothing runs after the
 * response. The handler needs only the Node.js built-ins, `@aws-sdk/client-redshift-serverless` and
 * `@aws-sdk/client-cloudformation`, which the Lambda Node.js runtime includes.
 */
// eslint-disable-next-line import/no-extraneous-dependencies
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
// eslint-disable-next-line import/no-extraneous-dependencies
import { RedshiftServerlessClient } from '@aws-sdk/client-redshift-serverless';
import { endpointTransitions } from './transitions';
import { CallRunner, errorText } from '../calls';
import { CREATE_FAILED_ID, CloudFormationResponse, CustomResourceEvent, HandlerContext, fitResponse } from '../cloudformation';
import { RuntimeOptions, runtimeOf } from '../runtime';
import { isLateCreate } from '../stack-status';
import { EndpointError, EndpointProperties, ManagedEndpoints } from './endpoints';

/** The pause between two polls of an endpoint's status. */
export const POLL_MS = 15_000;

/** A request for this resource type. */
export type EndpointEvent = CustomResourceEvent<EndpointProperties>;

/** What the handler depends on; tests replace the client and the runtime. */
export interface HandlerOptions extends RuntimeOptions {
  readonly client?: RedshiftServerlessClient;
  /** Reads the stack's status, to tell a late Create from a live one. */
  readonly cloudFormation?: CloudFormationClient;
  readonly pollMs?: number;
}

/** Builds the handler; `handler` below is the one the function runs. */
export function createHandler(options: HandlerOptions = {}): (event: EndpointEvent, context?: HandlerContext) => Promise<void> {
  const runtime = runtimeOf(options);
  const { now, sleep, respond } = runtime;
  let client = options.client;
  let cloudFormation = options.cloudFormation;

  return async (event, context = {}) => {
    console.log(JSON.stringify({ ...event, ResponseURL: '(not logged: pre-signed)' }));
    const base = { StackId: event.StackId, RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId, NoEcho: false };
    const deadline = now() + (context.getRemainingTimeInMillis?.() ?? Number.POSITIVE_INFINITY) - runtime.responseReserveMs;
    const runner = new CallRunner(runtime, deadline);
    const endpoints = new ManagedEndpoints({
      client: client ??= new RedshiftServerlessClient({ maxAttempts: 3, retryMode: 'adaptive' }),
      runner,
      now,
      sleep,
      deadline,
      pollMs: options.pollMs ?? POLL_MS,
      callMs: runtime.callTimeoutMs,
    });
    // The endpoint a failed request leaves behind, which its physical id must name so that a Delete removes it.
    let madeEndpoint: string | undefined;
    let response: CloudFormationResponse;
    try {
      // A late Create makes no endpoint: its answer names none, so a later Delete has nothing to delete.
      const { physicalId, attributes } = await isLateCreate(event, cloudFormation ??= new CloudFormationClient({}), runner)
        ? { physicalId: `${CREATE_FAILED_ID}:${event.RequestId}`, attributes: undefined }
        : await endpointTransitions(endpoints, event, CREATE_FAILED_ID, name => { madeEndpoint = name; });
      response = { ...base, Status: 'SUCCESS', PhysicalResourceId: physicalId, Data: attributes };
    } catch (e) {
      const reason = e instanceof EndpointError ? e.message : errorText(e);
      console.log(reason);
      const failedId = madeEndpoint ?? event.PhysicalResourceId ?? `${CREATE_FAILED_ID}:${event.RequestId}`;
      response = {
        ...base,
        Status: 'FAILED',
        Reason: context.logStreamName ? `${reason} (log stream ${context.logStreamName})` : reason,
        PhysicalResourceId: failedId,
      };
    }
    console.log(JSON.stringify(response));
    await respond(event.ResponseURL, fitResponse(response));
  };
}

/** The handler the Redshift Serverless function's entry point (`serverless/index.handler`) gives endpoint requests. */
export const handler = createHandler();
