export * from './redshift-managed-endpoint';
export * from './redshift-endpoint-authorization';
export * from './snapshot-share';
