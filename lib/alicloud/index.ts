export * as bindings from './bindings';
export * from './generated/provider';
export * from './private-link-endpoint';
export * from './private-link-endpoint-types';
export * from './private-link-endpoint-service';
export * from './private-link-endpoint-service-types';
export * from './private-link-ip-version';
export * from './private-link-timeouts';
