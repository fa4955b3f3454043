// https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

/**
 * The arguments of a resource of type `alicloud_privatelink_vpc_endpoint_service`, for `new PrivatelinkVpcEndpointService(scope, id, config)`.
 */
export interface PrivatelinkVpcEndpointServiceConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#address_ip_version PrivatelinkVpcEndpointService#address_ip_version}
  */
  readonly addressIpVersion?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#auto_accept_connection PrivatelinkVpcEndpointService#auto_accept_connection}
  */
  readonly autoAcceptConnection?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#connect_bandwidth PrivatelinkVpcEndpointService#connect_bandwidth}
  */
  readonly connectBandwidth?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#dry_run PrivatelinkVpcEndpointService#dry_run}
  */
  readonly dryRun?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#id PrivatelinkVpcEndpointService#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#payer PrivatelinkVpcEndpointService#payer}
  */
  readonly payer?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#resource_group_id PrivatelinkVpcEndpointService#resource_group_id}
  */
  readonly resourceGroupId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#service_description PrivatelinkVpcEndpointService#service_description}
  */
  readonly serviceDescription?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#service_resource_type PrivatelinkVpcEndpointService#service_resource_type}
  */
  readonly serviceResourceType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#service_support_ipv6 PrivatelinkVpcEndpointService#service_support_ipv6}
  */
  readonly serviceSupportIpv6?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#supported_region_list PrivatelinkVpcEndpointService#supported_region_list}
  */
  readonly supportedRegionList?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#tags PrivatelinkVpcEndpointService#tags}
  */
  readonly tags?: { [key: string]: string };
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#zone_affinity_enabled PrivatelinkVpcEndpointService#zone_affinity_enabled}
  */
  readonly zoneAffinityEnabled?: boolean | cdktf.IResolvable;
  /**
  * resource block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#resource PrivatelinkVpcEndpointService#resource}
  */
  readonly resource?: PrivatelinkVpcEndpointServiceResource[] | cdktf.IResolvable;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#timeouts PrivatelinkVpcEndpointService#timeouts}
  */
  readonly timeouts?: PrivatelinkVpcEndpointServiceTimeouts;
}
/**
 * The `resource` object of a resource of type `alicloud_privatelink_vpc_endpoint_service`.
 */
export interface PrivatelinkVpcEndpointServiceResource {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#resource_id PrivatelinkVpcEndpointService#resource_id}
  */
  readonly resourceId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#resource_type PrivatelinkVpcEndpointService#resource_type}
  */
  readonly resourceType?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#zone_id PrivatelinkVpcEndpointService#zone_id}
  */
  readonly zoneId?: string;
}

export function privatelinkVpcEndpointServiceResourceToTerraform(struct?: PrivatelinkVpcEndpointServiceResource | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    resource_id: cdktf.stringToTerraform(struct!.resourceId),
    resource_type: cdktf.stringToTerraform(struct!.resourceType),
    zone_id: cdktf.stringToTerraform(struct!.zoneId),
  }
}


