/**
 * The entry point of the Redshift Serverless function (`serverless/index.handler`), which serves every Redshift
 * Serverless custom resource of its stack: endpoints go to the endpoint handler; grants and snapshot shares, which are
 * statements of a resource policy, to the policy handler.
 */
import { SERVERLESS_ENDPOINT_RESOURCE_TYPE } from './resource-types';
import * as endpoint from '../serverless-endpoint';
import * as policy from '../serverless-policy';

export const handler = (event: { ResourceType: string }, context?: object): Promise<void> =>
  event.ResourceType === SERVERLESS_ENDPOINT_RESOURCE_TYPE ? endpoint.handler(event as never, context) : policy.handler(event as never, context);
