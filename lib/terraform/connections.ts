import { TerraformStack, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { object, string, union } from '../core/shapes';
import { Validator } from '../core/validator';

/** An endpoint given to `approveConnections()`/`acceptConnections()`: an endpoint construct or an endpoint ID. */
const CONNECTION_ENDPOINT = union('an endpoint construct or an endpoint ID', string(),
  object('an endpoint construct', v => Construct.isConstruct(v) && 'endpointId' in v));

/**
 * Checks endpoints given to a service's `approveConnections()`/`acceptConnections()`: each an endpoint construct or an
 * endpoint ID (not null, not another kind of object); an endpoint construct must be in the service's stack (the
 * approval refers to the endpoint and the endpoint to the service, so across stacks each stack would depend on the
 * other); a literal ID must be new, also within one call. Reported as `endpoints[<index>]`.
 */
export function checkConnectionEndpoints(v: Validator, service: IConstruct, known: readonly unknown[],
  endpoints: readonly unknown[], verb: string): void {
  const seen = [...known];
  endpoints.forEach((endpoint, i) => {
    const property = `endpoints[${known.length + i}]`;
    if (v.checkArgument(property, endpoint, CONNECTION_ENDPOINT) === undefined) return;
    if (!Construct.isConstruct(endpoint)) {
      if (v.isLiteral(endpoint) && seen.includes(endpoint)) v.fail(property, endpoint, `is ${verb} already (each endpoint once)`);
      seen.push(endpoint);
      return;
    }
    const [theirs, ours] = [TerraformStack.of(endpoint), TerraformStack.of(service)];
    if (theirs !== ours) {
      v.fail(property, endpoint, `is in stack "${theirs.node.id}", the service in "${ours.node.id}": ` +
        'pass its endpoint ID instead (the stacks would depend on each other)');
    }
  });
}

/** The ID of an endpoint given to `approveConnections()`/`acceptConnections()`: an ID (or a token for one) or a construct's. */
export function connectionEndpointId(endpoint: { readonly endpointId: string } | string): string {
  if (typeof endpoint === 'string') return endpoint;
  return Construct.isConstruct(endpoint) ? endpoint.endpointId : Token.asString(endpoint);
}
