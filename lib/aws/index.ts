import { missingEngineError } from '../core/missing-engine';

// A subpath import without its engine says what to install, as the root's namespaces do (before the modules below
// fail on their own first import of the engine with Node's plain "Cannot find module").
try {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('aws-cdk-lib');
} catch (error) {
  throw missingEngineError(error, 'aws');
}

export * from './redshift-managed-endpoint';
export * from './redshift-managed-endpoint-types';
export * from './redshift-endpoint-authorization';
export * from './redshift-endpoint-authorization-types';
export * from './snapshot-share';
export * from './snapshot-share-types';
export * from './redshift-serverless-managed-endpoint';
export * from './redshift-serverless-managed-endpoint-types';
export * from './redshift-serverless-endpoint-authorization';
export * from './redshift-serverless-endpoint-authorization-types';
export * from './raw-resource-validation-plugin';
