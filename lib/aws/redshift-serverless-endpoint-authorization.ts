import { CfnResource, Resource, Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { referenceTo } from './private/owner-environment';
import { RedshiftServerlessFunction, SERVERLESS_GRANT_RESOURCE_TYPE } from './private/redshift-serverless-function';
import { checkPropsNow } from './private/validation';
import { REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_PROPS, checkRedshiftServerlessEndpointAuthorizationProps } from './redshift-serverless-endpoint-authorization-checks';
import {
  IRedshiftServerlessEndpointAuthorization, RedshiftServerlessEndpointAuthorizationProps,
} from './redshift-serverless-endpoint-authorization-types';

/** The last grant of each workgroup in a stack, which the next grant of that workgroup waits for. */
const LAST_GRANT = new WeakMap<Stack, Map<string, CfnResource>>();

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
