export * from './redshift-managed-endpoint';
export * from './redshift-endpoint-authorization';
