import { TerraformProvider, TerraformResource, TerraformStack, Token } from 'cdktf';
import type { KnownEnv } from '../rules/aws/account-id';

/**
 * What the AWS provider of `resource` tells of the account it deploys to: `allowed_account_ids` naming exactly one
 * literal account, since Terraform refuses to run that provider in any other. Nothing for a resource of another
 * cloud, or a provider that names no single account (it runs wherever its credentials point).
 *
 * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs#allowed_account_ids
 */
export function awsProviderEnv(resource: TerraformResource): KnownEnv {
  if (!resource.terraformResourceType.startsWith('aws_')) return {};
  const provider = resource.provider ?? defaultAwsProvider(TerraformStack.of(resource));
  const config = (provider?.toTerraform() as { provider?: Record<string, Record<string, unknown>[]> } | undefined)?.provider?.aws?.[0];
  const allowed = config?.allowed_account_ids;
  if (!Array.isArray(allowed) || allowed.length !== 1 || typeof allowed[0] !== 'string' || Token.isUnresolved(allowed[0])) return {};
  return { account: allowed[0] };
}

/** The provider Terraform gives an `aws_*` resource without a `provider` argument: the stack's `aws` one without alias. */
function defaultAwsProvider(stack: TerraformStack): TerraformProvider | undefined {
  return stack.allProviders().find(p => p.terraformResourceType === 'aws' && p.alias === undefined);
}
