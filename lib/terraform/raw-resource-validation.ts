import { Aspects, IAspect, TerraformResource } from 'cdktf';
import { IConstruct } from 'constructs';
import { isCheckedByItsScope } from './checked-by-construct';
import { validateAtSynth } from './stack-checks';
import { checkAttributes, isCheckedType } from '../scan/scan';

/**
 * Applies the vendors' rules, as this library's constructs apply them, to every resource of the types it knows that a
 * construct of this library did not make: Huawei Cloud and Open Telekom Cloud VPC endpoints, endpoint services and
 * approvals, Alibaba Cloud PrivateLink endpoints, zones, endpoint services, service resources, users and connections
 * (and Redshift endpoint access on AWS), whether from this library's bindings, a prebuilt provider package or
 * `cdktf get`. A broken rule fails the synthesis with the library's `ValidationError`, naming each resource's
 * construct path and the argument in Terraform's own names (`whitelist[0]`, `tags["_sys_x"]`).
 *
 * @example
 * RawResourceValidation.addTo(app);
 */
export class RawResourceValidation implements IAspect {
  /**
   * Checks every raw resource under `scope` (an app or a stack) when it is synthesized.
   */
  public static addTo(scope: IConstruct): void {
    Aspects.of(scope).add(new RawResourceValidation());
  }

  private readonly registered = new WeakSet<IConstruct>();

  /**
   * Registers the check of `node` when it is a resource of a type the rules cover.
   */
  public visit(node: IConstruct): void {
    if (!TerraformResource.isTerraformResource(node) || this.registered.has(node)) return;
    const type = node.terraformResourceType;
    if (!isCheckedType(type) || isCheckedByItsScope(node)) return;
    this.registered.add(node);
    // Read when the stack is synthesized, so that overrides and later changes are what is checked.
    validateAtSynth(node, validator => {
      const rendered = node.toTerraform() as { resource?: Record<string, Record<string, unknown>> };
      checkAttributes(validator, type, rendered.resource?.[type]?.[node.friendlyUniqueId]);
    });
  }
}
