import { aws_ec2 as ec2, aws_redshiftserverless as redshiftserverless, CfnResource, IResource, Resource, Stack, Token } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { isCfnWorkgroup, isVpc } from './private/engine-objects';
import { ImportedEndpoint, importedEndpointShape } from './private/imported-endpoint';
import { comparableEnvironments, referenceTo } from './private/owner-environment';
import { RedshiftServerlessFunction, SERVERLESS_ENDPOINT_RESOURCE_TYPE } from './private/redshift-serverless-function';
import { SECURITY_GROUPS, checkSecurityGroups } from './private/security-groups';
import { checkWorkgroupOwner } from './private/serverless-workgroup';
import { selectSubnetsOf, SubnetSelection } from './private/subnet-selection';
import { checkPropsNow } from './private/validation';
import { checkLaterChanges } from './raw-resource-validation-plugin';
import { listOf, object, optional, string, struct } from '../core/shapes';
import { Validator } from '../core/validator';
import { DEFAULT_PORT } from '../rules/aws/endpoint-port';
import { REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES } from '../rules/aws/redshift-serverless-managed-endpoint';

/**
 * Properties of a Redshift-managed VPC endpoint to a Redshift Serverless workgroup.
 *
 * Give the workgroup as `workgroup` (a `CfnWorkgroup` of this app) or `workgroupName`, and the subnets as `vpc`
 * (with `vpcSubnets`) or `subnetIds`.
 */
export interface RedshiftServerlessManagedEndpointProps {
  /**
   * The endpoint's name: 1–30 lower-case letters, digits and hyphens, starting with a letter, without two hyphens in a
   * row or one at the end. It identifies the endpoint in its account and region; changing it creates a new endpoint
   * and deletes the old one.
   *
   * The API page also allows upper-case letters; the library keeps to lower case, which the service has been seen to
   * take (the unreleased CloudFormation schema for these endpoints and the provisioned endpoints' schema allow only it).
   *
   * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateEndpointAccess.html
   */
  readonly endpointName: string;

  /**
   * The workgroup, when it is defined in this app. It may be in another stack: of another account, which then becomes
   * the default `ownerAccount`, but not of another region (the endpoint is created in its stack's region, where Redshift
   * Serverless looks for the workgroup). Both stacks need a literal account and region, or neither. The workgroup's
   * literal `workgroupName` is rendered then, instead of a cross-stack reference, and the endpoint's stack deploys after
   * the workgroup's.
   *
   * @default - give `workgroupName`
   */
  readonly workgroup?: redshiftserverless.CfnWorkgroup;

  /**
   * The name of the workgroup: 3–64 lower-case letters, digits and hyphens. With `ownerAccount`, the name of the
   * workgroup in that account.
   *
   * @default - give `workgroup`
   * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateEndpointAccess.html
   */
  readonly workgroupName?: string;

  /**
   * The 12-digit account that owns the workgroup, when it is another account. That account must first grant this one
   * access to the workgroup (`RedshiftServerlessEndpointAuthorization` there, or its own resource policy).
   *
   * With `workgroup`, only for a workgroup of another account's stack, and then that account.
   *
   * @default - the literal account of `workgroup`'s stack when it is not this stack's; else none: the workgroup is in
   * this stack's account
   * @see https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-connecting.html
   */
  readonly ownerAccount?: string;

  /**
   * The VPC the endpoint is placed in; the subnets are chosen with `vpcSubnets`, and a security group is created in it
   * when `securityGroups` is not given.
   *
   * @default - give `subnetIds` (and `securityGroups`)
   */
  readonly vpc?: ec2.IVpc;

  /**
   * Which subnets of `vpc` Redshift Serverless may place the endpoint in.
   *
   * @default - the VPC's private subnets (isolated or with egress), as `vpc.selectSubnets()` chooses them
   */
  readonly vpcSubnets?: ec2.SubnetSelection;

  /**
   * The IDs of the subnets Redshift Serverless chooses one of for the endpoint, when there is no `vpc`.
   *
   * @default - the subnets of `vpc` selected by `vpcSubnets`
   */
  readonly subnetIds?: string[];

  /**
   * The security groups of the endpoint. They are the only setting that changes in place; `connections` allows
   * traffic through them.
   *
   * @default - a new security group in `vpc` (without `vpc`, security groups must be given)
   */
  readonly securityGroups?: ec2.ISecurityGroup[];
}

/**
 * Attributes of an existing Redshift Serverless managed VPC endpoint.
 */
export interface RedshiftServerlessManagedEndpointAttributes {
  /**
   * The endpoint's name.
   */
  readonly endpointName: string;

  /**
   * The DNS address of the endpoint.
   */
  readonly endpointAddress: string;

  /**
   * The port the endpoint serves on: its workgroup's port.
   *
   * @default 5439
   */
  readonly port?: number;

  /**
   * The endpoint's security groups, for `connections`.
   */
  readonly securityGroups: ec2.ISecurityGroup[];
}

/**
 * A Redshift Serverless managed VPC endpoint.
 */
export interface IRedshiftServerlessManagedEndpoint extends IResource, ec2.IConnectable {
  /**
   * The endpoint's name.
   *
   * @attribute
   */
  readonly endpointName: string;

