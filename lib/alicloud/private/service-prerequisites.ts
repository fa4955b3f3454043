import { TerraformResource } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * What an endpoint of the same stack must wait for besides the service itself: the last backend resource and the
 * last allowed user (each kind is chained, so the last one comes after all earlier ones).
 */
const prerequisites = new WeakMap<IConstruct, () => (TerraformResource | undefined)[]>();

export function registerServicePrerequisites(service: IConstruct, lastOfEach: () => (TerraformResource | undefined)[]): void {
  prerequisites.set(service, lastOfEach);
}

/** The resources an endpoint created now must depend on: none for a service that is not a construct of this library. */
export function servicePrerequisites(service: IConstruct): TerraformResource[] {
  return (prerequisites.get(service)?.() ?? []).filter((r): r is TerraformResource => r !== undefined);
}
