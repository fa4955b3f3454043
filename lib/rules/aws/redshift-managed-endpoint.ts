/**
 * The rules of `RedshiftManagedEndpoint` (`AWS::Redshift::EndpointAccess`), each stated once. Sources: the
 * CreateEndpointAccess API page and the CloudFormation registry schema of `AWS::Redshift::EndpointAccess`.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateEndpointAccess.html
 */
import { ACCOUNT_ID_RULE } from './account-id';
import { ENDPOINT_PORT_RULE } from './endpoint-port';
import { redshiftIdentifier, CLUSTER_IDENTIFIER_RULES, CLUSTER_IDENTIFIER_SOURCE } from './redshift-identifier';
import { countAtLeast, countBetween, lengthBetween, matches } from '../../core/rules';
import { RuleTable } from '../../core/validator';
import { ResourceTypeRules, emptyText, listAttribute, setAttribute, textAttribute, unsetWhenEmpty } from '../surfaces/attribute-checks';

export const REDSHIFT_MANAGED_ENDPOINT_RULES = {
  /**
   * `EndpointName`. CloudFormation's registry schema (`^(?=^[a-z][a-z0-9]*(-[a-z0-9]+)*$).{1,30}$`) is stricter than
   * the CreateEndpointAccess API page (which allows A–Z): lower case wins, since CloudFormation enforces it.
   */
  endpointName: redshiftIdentifier({
    maxLength: 30,
    lowerCaseOnly: true,
    lowerCaseReason: 'the Redshift API doc also allows upper case, but CloudFormation does not',
  }),

  /** `SubnetGroupName` (`^(?=^[a-zA-Z0-9-]+$).{1,255}$`). */
  subnetGroupName: [
    lengthBetween(1, 255),
    matches(/^[a-zA-Z0-9-]*$/, 'contain only letters, digits and hyphens'),
  ],

  /** `ResourceOwner`: the 12-digit account that owns the cluster. */
  resourceOwner: [ACCOUNT_ID_RULE],

  /** The endpoint serves on its cluster's port, which availability-zone relocation limits. */
  port: [ENDPOINT_PORT_RULE],

  /**
   * `VpcSecurityGroupIds` is required. Each id is `sg-` and 8 lower-case hexadecimal digits (IDs made before 2016) or
   * 17 (the longer IDs EC2 gives since): an ID of any other length names no security group.
   * @see https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html
   */
  securityGroupIds: {
    list: [countAtLeast<string>(1, 'security group')],
    each: [matches(/^sg-([0-9a-f]{8}|[0-9a-f]{17})$/, 'be a security group id: "sg-" and 8 or 17 lower-case hexadecimal digits')],
    unique: true,
  },

  /**
   * The subnets of a new cluster subnet group (`vpc` + `vpcSubnets`): CreateClusterSubnetGroup takes 1–20 subnet ids.
   * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateClusterSubnetGroup.html
   */
  subnets: {
    list: [countBetween<string>(1, 20, 'subnets (a cluster subnet group holds 1–20)')],
    unique: true,
  },

  /**
   * The distinct Availability Zones of those subnets, when all are known at synth. Managed endpoints need a cluster
   * with availability-zone relocation, which moves the cluster and its endpoints to another zone of the subnet group.
   * @see https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-recovery.html
   */
  subnetAvailabilityZones: [
    countAtLeast<string>(2, 'Availability Zones (availability-zone relocation, which managed endpoints need, moves the endpoint to another zone)'),
  ],
} satisfies RuleTable;

const CREATE_ENDPOINT_ACCESS = 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateEndpointAccess.html';
/** How the AWS provider reads the endpoint's arguments (what it leaves out of the request). */
const PROVIDER_SOURCE = 'https://github.com/hashicorp/terraform-provider-aws/blob/af55dfb90500e80afb9d9ba64a76024e500c948a/internal/service/redshift/endpoint_access.go';

/** The endpoint's rules on raw resources: CloudFormation's `AWS::Redshift::EndpointAccess` and the AWS provider's. */
export const REDSHIFT_MANAGED_ENDPOINT_RESOURCES = {
  'AWS::Redshift::EndpointAccess': {
    engine: 'cloudformation',
    attributes: [
      textAttribute('ClusterIdentifier', CLUSTER_IDENTIFIER_RULES, CLUSTER_IDENTIFIER_SOURCE),
      textAttribute('EndpointName', REDSHIFT_MANAGED_ENDPOINT_RULES.endpointName, CREATE_ENDPOINT_ACCESS),
      textAttribute('SubnetGroupName', REDSHIFT_MANAGED_ENDPOINT_RULES.subnetGroupName, CREATE_ENDPOINT_ACCESS),
      textAttribute('ResourceOwner', REDSHIFT_MANAGED_ENDPOINT_RULES.resourceOwner, CREATE_ENDPOINT_ACCESS),
      listAttribute('VpcSecurityGroupIds', REDSHIFT_MANAGED_ENDPOINT_RULES.securityGroupIds, CREATE_ENDPOINT_ACCESS),
    ],
  },
  'aws_redshift_endpoint_access': {
    engine: 'terraform',
    attributes: [
      textAttribute('cluster_identifier', CLUSTER_IDENTIFIER_RULES, CLUSTER_IDENTIFIER_SOURCE),
      textAttribute('endpoint_name', REDSHIFT_MANAGED_ENDPOINT_RULES.endpointName, CREATE_ENDPOINT_ACCESS),
      textAttribute('subnet_group_name', REDSHIFT_MANAGED_ENDPOINT_RULES.subnetGroupName, CREATE_ENDPOINT_ACCESS),
      emptyText(textAttribute('resource_owner', REDSHIFT_MANAGED_ENDPOINT_RULES.resourceOwner, CREATE_ENDPOINT_ACCESS), PROVIDER_SOURCE),
      // Optional here, unlike VpcSecurityGroupIds in CloudFormation: an empty set is not sent, and the default group applies.
      unsetWhenEmpty(setAttribute('vpc_security_group_ids', REDSHIFT_MANAGED_ENDPOINT_RULES.securityGroupIds, CREATE_ENDPOINT_ACCESS), 'list', {
        note: '[] is not sent: the endpoint gets the VPC\'s default security group', source: PROVIDER_SOURCE,
      }),
    ],
  },
} satisfies Record<string, ResourceTypeRules>;