  /**
   * The DNS address of the endpoint.
   *
   * @attribute
   */
  readonly endpointAddress: string;

  /**
   * The port of the endpoint, as a string (a custom resource's attributes are strings).
   *
   * @attribute
   */
  readonly endpointPort: string;
}

/** The run-time shape of `RedshiftServerlessManagedEndpointProps`, for callers without TypeScript's checks. */
const REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_PROPS = struct<RedshiftServerlessManagedEndpointProps>('RedshiftServerlessManagedEndpointProps', {
  endpointName: string(),
  workgroup: optional(object('a redshiftserverless.CfnWorkgroup', isCfnWorkgroup)),
  workgroupName: optional(string()),
  ownerAccount: optional(string()),
  vpc: optional(object('an ec2.IVpc', isVpc)),
  vpcSubnets: optional(object('an ec2.SubnetSelection')),
  subnetIds: optional(listOf(string(), 'subnet IDs')),
  securityGroups: optional(SECURITY_GROUPS),
});

const REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_ATTRIBUTES = importedEndpointShape('RedshiftServerlessManagedEndpointAttributes');

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
   * The run-time shapes of its props, for the shape tests.
   * @internal
   */
  public static readonly _shapes = { props: REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_PROPS };

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
    checkLaterChanges(this.resource);
    const port = workgroup?.port;
    this.connections = new ec2.Connections({
      securityGroups,
      defaultPort: ec2.Port.tcp(port !== undefined && !Token.isUnresolved(port) ? port : DEFAULT_PORT),
    });
  }
}

// The checks of `RedshiftServerlessManagedEndpoint`, which apply its rules
// (`lib/rules/aws/redshift-serverless-managed-endpoint.ts`).

const RULES = REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES;

/**
 * Every rule on the props: names, the workgroup and its owner, the subnets and the security groups. Returns the account
 * of the workgroup's stack when it is literal and not this stack's: the default `OwnerAccount`.
 */
function checkRedshiftServerlessManagedEndpointProps(v: Validator, endpoint: IConstruct, props: RedshiftServerlessManagedEndpointProps,
  selection: SubnetSelection): string | undefined {
  v.check('endpointName', props.endpointName, ...RULES.endpointName);
  v.exactlyOneOf(props, 'workgroupName', 'workgroup');
  v.check('workgroupName', props.workgroupName, ...RULES.workgroupName);
  v.check('ownerAccount', props.ownerAccount, ...RULES.ownerAccount);
  const owner = v.isLiteral(props.workgroup) ? checkWorkgroupAccount(v, endpoint, props.workgroup, props.ownerAccount) : undefined;
  v.exactlyOneOf(props, 'subnetIds', 'vpc');
  if (props.vpcSubnets !== undefined && props.vpc === undefined) {
    v.fail('vpcSubnets', props.vpcSubnets, 'must be given only with vpc (they are subnets of vpc)');
  }
  if (props.securityGroups === undefined && props.vpc === undefined) {
    v.fail('securityGroups', undefined, 'must be given when vpc is not (a new security group needs a VPC)');
  }
  if (selection.error !== undefined) v.fail('vpcSubnets', props.vpcSubnets ?? {}, `must select subnets of vpc: ${selection.error}`);
  if (props.subnetIds !== undefined) v.checkList('subnetIds', props.subnetIds, RULES.subnetIds);
  else if (selection.subnets !== undefined) v.checkList('vpcSubnets', selection.subnets.subnetIds, RULES.subnetIds);
  // The security groups as for provisioned endpoints (EC2's `sg-` format, each once).
  checkSecurityGroups(v, props.securityGroups);
  return owner;
}

/**
 * A workgroup of the app: in this stack's region (CreateEndpointAccess has no region parameter), and in this stack's
 * account or, by its stack's literal env, another one, which `ownerAccount` must then name if given.
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateEndpointAccess.html
 */
function checkWorkgroupAccount(v: Validator, endpoint: IConstruct, workgroup: redshiftserverless.CfnWorkgroup,
  ownerAccount: string | undefined): string | undefined {
  const other = checkWorkgroupOwner(v, endpoint, workgroup, {
    sameRegionBecause: 'create the endpoint in a stack of the workgroup\'s region (CreateEndpointAccess has no region '
      + 'parameter: it looks for the workgroup in the region it is called in)',
    whenUnknown: 'give both stacks an env with a literal account and region (aws-cdk-lib needs them for any reference '
      + 'between the stacks), or name the workgroup by workgroupName (and ownerAccount, for another account\'s workgroup)',
  });
  if (ownerAccount === undefined || !comparableEnvironments(Stack.of(endpoint), Stack.of(workgroup))) return other;
  if (other === undefined) {
    v.fail('ownerAccount', ownerAccount, `must not be given with workgroup ${v.render(workgroup)}, which is in this stack's account `
      + '(give workgroupName for another account\'s workgroup)');
  } else if (v.isLiteral(ownerAccount) && ownerAccount !== other) {
    v.fail('ownerAccount', ownerAccount, `must be the account of the workgroup's stack (${v.render(other)}), or be left out: `
      + 'it is taken from there');
  }
  return other;
}
