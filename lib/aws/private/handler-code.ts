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
