import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import * as core from '../core/validator';

const isUnresolved: core.UnresolvedPredicate = value => Token.isUnresolved(value);

/** Checks props now, leaving cdktf tokens (strings, numbers, lists, maps) unchecked; throws one `ValidationError`. */
export function validateProps(scope: IConstruct, checks: (validator: core.Validator) => void): void {
  core.validateNow(scope, isUnresolved, checks);
}

/** Checks state that can still change after construction when the stack is synthesized. */
export function validateAtSynth(scope: IConstruct, checks: (validator: core.Validator) => void): void {
  core.validateAtSynth(scope, isUnresolved, checks);
}

/** The messages of `checks` run on a fresh token-aware validator, each prefixed with `scope`'s path. */
export function messagesFor(scope: IConstruct, checks: (validator: core.Validator) => void): string[] {
  return core.collectMessages(isUnresolved, checks).map(m => `${scope.node.path}: ${m}`);
}
