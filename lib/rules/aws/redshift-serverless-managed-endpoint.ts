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
import { REDSHIFT_SERVERLESS_SERVICE, asWritten, sdkAction, sdkCallOf } from './sdk-call';
import { ListRules, countAtLeast, lengthBetween, matches } from '../../core/rules';
import { RuleTable } from '../../core/validator';
import { AttributeCheck, ResourceTypeRules, customResourceRules, listAttribute, setAttribute, textAttribute, unsetWhenEmpty } from '../surfaces/attribute-checks';

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

type ListCheck = (attribute: string, rules: ListRules<string>, source: string) => AttributeCheck;

/**
 * The endpoint's arguments with the construct's rules, in one input's names: endpoint name, workgroup name, owner
 * account, subnets and security groups. `securityGroups` reads the last where the input reads it otherwise.
 */
function endpointArguments(names: readonly [string, string, string, string, string], list: ListCheck,
  securityGroups: ListCheck = list): AttributeCheck[] {
  const rules = REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RULES;
  return [
    textAttribute(names[0], rules.endpointName, CREATE_ENDPOINT_ACCESS),
    textAttribute(names[1], rules.workgroupName, CREATE_ENDPOINT_ACCESS),
    textAttribute(names[2], rules.ownerAccount, CREATE_ENDPOINT_ACCESS),
    list(names[3], rules.subnetIds, CREATE_ENDPOINT_ACCESS),
    // The construct's security groups follow the provisioned endpoint's rules (EC2's `sg-` IDs, each once).
    securityGroups(names[4], REDSHIFT_MANAGED_ENDPOINT_RULES.securityGroupIds, CREATE_ENDPOINT_ACCESS),
  ];
}

/** The calls' parameters (CreateEndpointAccess's names), each with the endpoint's rules. */
const ENDPOINT_PARAMETERS = endpointArguments(['endpointName', 'workgroupName', 'ownerAccount', 'subnetIds', 'vpcSecurityGroupIds'], listAttribute);
/**
 * The calls that make or change an endpoint, and the parameters each takes: UpdateEndpointAccess only the name and the
 * security groups.
 * @see https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_UpdateEndpointAccess.html
 */
const ENDPOINT_CALLS: ReadonlyArray<readonly [RegExp, readonly AttributeCheck[]]> = [
  [sdkAction('createEndpointAccess'), ENDPOINT_PARAMETERS],
  [sdkAction('updateEndpointAccess'), ENDPOINT_PARAMETERS.filter(p => ['endpointName', 'vpcSecurityGroupIds'].includes(p.attribute))],
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
      if (read === undefined || !REDSHIFT_SERVERLESS_SERVICE.test(String(read.call.service))) return;
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
  'Custom::RedshiftServerlessEndpointAccess': customResourceRules('the custom resource of a RedshiftServerlessManagedEndpoint',
    endpointArguments(['EndpointName', 'WorkgroupName', 'OwnerAccount', 'SubnetIds', 'VpcSecurityGroupIds'], listAttribute)),
  'aws_redshiftserverless_endpoint_access': {
    engine: 'terraform',
    // owner_account: the provider checks it too (ValidAccountID), "" included. subnet_ids: required by the schema, but
    // an empty set is not sent, and the API requires SubnetIds: at least one, as for the prop.
    attributes: endpointArguments(['endpoint_name', 'workgroup_name', 'owner_account', 'subnet_ids', 'vpc_security_group_ids'], setAttribute,
      (attribute, rules, source) => unsetWhenEmpty(setAttribute(attribute, rules, source), 'list', {
        note: '[] is not sent: the API\'s default applies', source: PROVIDER_SOURCE,
      })),
  },
} satisfies Record<string, ResourceTypeRules>;
