// The generated resource classes, each under the module name `cdktf get` (and a prebuilt provider package) gives it:
// `opentelekomcloud.bindings.<module>.<Class>`. The provider class is not repeated here: jsii gives a class one namespace, and it
// stays at the namespace's root (see docs/terraform.md).
export * as vpcepApprovalV1 from './generated/vpcep-approval-v1';
export * as vpcepEndpointV1 from './generated/vpcep-endpoint-v1';
export * as vpcepServiceV1 from './generated/vpcep-service-v1';
