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
import { countAtLeast, lengthBetween, matches } from '../../core/rules';
import { RuleTable } from '../../core/validator';

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
