export * from './generated/provider';
export * from '../terraform/vpcep/props';
export * from './vpcep-endpoint';
