export * from './core';
export * as aws from './aws';
export * as huaweicloud from './huaweicloud';
export * as opentelekomcloud from './opentelekomcloud';
export * as alicloud from './alicloud';
// The props and enums shared by huaweicloud.VpcepEndpoint and opentelekomcloud.VpcepEndpoint: jsii gives a type one
// namespace only, and neither cloud owns these.
export * as vpcep from './terraform/vpcep';
