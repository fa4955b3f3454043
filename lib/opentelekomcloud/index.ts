import { missingEngineError } from '../core/missing-engine';

// A subpath import without its engine says what to install, as the root's namespaces do (before the modules below
// fail on their own first import of the engine with Node's plain "Cannot find module").
try {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('cdktf');
} catch (error) {
  throw missingEngineError(error, 'opentelekomcloud');
}

export * as bindings from './bindings';
export * from './generated/provider';
export * from './vpcep-endpoint';
export * from './vpcep-service';
