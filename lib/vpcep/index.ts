import { requireEngine } from '../core/missing-engine';

// Before the modules below load the engine themselves: without it, an error that says what to install.
// eslint-disable-next-line @typescript-eslint/no-require-imports
requireEngine(() => require('cdktf'), 'vpcep');

// The props, enums and base class that huaweicloud.VpcepEndpoint and opentelekomcloud.VpcepEndpoint share (the
// root's `vpcep` namespace): jsii gives a type one namespace only, and neither cloud owns these.
export * from './vpcep-endpoint-base';
export * from './vpcep-endpoint-types';
export * from './vpcep-service-base';
export * from './vpcep-service-types';
export * from './vpcep-timeouts';
