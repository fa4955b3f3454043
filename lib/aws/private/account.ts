import { Stack, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { Rule, matches, rule } from '../../core/rules';

/** A 12-digit AWS account id (Redshift API, CloudFormation `^\d{12}$`). */
export const ACCOUNT_ID: Rule<string> = matches(/^\d{12}$/, 'be a 12-digit AWS account id');

/**
 * Rejects the account of `scope`'s stack, when that account is known at synth (a literal `env.account`).
 * Granting an account access to its own resources is refused by the Redshift API.
 */
export function notTheStackAccount(scope: IConstruct): Rule<string> {
  const own = Stack.of(scope).account;
  const known = !Token.isUnresolved(own);
  return rule(`must not be the stack's own account (${own}): an account cannot be granted access to its own resources`,
    v => !known || v !== own);
}
