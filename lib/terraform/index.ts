import { requireEngine } from '../core/missing-engine';

// Before the modules below load the engine themselves: without it, an error that says what to install.
// eslint-disable-next-line @typescript-eslint/no-require-imports
requireEngine(() => require('cdktf'), 'terraform');

// The module also holds the constructs' check of their own resources at synth, which is not public.
export { RawResourceValidation } from './raw-resource-validation';
export * from './access-map-output';
