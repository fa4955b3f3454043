import { Resource, Tokenization, aws_ec2 as ec2 } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { SECURITY_GROUPS } from './security-groups';
import { RequiredShape, integer, optional, string, struct } from '../../core/shapes';
import { DEFAULT_PORT } from '../../rules/aws/endpoint-port';

/** What a managed endpoint (provisioned or Serverless) is imported from, once checked. */
export interface ImportedEndpointAttributes {
  readonly endpointName: string;
  readonly endpointAddress: string;
  readonly port?: number;
  readonly securityGroups: ec2.ISecurityGroup[];
}

/** The run-time shape of a managed endpoint's attributes, named `name` in messages, for callers without TypeScript's checks. */
export function importedEndpointShape(name: string): RequiredShape {
  return struct<ImportedEndpointAttributes>(name, {
    endpointName: string(),
    endpointAddress: string(),
    port: optional(integer()),
    securityGroups: SECURITY_GROUPS,
  });
}

/**
 * A managed VPC endpoint made elsewhere: its name, address and port, and `connections` on that port (5439 by
 * default). `check` validates the attributes in the import's scope and returns the checked copy.
 */
export class ImportedEndpoint extends Resource {
  public readonly endpointName: string;
  public readonly endpointAddress: string;
  public readonly endpointPort: string;
  public readonly connections: ec2.Connections;

  constructor(scope: Construct, id: string, check: (self: Construct) => ImportedEndpointAttributes) {
    super(scope, id);
    const checked = check(this);
    const port = checked.port ?? DEFAULT_PORT;
    this.endpointName = checked.endpointName;
    this.endpointAddress = checked.endpointAddress;
    this.endpointPort = Tokenization.stringifyNumber(port);
    this.connections = new ec2.Connections({ securityGroups: checked.securityGroups, defaultPort: ec2.Port.tcp(port) });
  }
}
