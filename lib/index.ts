// The namespaces below are rewritten into getters after compilation (scripts/lazy-index.ts): each loads its module,
// and with it its engine, on first use, so an aws-cdk-lib app never loads cdktf and a cdktf app never aws-cdk-lib.
export * from './core';
export * as aws from './aws';
export * as huaweicloud from './huaweicloud';
export * as opentelekomcloud from './opentelekomcloud';
export * as alicloud from './alicloud';
// The vendors' rules for raw Terraform resources, in cdktf and cdktn apps.
export * as terraform from './terraform';
// The props, enums and base class that huaweicloud.VpcepEndpoint and opentelekomcloud.VpcepEndpoint share.
export * as vpcep from './vpcep';
