import * as path from 'path';
import { Duration, Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct, IConstruct } from 'constructs';
import { validateProps } from './validation';

/**
 * The custom resource type whose requests the provider's function handles. (Not imported from the handler, which
 * loads the AWS SDK: synthesis never needs it.)
 */
export const SNAPSHOT_SHARE_RESOURCE_TYPE = 'Custom::RedshiftSnapshotShare';

/** The actions the handler calls, on the shared snapshots only. */
export const SNAPSHOT_SHARE_ACTIONS = ['redshift:AuthorizeSnapshotAccess', 'redshift:RevokeSnapshotAccess'];

/** The retention of the handler's logs when no share asks for another. */
export const DEFAULT_LOG_RETENTION = logs.RetentionDays.ONE_YEAR;

/**
 * Options of the stack's `SnapshotShareProvider`.
 */
export interface SnapshotShareProviderProps {
  /**
   * How long the handler's logs (which account was granted or revoked access, and when) are kept. Every share in a
   * stack uses one function and one log group: shares that set this must agree.
   *
   * @default logs.RetentionDays.ONE_YEAR - a year of grant history for audits; the logs are a few lines per deployment
   */
  readonly logRetention?: logs.RetentionDays;
}

/**
 * The Lambda function behind every `Custom::RedshiftSnapshotShare` of a stack: one function, one role, one log group
 * per stack, however many shares and accounts.
 *
 * The role has no managed policy: an inline policy lets the function write to its own log group only, and one
 * policy lists the ARN of each share's snapshot (one entry per share, none per account).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonredshift.html
 */
export class SnapshotShareProvider extends Construct {
  /** The construct id of the provider, directly under its stack. */
  public static readonly ID = 'PrivateAccessConstructsSnapshotShareProvider';

  /**
   * The provider of the stack of `scope`, created on first use.
   */
  public static of(scope: IConstruct, props: SnapshotShareProviderProps = {}): SnapshotShareProvider {
    const stack = Stack.of(scope);
    const existing = stack.node.tryFindChild(SnapshotShareProvider.ID);
    const provider = existing instanceof SnapshotShareProvider ? existing : new SnapshotShareProvider(stack, SnapshotShareProvider.ID);
    provider.requestRetention(scope, props.logRetention);
    return provider;
  }

  /** The function's ARN, for the custom resources' `ServiceToken`. */
  public readonly serviceToken: string;

  /** The handler function. */
  public readonly handlerFunction: lambda.IFunction;

  /** The function's log group. */
  public readonly logGroup: logs.ILogGroup;

  private readonly role: iam.Role;
  private readonly snapshotArns = new Set<string>();
  private sharePolicy?: iam.Policy;
  private shareStatement?: iam.PolicyStatement;
  private readonly keyArns = new Set<string>();
  private keyStatement?: iam.PolicyStatement;
  private retention?: { days: logs.RetentionDays; requestedBy: string };

  private constructor(scope: Construct, id: string) {
    super(scope, id);

    const logGroup = new logs.LogGroup(this, 'LogGroup', { retention: DEFAULT_LOG_RETENTION });
    this.logGroup = logGroup;

    // The log group's Arn attribute ends in `:*`, which covers its log streams.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Shares Redshift snapshots of this stack with other accounts (private-access-constructs)',
      inlinePolicies: {
        Logs: new iam.PolicyDocument({
          statements: [new iam.PolicyStatement({
            actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
            resources: [logGroup.logGroupArn],
          })],
        }),
      },
    });

    const fn = new lambda.Function(this, 'Function', {
      description: 'Authorizes and revokes access to Redshift snapshots for Custom::RedshiftSnapshotShare (private-access-constructs)',
      // The newest Node.js runtime in aws-cdk-lib's peer floor (2.262.0); it includes the AWS SDK for JavaScript v3.
      // A fixed version, not NODEJS_LATEST, so that upgrading aws-cdk-lib does not change the template.
      runtime: lambda.Runtime.NODEJS_24_X,
      handler: 'index.handler',
      // The compiled handler as it ships in the package; its sources and declarations stay out of the asset.
      code: lambda.Code.fromAsset(path.join(__dirname, 'snapshot-share-handler'), { exclude: ['*.ts'] }),
      role: this.role,
      logGroup,
      // 20 accounts with throttling backoff fit well within this; the handler answers before it runs out.
      timeout: Duration.minutes(5),
    });
    this.handlerFunction = fn;
    this.serviceToken = fn.functionArn;
  }

  /**
   * Lets the function authorize and revoke access to the snapshot `snapshotArn` (each ARN is listed once).
   */
  public grantShare(snapshotArn: string): void {
    if (this.snapshotArns.has(snapshotArn)) return;
    this.snapshotArns.add(snapshotArn);
    if (this.shareStatement === undefined) {
      this.shareStatement = new iam.PolicyStatement({ actions: SNAPSHOT_SHARE_ACTIONS, resources: [snapshotArn] });
      this.sharePolicy = new iam.Policy(this, 'SharePolicy', { statements: [this.shareStatement], roles: [this.role] });
      // The custom resources call the function once it exists: by then it may share every snapshot.
      this.handlerFunction.node.addDependency(this.sharePolicy);
      return;
    }
    this.shareStatement.addResources(snapshotArn);
  }

  /**
   * Lets the function read the KMS key `keyArn` of an encrypted snapshot (`kms:DescribeKey`), which Redshift requires
   * of the identity that authorizes access to the snapshot. In the share policy, after `grantShare`.
   *
   * @see https://docs.aws.amazon.com/redshift/latest/mgmt/managing-snapshots-console.html#snapshot-share-access-kms-key
   */
  public grantDescribeKey(keyArn: string): void {
    if (this.keyArns.has(keyArn)) return;
    this.keyArns.add(keyArn);
    if (this.keyStatement === undefined) {
      this.keyStatement = new iam.PolicyStatement({ actions: ['kms:DescribeKey'], resources: [keyArn] });
      this.sharePolicy!.addStatements(this.keyStatement);
      return;
    }
    this.keyStatement.addResources(keyArn);
  }

  /** Sets the log retention asked for by `scope`; a second, different one is a `ValidationError` naming both. */
  private requestRetention(scope: IConstruct, days: logs.RetentionDays | undefined): void {
    if (days === undefined) return;
    validateProps(scope, v => {
      if (!Token.isUnresolved(days) && !(typeof days === 'number' && Object.values(logs.RetentionDays).includes(days))) {
        v.fail('logRetention', days, 'must be one of logs.RetentionDays');
      } else if (this.retention !== undefined && this.retention.days !== days) {
        v.fail('logRetention', days, `must match the log retention ${this.retention.days} set by ${this.retention.requestedBy}: `
          + 'all snapshot shares of a stack use one function and log group');
      }
    });
    if (this.retention !== undefined) return;
    this.retention = { days, requestedBy: scope.node.path };
    const cfn = this.logGroup.node.defaultChild as logs.CfnLogGroup;
    cfn.retentionInDays = days === logs.RetentionDays.INFINITE ? undefined : days;
  }
}
