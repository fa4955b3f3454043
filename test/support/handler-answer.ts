/**
 * Runs one of the library's handlers for one request of the CloudFormation emulator and returns the answer it PUT,
 * as the emulator expects it; a FAILED answer is also noted in `failures`, for tests to assert on.
 */
import { CustomResourceRequest } from './cloudformation-emulator';

type Respond = (url: string, body: string) => Promise<void>;
type Handler = (event: any, context: { getRemainingTimeInMillis(): number }) => Promise<void>;

export async function answerOf(request: CustomResourceRequest, remainingMs: () => number, build: (respond: Respond) => Handler,
  failures: string[]): Promise<any> {
  let answer: any;
  await build(async (_url, body) => { answer = JSON.parse(body); })(request, { getRemainingTimeInMillis: remainingMs });
  if (answer.Status === 'FAILED') failures.push(`${request.RequestType} ${request.LogicalResourceId}: ${answer.Reason}`);
  return answer;
}
