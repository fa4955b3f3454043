import { CREATE_FAILED_ID, CustomResourceEvent } from '../cloudformation';
import { WorkResult } from '../envelope';
import { EndpointProperties, ManagedEndpoints, attributesOf, needsNewEndpoint, sameSet } from './endpoints';

/**
 * Carries out one request on the endpoints; answers the endpoint's name as physical id, and its attributes.
 * `onEndpoint` learns the name of an endpoint this request made, as soon as it exists.
 */
export async function endpointTransitions(endpoints: ManagedEndpoints, event: CustomResourceEvent<EndpointProperties>,
  onEndpoint: (name: string) => void): Promise<WorkResult> {
  const props = event.ResourceProperties;
  const current = event.PhysicalResourceId ?? '';
  const create = async (): Promise<WorkResult> => {
    const endpoint = await endpoints.create(props, () => onEndpoint(props.EndpointName));
    return { physicalResourceId: props.EndpointName, data: attributesOf(endpoint) };
  };
  switch (event.RequestType) {
    case 'Create':
      return create();
    case 'Update': {
      const old = event.OldResourceProperties!;
      if (current.startsWith(CREATE_FAILED_ID)) return create();
      if (!needsNewEndpoint(old, props)) {
        const groups = props.VpcSecurityGroupIds ?? [];
        const endpoint = sameSet(old.VpcSecurityGroupIds, groups)
          ? await endpoints.usable(current)
          : await endpoints.setSecurityGroups(current, groups);
        return { physicalResourceId: current, data: attributesOf(endpoint) };
      }
      // Two endpoints cannot share a name: under the same name, the old one goes first.
      if (props.EndpointName === current) await endpoints.delete(current);
      return create();
    }
    case 'Delete':
      // A Create that made nothing (failed before the endpoint existed, or delivered late) leaves nothing to delete.
      if (!current.startsWith(CREATE_FAILED_ID)) await endpoints.delete(current);
      return { physicalResourceId: current };
  }
}
