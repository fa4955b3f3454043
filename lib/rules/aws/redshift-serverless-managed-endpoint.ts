/**
 * The rules of `RedshiftServerlessManagedEndpoint`, each stated once. Sources:
 * - CreateEndpointAccess (Redshift Serverless): https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateEndpointAccess.html
 * - the `WorkgroupName` and `OwnerAccount` shapes of the Redshift Serverless API model (botocore `redshift-serverless`)
 * - the CloudFormation registry schema of `AWS::RedshiftServerless::Workgroup` (its `SubnetIds` pattern)
 *
 * Where the sources state no limit (the number of subnets or security groups, duplicates in either list, whether
 * `ownerAccount` may be the caller's own account), there is no rule.
 */
import { ACCOUNT_ID_RULE } from './account-id';
import { redshiftIdentifier } from './redshift-identifier';
import { REDSHIFT_MANAGED_ENDPOINT_RULES } from './redshift-managed-endpoint';
import { asWritten, sdkCallOf } from './sdk-call';
import { countAtLeast, lengthBetween, matches } from '../../core/rules';
import { RuleTable } from '../../core/validator';
import { AttributeCheck, ResourceTypeRules, listAttribute, setAttribute, textAttribute, unsetWhenEmpty } from '../surfaces/attribute-checks';

export const REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES = {
  /**
   * `endpointName`: 1–30 characters, a letter first, letters, digits and hyphens, no `--`, no hyphen at the end. The
   * API page allows upper case; the unreleased CloudFormation schema for these endpoints does not, and the service
   * has not been seen to take it, so lower case only.
   */
  endpointName: redshiftIdentifier({
    maxLength: 30,
    lowerCaseOnly: true,
    lowerCaseReason: 'the API page also allows upper case, which the service is not known to take',
  }),

  /** `WorkgroupName` (API model): 3–64 characters, `^[a-z0-9-]+$`. */
  workgroupName: [
    lengthBetween(3, 64),
    matches(/^[a-z0-9-]*$/, 'contain only lower-case letters, digits and hyphens'),
  ],

  /** `OwnerAccount` (API model): 1–12 characters matching `(\d{12})`, so exactly 12 digits. */
  ownerAccount: [ACCOUNT_ID_RULE],

  /**
   * `subnetIds` is required. Each ID as the `AWS::RedshiftServerless::Workgroup` schema checks its subnets
   * (`^subnet-[0-9a-fA-F]{8,}$`); the endpoint API states no format of its own.
   */
  subnetIds: {
    list: [countAtLeast<string>(1, 'subnet ID')],
    each: [matches(/^subnet-[0-9a-fA-F]{8,}$/, 'be a subnet ID: "subnet-" and at least 8 hexadecimal digits')],
  },

} satisfies RuleTable;

const CREATE_ENDPOINT_ACCESS = 'https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateEndpointAccess.html';
/** How the AWS provider reads the endpoint's arguments (what it leaves out of the request); at the commit read. */
const PROVIDER_SOURCE = 'https://github.com/hashicorp/terraform-provider-aws/blob/f8c737699d126d97d63311cf9ffb67a96b0b52a2/internal/service/redshiftserverless/endpoint_access.go';

/**
 * The service of an `AwsCustomResource`'s call, in each spelling aws-cdk-lib takes: SDK v2's `RedshiftServerless`, v3's
 * `redshift-serverless` and its package name.
 */
const SERVERLESS_SERVICE = /^(redshiftserverless|redshift-serverless|@aws-sdk\/client-redshift-serverless)$/i;
/** The calls' parameters (CreateEndpointAccess's names), each with the endpoint's rules. */
const ENDPOINT_PARAMETERS = [
  textAttribute('endpointName', REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES.endpointName, CREATE_ENDPOINT_ACCESS),
  textAttribute('workgroupName', REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES.workgroupName, CREATE_ENDPOINT_ACCESS),
  textAttribute('ownerAccount', REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES.ownerAccount, CREATE_ENDPOINT_ACCESS),
  listAttribute('subnetIds', REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES.subnetIds, CREATE_ENDPOINT_ACCESS),
  listAttribute('vpcSecurityGroupIds', REDSHIFT_MANAGED_ENDPOINT_RULES.securityGroupIds, CREATE_ENDPOINT_ACCESS),
];
/**
 * The calls that make or change an endpoint, and the parameters each takes: UpdateEndpointAccess only the name and the
 * security groups.
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_UpdateEndpointAccess.html
 */
