import { missingEngineError } from '../core/missing-engine';

// A subpath import without its engine says what to install, as the root's namespaces do (before the modules below
// fail on their own first import of the engine with Node's plain "Cannot find module").
try {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('cdktf');
} catch (error) {
  throw missingEngineError(error, 'vpcep');
}

// The props, enums and base class that huaweicloud.VpcepEndpoint and opentelekomcloud.VpcepEndpoint share (the
// root's `vpcep` namespace): jsii gives a type one namespace only, and neither cloud owns these.
export * from './vpcep-endpoint-base';
export * from './vpcep-endpoint-types';
export * from './vpcep-service-base';
export * from './vpcep-service-types';
export * from './vpcep-timeouts';
