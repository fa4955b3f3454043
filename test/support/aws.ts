/**
 * CloudFormation test helpers. Every AWS test app runs AWS's own template validator (the cfn-lint rule set that
 * aws-cdk-lib ships) with findings turned into errors, so `app.synth()` throws on anything it would flag.
 */
import { App, AppProps, Stack } from 'aws-cdk-lib';

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
