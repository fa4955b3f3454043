import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { flavours, packageName } from '../core/missing-engine';
import { renderValue } from '../core/render';
import { ValidationError } from '../core/validation-error';

/** jsii's run-time type information, which names each engine class by its package (`cdktf.TerraformStack`). */
const RTTI = Symbol.for('jsii.rtti');

/** The package a construct's class comes from, by jsii's type information (inherited by subclasses). */
function engineOf(construct: IConstruct): string | undefined {
  const fqn = (construct.constructor as unknown as Record<symbol, { fqn?: string } | undefined>)[RTTI]?.fqn;
  return fqn?.split('.')[0];
}

/** The engine this copy of the library is built on: cdktf, or cdktn in the cdktn flavour. */
const OWN_ENGINE = engineOf(Object.create(TerraformStack.prototype));

/** Stacks found to be of this library's engine: each construct of a large stack asks. */
const SAME_ENGINE = new WeakSet<IConstruct>();

/** The nearest stack of either engine (both mark their stacks alike) at or above `scope`. */
function stackOf(scope: IConstruct): IConstruct | undefined {
  for (let s: IConstruct | undefined = scope; s !== undefined; s = s.node.scope) {
    if (TerraformStack.isStack(s)) return s;
  }
  return undefined;
}

/**
 * Fails when `scope` lies in a stack of the other Terraform engine, e.g. a CDK Terrain (cdktn) app using the cdktf
 * flavour: both engines mark their stacks alike, so nothing else notices until synthesis fails with a `TypeError`
 * deep inside the engine. The error names the flavour to install.
 */
export function checkSameEngine(scope: IConstruct): void {
  const stack = stackOf(scope);
  if (stack === undefined || SAME_ENGINE.has(stack)) return;
  const engine = engineOf(stack);
  if (engine === undefined || OWN_ENGINE === undefined || engine === OWN_ENGINE) {
    SAME_ENGINE.add(stack);
    return;
  }
  const { name, other, otherApps } = flavours(packageName());
  throw new ValidationError(scope.node.path, [{
    property: 'scope',
    value: renderValue(stack),
    message: `is a ${engine} TerraformStack, but ${name} is built on ${OWN_ENGINE}: in a ${otherApps} app, install ${other} `
      + `instead of ${name}`,
  }]);
}
