import { TerraformStack, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { NOT_EMPTY } from '../core/rules';
import { object, string, union } from '../core/shapes';
import { Validator } from '../core/validator';

/** An endpoint given to `approveConnections()`/`acceptConnections()`: an endpoint construct or an endpoint ID. */
const CONNECTION_ENDPOINT = union('an endpoint construct or an endpoint ID', string(),
  object('an endpoint construct', v => Construct.isConstruct(v) && 'endpointId' in v));

/**
 * Checks endpoints given to a service's `approveConnections()`/`acceptConnections()`: at least one; each an endpoint
 * construct or a non-empty endpoint ID (not null, not another kind of object); an endpoint construct must be in the
 * service's stack (the approval refers to the endpoint and the endpoint to the service, so across stacks each stack
 * would depend on the other); an ID (or the same token) must not repeat one given before, in this call or an earlier
 * one. A construct given again is allowed: its approval exists once. Reported as `endpoints[<index>]`.
 */
export function checkConnectionEndpoints(v: Validator, service: IConstruct, known: readonly unknown[],
  endpoints: readonly unknown[], verb: string): void {
  if (endpoints.length === 0) {
    v.fail('endpoints', endpoints, `must name at least one endpoint to be ${verb} (an endpoint construct or an endpoint ID)`);
    return;
  }
  const property = (i: number) => `endpoints[${i}]`;
  endpoints.forEach((endpoint, i) => {
    if (v.checkArgument(property(known.length + i), endpoint, CONNECTION_ENDPOINT) === undefined) return;
    if (!Construct.isConstruct(endpoint)) {
      v.check(property(known.length + i), endpoint as string, NOT_EMPTY);
      return;
    }
    const [theirs, ours] = [TerraformStack.of(endpoint), TerraformStack.of(service)];
    if (theirs !== ours) {
      v.fail(property(known.length + i), endpoint, `is in stack "${theirs.node.id}", the service in "${ours.node.id}": ` +
        'pass its endpoint ID instead (the stacks would depend on each other)');
    }
  });
  v.checkDistinct([...known, ...endpoints], property, {
    // Constructs are left out: their approval exists once however often they are given.
    key: e => typeof e === 'string' ? e : undefined,
    start: known.length,
    why: `each endpoint is ${verb} once`,
  });
}

/** The ID of an endpoint given to `approveConnections()`/`acceptConnections()`: an ID (or a token for one) or a construct's. */
export function connectionEndpointId(endpoint: { readonly endpointId: string } | string): string {
  if (typeof endpoint === 'string') return endpoint;
  return Construct.isConstruct(endpoint) ? endpoint.endpointId : Token.asString(endpoint);
}
