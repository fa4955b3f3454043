import { TerraformProvider } from 'cdktf';
import { IConstruct } from 'constructs';
import { providersFor } from './provider-check';
import { checkAtSynth, validateStackAtSynth } from './stack-checks';
import { countBetween } from '../core/rules';
import { TagPolicy } from '../core/tags';
import { Validator } from '../core/validator';

/** How a construct's resource gets its tags, for the checks at synth. */
export interface FinalTagsOptions {
  /** The cloud's tag rules. */
  readonly policy: TagPolicy;
  /** The registry source of the cloud's provider. */
  readonly providerSource: string;
  /** Whether the provider merges its `default_tags` into the resource's tags, so that they count against the limit. */
  readonly mergesProviderDefaultTags: boolean;
  /** The provider passed in the construct's props, if any. */
  readonly provider?: TerraformProvider;
}

function defaultTagsOf(provider: TerraformProvider | undefined): Record<string, string> | undefined {
  return (provider as { defaultTags?: Record<string, string> } | undefined)?.defaultTags;
}

/**
 * Re-checks the resource's tags at synth, as they are then (an aspect may have added some), and, where the provider
 * merges its `default_tags` in, the count after merging.
 */
export function checkFinalTags(scope: IConstruct, finalTags: () => Record<string, string> | undefined, options: FinalTagsOptions): void {
  checkAtSynth(scope, v => v.checkTags('tags', finalTags(), options.policy));
  if (!options.mergesProviderDefaultTags) return;
  const { provider, policy, providerSource } = options;
  if (provider) {
    checkAtSynth(scope, v => checkMergedTagCount(v, finalTags(), defaultTagsOf(provider), policy));
  } else {
    // Without an explicit provider the resource uses the stack's unaliased one: found once for all constructs.
    validateStackAtSynth(scope, `default-tags:${providerSource}`, { scope, finalTags }, (stack, members, checkFor) => {
      const defaultTags = defaultTagsOf(providersFor(stack, providerSource).find(p => !p.alias));
      for (const m of members) checkFor(m.scope, v => checkMergedTagCount(v, m.finalTags(), defaultTags, policy));
    });
  }
}

/** The resource's own value wins for a key both have; only literal maps can be counted. */
function checkMergedTagCount(v: Validator, resourceTags: Record<string, string> | undefined,
  defaultTags: Record<string, string> | undefined, policy: TagPolicy): void {
  if (!v.isLiteral(defaultTags) || (resourceTags !== undefined && !v.isLiteral(resourceTags))) return;
  const merged = Object.keys({ ...defaultTags, ...resourceTags });
  v.check('tags', merged, countBetween<string>(0, policy.maxTags, "tags once the provider's default_tags are merged in"));
}
