import type { TerraformMetaArguments } from 'cdktf';

/**
 * The Terraform meta-arguments a user passed in an L2's props, to hand to its wrapped resource unchanged.
 * Every key of `TerraformMetaArguments` is listed, so none is dropped.
 */
export function metaArguments(props: TerraformMetaArguments): TerraformMetaArguments {
  const { provider, dependsOn, count, forEach, lifecycle, provisioners, connection } = props;
  return { provider, dependsOn, count, forEach, lifecycle, provisioners, connection };
}
