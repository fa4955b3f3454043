import { IConstruct } from 'constructs';

const CHECKS_ITS_RESOURCES = Symbol.for('private-access-constructs.checksItsResources');

/**
 * Marks a construct of this library whose own checks cover the resources it creates as its children, so that the
 * validation of raw resources does not report them a second time.
 */
export function checksItsResources(construct: IConstruct): void {
  Object.defineProperty(construct, CHECKS_ITS_RESOURCES, { value: true });
}

/** Whether a construct of this library created `resource` and checks it. */
export function isCheckedByItsScope(resource: IConstruct): boolean {
  const scope = resource.node.scope;
  return scope !== undefined && CHECKS_ITS_RESOURCES in scope;
}
