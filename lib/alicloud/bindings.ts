// The generated resource classes, each under the module name `cdktf get` (and a prebuilt provider package) gives it:
// `alicloud.bindings.<module>.<Class>`. The provider class is not repeated here: jsii gives a class one namespace, and it
// stays at the namespace's root (see docs/terraform.md).
export * as privatelinkVpcEndpoint from './generated/privatelink-vpc-endpoint';
export * as privatelinkVpcEndpointConnection from './generated/privatelink-vpc-endpoint-connection';
export * as privatelinkVpcEndpointService from './generated/privatelink-vpc-endpoint-service';
export * as privatelinkVpcEndpointServiceResource from './generated/privatelink-vpc-endpoint-service-resource';
export * as privatelinkVpcEndpointServiceUser from './generated/privatelink-vpc-endpoint-service-user';
export * as privatelinkVpcEndpointZone from './generated/privatelink-vpc-endpoint-zone';
