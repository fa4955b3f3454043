import { CfnResource, Resource, Token, aws_ec2 as ec2 } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { ImportedEndpoint } from './private/imported-endpoint';
import { referenceTo } from './private/owner-environment';
import { SERVERLESS_ENDPOINT_RESOURCE_TYPE, RedshiftServerlessFunction } from './private/redshift-serverless-function';
import { SubnetSelection, selectSubnetsOf } from './private/subnet-selection';
import { checkPropsNow } from './private/validation';
import { checkSecurityGroups } from './redshift-managed-endpoint-checks';
import { REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_ATTRIBUTES, REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_PROPS, checkRedshiftServerlessManagedEndpointProps } from './redshift-serverless-managed-endpoint-checks';
import {
  IRedshiftServerlessManagedEndpoint, RedshiftServerlessManagedEndpointAttributes, RedshiftServerlessManagedEndpointProps,
} from './redshift-serverless-managed-endpoint-types';
import { DEFAULT_PORT } from '../rules/aws/endpoint-port';
import { REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES } from '../rules/aws/redshift-serverless-managed-endpoint';

/**
 * A Redshift-managed VPC endpoint to a Redshift Serverless workgroup: private access from a VPC (of this or, with
 * `ownerAccount`, another account's workgroup) other than the workgroup's own.
 *
 * CloudFormation has no resource for it, so the library's own handler (one Lambda function per stack) creates it,
 * waits until it is usable, changes its security groups in place, replaces it when anything else changes, and
 * deletes it. Its attributes come from the endpoint as Redshift Serverless reports it.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-connecting.html
 */
export class RedshiftServerlessManagedEndpoint extends Resource implements IRedshiftServerlessManagedEndpoint {
  /**
   * Imports an existing Redshift Serverless managed VPC endpoint.
   */
  public static fromRedshiftServerlessManagedEndpointAttributes(scope: Construct, id: string,
    attrs: RedshiftServerlessManagedEndpointAttributes): IRedshiftServerlessManagedEndpoint {
    return new ImportedEndpoint(scope, id, self => checkPropsNow<RedshiftServerlessManagedEndpointAttributes>(self,
      REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_ATTRIBUTES, attrs, (v, a) => {
        v.check('endpointName', a.endpointName, ...REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES.endpointName);
        checkSecurityGroups(v, a.securityGroups);
      }));
  }

  /**
   * The endpoint's name (the custom resource's physical ID, so using it also orders deployment after the endpoint).
   *
   * @attribute
   */
  public get endpointName(): string {
    return this.resource.ref;
  }

  /**
   * The DNS address clients connect to.
   *
   * @attribute
   */
  public get endpointAddress(): string {
    return this.resource.getAtt('Address').toString();
  }

  /**
   * The port clients connect to (the workgroup's port), as a string.
   *
   * @attribute
   */
  public get endpointPort(): string {
    return this.resource.getAtt('Port').toString();
  }

  /**
   * The ARN of the endpoint.
   *
   * @attribute
   */
  public get endpointArn(): string {
    return this.resource.getAtt('EndpointArn').toString();
  }

  /**
   * The ID of the VPC endpoint Redshift Serverless created.
   *
   * @attribute
   */
  public get vpcEndpointId(): string {
    return this.resource.getAtt('VpcEndpointId').toString();
  }

  /**
   * The IDs of the endpoint's network interfaces, comma-separated (`Fn.split(',', ...)` makes a list of them).
   *
   * @attribute
   */
  public get networkInterfaceIds(): string {
    return this.resource.getAtt('NetworkInterfaceIds').toString();
  }

  /**
   * Network access to the endpoint, on the workgroup's port when `workgroup` sets it, else on 5439 (the default
   * port; for a workgroup of another account on another port, name the port in `connections.allowFrom`).
   */
  public readonly connections: ec2.Connections;

  /**
   * The custom resource (`Custom::RedshiftServerlessEndpointAccess`).
   */
  public readonly resource: CfnResource;

  constructor(scope: Construct, id: string, props: RedshiftServerlessManagedEndpointProps) {
    super(scope, id);
    let selection: SubnetSelection = {};
    let workgroupOwner: string | undefined;
    // From here on the checked copy: later changes to the caller's objects cannot reach the construct.
    props = checkPropsNow<RedshiftServerlessManagedEndpointProps>(this, REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_PROPS, props, (v, checked) => {
      // A vpc of the wrong type has been reported: there are no subnets to select in it.
      selection = selectSubnetsOf(v.isLiteral(checked.vpc) ? checked.vpc : undefined, checked.vpcSubnets);
      workgroupOwner = checkRedshiftServerlessManagedEndpointProps(v, this, checked, selection);
    });
    const securityGroups = props.securityGroups ?? [new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc!,
      description: `Redshift Serverless managed VPC endpoint ${this.node.path}`,
      allowAllOutbound: false,
    })];
    const workgroup = props.workgroup;
    const serverlessFunction = RedshiftServerlessFunction.of(this);
    serverlessFunction.allowEndpoints();
    this.resource = new CfnResource(this, 'Resource', {
      type: SERVERLESS_ENDPOINT_RESOURCE_TYPE,
      properties: {
        ServiceToken: serverlessFunction.serviceToken,
        EndpointName: props.endpointName,
        // A workgroup of this stack by its Ref (its name), which also orders the endpoint after it.
        WorkgroupName: workgroup !== undefined ? referenceTo(this, workgroup, workgroup.workgroupName) : props.workgroupName,
        SubnetIds: props.subnetIds ?? selection.subnets!.subnetIds,
        VpcSecurityGroupIds: securityGroups.map(sg => sg.securityGroupId),
        OwnerAccount: props.ownerAccount ?? workgroupOwner,
      },
    });
    const port = workgroup?.port;
    this.connections = new ec2.Connections({
      securityGroups,
      defaultPort: ec2.Port.tcp(port !== undefined && !Token.isUnresolved(port) ? port : DEFAULT_PORT),
    });
  }
}
