import { Fn, TerraformMetaArguments, Token } from 'cdktf';
import { VpcepEndpointProps, VpcepPolicyStatement } from './props';

/** The Terraform meta-arguments (provider, dependsOn, count, forEach, lifecycle, ...) the user passed. */
export function metaArguments(props: VpcepEndpointProps): TerraformMetaArguments {
  const { provider, dependsOn, count, forEach, lifecycle, provisioners, connection } = props;
  return { provider, dependsOn, count, forEach, lifecycle, provisioners, connection };
}

/**
 * The `policy_statement` argument both providers take: a JSON array of `{Effect, Action, Resource}`.
 * Literal statements become a JSON string; statements holding tokens become a Terraform `jsonencode(...)`.
 */
export function renderPolicyStatements(statements: VpcepPolicyStatement[] | undefined): string | undefined {
  if (statements === undefined) return undefined;
  if (Token.isUnresolved(statements)) return Fn.jsonencode(statements);
  const document = statements.map(s => ({ Effect: s.effect, Action: s.actions, Resource: s.resources }));
  const json = JSON.stringify(document);
  return Token.isUnresolved(json) ? Fn.jsonencode(document) : json;
}

/**
 * The argument values both clouds share, with this library's defaults applied: DNS off unless asked for (the
 * providers' defaults differ, so it is always rendered) and a given whitelist enabled.
 */
export function commonArguments(props: VpcepEndpointProps) {
  return {
    serviceId: props.serviceId,
    vpcId: props.vpcId,
    enableDns: props.enableDns ?? false,
    enableWhitelist: props.enableWhitelist ?? (props.whitelist !== undefined ? true : undefined),
    whitelist: props.whitelist,
    description: props.description,
    tags: props.tags,
    policyStatement: renderPolicyStatements(props.policyStatements),
  };
}
