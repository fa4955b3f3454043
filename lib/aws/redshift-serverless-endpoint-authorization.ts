import { aws_redshiftserverless as redshiftserverless, CfnResource, IResource, Resource, Stack } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { isCfnWorkgroup } from './private/engine-objects';
import { referenceTo } from './private/owner-environment';
import { RedshiftServerlessFunction, SERVERLESS_GRANT_RESOURCE_TYPE } from './private/redshift-serverless-function';
import { checkWorkgroupOwner } from './private/serverless-workgroup';
import { checkPropsNow } from './private/validation';
import { checkLaterChanges } from './raw-resource-validation-plugin';
import { listOf, object, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';
import { REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_RULES } from '../rules/aws/redshift-serverless-endpoint-authorization';

/**
 * Properties of a grant that lets another account create managed VPC endpoints to a Redshift Serverless workgroup.
 */
export interface RedshiftServerlessEndpointAuthorizationProps {
  /**
   * The workgroup, when it is defined in this app. A workgroup of another stack must be of this stack's account and
   * region (only its owner can put its resource policy); its literal `workgroupName` is rendered then.
   *
   * @default - give `workgroupName`
   */
  readonly workgroup?: redshiftserverless.CfnWorkgroup;

  /**
   * The name of a workgroup of this stack's account and region: 3–64 lower-case letters, digits and hyphens.
   *
   * @default - give `workgroup`
   */
  readonly workgroupName?: string;

  /**
   * The 12-digit account allowed to create endpoints to the workgroup.
   */
  readonly account: string;

  /**
   * The VPCs of that account in which it may create endpoints (`vpc-` and 1–17 letters or digits, each once).
   *
   * @default - every VPC of the account
   * @see https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-connecting.html
   */
  readonly vpcIds?: string[];
}

/**
 * A grant of access to a Redshift Serverless workgroup's managed VPC endpoints.
 */
export interface IRedshiftServerlessEndpointAuthorization extends IResource {
  /**
   * The name of the workgroup.
   *
   * @attribute
   */
  readonly workgroupName: string;

  /**
   * The account granted access.
   *
   * @attribute
   */
  readonly account: string;
}

/** The last grant of each workgroup in a stack, which the next grant of that workgroup waits for. */
const LAST_GRANT = new WeakMap<Stack, Map<string, CfnResource>>();

/** The run-time shape of `RedshiftServerlessEndpointAuthorizationProps`, for callers without TypeScript's checks. */
const REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_PROPS = struct<RedshiftServerlessEndpointAuthorizationProps>('RedshiftServerlessEndpointAuthorizationProps', {
  workgroup: optional(object('a redshiftserverless.CfnWorkgroup', isCfnWorkgroup)),
  workgroupName: optional(string()),
  account: string(),
  vpcIds: optional(listOf(string(), 'VPC IDs')),
});

/**
 * The workgroup owner's side of a cross-account Redshift Serverless endpoint: allows another account (and optionally
 * only some of its VPCs) to create managed VPC endpoints to a workgroup. The other account then creates a
 * `RedshiftServerlessManagedEndpoint` with `workgroupName` and `ownerAccount`.
 *
 * The grant is a statement of the workgroup's resource policy, which a put replaces whole: the library's handler
 * reads the policy, changes only its own statement and writes it back, so statements someone else put there survive
 * every create, update and delete; grants of one workgroup in a stack are written one after the other.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-connecting.html
 */
export class RedshiftServerlessEndpointAuthorization extends Resource implements IRedshiftServerlessEndpointAuthorization {
  /**
   * The run-time shapes of its props, for the shape tests.
   * @internal
   */
  public static readonly _shapes = { props: REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_PROPS };

  /** The name of the workgroup. @attribute */
  public readonly workgroupName: string;

  /** The account granted access. @attribute */
  public readonly account: string;

  /** The custom resource (`Custom::RedshiftServerlessEndpointAuthorization`). */
  public readonly resource: CfnResource;

  constructor(scope: Construct, id: string, props: RedshiftServerlessEndpointAuthorizationProps) {
    super(scope, id);
    // From here on the checked copy: later changes to the caller's objects cannot reach the construct.
    props = checkPropsNow<RedshiftServerlessEndpointAuthorizationProps>(this, REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_PROPS, props,
      (v, checked) => checkRedshiftServerlessEndpointAuthorizationProps(v, this, checked));
    const serverlessFunction = RedshiftServerlessFunction.of(this);
    serverlessFunction.allowGrants();
    this.workgroupName = props.workgroup !== undefined ? referenceTo(this, props.workgroup, props.workgroup.workgroupName) : props.workgroupName!;
    this.account = props.account;
    this.resource = new CfnResource(this, 'Resource', {
      type: SERVERLESS_GRANT_RESOURCE_TYPE,
      properties: {
        ServiceToken: serverlessFunction.serviceToken,
        WorkgroupName: this.workgroupName,
        Account: props.account,
        VpcIds: props.vpcIds,
      },
    });
    checkLaterChanges(this.resource);
    this.waitForOtherGrants();
  }

  /**
   * Orders this grant after the stack's previous grant of the same workgroup: each rewrites the whole policy, so two
   * at once could each drop the other's statement. (The handler also reads its write back, for writers elsewhere.)
   */
  private waitForOtherGrants(): void {
    const stack = Stack.of(this);
    const byWorkgroup = LAST_GRANT.get(stack) ?? new Map<string, CfnResource>();
    LAST_GRANT.set(stack, byWorkgroup);
    const key = JSON.stringify(stack.resolve(this.workgroupName));
    const previous = byWorkgroup.get(key);
    if (previous !== undefined) this.resource.addResourceDependency(previous);
    byWorkgroup.set(key, this.resource);
  }
}

// The checks of `RedshiftServerlessEndpointAuthorization`, which apply its rules
// (`lib/rules/aws/redshift-serverless-endpoint-authorization.ts`).

const RULES = REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_RULES;

/** Every rule on the props. */
function checkRedshiftServerlessEndpointAuthorizationProps(v: Validator, grant: IConstruct,
  props: RedshiftServerlessEndpointAuthorizationProps): void {
  v.exactlyOneOf(props, 'workgroupName', 'workgroup');
  v.check('workgroupName', props.workgroupName, ...RULES.workgroupName);
  // PutResourcePolicy sets the policy of a workgroup of the caller's account, in the region it is called in
  // (https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_PutResourcePolicy.html).
  if (v.isLiteral(props.workgroup)) {
    checkWorkgroupOwner(v, grant, props.workgroup, {
      sameRegionBecause: 'make the grant in a stack of the workgroup\'s region (PutResourcePolicy sets the policy of a '
        + 'workgroup of the region it is called in)',
      whenUnknown: 'give both stacks an env with a literal account and region, or name the workgroup by workgroupName',
      sameAccountBecause: 'make the grant in a stack of the workgroup\'s account (only its owner can set its resource policy)',
    });
  }
  v.check('account', props.account, ...RULES.account);
  v.checkList('vpcIds', props.vpcIds, RULES.vpcIds);
}

