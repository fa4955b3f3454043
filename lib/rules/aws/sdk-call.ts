/**
 * The SDK call an `AwsCustomResource` (`Custom::AWS`) makes on create or update, as aws-cdk-lib writes it into its
 * `Create` and `Update` properties: JSON text, or an `Fn::Sub` or `Fn::Join` of it where the call holds values
 * computed at deploy (hand-written templates put a parameter into the call so).
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources.AwsCustomResource.html
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html
 */

/** Redshift's service, as aws-cdk-lib's custom resources take it: SDK v2's `Redshift`, v3's package name. */
export const REDSHIFT_SERVICE = /^(redshift|@aws-sdk\/client-redshift)$/i;
/** Redshift Serverless's service: SDK v2's `RedshiftServerless`, v3's `redshift-serverless` and its package name. */
export const REDSHIFT_SERVERLESS_SERVICE = /^(redshiftserverless|redshift-serverless|@aws-sdk\/client-redshift-serverless)$/i;

/** An action as aws-cdk-lib's custom resources take it: SDK v2's `authorizeSnapshotAccess`, v3's command name. */
export function sdkAction(name: string): RegExp {
  return new RegExp(`^${name}(Command)?$`, 'i');
}

/** One SDK call, as written. */
export interface SdkCall {
  readonly service?: unknown;
  readonly action?: unknown;
  readonly parameters?: Record<string, unknown>;
  readonly region?: unknown;
  readonly assumedRoleArn?: unknown;
}

/**
 * The JSON text of an SDK call: the text itself, or that of an `Fn::Sub` or an `Fn::Join`, whose computed parts read
 * as `${...}`. `computed` says whether such parts may occur.
 */
function sdkCallText(value: unknown): { text: string; computed: boolean } | undefined {
  if (typeof value === 'string') return { text: value, computed: false };
  const { 'Fn::Sub': sub, 'Fn::Join': join } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const template = Array.isArray(sub) ? sub[0] : sub;
  if (typeof template === 'string') return { text: template, computed: true };
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    return { text: join[1].map(part => (typeof part === 'string' ? part : '${}')).join(join[0]), computed: true };
  }
  return undefined;
}

/**
 * The call `value` (a `Create` or `Update` property) makes, and which of its string values are known before the
 * deploy (a value with a computed part is not); undefined when it is no SDK call.
 */
export function sdkCallOf(value: unknown): { call: SdkCall; known: (given: unknown) => boolean } | undefined {
  const source = sdkCallText(value);
  if (source === undefined) return undefined;
  let call: unknown;
  try {
    call = JSON.parse(source.text);
  } catch {
    return undefined;
  }
  if (typeof call !== 'object' || call === null || Array.isArray(call)) return undefined;
  return { call: call as SdkCall, known: given => !(source.computed && typeof given === 'string' && given.includes('${')) };
}

/**
 * A parameter's value as the rules see it: a string with a computed part, alone or in a list, as the `Fn::Sub` it
 * is, which the checks never judge as a literal.
 */
export function asWritten(given: unknown, known: (given: unknown) => boolean): unknown {
  if (Array.isArray(given)) return given.map(entry => asWritten(entry, known));
  return known(given) ? given : { 'Fn::Sub': given };
}
