import { Duration, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct, IConstruct } from 'constructs';
import { HANDLER_RUNTIME, handlerCode, PINNED_RUNTIME_REASON } from './handler-code';
import { acknowledgePinnedRuntime, acknowledgeWildcardResources } from './nag-acknowledgements';

/**
 * The EC2 resource types of `ec2:CreateVpcEndpoint` for an interface endpoint (route tables serve gateway endpoints
 * only), all in the caller's account; `ec2:ModifyVpcEndpoint` acts on a subset of them.
 *
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html
 */
const ENDPOINT_EC2_RESOURCE_TYPES = ['vpc-endpoint', 'vpc', 'subnet', 'security-group'];

export { SERVERLESS_ENDPOINT_RESOURCE_TYPE, SERVERLESS_GRANT_RESOURCE_TYPE, SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE } from './handlers/serverless/resource-types';

/**
 * The Lambda function behind the Redshift Serverless custom resources of a stack (managed VPC endpoints, endpoint
 * grants and snapshot shares): one function, one role, one log group per stack. Each kind adds its policy on first use.
 *
 * - Endpoints: the role may manage the managed VPC endpoints of its own account and region, the only resource type
 *   the Service Authorization Reference lists for the four endpoint actions (a workgroup, of this account or
 *   another, is not one: nothing needs to name it); endpoint IDs are assigned by the service, so no policy can name
 *   them before they exist. It may also create and modify VPC endpoints, as the Redshift guide requires, on the VPC
 *   endpoints, VPCs, subnets and security groups of its account and region (the resource types EC2 documents for
 *   these actions).
 * - Grants: the role may read the workgroups of its own account and region (`GetWorkgroup`). Workgroup ARNs end in an
 *   ID the service assigns, not the name, so the policy names every workgroup.
 * - Grants and snapshot shares: the role may read, put and delete resource policies, on `"*"`: the Service
 *   Authorization Reference lists no resource type for these actions.
 * - Always: the role may write to its log group and read its own stack's status (`cloudformation:DescribeStacks` on
 *   the stack's ID), so that a Create delivered after the stack rolled back or was deleted does nothing.
 *
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonredshiftserverless.html
 * @see https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-cross-vpc.html
 */
export class RedshiftServerlessFunction extends Construct {
  /**
   * The construct id of the function's scope, directly under its stack. It keeps the name of the class before it was
   * renamed: changing it would change the logical IDs, and replace deployed functions and roles.
   */
  public static readonly ID = 'PrivateAccessConstructsRedshiftServerlessProvider';

  /** The function of the stack of `scope`, created on first use. */
  public static of(scope: IConstruct): RedshiftServerlessFunction {
    const stack = Stack.of(scope);
    const existing = stack.node.tryFindChild(RedshiftServerlessFunction.ID);
    return existing instanceof RedshiftServerlessFunction ? existing : new RedshiftServerlessFunction(stack, RedshiftServerlessFunction.ID);
  }

  /** The function's ARN, for the custom resources' `ServiceToken`. */
  public readonly serviceToken: string;

  /** The handler function. */
  public readonly handlerFunction: lambda.IFunction;

  private readonly role: iam.Role;
  private endpointPolicy?: iam.Policy;
  private grantPolicy?: iam.Policy;
  private resourcePolicyPolicy?: iam.Policy;

