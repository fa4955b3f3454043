/**
 * The custom resource protocol, once for every handler. A handler's work gets the request, its service client and a
 * deadline, and returns the physical id and attributes to answer, or throws. The envelope around it:
 *
 * - logs the request without its pre-signed URL, and the response;
 * - refuses a request type CloudFormation does not send;
 * - answers a Create that no stack waits for any more (see `stack-status.ts`) with the id of a Create that made
 *   nothing, without running the work;
 * - answers a failure with a Reason that names the log stream and a physical id that a later Delete can act on:
 *   the resource the request made (`made`), else the id CloudFormation sent, else the id of a Create that made nothing;
 * - fits the response into 4 KB and PUTs it, with a timeout and retries, before the function returns: nothing runs
 *   after the response.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html
 */
// The Lambda Node.js runtime provides the SDK v3 clients; the package declares them only for development.
// eslint-disable-next-line import/no-extraneous-dependencies
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { CallRunner, errorText } from './calls';
import { CREATE_FAILED_ID, CloudFormationResponse, CustomResourceEvent, HandlerContext, REQUEST_TYPES, fitResponse } from './cloudformation';
import { Runtime, RuntimeOptions, runtimeOf } from './runtime';
import { isLateCreate, stackStatus } from './stack-status';

/**
 * The SDK's attempts per call: its adaptive mode also slows the client down after throttling.
 * @see https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html
 */
export const SDK_MAX_ATTEMPTS = 3;

/** The configuration of every service client of the handlers. */
export const SDK_CLIENT_CONFIG = { maxAttempts: SDK_MAX_ATTEMPTS, retryMode: 'adaptive' };

/** A failure whose message is meant for the user as it is; any other error is reported with its name. */
export class RequestError extends Error {}

/** What a handler's work answers. */
export interface WorkResult {
  readonly physicalResourceId: string;
  /** The resource's attributes, for `Fn::GetAtt`. */
  readonly data?: Record<string, string>;
}

/** One request, as a handler's work sees it. */
export interface Request<E, C> {
  readonly event: E;
  readonly client: C;
  readonly runtime: Runtime;
  /** When the work must have ended (epoch ms): the function's deadline less the time kept to answer. */
  readonly deadline: number;
  /** Calls bounded by `deadline`. */
  readonly runner: CallRunner;
  /** The status of the request's stack, or undefined when it could not be read. */
  stackStatus(): Promise<string | undefined>;
  /**
   * Names what this request made, as soon as it exists: a failure afterwards answers this physical id, so that the
   * Delete CloudFormation sends for it removes it.
   */
  made(physicalResourceId: string): void;
}

/** What every handler depends on; tests replace the clients and the runtime. */
export interface EnvelopeOptions<C> extends RuntimeOptions {
  /** @default - one client of the handler's own, made on the first request and kept by the function instance */
  readonly client?: C;
  /**
   * Reads the stack's status.
   * @default - one client, made on the first request that reads the status
   */
  readonly cloudFormation?: CloudFormationClient;
}

/** A handler: its service client, and the work it does for one request. */
export interface HandlerWork<E, C> {
  newClient(): C;
  work(request: Request<E, C>): Promise<WorkResult>;
}

/** The function a Lambda entry point exports. */
export type Handler<E> = (event: E, context?: HandlerContext) => Promise<void>;

/** The physical id of a Create that made nothing. */
export function createdNothingId(event: { readonly RequestId: string }): string {
  return `${CREATE_FAILED_ID}:${event.RequestId}`;
}

/** The handler that runs `handler.work` for each request inside the protocol. */
export function customResourceHandler<E extends CustomResourceEvent<unknown>, C>(handler: HandlerWork<E, C>,
  options: EnvelopeOptions<C> = {}): Handler<E> {
  const runtime = runtimeOf(options);
  let client = options.client;
  let cloudFormation = options.cloudFormation;

  return async (event, context = {}) => {
    console.log(JSON.stringify({ ...event, ResponseURL: '(not logged: pre-signed)' }));
    const deadline = runtime.now() + (context.getRemainingTimeInMillis?.() ?? Number.POSITIVE_INFINITY) - runtime.responseReserveMs;
    const runner = new CallRunner(runtime, deadline);
    const stacks = () => cloudFormation ??= new CloudFormationClient({});
    let made: string | undefined;
    const base = { StackId: event.StackId, RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId, NoEcho: false };
    let response: CloudFormationResponse;
    try {
      if (!REQUEST_TYPES.includes(event.RequestType)) throw new RequestError(`unknown RequestType ${JSON.stringify(event.RequestType)}`);
      const result = await isLateCreate(event, stacks(), runner)
        ? { physicalResourceId: createdNothingId(event) }
        : await handler.work({
          event,
          client: client ??= handler.newClient(),
          runtime,
          deadline,
          runner,
          stackStatus: () => stackStatus(stacks(), event.StackId, runner),
          made: id => { made = id; },
        });
      response = { ...base, Status: 'SUCCESS', PhysicalResourceId: result.physicalResourceId, Data: result.data };
    } catch (e) {
      const reason = e instanceof RequestError ? e.message : errorText(e);
      console.log(reason);
      response = {
        ...base,
        Status: 'FAILED',
        Reason: context.logStreamName ? `${reason} (log stream ${context.logStreamName})` : reason,
        PhysicalResourceId: made ?? event.PhysicalResourceId ?? createdNothingId(event),
      };
    }
    console.log(JSON.stringify(response));
    await runtime.respond(event.ResponseURL, fitResponse(response));
  };
}