const ENDPOINT_CALLS: ReadonlyArray<readonly [RegExp, readonly AttributeCheck[]]> = [
  [/^createEndpointAccess(Command)?$/i, ENDPOINT_PARAMETERS],
  [/^updateEndpointAccess(Command)?$/i, ENDPOINT_PARAMETERS.filter(p => ['endpointName', 'vpcSecurityGroupIds'].includes(p.attribute))],
];

/**
 * `Create` or `Update` of an `AwsCustomResource` that calls Redshift Serverless CreateEndpointAccess or
 * UpdateEndpointAccess: each parameter the call takes, with the rules of the endpoint construct.
 */
function serverlessEndpointCall(attribute: string): AttributeCheck {
  return {
    attribute,
    source: CREATE_ENDPOINT_ACCESS,
    rules: ENDPOINT_PARAMETERS.flatMap(p => p.rules.map(r => `parameters.${p.attribute} ${r}`)),
    check: (v, property, value, env) => {
      const read = sdkCallOf(value);
      if (read === undefined || !SERVERLESS_SERVICE.test(String(read.call.service))) return;
      const parameters = ENDPOINT_CALLS.find(([action]) => action.test(String(read.call.action)))?.[1] ?? [];
      for (const parameter of parameters) {
        const given = read.call.parameters?.[parameter.attribute];
        if (given !== undefined && given !== null) parameter.check(v, `${property}.parameters.${parameter.attribute}`, asWritten(given, read.known), env);
      }
    },
  };
}

/** A managed endpoint on raw resources: the checks of an `AwsCustomResource`'s calls that create or update one. */
export const SERVERLESS_ENDPOINT_CALLS: readonly AttributeCheck[] = [serverlessEndpointCall('Create'), serverlessEndpointCall('Update')];

/**
 * The endpoint's rules on raw resources: the AWS provider's `aws_redshiftserverless_endpoint_access`, and the custom
 * resource the construct writes (CloudFormation has no resource for it), which a template may carry changed by an
 * escape hatch. `AwsCustomResource` calls are `SERVERLESS_ENDPOINT_CALLS`.
 */
export const REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RESOURCES = {
  'Custom::RedshiftServerlessEndpointAccess': {
    engine: 'cloudformation',
    note: 'the custom resource of a RedshiftServerlessManagedEndpoint',
    attributes: [
      textAttribute('EndpointName', REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES.endpointName, CREATE_ENDPOINT_ACCESS),
      textAttribute('WorkgroupName', REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES.workgroupName, CREATE_ENDPOINT_ACCESS),
      textAttribute('OwnerAccount', REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES.ownerAccount, CREATE_ENDPOINT_ACCESS),
      listAttribute('SubnetIds', REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES.subnetIds, CREATE_ENDPOINT_ACCESS),
      listAttribute('VpcSecurityGroupIds', REDSHIFT_MANAGED_ENDPOINT_RULES.securityGroupIds, CREATE_ENDPOINT_ACCESS),
    ],
  },
  'aws_redshiftserverless_endpoint_access': {
    engine: 'terraform',
    attributes: [
      textAttribute('endpoint_name', REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES.endpointName, CREATE_ENDPOINT_ACCESS),
      textAttribute('workgroup_name', REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES.workgroupName, CREATE_ENDPOINT_ACCESS),
      // The provider checks it too (ValidAccountID), "" included.
      textAttribute('owner_account', REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES.ownerAccount, CREATE_ENDPOINT_ACCESS),
      // Required by the schema, but an empty set is not sent, and the API requires SubnetIds: at least one, as for the prop.
      setAttribute('subnet_ids', REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES.subnetIds, CREATE_ENDPOINT_ACCESS),
      // The construct's security groups follow the provisioned endpoint's rules (EC2's `sg-` IDs, each once).
      unsetWhenEmpty(setAttribute('vpc_security_group_ids', REDSHIFT_MANAGED_ENDPOINT_RULES.securityGroupIds, CREATE_ENDPOINT_ACCESS), 'list', {
        note: '[] is not sent: the API\'s default applies', source: PROVIDER_SOURCE,
      }),
    ],
  },
} satisfies Record<string, ResourceTypeRules>;
