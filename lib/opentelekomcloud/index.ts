export * as bindings from './bindings';
export * from './generated/provider';
export * from './vpcep-endpoint';
export * from './vpcep-service';
