export * from './core';
export * as huaweicloud from './huaweicloud';
export * as opentelekomcloud from './opentelekomcloud';
export * as alicloud from './alicloud';
export * as aws from './aws';
