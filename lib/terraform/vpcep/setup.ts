import { Annotations, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { checkTags } from '../../core/tags';
import { providersFor, requireProvider } from '../provider-check';
import { validateWithStack } from '../stack-validation';
import { messagesFor, validateAtSynth, validateProps } from '../validation';
import { VpcepCloud } from './cloud';
import { VpcepEndpointProps } from './props';
import { checkMergedTagCount, checkVpcepProps, vpcepWarnings } from './validate';

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
  validateAtSynth(scope, v => checkTags(v, 'tags', finalTags(), cloud.tagPolicy));
  if (!cloud.mergesProviderDefaultTags) return;
  if (props.provider) {
    const provider = props.provider;
    validateAtSynth(scope, v => checkMergedTagCount(v, finalTags(), defaultTagsOf(provider), cloud));
  } else {
    // Without an explicit provider the resource uses the stack's unaliased one: found once for all endpoints.
    validateWithStack(scope, `default-tags:${cloud.providerSource}`, { scope, finalTags }, (stack, members) => {
      const defaultTags = defaultTagsOf(providersFor(stack, cloud.providerSource).find(p => !p.alias));
      return members.flatMap(m => messagesFor(m.scope, v => checkMergedTagCount(v, m.finalTags(), defaultTags, cloud)));
    });
  }
}
