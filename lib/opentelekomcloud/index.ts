export * from './generated/provider';
export * from './vpcep-endpoint';
export * from './vpcep-service';
