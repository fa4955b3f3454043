/**
 * The entry point of the Redshift Serverless function (`serverless/index.handler`): one function per stack serves both
 * custom resource types, each request going to its type's handler.
 */
import { SERVERLESS_GRANT_RESOURCE_TYPE } from './resource-types';
import * as endpoint from '../serverless-endpoint';
import * as grant from '../serverless-grant';

export const handler = (event: { ResourceType: string }, context?: object): Promise<void> =>
  event.ResourceType === SERVERLESS_GRANT_RESOURCE_TYPE ? grant.handler(event as never, context) : endpoint.handler(event as never, context);
