/**
 * CloudFormation test helpers. Every AWS test app runs AWS's own template validator (the cfn-lint rule set that
 * aws-cdk-lib ships) with findings turned into errors, so `app.synth()` throws on anything it would flag.
 */
import { App, AppProps, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';

export const VALIDATE_AGAINST_DEFAULT_RULES = '@aws-cdk/core:validateAgainstDefaultRules';

/** An app whose synth fails on any finding of the built-in CloudFormation validator. */
export function validatedApp(props: AppProps = {}): App {
  return new App({ ...props, context: { [VALIDATE_AGAINST_DEFAULT_RULES]: true, ...props.context } });
}

/** A stack in a validated app. Pass `env` to make the account known to the constructs. */
export function validatedStack(id = 'Stack', env?: { account?: string; region?: string }): Stack {
  return new Stack(validatedApp(), id, { env });
}

/** Synthesizes the whole app of `stack`, running the validator; throws on any finding. */
export function synthValidated(stack: Stack): void {
  (stack.node.root as App).synth();
}

/** An account and region for a stack; `undefined` makes it environment-agnostic. */
export type StackEnv = { account: string; region: string } | undefined;

/** A cluster owner's stack and a consumer's stack in one validated app. */
export function ownerAndConsumer(ownerEnv: StackEnv, consumerEnv: StackEnv): { app: App; owner: Stack; consumer: Stack } {
  const app = validatedApp();
  return { app, owner: new Stack(app, 'Owner', { env: ownerEnv }), consumer: new Stack(app, 'Consumer', { env: consumerEnv }) };
}

/**
 * The ways a template reads a value of another stack: an import of an export, a cross-account stack-output lookup, or
 * a cross-region exports reader.
 */
export function crossStackReferences(stack: Stack): string[] {
  const text = JSON.stringify(Template.fromStack(stack).toJSON());
  return ['Fn::ImportValue', 'Fn::GetStackOutput', 'ExportsReader'].filter(kind => text.includes(kind));
}
