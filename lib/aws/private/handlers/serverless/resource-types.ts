/**
 * The custom resource types of the Redshift Serverless function, as the constructs render them and the entry point
 * tells them apart. (A module of its own: the provider reads it at synth, which must not load the AWS SDK.)
 */
export const SERVERLESS_ENDPOINT_RESOURCE_TYPE = 'Custom::RedshiftServerlessEndpointAccess';
export const SERVERLESS_GRANT_RESOURCE_TYPE = 'Custom::RedshiftServerlessEndpointAuthorization';
export const SERVERLESS_SNAPSHOT_SHARE_RESOURCE_TYPE = 'Custom::RedshiftServerlessSnapshotShare';
