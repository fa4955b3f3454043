import { Aspects, IAspect, TerraformResource } from 'cdktf';
import { IConstruct } from 'constructs';
import { awsProviderEnv } from './aws-provider-env';
import { isCheckedByItsScope } from './checks-its-resources';
import { providerDefaultTags } from './provider-default-tags';
import { checkAtSynth, validateStackAtSynth } from './stack-checks';
import { stacksUnder } from './stacks-under';
import { changedSince, recordFields } from '../core/later-changes';
import { Validator } from '../core/validator';
import { checkAttributes, isCheckedType } from '../raw-checks/check-resource';

/**
 * The resources whose check is registered: aspects visit again at each synthesis, and `addTo` may be called twice,
 * but a resource is checked once.
 */
const REGISTERED = new WeakSet<IConstruct>();

/**
 * Applies the vendors' rules, as this library's constructs apply them, to every resource of the types it knows that a
 * construct of this library did not make: Huawei Cloud and Open Telekom Cloud VPC endpoints, endpoint services and
 * approvals, Alibaba Cloud PrivateLink endpoints, zones, endpoint services, service resources, users and connections
 * (and Redshift endpoint access, provisioned and Serverless, on AWS), whether from this library's bindings, a prebuilt provider package or
 * `cdktf get`. A broken rule fails the synthesis with the library's `ValidationError`, naming each resource's
 * construct path and the argument in Terraform's own names (`whitelist[0]`, `tags["_sys_x"]`). Where the AWS
 * provider names the one account it may run in (`allowed_account_ids`), an endpoint authorization to that account is
 * refused, as `RedshiftEndpointAuthorization` refuses one to its stack's account; where the provider merges its
 * `default_tags` into a resource's tags (Huawei Cloud), they count toward the resource's limit, as for the constructs.
 *
 * cdktf applies aspects from each stack down, never from the app, so `addTo` adds the validation to every stack
 * under the scope it is given: call it once the stacks exist, e.g. just before `app.synth()`.
 *
 * @example
 * RawResourceValidation.addTo(app);
 */
export class RawResourceValidation implements IAspect {
  /**
   * Checks every raw resource of each stack under `scope` (an app or a stack) when the stack is synthesized.
   */
  public static addTo(scope: IConstruct): void {
    const stacks = stacksUnder(scope, 'RawResourceValidation.addTo');
    const validation = new RawResourceValidation();
    for (const stack of stacks) Aspects.of(stack).add(validation);
  }

  /**
   * Registers the check of `node` when it is a resource of a type the rules cover.
   */
  public visit(node: IConstruct): void {
    if (!TerraformResource.isTerraformResource(node) || REGISTERED.has(node)) return;
    const type = node.terraformResourceType;
    if (!isCheckedType(type) || isCheckedByItsScope(node)) return;
    REGISTERED.add(node);
    // Read when the stack is synthesized, so that overrides and later changes are what is checked.
    checkAtSynth(node, validator => checkRendered(validator, node, renderedArguments(node)));
  }
}

/** The arguments of `resource` as it renders now, overrides included. */
function renderedArguments(resource: TerraformResource): Record<string, unknown> {
  const rendered = resource.toTerraform() as { resource?: Record<string, Record<string, Record<string, unknown>>> };
  return rendered.resource?.[resource.terraformResourceType]?.[resource.friendlyUniqueId] ?? {};
}

/** Applies the rules of `resource`'s type to `args`, with what its providers tell of where and how it deploys. */
function checkRendered(validator: Validator, resource: TerraformResource, args: Record<string, unknown>): void {
  const env = { ...awsProviderEnv(resource), providerDefaultTags: providerDefaultTags(resource) };
  checkAttributes(validator, resource.terraformResourceType, args, env);
}

/** Fields of cdktf's own that change without anyone changing the resource (a logical ID cached on first read). */
const CACHE_FIELDS = new Set(['_friendlyUniqueId']);

const overridesOf = (resource: TerraformResource) => (resource as unknown as { rawOverrides: object }).rawOverrides;

/** The fields each resource class sets in its constructor, read once per class: every endpoint of an app asks. */
const FIELDS_OF_CLASS = new WeakMap<Function, readonly string[]>();

function recordedFields(resource: TerraformResource): readonly string[] {
  let fields = FIELDS_OF_CLASS.get(resource.constructor);
  if (fields === undefined) {
    fields = Object.keys(resource).filter(field => field.startsWith('_') && !CACHE_FIELDS.has(field));
    FIELDS_OF_CLASS.set(resource.constructor, fields);
  }
  return fields;
}

/**
 * Checks `resource`, which a construct of this library made from checked props, once more at synth if an escape hatch
 * changed it after construction (a property set on it, an `addOverride`): with the rules for raw resources, as it
 * renders then, each violation on the resource's own path. Its tags field is left to the construct's check of its
 * final tags; tags given by an override only this check sees. A resource nobody changed costs a comparison of its
 * fields.
 */
export function checkLaterChanges(resource: TerraformResource): void {
  if (!isCheckedType(resource.terraformResourceType)) return;
  const made = { resource, record: recordFields(resource, recordedFields(resource), overridesOf(resource)) };
  validateStackAtSynth(resource, 'later-changes', made, (_stack, members: readonly (typeof made)[], checkFor) => {
    for (const { resource: changed, record } of members) {
      if (!changedSince(changed, record, overridesOf(changed))) continue;
      checkFor(changed, validator => {
        const { tags, ...args } = renderedArguments(changed);
        checkRendered(validator, changed, 'tags' in overridesOf(changed) ? { ...args, tags } : args);
      });
    }
  });
}
