// The generated resource classes, each under the module name `cdktf get` (and a prebuilt provider package) gives it:
// `huaweicloud.bindings.<module>.<Class>`. The provider class is not repeated here: jsii gives a class one namespace, and it
// stays at the namespace's root (see docs/terraform.md).
export * as vpcepApproval from './generated/vpcep-approval';
export * as vpcepEndpoint from './generated/vpcep-endpoint';
export * as vpcepService from './generated/vpcep-service';
