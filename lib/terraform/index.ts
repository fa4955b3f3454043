import { requireEngine } from '../core/missing-engine';

// Before the modules below load the engine themselves: without it, an error that says what to install.
// eslint-disable-next-line @typescript-eslint/no-require-imports
requireEngine(() => require('cdktf'), 'terraform');

export * from './raw-resource-validation';
export * from './access-map-output';
