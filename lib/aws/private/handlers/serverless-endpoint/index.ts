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
 *   makes no endpoint: the envelope answers SUCCESS with the marker id of a Create that made nothing.
 *
 * Every request ends before the function's deadline, with a reserve for the envelope (`envelope.ts`) to answer
 * CloudFormation: nothing runs after the response. The handler needs only the Node.js built-ins, `@aws-sdk/client-redshift-serverless` and
 * `@aws-sdk/client-cloudformation`, which the Lambda Node.js runtime includes.
 */
// The Lambda Node.js runtime provides the SDK v3 clients; the package declares them only for development.
// eslint-disable-next-line import/no-extraneous-dependencies
import { RedshiftServerlessClient } from '@aws-sdk/client-redshift-serverless';
import { endpointTransitions } from './transitions';
import { CustomResourceEvent } from '../cloudformation';
import { EnvelopeOptions, Handler, SDK_CLIENT_CONFIG, customResourceHandler } from '../envelope';
import { EndpointProperties, ManagedEndpoints } from './endpoints';
import { SERVERLESS_ENDPOINT_RESOURCE_TYPE } from '../serverless/resource-types';

/** The pause between two polls of an endpoint's status. */
export const POLL_MS = 15_000;

/** A request for this resource type. */
export type EndpointEvent = CustomResourceEvent<EndpointProperties, typeof SERVERLESS_ENDPOINT_RESOURCE_TYPE>;

/** What the handler depends on; tests replace the clients and the runtime. */
export interface HandlerOptions extends EnvelopeOptions<RedshiftServerlessClient> {
  readonly pollMs?: number;
}

/** Builds the handler; `handler` below is the one the function runs. */
export function createHandler(options: HandlerOptions = {}): Handler<EndpointEvent> {
  const pollMs = options.pollMs ?? POLL_MS;
  return customResourceHandler<EndpointEvent, RedshiftServerlessClient>({
    newClient: () => new RedshiftServerlessClient(SDK_CLIENT_CONFIG),
    work: ({ event, client, runtime, runner, deadline, made }) => {
      const endpoints = new ManagedEndpoints({
        client, runner, now: runtime.now, sleep: runtime.sleep, deadline, pollMs, callMs: runtime.callTimeoutMs,
      });
      // An endpoint made before a failure is named by the FAILED answer, so that the Delete removes it.
      return endpointTransitions(endpoints, event, made);
    },
  }, options);
}

/** The handler the Redshift Serverless function's entry point (`serverless/index.handler`) gives endpoint requests. */
export const handler = createHandler();
