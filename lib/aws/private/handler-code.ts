import * as path from 'path';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/**
 * The code of the library's Lambda handlers: the compiled `handlers` folder as it ships in the package (each
 * function names its own entry, e.g. `snapshot-share/index.handler`), without sources and declarations. One asset
 * for every handler, so a stack with several of them uploads it once.
 */
export function handlerCode(): lambda.Code {
  return lambda.Code.fromAsset(path.join(__dirname, 'handlers'), { exclude: ['*.ts'] });
}

/**
 * The runtime every handler is tested on: a fixed version, not `NODEJS_LATEST`, so that upgrading aws-cdk-lib does not
 * change the template; it includes the AWS SDK for JavaScript v3, which the handlers use.
 */
export const HANDLER_RUNTIME = lambda.Runtime.NODEJS_24_X;

/** Why the handlers keep {@link HANDLER_RUNTIME} when aws-cdk-lib knows a newer one (cdk-nag's `AwsSolutions-L1`). */
export const PINNED_RUNTIME_REASON = 'The library pins the Node.js runtime its handlers are tested on, so that a newer '
  + 'aws-cdk-lib does not change the function; a library release moves it to a newer runtime.';
