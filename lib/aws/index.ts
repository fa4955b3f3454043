export * from './redshift-managed-endpoint';
export * from './redshift-managed-endpoint-types';
export * from './redshift-endpoint-authorization';
export * from './redshift-endpoint-authorization-types';
export * from './snapshot-share';
export * from './snapshot-share-types';
export * from './redshift-serverless-managed-endpoint';
export * from './redshift-serverless-managed-endpoint-types';
