import { renderValue } from '../../core/render';
import { Rule, matches, rule } from '../../core/rules';

/** A 12-digit AWS account id (Redshift API, CloudFormation `^\d{12}$`). */
export const ACCOUNT_ID_RULE: Rule<string> = matches(/^\d{12}$/, 'be a 12-digit AWS account id');

/**
 * Where a stack deploys, as far as synthesis knows it: its literal account and Region; either is undefined when the
 * stack is environment-agnostic or names it with a token.
 */
export interface KnownEnv {
  readonly account?: string;
  readonly region?: string;
  /**
   * The literal `default_tags` of the Terraform provider the resource deploys with, which some providers merge into
   * its tags (undefined when it has none, or they are not known).
   */
  readonly providerDefaultTags?: Readonly<Record<string, string>>;
}

/** Why a grant to the stack's own account is refused: the Redshift API refuses it. */
export const OWN_ACCOUNT_REASON = 'an account cannot be granted access to its own resources';

/** What a grantee account given as the stack's own account id (`Aws.ACCOUNT_ID`) breaks, whatever the account is. */
export const OWN_ACCOUNT_REFERENCE = {
  /** The account as CloudFormation reads it from the template. */
  template: { Ref: 'AWS::AccountId' },
  message: `must not be the stack's own account: ${OWN_ACCOUNT_REASON}`,
};

/** The rules a grantee account breaks by being the stack's own (none when the stack's account is not known). */
export function grantee(env: KnownEnv): Rule<string>[] {
  const own = env.account;
  return own === undefined ? [] : [rule(`must not be the stack's own account (${renderValue(own)}): ${OWN_ACCOUNT_REASON}`, v => v !== own)];
}
