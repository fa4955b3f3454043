import { requireEngine } from '../core/missing-engine';

// Before the modules below load the engine themselves: without it, an error that says what to install.
// eslint-disable-next-line @typescript-eslint/no-require-imports
requireEngine(() => require('aws-cdk-lib'), 'aws');

export * from './redshift-managed-endpoint';
export * from './redshift-endpoint-authorization';
export * from './snapshot-share';
export * from './redshift-serverless-managed-endpoint';
export * from './redshift-serverless-endpoint-authorization';
// The plugin module also holds the constructs' check of their own resources at synth, which is not public.
export { RawResourceValidationPlugin } from './raw-resource-validation-plugin';
export * from './access-map-plugin';
