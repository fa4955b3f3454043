import { TerraformStack, Token, Tokenization } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { NOT_EMPTY } from '../core/rules';
import { object, string, union } from '../core/shapes';
import { Validator } from '../core/validator';

/** An endpoint given to `approveConnections()`/`acceptConnections()`: an endpoint construct or an endpoint ID. */
const CONNECTION_ENDPOINT = union('an endpoint construct or an endpoint ID', string(),
  object('an endpoint construct', v => Construct.isConstruct(v) && 'endpointId' in v));

/** An endpoint construct of this library, by its ID token, so that the ID given in its place is known to be it. */
const endpointsByIdToken = new WeakMap<object, IConstruct>();
const idTokens = new WeakMap<IConstruct, string>();
/** The service an endpoint construct was created with (`service`): its stack depends on the service's. */
const servicesOf = new WeakMap<IConstruct, IConstruct>();

/**
 * The ID token of an endpoint construct, made by `make` on first use and the same string ever after: the endpoint
 * given once as a construct and once by this ID is one endpoint, to be accepted or approved once.
 */
export function endpointIdOf(endpoint: IConstruct, make: () => string): string {
  let id = idTokens.get(endpoint);
  if (id === undefined) {
    id = make();
    idTokens.set(endpoint, id);
    const token = Tokenization.reverseString(id).firstToken;
    if (token !== undefined) endpointsByIdToken.set(token, endpoint);
  }
  return id;
}

/** Records that `endpoint` was created with `service`, whose stack it therefore depends on. */
export function registerEndpointService(endpoint: IConstruct, service: IConstruct): void {
  servicesOf.set(endpoint, service);
}

/** The endpoint construct that `endpoint` stands for: itself, the construct whose ID token it is, or none. */
function endpointConstruct(endpoint: unknown): IConstruct | undefined {
  if (Construct.isConstruct(endpoint)) return endpoint;
  if (typeof endpoint !== 'string' || !Token.isUnresolved(endpoint)) return undefined;
  const fragments = Tokenization.reverseString(endpoint);
  return fragments.length === 1 && fragments.firstToken !== undefined ? endpointsByIdToken.get(fragments.firstToken) : undefined;
}

/**
 * Checks endpoints given to a service's `approveConnections()`/`acceptConnections()`: at least one; each an endpoint
 * construct or a non-empty endpoint ID (not null, not another kind of object); not an endpoint created with a
 * `service` of the service's stack while in another stack (given as a construct or by its ID token): the approval
 * refers to the endpoint and the endpoint to the service, so each stack would depend on the other. Each is reported
 * as `endpoints[<index>]`.
 */
export function checkConnectionEndpoints(v: Validator, service: IConstruct, endpoints: readonly unknown[], verb: string): void {
  if (endpoints.length === 0) {
    v.fail('endpoints', endpoints, `must name at least one endpoint to be ${verb} (an endpoint construct or an endpoint ID)`);
    return;
  }
  endpoints.forEach((endpoint, i) => {
    const property = `endpoints[${i}]`;
    if (v.checkArgument(property, endpoint, CONNECTION_ENDPOINT) === undefined) return;
    if (typeof endpoint === 'string') v.check(property, endpoint, NOT_EMPTY);
    const construct = endpointConstruct(endpoint);
    const itsService = construct && servicesOf.get(construct);
    if (construct === undefined || itsService === undefined) return;
    const [theirs, ours] = [TerraformStack.of(construct), TerraformStack.of(service)];
    if (theirs !== ours && TerraformStack.of(itsService) === ours) {
      const which = construct === endpoint ? 'is' : `is the ID of <${construct.node.path}>, which is`;
      v.fail(property, endpoint, `${which} in stack "${theirs.node.id}" and was created with a service of stack ` +
        `"${ours.node.id}": the stacks would depend on each other (give it to the service imported into a stack ` +
        'deployed after both)');
    }
  });
}

const encodedTokens = new WeakMap<object, string>();

/**
 * The ID of an endpoint given to `approveConnections()`/`acceptConnections()`: an ID (or a token for one, encoded
 * once) or a construct's. An endpoint given as a construct or by its ID has the same one, so it names the endpoint's
 * connection.
 */
export function connectionEndpointId(endpoint: { readonly endpointId: string } | string): string {
  if (typeof endpoint === 'string') return endpoint;
  if (Construct.isConstruct(endpoint)) return endpoint.endpointId;
  let encoded = encodedTokens.get(endpoint);
  if (encoded === undefined) {
    encoded = Token.asString(endpoint);
    encodedTokens.set(endpoint, encoded);
  }
  return encoded;
}
