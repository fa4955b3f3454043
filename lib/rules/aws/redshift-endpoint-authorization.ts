/**
 * The rules of `RedshiftEndpointAuthorization` (`AWS::Redshift::EndpointAuthorization`), each stated once.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeEndpointAccess.html
 */
import { ACCOUNT_ID } from './account-id';
import { countAtLeast, matches } from '../../core/rules';
import { RuleTable } from '../../core/validator';

export const REDSHIFT_ENDPOINT_AUTHORIZATION_RULES = {
  /** `Account`: the 12-digit grantee account. */
  account: [ACCOUNT_ID],

  /** `VpcIds` items (`^vpc-[A-Za-z0-9]{1,17}$`), each once; `[]` would read like the omitted list, which means all VPCs. */
  vpcIds: {
    list: [countAtLeast<string>(1, 'VPC', 'omit vpcIds to allow all VPCs of the account')],
    each: [matches(/^vpc-[A-Za-z0-9]{1,17}$/, 'be a VPC id: "vpc-" and 1–17 letters or digits')],
    unique: true,
  },
} satisfies RuleTable;
