import { TerraformProvider, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { validateWithStack } from './stack-validation';

/** Strips the registry host and lower-cases a provider source, so `registry.terraform.io/A/b` matches `a/b`. */
export function normalizeSource(source: string): string {
  return source.toLowerCase().replace(/^registry\.terraform\.io\//, '');
}

/** The stack's providers for `source`, in any class (the generated ones here or prebuilt `@cdktf/provider-*` ones). */
export function providersFor(stack: TerraformStack, source: string): TerraformProvider[] {
  return stack.allProviders().filter(p => p.terraformProviderSource !== undefined && normalizeSource(p.terraformProviderSource) === source);
}

/**
 * Fails synthesis when the construct's stack has no provider for `source` and none was passed in `explicit`.
 */
export function requireProvider(scope: IConstruct, source: string, explicit?: TerraformProvider): void {
  if (explicit) return;
  validateWithStack(scope, `provider:${source}`, scope, (stack, members) => {
    if (providersFor(stack, source).length > 0) return [];
    const name = source.split('/')[1];
    const hint = `Add one to the stack (e.g. new ${name.charAt(0).toUpperCase()}${name.slice(1)}Provider(stack, '${name}', {...})) ` +
      'or pass it as the "provider" prop.';
    return members.map(m => `${m.node.path}: the stack "${stack.node.id}" has no provider for "${source}". ${hint}`);
  });
}
