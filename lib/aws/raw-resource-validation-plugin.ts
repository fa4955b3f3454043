import * as fs from 'fs';
import { IPolicyValidationContext, IPolicyValidationPlugin, PolicyValidationPluginReport, PolicyViolation } from 'aws-cdk-lib';
import { findingsOf } from '../raw-checks/check-resource';
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
