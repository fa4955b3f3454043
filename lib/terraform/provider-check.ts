import { TerraformProvider, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/** Strips the registry host and lower-cases a provider source, so `registry.terraform.io/A/b` matches `a/b`. */
function normalizeSource(source: string): string {
  return source.toLowerCase().replace(/^registry\.terraform\.io\//, '');
}

function providesSource(provider: TerraformProvider, source: string): boolean {
  return provider.terraformProviderSource !== undefined && normalizeSource(provider.terraformProviderSource) === source;
}

/**
 * Fails synthesis when the construct's stack has no provider for `source` and none was passed in `explicit`.
 * Any provider class with that source counts, including prebuilt `@cdktf/provider-*` ones.
 */
export function requireProvider(scope: IConstruct, source: string, explicit?: TerraformProvider): void {
  scope.node.addValidation({
    validate: () => {
      if (explicit) return [];
      const stack = TerraformStack.of(scope);
      const found = stack.node.findAll().some(c => c instanceof TerraformProvider && providesSource(c, source));
      return found
        ? []
        : [`${scope.node.path}: the stack "${stack.node.id}" has no provider for "${source}". ` +
          `Add one to the stack (e.g. new ${providerClassHint(source)}(stack, '${source.split('/')[1]}', {...})) or pass it as the "provider" prop.`];
    },
  });
}

function providerClassHint(source: string): string {
  const name = source.split('/')[1];
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}Provider`;
}
