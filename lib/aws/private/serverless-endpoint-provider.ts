import { Duration, Stack, Token, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct, IConstruct } from 'constructs';
import { handlerCode } from './handler-code';

/** The custom resource type whose requests the provider's function handles. */
export const SERVERLESS_ENDPOINT_RESOURCE_TYPE = 'Custom::RedshiftServerlessEndpointAccess';

/**
 * The Lambda function behind every `Custom::RedshiftServerlessEndpointAccess` of a stack: one function, one role, one
 * log group per stack. It creates, changes and deletes Redshift Serverless managed VPC endpoints, and waits until each
 * is usable (or gone) before it answers.
 *
 * The role may manage the endpoints of its own account and region, and reach the workgroups of any account in its
 * region (an endpoint can lead to another account's workgroup); endpoint IDs are assigned by the service, so no
 * policy can name them before they exist.
 *
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonredshiftserverless.html
 * @see https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-cross-vpc.html
 */
export class ServerlessEndpointProvider extends Construct {
  /** The construct id of the provider, directly under its stack. */
  public static readonly ID = 'PrivateAccessConstructsServerlessEndpointProvider';

  /** The provider of the stack of `scope`, created on first use. */
  public static of(scope: IConstruct): ServerlessEndpointProvider {
    const stack = Stack.of(scope);
    const existing = stack.node.tryFindChild(ServerlessEndpointProvider.ID);
    return existing instanceof ServerlessEndpointProvider ? existing : new ServerlessEndpointProvider(stack, ServerlessEndpointProvider.ID);
  }

  /** The function's ARN, for the custom resources' `ServiceToken`. */
  public readonly serviceToken: string;

  /** The handler function. */
  public readonly handlerFunction: lambda.IFunction;

  private constructor(scope: Construct, id: string) {
    super(scope, id);
    const stack = Stack.of(this);
    const logGroup = new logs.LogGroup(this, 'LogGroup', { retention: logs.RetentionDays.ONE_YEAR });
    const arn = (resource: string, account = stack.account) => stack.formatArn({ service: 'redshift-serverless', resource, resourceName: '*', account });
    const endpoints = arn('managedvpcendpoint');
    const workgroups = arn('workgroup', '*');
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Manages Redshift Serverless managed VPC endpoints of this stack (private-access-constructs)',
      inlinePolicies: {
        Logs: new iam.PolicyDocument({
          statements: [new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] })],
        }),
      },
    });
    const policy = new iam.Policy(this, 'EndpointPolicy', {
      roles: [role],
      statements: [
        new iam.PolicyStatement({
          actions: ['redshift-serverless:CreateEndpointAccess', 'redshift-serverless:GetEndpointAccess',
            'redshift-serverless:UpdateEndpointAccess', 'redshift-serverless:DeleteEndpointAccess'],
          resources: [endpoints, workgroups],
        }),
        // The Redshift management guide asks for these besides the Redshift Serverless actions.
        new iam.PolicyStatement({
          actions: ['ec2:CreateVpcEndpoint', 'ec2:ModifyVpcEndpoint'],
          resources: [stack.formatArn({ service: 'ec2', resource: '*' })],
        }),
      ],
    });
    const known = (value: string, pseudo: string) => Token.isUnresolved(value) ? `<${pseudo}>` : value;
    const region = known(stack.region, 'AWS::Region');
    const account = known(stack.account, 'AWS::AccountId');
    const reason = 'Endpoint IDs are assigned by Redshift Serverless when an endpoint is created, and an endpoint may lead to a '
      + 'workgroup of another account, whose ID is not known here; the EC2 actions are those the Redshift guide requires '
      + 'for managed VPC endpoints, limited to the stack\'s account and region.';
    Validations.of(policy).acknowledge(
      { id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:redshift-serverless:${region}:${account}:managedvpcendpoint/*]`, reason },
      { id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:redshift-serverless:${region}:*:workgroup/*]`, reason },
      { id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ec2:${region}:${account}:*]`, reason },
    );
    const fn = new lambda.Function(this, 'Function', {
      description: 'Creates, updates and deletes Redshift Serverless managed VPC endpoints for Custom::RedshiftServerlessEndpointAccess (private-access-constructs)',
      // As for the snapshot share handler: a fixed runtime that includes the AWS SDK for JavaScript v3.
      runtime: lambda.Runtime.NODEJS_24_X,
      handler: 'serverless-endpoint/index.handler',
      code: handlerCode(),
      role,
      logGroup,
      // Creating an endpoint takes minutes: the handler waits until it is usable, stopping before this deadline.
      timeout: Duration.minutes(15),
    });
    fn.node.addDependency(policy);
    this.handlerFunction = fn;
    this.serviceToken = fn.functionArn;
  }
}
