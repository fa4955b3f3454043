import { CfnResource, Stack, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { Validator } from '../../core/validator';

/**
 * Where a cluster or workgroup of the app is, seen from the construct that names it (an endpoint, an authorization):
 * its account and region come from its stack, and the Redshift calls that name it have no region parameter and take
 * the owner's account only as a parameter (`ResourceOwner`, `ownerAccount`).
 */

/** A resource of the app that another construct names, and what to tell the user about where it is. */
export interface OwnedResource {
  /** The prop that names the resource (`cluster`, `workgroup`). */
  readonly property: string;
  /** The resource (or the construct the user gave, which wraps it). */
  readonly value: IConstruct;
  /** Why the resource must be in the naming construct's region. */
  readonly sameRegionBecause: string;
  /** What to do when one stack's account or region is known at synth and the other's is not. */
  readonly whenUnknown: string;
  /**
   * Why the resource must be in the naming construct's account.
   * @default - it may be in another account
   */
  readonly sameAccountBecause?: string;
}

/**
 * The literal account of the stack that holds `owned.value`, or undefined when it is not known at synth.
 *
 * Fails `owned.property` when the resource is in another literal region, and when one of the two stacks has a literal
 * account or region and the other has not: nothing at synth then tells whether they are the same, and aws-cdk-lib
 * refuses references between such stacks too. Two environment-agnostic stacks count as one environment, as aws-cdk-lib
 * counts them (it references between them by `Fn::ImportValue`, which works only within one account and region).
 */
export function ownerAccountOf(v: Validator, scope: IConstruct, owned: OwnedResource): string | undefined {
  const ours = Stack.of(scope);
  const theirs = Stack.of(owned.value);
  if (!comparableEnvironments(ours, theirs)) {
    v.fail(owned.property, owned.value, `is in stack ${JSON.stringify(theirs.node.path)} (${describe(theirs)}), and this `
      + `stack ${JSON.stringify(ours.node.path)} has ${describe(ours)}: whether they are one account and region cannot be `
      + `told at synth; ${owned.whenUnknown}`);
    return undefined;
  }
  if (known(theirs.region) && theirs.region !== ours.region) {
    v.fail(owned.property, owned.value, `is in region ${JSON.stringify(theirs.region)}, not in this stack's region `
      + `(${JSON.stringify(ours.region)}): ${owned.sameRegionBecause}`);
  }
  return known(theirs.account) ? theirs.account : undefined;
}

/**
 * The literal account of the stack that holds `owned.value` when it is not this stack's account; undefined when it is,
 * or when it is not known at synth. Fails as `ownerAccountOf` does, and `owned.property` when the resource is in
 * another account and `owned.sameAccountBecause` says it must not be.
 */
export function otherOwnerAccountOf(v: Validator, scope: IConstruct, owned: OwnedResource): string | undefined {
  const own = Stack.of(scope).account;
  const owner = ownerAccountOf(v, scope, owned);
  if (owner === undefined || owner === own) return undefined;
  if (owned.sameAccountBecause !== undefined) {
    v.fail(owned.property, owned.value, `is in account ${v.render(owner)}, not in this stack's account (${v.render(own)}): `
      + owned.sameAccountBecause);
  }
  return owner;
}

/**
 * Whether the environments of two stacks can be compared at synth: each of account and region is literal in both or in
 * neither.
 */
export function comparableEnvironments(ours: Stack, theirs: Stack): boolean {
  return known(theirs.account) === known(ours.account) && known(theirs.region) === known(ours.region);
}

/**
 * The literal name `scope` renders for `resource`: its literal identifier (`literal`) when the resource is in another
 * stack, else undefined (the resource's `Ref`, which returns that name, is rendered then). A `Ref` in the same stack
 * also orders `scope` after the resource; across stacks it becomes an export and an import, or across accounts a
 * stack-output lookup through an extra role in the owner's account, where the literal needs neither.
 */
export function literalAcrossStacks(scope: IConstruct, resource: CfnResource, literal: string | undefined): string | undefined {
  return Stack.of(resource) !== Stack.of(scope) && literal !== undefined && !Token.isUnresolved(literal) ? literal : undefined;
}

/**
 * How `scope` names `resource` in its template: by the literal of `literalAcrossStacks`, with a dependency that keeps
 * the order the `Ref` would have given (the resource's stack deploys first), or else by the resource's `Ref`.
 */
export function referenceTo(scope: IConstruct, resource: CfnResource, literal: string | undefined): string {
  const name = literalAcrossStacks(scope, resource, literal);
  if (name === undefined) return resource.ref;
  scope.node.addDependency(resource);
  return name;
}

function known(value: string): boolean {
  return !Token.isUnresolved(value);
}

function describe(stack: Stack): string {
  const show = (value: string) => Token.isUnresolved(value) ? 'not known at synth' : JSON.stringify(value);
  return `account ${show(stack.account)}, region ${show(stack.region)}`;
}
