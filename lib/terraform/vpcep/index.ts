// The public part of the VPC endpoint model shared by Huawei Cloud and Open Telekom Cloud (the root's `vpcep`).
export * from './props';
export * from './endpoint-base';
