import { ArnFormat, Duration, Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct, IConstruct } from 'constructs';
import { HANDLER_RUNTIME, handlerCode, PINNED_RUNTIME_REASON } from './handler-code';
import { CLAIM_TAG_PREFIX } from './handlers/snapshot-share/ownership';
import { acknowledgePinnedRuntime, acknowledgeWildcardResources } from './nag-acknowledgements';
import { checkNow } from './validation';

/**
 * The custom resource type whose requests the function handles. (Not imported from the handler, which
 * loads the AWS SDK: synthesis never needs it.)
 */
export const SNAPSHOT_SHARE_RESOURCE_TYPE = 'Custom::RedshiftSnapshotShare';

/** The tag keys that record which share owns a grant (`ownership.ts` loads no SDK, unlike the rest of the handler). */
export const CLAIM_TAG_KEYS = `${CLAIM_TAG_PREFIX}*`;

/** Tagging only the claim keys (`Null`: `ForAllValues` alone would also allow a request without keys). */
const CLAIM_TAGS_ONLY = { 'ForAllValues:StringLike': { 'aws:TagKeys': CLAIM_TAG_KEYS }, 'Null': { 'aws:TagKeys': 'false' } };

/** The retention of the handler's logs when no share asks for another. */
export const DEFAULT_LOG_RETENTION = logs.RetentionDays.ONE_YEAR;

/**
 * Options of the stack's `SnapshotShareFunction`.
 */
export interface SnapshotShareFunctionProps {
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
 * The role has no managed policy: an inline policy lets the function write to its own log group only; the share
 * policy lets it grant access to, and write claim tags on, each share's snapshot (one entry per share, none per
 * account); the release policy, which names no snapshot, lets it read snapshots and its stack's status, revoke access
 * and remove claim tags.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonredshift.html
 */
export class SnapshotShareFunction extends Construct {
  /**
   * The construct id of the function's scope, directly under its stack. It keeps the name of the class before it was
   * renamed: changing it would change the logical IDs, and replace deployed functions and roles.
   */
  public static readonly ID = 'PrivateAccessConstructsSnapshotShareProvider';

  /**
   * The function of the stack of `scope`, created on first use.
   */
  public static of(scope: IConstruct, props: SnapshotShareFunctionProps = {}): SnapshotShareFunction {
    const stack = Stack.of(scope);
    const existing = stack.node.tryFindChild(SnapshotShareFunction.ID);
    const shareFunction = existing instanceof SnapshotShareFunction ? existing : new SnapshotShareFunction(stack, SnapshotShareFunction.ID);
    shareFunction.requestRetention(scope, props.logRetention);
    return shareFunction;
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
  private grantStatement?: iam.PolicyStatement;
  private claimStatement?: iam.PolicyStatement;
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
    const releasePolicy = this.releasePolicy();

    const fn = new lambda.Function(this, 'Function', {
      description: 'Authorizes and revokes access to Redshift snapshots for Custom::RedshiftSnapshotShare (private-access-constructs)',
      runtime: HANDLER_RUNTIME,
      handler: 'snapshot-share/index.handler',
      code: handlerCode(),
      role: this.role,
      logGroup,
      // The handler stops its own work well before this (see its deadlines) and always answers; the longest timeout
      // Lambda allows leaves the most room for 20 throttled accounts.
      timeout: Duration.minutes(15),
    });
    fn.node.addDependency(releasePolicy);
    acknowledgePinnedRuntime(fn, PINNED_RUNTIME_REASON);
    this.handlerFunction = fn;
    this.serviceToken = fn.functionArn;
  }

  /**
   * Lets the function authorize access to the snapshot `snapshotArn` and record its claim tag there (each ARN is
   * listed once).
   */
  public grantShare(snapshotArn: string): void {
    if (this.snapshotArns.has(snapshotArn)) return;
    this.snapshotArns.add(snapshotArn);
    if (this.grantStatement === undefined || this.claimStatement === undefined) {
      this.grantStatement = new iam.PolicyStatement({ actions: ['redshift:AuthorizeSnapshotAccess'], resources: [snapshotArn] });
      this.claimStatement = new iam.PolicyStatement({
        actions: ['redshift:CreateTags'],
        resources: [snapshotArn],
        conditions: CLAIM_TAGS_ONLY,
      });
      this.sharePolicy = new iam.Policy(this, 'SharePolicy', { statements: [this.grantStatement, this.claimStatement], roles: [this.role] });
      // The custom resources call the function once it exists: by then it may share every snapshot.
      this.handlerFunction.node.addDependency(this.sharePolicy);
      return;
    }
    this.grantStatement.addResources(snapshotArn);
    this.claimStatement.addResources(snapshotArn);
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

  /**
   * What the function may do to any snapshot of the stack's account and region: read it, revoke access and remove
   * claim tags; and read its own stack's status. A share's Delete can come after the template stopped naming its snapshot (a share removed while
   * others stay, a share moved to another snapshot: CloudFormation updates the share policy first, and deletes the
   * old share in its cleanup phase afterwards), so these permissions must not depend on the template's snapshots.
   * None of them can give access to anything. `DescribeClusterSnapshots` has no snapshot-level resource type.
   *
   * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonredshift.html
   */
  private releasePolicy(): iam.Policy {
    const stack = Stack.of(this);
    const anySnapshot = stack.formatArn({ service: 'redshift', resource: 'snapshot', resourceName: '*/*', arnFormat: ArnFormat.COLON_RESOURCE_NAME });
    const policy = new iam.Policy(this, 'ReleasePolicy', {
      roles: [this.role],
      statements: [
        new iam.PolicyStatement({ actions: ['redshift:DescribeClusterSnapshots'], resources: ['*'] }),
        // A rollback revokes only what a share granted itself: the handler reads its own stack's status.
        new iam.PolicyStatement({ actions: ['cloudformation:DescribeStacks'], resources: [stack.stackId] }),
        new iam.PolicyStatement({ actions: ['redshift:RevokeSnapshotAccess'], resources: [anySnapshot] }),
        new iam.PolicyStatement({
          actions: ['redshift:DeleteTags'],
          resources: [anySnapshot],
          conditions: CLAIM_TAGS_ONLY,
        }),
      ],
    });
    // The two wildcards are the design (see above).
    acknowledgeWildcardResources(policy, 'A share\'s Delete can arrive after the template stopped naming its snapshot, so '
      + 'revoking must be allowed on any snapshot of the account and region; DescribeClusterSnapshots has no snapshot-level '
      + 'resource. Neither can grant access.');
    return policy;
  }

  /** Sets the log retention asked for by `scope`; a second, different one is a `ValidationError` naming both. */
  private requestRetention(scope: IConstruct, days: logs.RetentionDays | undefined): void {
    if (days === undefined) return;
    checkNow(scope, v => {
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
