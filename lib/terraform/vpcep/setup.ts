import { Annotations, TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { checkTags } from '../../core/tags';
import { requireProvider } from '../provider-check';
import { validateAtSynth, validateProps } from '../validation';
import { VpcepCloud } from './cloud';
import { VpcepEndpointProps } from './props';
import { checkMergedTagCount, checkVpcepProps, vpcepWarnings } from './validate';

function sourceOf(provider: TerraformProvider): string | undefined {
  return provider.terraformProviderSource?.toLowerCase().replace(/^registry\.terraform\.io\//, '');
}

/** The provider the resource will use: the one passed in, else the stack's default (unaliased) one for the cloud. */
function effectiveProvider(scope: Construct, props: VpcepEndpointProps, cloud: VpcepCloud): TerraformProvider | undefined {
  if (props.provider) return props.provider;
  return TerraformStack.of(scope).node.findAll()
    .find((c): c is TerraformProvider => c instanceof TerraformProvider && sourceOf(c) === cloud.providerSource && !c.alias);
}

function defaultTagsOf(provider: TerraformProvider | undefined): Record<string, string> | undefined {
  return (provider as { defaultTags?: Record<string, string> } | undefined)?.defaultTags;
}

/**
 * Validates a VPC endpoint's props for `cloud` (throwing one `ValidationError`), records warnings, and registers the
 * checks that must wait for synthesis: a provider for the cloud in the stack, and the resource's final tags (an aspect
 * may have changed them), counted after the provider merges its default tags in.
 */
export function validateVpcepEndpoint(
  scope: Construct,
  props: VpcepEndpointProps,
  cloud: VpcepCloud,
  finalTags: () => Record<string, string> | undefined,
): void {
  validateProps(scope, v => {
    checkVpcepProps(v, props, cloud);
    for (const warning of vpcepWarnings(v, props)) Annotations.of(scope).addWarning(warning);
  });
  requireProvider(scope, cloud.providerSource, props.provider);
  validateAtSynth(scope, v => {
    const tags = finalTags();
    checkTags(v, 'tags', tags, cloud.tagPolicy);
    if (cloud.mergesProviderDefaultTags) {
      checkMergedTagCount(v, tags, defaultTagsOf(effectiveProvider(scope, props, cloud)), cloud);
    }
  });
}
