/**
 * The calls of an `AwsCustomResource` (`Custom::AWS`) that the rules know, whichever resource's rules apply to each:
 * a snapshot share (`snapshot-share.ts`) and a Redshift Serverless managed endpoint
 * (`redshift-serverless-managed-endpoint.ts`). Every check reads the call in `Create` or `Update` and applies its
 * rules only to the calls of its own service and actions.
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources.AwsCustomResource.html
 */
import { SERVERLESS_ENDPOINT_CALLS } from './redshift-serverless-managed-endpoint';
import { SNAPSHOT_SHARE_CALLS } from './snapshot-share';
import { ResourceTypeRules, customResourceRules } from '../surfaces/attribute-checks';

export const AWS_CUSTOM_RESOURCE_RESOURCES = {
  'Custom::AWS': customResourceRules('an AwsCustomResource that calls Redshift AuthorizeSnapshotAccess (a snapshot share), '
    + 'or Redshift Serverless CreateEndpointAccess or UpdateEndpointAccess (a managed endpoint; UpdateEndpointAccess takes '
    + 'endpointName and vpcSecurityGroupIds only)', [...SNAPSHOT_SHARE_CALLS, ...SERVERLESS_ENDPOINT_CALLS]),
} satisfies Record<string, ResourceTypeRules>;
