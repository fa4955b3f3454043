import { TerraformProvider, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { validateStackAtSynth } from './stack-checks';
import { Validator } from '../core/validator';

/** Strips the registry host and lower-cases a provider source, so `registry.terraform.io/A/b` matches `a/b`. */
export function normalizeSource(source: string): string {
  return source.toLowerCase().replace(/^registry\.terraform\.io\//, '');
}

/** The stack's providers for `source`, in any class (the generated ones here or prebuilt `@cdktf/provider-*` ones). */
export function providersFor(stack: TerraformStack, source: string): TerraformProvider[] {
  return stack.allProviders().filter(p => p.terraformProviderSource !== undefined && normalizeSource(p.terraformProviderSource) === source);
}

/** A provider passed in props must be one of the construct's cloud: another cloud's would fail only at plan time. */
export function checkProviderProp(v: Validator, provider: TerraformProvider | undefined, source: string): void {
  if (provider === undefined || !v.isLiteral(provider.terraformProviderSource)) return;
  const given = normalizeSource(provider.terraformProviderSource ?? '');
  if (given !== source) {
    v.fail('provider', provider, `must be a provider for "${source}", not for ${given ? v.render(given) : 'an unknown source'}`);
  }
}

const SHOWN_MEMBERS = 3;

/**
 * Fails synthesis when the construct's stack has no provider for `source` and none was passed in `explicit`, once per
 * stack however many constructs need it.
 */
export function requireProvider(scope: IConstruct, source: string, explicit?: TerraformProvider): void {
  if (explicit) return;
  validateStackAtSynth(scope, `provider:${source}`, scope, (stack, members, checkFor) => {
    if (providersFor(stack, source).length > 0) return;
    const name = source.split('/')[1];
    const paths = members.slice(0, SHOWN_MEMBERS).map(m => m.node.path).join(', ');
    const more = members.length > SHOWN_MEMBERS ? ` and ${members.length - SHOWN_MEMBERS} more` : '';
    checkFor(stack, v => v.fail('provider', undefined,
      `must be passed, or the stack "${stack.node.id}" must have a provider for "${source}" (used by ${paths}${more}): ` +
      `add one (e.g. new ${name.charAt(0).toUpperCase()}${name.slice(1)}Provider(stack, '${name}', {...})) or pass it as the "provider" prop`));
  });
}
