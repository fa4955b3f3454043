import { TerraformProvider } from 'cdktf';
import { IConstruct } from 'constructs';
import { Validator } from '../../core/validator';
import { connectionEndpointId } from '../../terraform/connections';
import { checkLaterChanges } from '../../terraform/raw-resource-validation';
import { PrivatelinkVpcEndpointConnection } from '../generated/privatelink-vpc-endpoint-connection';
import type { PrivateLinkConnectionOptions } from '../private-link-endpoint-service-types';
import type { IPrivateLinkEndpoint, IPrivateLinkEndpointService } from '../private-link-endpoint-types';

type Option = keyof PrivateLinkConnectionOptions;

/** One accepted endpoint: its connection resource, and each option set so far with the endpoint as its call named it. */
interface Connection {
  readonly resource: PrivatelinkVpcEndpointConnection;
  readonly options: Map<Option, { readonly value: unknown; readonly endpoint: IPrivateLinkEndpoint | string }>;
}

/**
 * The accepted connections of one service: one `alicloud_privatelink_vpc_endpoint_connection` per endpoint, however
 * often and in whichever form (construct or ID) it is given. An option a call leaves unset keeps what an earlier call
 * set (e.g. the acceptance an endpoint created with `service` asks for, then `acceptConnection()` with a bandwidth);
 * an option set to a value other than an earlier call's is an error, never dropped.
 */
export class ServiceConnections {
  private readonly connections = new Map<string, Connection>();
  private last?: PrivatelinkVpcEndpointConnection;

  constructor(private readonly service: IPrivateLinkEndpointService & IConstruct, private readonly provider?: TerraformProvider) {}

  /** Reports each option in `options` that differs from what an earlier call set for one of `endpoints`. */
  public checkOptions(v: Validator, endpoints: readonly (IPrivateLinkEndpoint | string)[], options: PrivateLinkConnectionOptions): void {
    for (const endpoint of endpoints) {
      const connection = this.connections.get(connectionEndpointId(endpoint));
      for (const [name, value] of setOptions(options)) {
        const earlier = connection?.options.get(name);
        if (earlier === undefined || earlier.value === value) continue;
        v.fail(`options.${name}`, value, `differs from ${v.render(earlier.value)}, given for the same endpoint by the earlier ` +
          `acceptConnection(${v.render(earlier.endpoint)}) call (an endpoint has one connection: give its ${name} once)`);
      }
    }
  }

  /** Accepts `endpoints` with checked `options`: a connection for each endpoint not accepted yet, the options set on each. */
  public accept(endpoints: readonly (IPrivateLinkEndpoint | string)[], options: PrivateLinkConnectionOptions): void {
    for (const endpoint of endpoints) {
      const endpointId = connectionEndpointId(endpoint);
      const connection = this.connections.get(endpointId) ?? this.connect(endpointId);
      for (const [name, value] of setOptions(options)) {
        connection.options.set(name, { value, endpoint });
        connection.resource[name] = value;
      }
    }
  }

  private connect(endpointId: string): Connection {
    const resource = new PrivatelinkVpcEndpointConnection(this.service, `Connection${this.connections.size + 1}`, {
      serviceId: this.service.serviceId,
      endpointId,
      provider: this.provider,
      // EnableVpcEndpointConnection: no concurrent accepts in one account.
      dependsOn: this.last ? [this.last] : undefined,
    });
    checkLaterChanges(resource);
    this.last = resource;
    const connection: Connection = { resource, options: new Map() };
    this.connections.set(endpointId, connection);
    return connection;
  }
}

/** The options a call sets, each with its value. */
function setOptions(options: PrivateLinkConnectionOptions): [Option, number][] {
  return (Object.entries(options) as [Option, number | undefined][])
    .filter((entry): entry is [Option, number] => entry[1] !== undefined);
}
