/**
 * Every raw resource type the checks know, by its type name, in the rule table's order. Nothing here states a rule
 * or a provider's reading: each resource's file in the rules layer does, beside the table its construct applies, so
 * a raw resource, an L2 and the command-line checker cannot disagree. An ID whose only rule is "not empty" is not
 * checked where the provider takes "" for unset (a Huawei Cloud region, subnet or SNAT subnet, an Open Telekom Cloud
 * subnet, an Alibaba Cloud zone, resource group, service ID or service name): no value would break a rule.
 */
import { PRIVATE_LINK_ENDPOINT_RESOURCES } from '../rules/alicloud/private-link-endpoint';
import { PRIVATE_LINK_ENDPOINT_SERVICE_RESOURCES } from '../rules/alicloud/private-link-endpoint-service';
import { AWS_CUSTOM_RESOURCE_RESOURCES } from '../rules/aws/aws-custom-resource';
import { REDSHIFT_ENDPOINT_AUTHORIZATION_RESOURCES } from '../rules/aws/redshift-endpoint-authorization';
import { REDSHIFT_MANAGED_ENDPOINT_RESOURCES } from '../rules/aws/redshift-managed-endpoint';
import { REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_RESOURCES } from '../rules/aws/redshift-serverless-endpoint-authorization';
import { REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RESOURCES } from '../rules/aws/redshift-serverless-managed-endpoint';
import { SNAPSHOT_SHARE_RESOURCES } from '../rules/aws/snapshot-share';
import { ResourceTypeRules } from '../rules/surfaces/attribute-checks';
import { VPCEP_ENDPOINT_RESOURCES } from '../rules/vpcep/endpoint';
import { VPCEP_SERVICE_RESOURCES } from '../rules/vpcep/service';

export type { ResourceTypeRules };

export const RESOURCE_TYPES: Readonly<Record<string, ResourceTypeRules>> = {
  'AWS::Redshift::EndpointAccess': REDSHIFT_MANAGED_ENDPOINT_RESOURCES['AWS::Redshift::EndpointAccess'],
  'AWS::Redshift::EndpointAuthorization': REDSHIFT_ENDPOINT_AUTHORIZATION_RESOURCES['AWS::Redshift::EndpointAuthorization'],
  ...AWS_CUSTOM_RESOURCE_RESOURCES,
  ...SNAPSHOT_SHARE_RESOURCES,
  ...REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_RESOURCES,
  'aws_redshift_endpoint_access': REDSHIFT_MANAGED_ENDPOINT_RESOURCES.aws_redshift_endpoint_access,
  'aws_redshift_endpoint_authorization': REDSHIFT_ENDPOINT_AUTHORIZATION_RESOURCES.aws_redshift_endpoint_authorization,
  ...REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_RESOURCES,
  ...VPCEP_ENDPOINT_RESOURCES,
  ...VPCEP_SERVICE_RESOURCES,
  ...PRIVATE_LINK_ENDPOINT_RESOURCES,
  ...PRIVATE_LINK_ENDPOINT_SERVICE_RESOURCES,
};
