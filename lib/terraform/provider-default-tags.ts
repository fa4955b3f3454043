import { TerraformResource, TerraformStack, Token } from 'cdktf';

/**
 * The literal `default_tags` of the provider `resource` deploys with: its `provider`, or else the stack's provider of
 * its kind without an alias, which Terraform gives it. Undefined when that provider has none, or they hold a token.
 *
 * @see https://developer.hashicorp.com/terraform/language/meta-arguments/resource-provider
 */
export function providerDefaultTags(resource: TerraformResource): Record<string, string> | undefined {
  const name = resource.terraformGeneratorMetadata?.providerName ?? resource.terraformResourceType.split('_')[0];
  const provider = resource.provider
    ?? TerraformStack.of(resource).allProviders().find(p => p.terraformResourceType === name && p.alias === undefined);
  const config = (provider?.toTerraform() as { provider?: Record<string, Record<string, unknown>[]> } | undefined)?.provider?.[name]?.[0];
  const tags = config?.default_tags;
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags)) return undefined;
  const entries = Object.entries(tags);
  const literal = entries.every(([key, value]) => typeof value === 'string' && !Token.isUnresolved(key) && !Token.isUnresolved(value));
  return literal ? Object.fromEntries(entries) as Record<string, string> : undefined;
}
