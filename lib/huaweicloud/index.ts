export * from './generated/provider';
export * from './vpcep-endpoint';
