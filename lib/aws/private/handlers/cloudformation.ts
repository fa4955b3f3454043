/**
 * The CloudFormation custom resource protocol: the request the function gets, and the response it PUTs to the
 * pre-signed `ResponseURL`.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html
 */
import * as http from 'http';
import * as https from 'https';

/** The most bytes CloudFormation accepts in a custom resource response. */
export const MAX_RESPONSE_BYTES = 4096;

/** How long one PUT of the response may take before it is abandoned and tried again. */
export const RESPONSE_TIMEOUT_MS = 5_000;

/** The PUT attempts, the first included. */
export const RESPONSE_ATTEMPTS = 3;

/**
 * The physical id (before `:<request id>`) a handler answers for a Create that made nothing: one that failed, and one
 * delivered after its stack stopped waiting for it. Its Delete finds no resource of that id and removes only what the
 * request left behind.
 */
export const CREATE_FAILED_ID = 'private-access-constructs:CreateFailed';

/** The parts of the Lambda context the handlers read. */
export interface HandlerContext {
  readonly logStreamName?: string;
  getRemainingTimeInMillis?(): number;
}

/** The request types CloudFormation sends. */
export const REQUEST_TYPES = ['Create', 'Update', 'Delete'] as const;

/** A CloudFormation custom resource request: properties `P`, of the resource type `T`. */
export interface CustomResourceEvent<P, T extends string = string> {
  readonly RequestType: typeof REQUEST_TYPES[number];
  readonly ResponseURL: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly ResourceType: T;
  readonly PhysicalResourceId?: string;
  readonly ResourceProperties: P;
  readonly OldResourceProperties?: P;
}

/** The response CloudFormation expects at the `ResponseURL`. */
export interface CloudFormationResponse {
  readonly Status: 'SUCCESS' | 'FAILED';
  readonly Reason?: string;
  readonly PhysicalResourceId: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly NoEcho: boolean;
  /** The resource's attributes, for `Fn::GetAtt`. */
  readonly Data?: Record<string, string>;
}

/** Cuts `response.Reason` (marked with `...`) so that the response JSON stays within `MAX_RESPONSE_BYTES`. */
export function fitResponse(response: CloudFormationResponse): string {
  const json = JSON.stringify(response);
  const reason = response.Reason;
  if (Buffer.byteLength(json) <= MAX_RESPONSE_BYTES || reason === undefined) return json;
  const cut = (length: number) => {
    // Never split a surrogate pair.
    const end = length > 0 && /[\uD800-\uDBFF]/.test(reason[length - 1]) ? length - 1 : length;
    return JSON.stringify({ ...response, Reason: `${reason.slice(0, end)}...` });
  };
  // The longest prefix that fits (characters escape to a varying number of bytes, so search).
  let fits = 0;
  let tooLong = reason.length;
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (Buffer.byteLength(cut(middle)) <= MAX_RESPONSE_BYTES) fits = middle;
    else tooLong = middle;
  }
  return cut(fits);
}

/**
 * PUTs `body` to the pre-signed `url`, each attempt abandoned after `timeoutMs`; tries `RESPONSE_ATTEMPTS` times when
 * the connection fails, times out or the answer is a 5xx (a 4xx, such as an expired URL, will not get better).
 */
export async function sendResponse(url: string, body: string, sleep: (ms: number) => Promise<void>,
  timeoutMs = RESPONSE_TIMEOUT_MS): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await put(url, body, timeoutMs);
      return;
    } catch (e) {
      if (attempt >= RESPONSE_ATTEMPTS || (e as { fatal?: boolean }).fatal) throw e;
      console.log(`Response PUT failed (attempt ${attempt}): ${(e as Error).message}`);
      await sleep(1_000 * attempt);
    }
  }
}

function put(url: string, body: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Pre-signed URLs are https; plain http only serves the tests' local server.
    const request = (url.startsWith('http:') ? http : https).request(url, {
      method: 'PUT',
      // The URL is signed for an empty content type.
      headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
    }, response => {
      response.resume();
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        if (status >= 500) reject(new Error(`the response URL answered ${status}`));
        else if (status >= 300) reject(Object.assign(new Error(`the response URL answered ${status}`), { fatal: true }));
        else resolve();
      });
    });
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`the response URL did not answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}