export function privatelinkVpcEndpointServiceResourceToHclTerraform(struct?: PrivatelinkVpcEndpointServiceResource | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    resource_id: {
      value: cdktf.stringToHclTerraform(struct!.resourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    resource_type: {
      value: cdktf.stringToHclTerraform(struct!.resourceType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    zone_id: {
      value: cdktf.stringToHclTerraform(struct!.zoneId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

/**
 * A reference to the `resource` object of a resource of type `alicloud_privatelink_vpc_endpoint_service`, to read its fields.
 */
export class PrivatelinkVpcEndpointServiceResourceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): PrivatelinkVpcEndpointServiceResource | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._resourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceId = this._resourceId;
    }
    if (this._resourceType !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceType = this._resourceType;
    }
    if (this._zoneId !== undefined) {
      hasAnyValues = true;
      internalValueResult.zoneId = this._zoneId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PrivatelinkVpcEndpointServiceResource | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._resourceId = undefined;
      this._resourceType = undefined;
      this._zoneId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._resourceId = value.resourceId;
      this._resourceType = value.resourceType;
      this._zoneId = value.zoneId;
    }
  }

  // resource_id - computed: false, optional: true, required: false
  private _resourceId?: string; 
  public get resourceId() {
    return this.getStringAttribute('resource_id');
  }
  public set resourceId(value: string) {
    this._resourceId = value;
  }
  public resetResourceId() {
    this._resourceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceIdInput() {
    return this._resourceId;
  }

  // resource_type - computed: false, optional: true, required: false
  private _resourceType?: string; 
  public get resourceType() {
    return this.getStringAttribute('resource_type');
  }
  public set resourceType(value: string) {
    this._resourceType = value;
  }
  public resetResourceType() {
    this._resourceType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceTypeInput() {
    return this._resourceType;
  }

  // zone_id - computed: true, optional: true, required: false
  private _zoneId?: string; 
  public get zoneId() {
    return this.getStringAttribute('zone_id');
  }
  public set zoneId(value: string) {
    this._zoneId = value;
  }
  public resetZoneId() {
    this._zoneId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get zoneIdInput() {
    return this._zoneId;
  }
}

/**
 * A reference to the `resource` list of a resource of type `alicloud_privatelink_vpc_endpoint_service`, to read its entries.
 */
export class PrivatelinkVpcEndpointServiceResourceList extends cdktf.ComplexList {
  public internalValue? : PrivatelinkVpcEndpointServiceResource[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): PrivatelinkVpcEndpointServiceResourceOutputReference {
    return new PrivatelinkVpcEndpointServiceResourceOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
/**
 * The `timeouts` object of a resource of type `alicloud_privatelink_vpc_endpoint_service`.
 */
export interface PrivatelinkVpcEndpointServiceTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#create PrivatelinkVpcEndpointService#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#update PrivatelinkVpcEndpointService#update}
  */
  readonly update?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#delete PrivatelinkVpcEndpointService#delete}
  */
  readonly delete?: string;
}

export function privatelinkVpcEndpointServiceTimeoutsToTerraform(struct?: PrivatelinkVpcEndpointServiceTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    update: cdktf.stringToTerraform(struct!.update),
    delete: cdktf.stringToTerraform(struct!.delete),
  }
}


export function privatelinkVpcEndpointServiceTimeoutsToHclTerraform(struct?: PrivatelinkVpcEndpointServiceTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

/**
 * A reference to the `timeouts` object of a resource of type `alicloud_privatelink_vpc_endpoint_service`, to read its fields.
 */
export class PrivatelinkVpcEndpointServiceTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): PrivatelinkVpcEndpointServiceTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: PrivatelinkVpcEndpointServiceTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._update = undefined;
      this._delete = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._update = value.update;
      this._delete = value.delete;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service alicloud_privatelink_vpc_endpoint_service}
*/
export class PrivatelinkVpcEndpointService extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "alicloud_privatelink_vpc_endpoint_service";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a PrivatelinkVpcEndpointService resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the PrivatelinkVpcEndpointService to import
  * @param importFromId The id of the existing PrivatelinkVpcEndpointService that should be imported. Refer to the {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the PrivatelinkVpcEndpointService to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "alicloud_privatelink_vpc_endpoint_service", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service alicloud_privatelink_vpc_endpoint_service} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options PrivatelinkVpcEndpointServiceConfig = {}
  */
  public constructor(scope: Construct, id: string, config: PrivatelinkVpcEndpointServiceConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'alicloud_privatelink_vpc_endpoint_service',
      terraformGeneratorMetadata: {
        providerName: 'alicloud',
        providerVersionConstraint: '>= 1.289.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._addressIpVersion = config.addressIpVersion;
    this._autoAcceptConnection = config.autoAcceptConnection;
    this._connectBandwidth = config.connectBandwidth;
    this._dryRun = config.dryRun;
    this._id = config.id;
    this._payer = config.payer;
    this._resourceGroupId = config.resourceGroupId;
    this._serviceDescription = config.serviceDescription;
    this._serviceResourceType = config.serviceResourceType;
    this._serviceSupportIpv6 = config.serviceSupportIpv6;
    this._supportedRegionList = config.supportedRegionList;
    this._tags = config.tags;
    this._zoneAffinityEnabled = config.zoneAffinityEnabled;
    this._resource.internalValue = config.resource;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // address_ip_version - computed: true, optional: true, required: false
  private _addressIpVersion?: string; 
  public get addressIpVersion() {
    return this.getStringAttribute('address_ip_version');
  }
  public set addressIpVersion(value: string) {
    this._addressIpVersion = value;
  }
  public resetAddressIpVersion() {
    this._addressIpVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addressIpVersionInput() {
    return this._addressIpVersion;
  }

  // auto_accept_connection - computed: false, optional: true, required: false
  private _autoAcceptConnection?: boolean | cdktf.IResolvable; 
  public get autoAcceptConnection() {
    return this.getBooleanAttribute('auto_accept_connection');
  }
  public set autoAcceptConnection(value: boolean | cdktf.IResolvable) {
    this._autoAcceptConnection = value;
  }
  public resetAutoAcceptConnection() {
    this._autoAcceptConnection = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoAcceptConnectionInput() {
    return this._autoAcceptConnection;
  }

  // connect_bandwidth - computed: true, optional: true, required: false
  private _connectBandwidth?: number; 
  public get connectBandwidth() {
    return this.getNumberAttribute('connect_bandwidth');
  }
  public set connectBandwidth(value: number) {
    this._connectBandwidth = value;
  }
  public resetConnectBandwidth() {
    this._connectBandwidth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectBandwidthInput() {
    return this._connectBandwidth;
  }

  // create_time - computed: true, optional: false, required: false
  public get createTime() {
    return this.getStringAttribute('create_time');
  }

  // dry_run - computed: false, optional: true, required: false
  private _dryRun?: boolean | cdktf.IResolvable; 
  public get dryRun() {
    return this.getBooleanAttribute('dry_run');
  }
  public set dryRun(value: boolean | cdktf.IResolvable) {
    this._dryRun = value;
  }
  public resetDryRun() {
    this._dryRun = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dryRunInput() {
    return this._dryRun;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // payer - computed: true, optional: true, required: false
  private _payer?: string; 
  public get payer() {
    return this.getStringAttribute('payer');
  }
  public set payer(value: string) {
    this._payer = value;
  }
  public resetPayer() {
    this._payer = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get payerInput() {
    return this._payer;
  }

  // region_id - computed: true, optional: false, required: false
  public get regionId() {
    return this.getStringAttribute('region_id');
  }

  // resource_group_id - computed: true, optional: true, required: false
  private _resourceGroupId?: string; 
  public get resourceGroupId() {
    return this.getStringAttribute('resource_group_id');
  }
  public set resourceGroupId(value: string) {
    this._resourceGroupId = value;
  }
  public resetResourceGroupId() {
    this._resourceGroupId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceGroupIdInput() {
    return this._resourceGroupId;
  }

  // service_business_status - computed: true, optional: false, required: false
  public get serviceBusinessStatus() {
    return this.getStringAttribute('service_business_status');
  }

  // service_description - computed: false, optional: true, required: false
  private _serviceDescription?: string; 
  public get serviceDescription() {
    return this.getStringAttribute('service_description');
  }
  public set serviceDescription(value: string) {
    this._serviceDescription = value;
  }
  public resetServiceDescription() {
    this._serviceDescription = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceDescriptionInput() {
    return this._serviceDescription;
  }

  // service_domain - computed: true, optional: false, required: false
  public get serviceDomain() {
    return this.getStringAttribute('service_domain');
  }

  // service_resource_type - computed: true, optional: true, required: false
  private _serviceResourceType?: string; 
  public get serviceResourceType() {
    return this.getStringAttribute('service_resource_type');
  }
  public set serviceResourceType(value: string) {
    this._serviceResourceType = value;
  }
  public resetServiceResourceType() {
    this._serviceResourceType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceResourceTypeInput() {
    return this._serviceResourceType;
  }

  // service_support_ipv6 - computed: true, optional: true, required: false
  private _serviceSupportIpv6?: boolean | cdktf.IResolvable; 
  public get serviceSupportIpv6() {
    return this.getBooleanAttribute('service_support_ipv6');
  }
  public set serviceSupportIpv6(value: boolean | cdktf.IResolvable) {
    this._serviceSupportIpv6 = value;
  }
  public resetServiceSupportIpv6() {
    this._serviceSupportIpv6 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceSupportIpv6Input() {
    return this._serviceSupportIpv6;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // supported_region_list - computed: true, optional: true, required: false
  private _supportedRegionList?: string[]; 
  public get supportedRegionList() {
    return cdktf.Fn.tolist(this.getListAttribute('supported_region_list'));
  }
  public set supportedRegionList(value: string[]) {
    this._supportedRegionList = value;
  }
  public resetSupportedRegionList() {
    this._supportedRegionList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get supportedRegionListInput() {
    return this._supportedRegionList;
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: { [key: string]: string }; 
  public get tags() {
    return this.getStringMapAttribute('tags');
  }
  public set tags(value: { [key: string]: string }) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // vpc_endpoint_service_name - computed: true, optional: false, required: false
  public get vpcEndpointServiceName() {
    return this.getStringAttribute('vpc_endpoint_service_name');
  }

  // zone_affinity_enabled - computed: true, optional: true, required: false
  private _zoneAffinityEnabled?: boolean | cdktf.IResolvable; 
  public get zoneAffinityEnabled() {
    return this.getBooleanAttribute('zone_affinity_enabled');
  }
  public set zoneAffinityEnabled(value: boolean | cdktf.IResolvable) {
    this._zoneAffinityEnabled = value;
  }
  public resetZoneAffinityEnabled() {
    this._zoneAffinityEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get zoneAffinityEnabledInput() {
    return this._zoneAffinityEnabled;
  }

  // resource - computed: false, optional: true, required: false
  private _resource = new PrivatelinkVpcEndpointServiceResourceList(this, "resource", true);
  public get resource() {
    return this._resource;
  }
  public putResource(value: PrivatelinkVpcEndpointServiceResource[] | cdktf.IResolvable) {
    this._resource.internalValue = value;
  }
  public resetResource() {
    this._resource.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceInput() {
    return this._resource.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new PrivatelinkVpcEndpointServiceTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: PrivatelinkVpcEndpointServiceTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      address_ip_version: cdktf.stringToTerraform(this._addressIpVersion),
      auto_accept_connection: cdktf.booleanToTerraform(this._autoAcceptConnection),
      connect_bandwidth: cdktf.numberToTerraform(this._connectBandwidth),
      dry_run: cdktf.booleanToTerraform(this._dryRun),
      id: cdktf.stringToTerraform(this._id),
      payer: cdktf.stringToTerraform(this._payer),
      resource_group_id: cdktf.stringToTerraform(this._resourceGroupId),
      service_description: cdktf.stringToTerraform(this._serviceDescription),
      service_resource_type: cdktf.stringToTerraform(this._serviceResourceType),
      service_support_ipv6: cdktf.booleanToTerraform(this._serviceSupportIpv6),
      supported_region_list: cdktf.listMapper(cdktf.stringToTerraform, false)(this._supportedRegionList),
      tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._tags),
      zone_affinity_enabled: cdktf.booleanToTerraform(this._zoneAffinityEnabled),
      resource: cdktf.listMapper(privatelinkVpcEndpointServiceResourceToTerraform, true)(this._resource.internalValue),
      timeouts: privatelinkVpcEndpointServiceTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      address_ip_version: {
        value: cdktf.stringToHclTerraform(this._addressIpVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      auto_accept_connection: {
        value: cdktf.booleanToHclTerraform(this._autoAcceptConnection),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      connect_bandwidth: {
        value: cdktf.numberToHclTerraform(this._connectBandwidth),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      dry_run: {
        value: cdktf.booleanToHclTerraform(this._dryRun),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      payer: {
        value: cdktf.stringToHclTerraform(this._payer),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      resource_group_id: {
        value: cdktf.stringToHclTerraform(this._resourceGroupId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      service_description: {
        value: cdktf.stringToHclTerraform(this._serviceDescription),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      service_resource_type: {
        value: cdktf.stringToHclTerraform(this._serviceResourceType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      service_support_ipv6: {
        value: cdktf.booleanToHclTerraform(this._serviceSupportIpv6),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      supported_region_list: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._supportedRegionList),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      tags: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._tags),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      zone_affinity_enabled: {
        value: cdktf.booleanToHclTerraform(this._zoneAffinityEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      resource: {
        value: cdktf.listMapperHcl(privatelinkVpcEndpointServiceResourceToHclTerraform, true)(this._resource.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "PrivatelinkVpcEndpointServiceResourceList",
      },
      timeouts: {
        value: privatelinkVpcEndpointServiceTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "PrivatelinkVpcEndpointServiceTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
