import { CustomResourceEvent } from '../cloudformation';
import { EndpointError, EndpointProperties, ManagedEndpoints, attributesOf, needsNewEndpoint, sameSet } from './endpoints';

/** What a request ends in: the physical id to answer and the endpoint's attributes. */
export interface Transition {
  readonly physicalId: string;
  readonly attributes?: Record<string, string>;
}

/**
 * Carries out one request on the endpoints. `failedCreateId` marks a resource whose Create made no endpoint;
 * `onEndpoint` learns the name of an endpoint this request made, as soon as it exists.
 */
export async function endpointTransitions(endpoints: ManagedEndpoints, event: CustomResourceEvent<EndpointProperties>,
  failedCreateId: string, onEndpoint: (name: string) => void): Promise<Transition> {
  const props = event.ResourceProperties;
  const current = event.PhysicalResourceId ?? '';
  const create = async (): Promise<Transition> => {
    const endpoint = await endpoints.create(props, () => onEndpoint(props.EndpointName));
    return { physicalId: props.EndpointName, attributes: attributesOf(endpoint) };
  };
  switch (event.RequestType) {
    case 'Create':
      return create();
    case 'Update': {
      const old = event.OldResourceProperties!;
      if (current.startsWith(failedCreateId)) return create();
      if (!needsNewEndpoint(old, props)) {
        const groups = props.VpcSecurityGroupIds ?? [];
        const endpoint = sameSet(old.VpcSecurityGroupIds, groups)
          ? await endpoints.usable(current)
          : await endpoints.setSecurityGroups(current, groups);
        return { physicalId: current, attributes: attributesOf(endpoint) };
      }
      // Two endpoints cannot share a name: under the same name, the old one goes first.
      if (props.EndpointName === current) await endpoints.delete(current);
      return create();
    }
    case 'Delete':
      if (!current.startsWith(failedCreateId)) await endpoints.delete(current);
      return { physicalId: current };
    default:
      throw new EndpointError(`unknown RequestType ${JSON.stringify(event.RequestType)}`);
  }
}