  private constructor(scope: Construct, id: string) {
    super(scope, id);
    const logGroup = new logs.LogGroup(this, 'LogGroup', { retention: logs.RetentionDays.ONE_YEAR });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Manages Redshift Serverless managed VPC endpoints, endpoint grants and snapshot shares of this stack (private-access-constructs)',
      inlinePolicies: {
        Logs: new iam.PolicyDocument({
          statements: [new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] })],
        }),
        // A Create delivered after the stack rolled back or was deleted must do nothing: the handler reads the status.
        Stack: new iam.PolicyDocument({
          statements: [new iam.PolicyStatement({ actions: ['cloudformation:DescribeStacks'], resources: [Stack.of(this).stackId] })],
        }),
      },
    });
    const fn = new lambda.Function(this, 'Function', {
      description: 'Manages Redshift Serverless managed VPC endpoints, endpoint grants and snapshot shares (private-access-constructs)',
      runtime: HANDLER_RUNTIME,
      handler: 'serverless/index.handler',
      code: handlerCode(),
      role: this.role,
      logGroup,
      // Creating an endpoint takes minutes: the handler waits until it is usable, stopping before this deadline.
      timeout: Duration.minutes(15),
    });
    acknowledgePinnedRuntime(fn, PINNED_RUNTIME_REASON);
    this.handlerFunction = fn;
    this.serviceToken = fn.functionArn;
  }

  /** Lets the function create, change and delete managed VPC endpoints (once per stack). */
  public allowEndpoints(): void {
    if (this.endpointPolicy !== undefined) return;
    const stack = Stack.of(this);
    const ec2Resources = ENDPOINT_EC2_RESOURCE_TYPES.map(type => stack.formatArn({ service: 'ec2', resource: type, resourceName: '*' }));
    this.endpointPolicy = this.policy('EndpointPolicy', [
      new iam.PolicyStatement({
        actions: ['redshift-serverless:CreateEndpointAccess', 'redshift-serverless:GetEndpointAccess',
          'redshift-serverless:UpdateEndpointAccess', 'redshift-serverless:DeleteEndpointAccess'],
        resources: [this.arn('managedvpcendpoint')],
      }),
      // The Redshift management guide asks for these besides the Redshift Serverless actions.
      new iam.PolicyStatement({ actions: ['ec2:CreateVpcEndpoint', 'ec2:ModifyVpcEndpoint'], resources: ec2Resources }),
    ], 'Endpoint IDs are assigned by Redshift Serverless when an endpoint is created, so the policy covers the managed '
      + 'VPC endpoints of the stack\'s account and region; the EC2 actions, which the Redshift guide requires for managed '
      + 'VPC endpoints, are limited to the VPC endpoints, VPCs, subnets and security groups of that account and region.');
  }

  /** Lets the function read workgroups and change their resource policies (once per stack). */
  public allowGrants(): void {
    this.allowResourcePolicies();
    if (this.grantPolicy !== undefined) return;
    this.grantPolicy = this.policy('GrantPolicy', [
      new iam.PolicyStatement({ actions: ['redshift-serverless:GetWorkgroup'], resources: [this.arn('workgroup')] }),
    ], 'A workgroup ARN ends in an ID Redshift Serverless assigns, not in its name, so the policy covers the workgroups of '
      + 'the stack\'s account and region.');
  }

  /** Lets the function change the resource policies of snapshots (once per stack). */
  public allowSnapshotShares(): void {
    this.allowResourcePolicies();
  }

  /**
   * Lets the function read, put and delete resource policies (once per stack). The Service Authorization Reference
   * lists no resource type for these three actions, so IAM matches them only against `"*"`: a policy naming workgroup
   * or snapshot ARNs would deny them.
   */
  private allowResourcePolicies(): void {
    if (this.resourcePolicyPolicy !== undefined) return;
    this.resourcePolicyPolicy = this.policy('ResourcePolicyPolicy', [
      new iam.PolicyStatement({
        actions: ['redshift-serverless:GetResourcePolicy', 'redshift-serverless:PutResourcePolicy', 'redshift-serverless:DeleteResourcePolicy'],
        resources: ['*'],
      }),
    ], 'GetResourcePolicy, PutResourcePolicy and DeleteResourcePolicy support no resource-level permissions (the Service '
      + 'Authorization Reference lists no resource type for them), so only "*" allows them.');
  }

  private arn(resource: string): string {
    return Stack.of(this).formatArn({ service: 'redshift-serverless', resource, resourceName: '*' });
  }

  /** A policy of the role, which the function waits for, with cdk-nag's findings on its wildcards acknowledged for `reason`. */
  private policy(id: string, statements: iam.PolicyStatement[], reason: string): iam.Policy {
    const policy = new iam.Policy(this, id, { roles: [this.role], statements });
    this.handlerFunction.node.addDependency(policy);
    acknowledgeWildcardResources(policy, reason);
    return policy;
  }
}
