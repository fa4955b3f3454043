import {
  Postcondition, Precondition, TerraformCount, TerraformMetaArguments, TerraformProvider, TerraformResourceLifecycle,
} from 'cdktf';
import { FieldShapes, boolean, integer, listOf, number, object, optional, string, struct, union } from '../core/shapes';

/** Objects that cdktf can render as a reference (a resource, data source or module): they have a fully qualified name. */
const dependable = object('a resource, data source or module', v => typeof (v as { fqn?: unknown }).fqn === 'string');

const expression = union('a Terraform expression', string(), number(), boolean(), object('a Terraform expression'));
const condition = (name: string) => struct<Precondition & Postcondition>(name, { condition: optional(expression), errorMessage: string() });

/** `lifecycle`, field by field: cdktf renders it as given. */
const LIFECYCLE = struct<TerraformResourceLifecycle>('TerraformResourceLifecycle', {
  createBeforeDestroy: optional(boolean()),
  preventDestroy: optional(boolean()),
  ignoreChanges: optional(union('a list of attribute names or "all"', listOf(string()), string())),
  replaceTriggeredBy: optional(listOf(union('a resource or an attribute reference', dependable, string()), 'references')),
  precondition: optional(listOf(condition('Precondition'), 'preconditions')),
  postcondition: optional(listOf(condition('Postcondition'), 'postconditions')),
});

const hasType = (...types: string[]) => (v: object) => types.includes((v as { type?: string }).type ?? '');

/** The shapes of the Terraform meta-arguments, which every Terraform construct's props extend. */
export const META_ARGUMENT_SHAPES: FieldShapes<TerraformMetaArguments> = {
  dependsOn: optional(listOf(dependable, 'dependencies', { literalBecause: 'each dependency is a resource or construct, named by its address' })),
  count: optional(union('a whole number or a TerraformCount', integer(), object('a TerraformCount', v => TerraformCount.isTerraformCount(v)))),
  provider: optional(object('a TerraformProvider', v => TerraformProvider.isTerraformProvider(v))),
  lifecycle: optional(LIFECYCLE),
  forEach: optional(object('a TerraformIterator', v => typeof (v as { _getForEachExpression?: unknown })._getForEachExpression === 'function')),
  provisioners: optional(listOf(object('a file, local-exec or remote-exec provisioner', hasType('file', 'local-exec', 'remote-exec')), 'provisioners')),
  connection: optional(object('an SSH or WinRM connection', hasType('ssh', 'winrm'))),
};

/**
 * A resource's arguments with the Terraform meta-arguments a user passed in an L2's props, handed on unchanged.
 * Every key of `TerraformMetaArguments` is listed, so none is dropped. They are set one by one on `args` itself:
 * V8 turns an object that `Object.assign` grows by more than about a dozen keys into a slow dictionary, which every
 * read of the config in the resource's constructor then pays for; named stores do not have that limit.
 */
export function withMetaArguments<A extends object>(props: TerraformMetaArguments, args: A): A & TerraformMetaArguments {
  const withMeta = args as A & { -readonly [K in keyof TerraformMetaArguments]: TerraformMetaArguments[K] };
  withMeta.provider = props.provider;
  withMeta.dependsOn = props.dependsOn;
  withMeta.count = props.count;
  withMeta.forEach = props.forEach;
  withMeta.lifecycle = props.lifecycle;
  withMeta.provisioners = props.provisioners;
  withMeta.connection = props.connection;
  return withMeta;
}
