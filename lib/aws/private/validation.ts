import { Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import * as core from '../../core/validator';

const isUnresolved: core.UnresolvedPredicate = value => Token.isUnresolved(value);

/** Checks props now, leaving aws-cdk-lib tokens (strings, numbers, lists) unchecked; throws one `ValidationError`. */
export function validateProps(scope: IConstruct, checks: (validator: core.Validator) => void): void {
  core.validateNow(scope, isUnresolved, checks);
}

/** Checks state that can still change after construction when the app is synthesized. */
export function validateAtSynth(scope: IConstruct, checks: (validator: core.Validator) => void): void {
  core.validateAtSynth(scope, isUnresolved, checks);
}
