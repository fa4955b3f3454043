/**
 * The entry point of the Redshift Serverless function (`serverless/index.handler`), which serves every Redshift
 * Serverless custom resource of its stack: endpoints go to the endpoint handler; grants and snapshot shares, which are
 * statements of a resource policy, to the policy handler.
 */
import { SERVERLESS_ENDPOINT_RESOURCE_TYPE } from './resource-types';
import { HandlerContext } from '../cloudformation';
import * as endpoint from '../serverless-endpoint';
import * as policy from '../serverless-policy';

/** A request for any of the function's resource types. */
export type ServerlessEvent = endpoint.EndpointEvent | policy.PolicyEvent;

export const handler = (event: ServerlessEvent, context?: HandlerContext): Promise<void> =>
  event.ResourceType === SERVERLESS_ENDPOINT_RESOURCE_TYPE ? endpoint.handler(event, context) : policy.handler(event, context);
