import * as fs from 'fs';
import { CfnResource, IPolicyValidationContext, IPolicyValidationPlugin, PolicyValidationPluginReport, PolicyViolation, Stack } from 'aws-cdk-lib';
import { knownEnv } from './private/account';
import { checkAtSynth } from './private/validation';
import { changedSince, recordFields } from '../core/later-changes';
import { Validator } from '../core/validator';
import { checkAttributes, findingsOf, isCheckedType } from '../raw-checks/check-resource';
import { attributeOf } from '../raw-checks/finding';
import { isIntrinsic, templateResources } from '../raw-checks/inputs/cloudformation';

/**
 * A policy-validation plugin that applies the vendors' rules, as this library's constructs apply them, to the
 * synthesized templates of a CDK app: every `AWS::Redshift::EndpointAccess`, `AWS::Redshift::EndpointAuthorization`
 * and snapshot share (an `AwsCustomResource` that calls Redshift AuthorizeSnapshotAccess), whichever construct made
 * it. Each finding names the construct path, the property, the value, the rule and the page it comes from.
 *
 * The constructs of this library check their props when they are created, so a template only reaches the plugin once
 * their resources meet the rules: the plugin reports what raw (L1) resources break. Where a stack's account or Region
 * is known at synth (a literal `env`), it also applies the constructs' rules that need them: no grant to the stack's
 * own account, and a shared snapshot of the stack's account, Region and partition.
 *
 * @example
 * Validations.of(app).addPlugins(new RawResourceValidationPlugin());
 */
export class RawResourceValidationPlugin implements IPolicyValidationPlugin {
  /** The name the validation report shows. */
  public readonly name = 'private-access-constructs';

  /** Checks every template of the app. */
  public validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    const violations: PolicyViolation[] = [];
    for (const { templatePath, accountId, region } of context.stackTemplates) {
      const template = JSON.parse(fs.readFileSync(templatePath, 'utf-8')) as { Resources?: Record<string, { Metadata?: Record<string, unknown> }> };
      if (template.Resources === undefined) continue;
      for (const resource of templateResources(template)) {
        const constructPath = template.Resources[resource.resource]?.Metadata?.['aws:cdk:path'];
        for (const finding of findingsOf({ ...resource, env: { account: accountId, region } }, isIntrinsic)) {
          violations.push({
            // `::` is reserved in rule names (it separates a prefix), so AWS::Redshift::X reads AWS-Redshift-X.
            ruleName: `${finding.type.replace(/::/g, '-')}.${attributeOf(finding.property)}`,
            description: `${finding.property}: ${finding.value} ${finding.rule}`,
            fix: finding.source,
            severity: finding.severity,
            violatingResources: [{
              resourceLogicalId: resource.resource,
              templatePath,
              locations: [`Properties/${finding.property}`],
              ...(typeof constructPath === 'string' ? { constructPath } : {}),
            }],
          });
        }
      }
    }
    return { success: violations.length === 0, violations };
  }
}

/** What `CfnResource` keeps of a resource beyond its generated class's fields (protected and private there). */
interface ResourceInternals {
  readonly cfnProperties: Record<string, unknown>;
  readonly rawOverrides: object;
  _toCloudFormation(): { Resources?: Record<string, { Properties?: unknown }> };
}

const internals = (resource: CfnResource) => resource as unknown as ResourceInternals;

/**
 * Checks `resource`, which a construct of this library made from checked props, once more at synth if an escape hatch
 * changed it after construction (a property set on it, `addPropertyOverride`, `addOverride`): with the rules for raw
 * resources, as its template renders then, each violation on the resource's own path. A resource nobody changed
 * costs a comparison of its properties.
 */
export function checkLaterChanges(resource: CfnResource): void {
  if (!isCheckedType(resource.cfnResourceType)) return;
  // A generated class holds each property as a field a user may set; a plain CfnResource (a custom resource) holds
  // none, and changes only by overrides.
  const fields = Object.keys(internals(resource).cfnProperties).filter(field => field in resource);
  const record = recordFields(resource, fields, internals(resource).rawOverrides);
  checkAtSynth(resource, v => {
    if (!changedSince(resource, record, internals(resource).rawOverrides)) return;
    const stack = Stack.of(resource);
    const template = stack.resolve(internals(resource)._toCloudFormation()) as ReturnType<ResourceInternals['_toCloudFormation']>;
    const properties = template.Resources?.[stack.resolve(resource.logicalId)]?.Properties ?? {};
    // The template is resolved: its references are intrinsics now, not tokens.
    const resolved = new Validator(isIntrinsic);
    checkAttributes(resolved, resource.cfnResourceType, properties, knownEnv(resource));
    v.adopt(resolved.violations);
  });
}
