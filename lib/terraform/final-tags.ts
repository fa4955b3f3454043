import { TerraformProvider, TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { providersFor } from './provider-check';
import { validateStackAtSynth } from './stack-checks';
import { TagPolicy, mergedTagCount, mergedTagKeys } from '../core/tags';
import { Validator } from '../core/validator';

/**
 * How a kind of resource gets its tags, for the checks at synth. Give one constant object per kind of resource: the
 * constructs that share it are checked in one pass over the stack.
 */
export interface FinalTagsOptions {
  /** The cloud's tag rules. */
  readonly tagPolicy: TagPolicy;
  /** The registry source of the cloud's provider. */
  readonly providerSource: string;
  /** Whether the provider merges its `default_tags` into the resource's tags, so that they count against the limit. */
  readonly mergesProviderDefaultTags: boolean;
}

/** A resource as the tag checks read it: generated resources with tags have `tagsInput`. */
type TaggedResource = TerraformResource & { readonly tagsInput?: Record<string, string> };

/** One key per options object, so that constructs of one kind share one entry in their stack's checks. */
const KEYS = new Map<FinalTagsOptions, string>();

function keyOf(options: FinalTagsOptions): string {
  let key = KEYS.get(options);
  if (key === undefined) {
    key = `final-tags:${KEYS.size}`;
    KEYS.set(options, key);
  }
  return key;
}

function defaultTagsOf(provider: TerraformProvider | undefined): Record<string, string> | undefined {
  return (provider as { defaultTags?: Record<string, string> } | undefined)?.defaultTags;
}

/**
 * Re-checks the tags of `scope`'s resource (`node.defaultChild`) at synth, as they are then (an aspect may have added
 * some), and, where the provider merges its `default_tags` in, the count after merging with the resource's provider
 * (or the stack's unaliased one). The construct is the only thing held until then.
 */
export function checkFinalTags(scope: IConstruct, options: FinalTagsOptions): void {
  validateStackAtSynth(scope, keyOf(options), scope, (stack, members, checkFor) => {
    const stackDefaultTags = options.mergesProviderDefaultTags ? unaliasedDefaultTags(stack, options.providerSource) : undefined;
    for (const member of members) {
      const resource = member.node.defaultChild as TaggedResource;
      const tags = resource.tagsInput;
      checkFor(member, v => {
        v.checkTags('tags', tags, options.tagPolicy);
        if (!options.mergesProviderDefaultTags) return;
        const defaultTags = resource.provider ? defaultTagsOf(resource.provider) : stackDefaultTags;
        checkMergedTagCount(v, tags, defaultTags, options.tagPolicy);
      });
    }
  });
}

/** The `default_tags` of the stack's unaliased provider for `source`, which a resource without a provider uses. */
function unaliasedDefaultTags(stack: TerraformStack, source: string): Record<string, string> | undefined {
  return defaultTagsOf(providersFor(stack, source).find(p => !p.alias));
}

/** The resource's own value wins for a key both have; only literal maps can be counted. */
function checkMergedTagCount(v: Validator, resourceTags: Record<string, string> | undefined,
  defaultTags: Record<string, string> | undefined, policy: TagPolicy): void {
  if (!v.isLiteral(defaultTags) || (resourceTags !== undefined && !v.isLiteral(resourceTags))) return;
  v.check('tags', mergedTagKeys(resourceTags, defaultTags), mergedTagCount(policy));
}
