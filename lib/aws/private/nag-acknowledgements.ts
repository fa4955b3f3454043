import { CfnResource, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** The cdk-nag rule that reports each wildcard resource of an IAM policy (AwsSolutions pack), one finding per resource. */
export const WILDCARD_RULE = 'AwsSolutions-IAM5';

/**
 * Acknowledges cdk-nag's `AwsSolutions-IAM5` findings on the wildcard resources of `policy`, for `reason`. Each
 * finding is named as cdk-nag names it, from the policy as it renders: the partition, region and account are literals
 * or `<AWS::Partition>`-style references depending on the stack's environment and feature flags
 * (`@aws-cdk/core:enablePartitionLiterals`), so a name written by hand matches only some stacks. Written for both
 * cdk-nag versions: an acknowledgement per finding (cdk-nag 3, a policy-validation plugin) and a `cdk_nag`
 * suppression with `applies_to` on the resource (cdk-nag 2, an aspect). Call it once the statements are final.
 *
 * @see https://github.com/cdklabs/cdk-nag#suppressing-a-rule
 */
export function acknowledgeWildcardResources(policy: iam.Policy, reason: string): void {
  const findings = wildcardResources(policy).map(resource => `Resource::${resource}`);
  if (findings.length === 0) return;
  Validations.of(policy).acknowledge(...findings.map(finding => ({ id: `${WILDCARD_RULE}[${finding}]`, reason })));
  (policy.node.defaultChild as CfnResource).addMetadata('cdk_nag', { rules_to_suppress: [{ id: WILDCARD_RULE, reason, applies_to: findings }] });
}

/** The cdk-nag rule that reports a Lambda function whose runtime is not the newest of its family in aws-cdk-lib. */
export const LATEST_RUNTIME_RULE = 'AwsSolutions-L1';

/**
 * Acknowledges cdk-nag's `AwsSolutions-L1` finding on `fn`, whose runtime the library pins: cdk-nag compares it with
 * the newest runtime of the user's aws-cdk-lib, so each aws-cdk-lib that adds a Node.js version would fail a synth that
 * passed before. Written for both cdk-nag versions, as {@link acknowledgeWildcardResources} is.
 */
export function acknowledgePinnedRuntime(fn: lambda.Function, reason: string): void {
  Validations.of(fn).acknowledge({ id: LATEST_RUNTIME_RULE, reason });
  (fn.node.defaultChild as CfnResource).addMetadata('cdk_nag', { rules_to_suppress: [{ id: LATEST_RUNTIME_RULE, reason }] });
}

/** The resources of the policy's Allow statements that contain `*`, each once, as rendered and flattened. */
function wildcardResources(policy: iam.Policy): string[] {
  const document = Stack.of(policy).resolve(policy.document) as { Statement?: { Effect: string; Resource?: unknown }[] };
  const resources = (document.Statement ?? []).filter(s => s.Effect === 'Allow').flatMap(s => [s.Resource ?? []].flat());
  return [...new Set(resources.map(flatten))].filter(resource => resource.includes('*'));
}

/**
 * A rendered value as one string, the way cdk-nag writes a finding: `Fn::Join` joined, a `Ref` as `<Name>`. The
 * library's policies render nothing else; any other intrinsic is kept as JSON, which names no finding (and so leaves
 * it unacknowledged, for the tests to see).
 */
function flatten(value: unknown): string {
  if (typeof value === 'string') return value;
  const object = value as Record<string, unknown>;
  if (Array.isArray(object['Fn::Join'])) {
    const [separator, parts] = object['Fn::Join'] as [string, unknown[]];
    return parts.map(flatten).join(separator);
  }
  if (typeof object.Ref === 'string') return `<${object.Ref}>`;
  return JSON.stringify(value);
}
