import { requireEngine } from '../core/missing-engine';

// Before the modules below load the engine themselves: without it, an error that says what to install.
// eslint-disable-next-line @typescript-eslint/no-require-imports
requireEngine(() => require('cdktf'), 'alicloud');

export * as bindings from './bindings';
export * from './generated/provider';
export * from './private-link-endpoint';
export * from './private-link-endpoint-types';
export * from './private-link-endpoint-service';
export * from './private-link-endpoint-service-types';
export * from './private-link-ip-version';
export * from './private-link-timeouts';
