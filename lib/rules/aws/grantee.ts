import { OWN_ACCOUNT_REASON, OWN_ACCOUNT_REFERENCE, grantee } from './account-id';
import { AttributeCheck, EnvRules } from '../surfaces/attribute-checks';

/** A grantee account, as the constructs check it against their stack's account. */
export const GRANTEE_RULES: EnvRules = {
  rules: grantee,
  described: [`must not be the stack's own account, where that is known: ${OWN_ACCOUNT_REASON}`],
};

/** A grantee account in a template: also refused as `{ "Ref": "AWS::AccountId" }`, the stack's account in any stack. */
export function templateGrantee(check: AttributeCheck): AttributeCheck {
  return {
    ...check,
    rules: [...check.rules, 'must not be { "Ref": "AWS::AccountId" }, the stack\'s own account'],
    check: (v, property, value, env) => {
      if (JSON.stringify(value) === JSON.stringify(OWN_ACCOUNT_REFERENCE.template)) v.fail(property, value, OWN_ACCOUNT_REFERENCE.message);
      else check.check(v, property, value, env);
    },
  };
}
