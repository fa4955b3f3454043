import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { Validator } from '../core/validator';

/**
 * Checks endpoints given to a service's `approveConnections()`/`acceptConnections()`: an endpoint construct must be in
 * the service's stack (the approval refers to the endpoint and the endpoint to the service, so across stacks each
 * stack would depend on the other), and a literal ID must be new. Reported as `endpoints[<index>]`.
 */
export function checkConnectionEndpoints(v: Validator, service: IConstruct, known: readonly (IConstruct | string)[],
  endpoints: readonly (IConstruct | string)[], done: string): void {
  endpoints.forEach((endpoint, i) => {
    const property = `endpoints[${known.length + i}]`;
    if (typeof endpoint === 'string') {
      if (v.isLiteral(endpoint) && known.includes(endpoint)) v.fail(property, endpoint, `is ${done} already (each endpoint once)`);
      return;
    }
    const [theirs, ours] = [TerraformStack.of(endpoint), TerraformStack.of(service)];
    if (theirs !== ours) {
      v.fail(property, endpoint, `is in stack "${theirs.node.id}", the service in "${ours.node.id}": ` +
        'pass its endpoint ID instead (the stacks would depend on each other)');
    }
  });
}
