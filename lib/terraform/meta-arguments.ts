import type { TerraformMetaArguments } from 'cdktf';
import { FieldShapes, integer, listOf, object, optional, union } from '../core/shapes';

/** The shapes of the Terraform meta-arguments, which every Terraform construct's props extend. */
export const META_ARGUMENT_SHAPES: FieldShapes<TerraformMetaArguments> = {
  dependsOn: optional(listOf(object('a resource, data source or module'), 'dependencies')),
  count: optional(union('a whole number or a TerraformCount', integer(), object('a TerraformCount'))),
  provider: optional(object('a TerraformProvider')),
  lifecycle: optional(object('a TerraformResourceLifecycle')),
  forEach: optional(object('a TerraformIterator')),
  provisioners: optional(listOf(object('a provisioner'), 'provisioners')),
  connection: optional(object('an SSH or WinRM connection')),
};

/**
 * The Terraform meta-arguments a user passed in an L2's props, to hand to its wrapped resource unchanged.
 * Every key of `TerraformMetaArguments` is listed, so none is dropped.
 */
export function metaArguments(props: TerraformMetaArguments): TerraformMetaArguments {
  const { provider, dependsOn, count, forEach, lifecycle, provisioners, connection } = props;
  return { provider, dependsOn, count, forEach, lifecycle, provisioners, connection };
}
