// https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

/**
 * Configuration of the Huaweicloud provider (`huaweicloud/huaweicloud`).
 */
export interface HuaweicloudProviderConfig {
  /**
  * Access key ID of an AK/SK credential; set together with secret_key.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#access_key HuaweicloudProvider#access_key}
  */
  readonly accessKey?: string;
  /**
  * Account (domain) that created the agency named in agency_name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#agency_domain_name HuaweicloudProvider#agency_domain_name}
  */
  readonly agencyDomainName?: string;
  /**
  * Agency to act through after authenticating; set together with agency_domain_name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#agency_name HuaweicloudProvider#agency_name}
  */
  readonly agencyName?: string;
  /**
  * Identity (IAM) endpoint URL.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#auth_url HuaweicloudProvider#auth_url}
  */
  readonly authUrl?: string;
  /**
  * CA certificate bundle used to verify the API endpoints.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#cacert_file HuaweicloudProvider#cacert_file}
  */
  readonly cacertFile?: string;
  /**
  * Client certificate for mutual TLS.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#cert HuaweicloudProvider#cert}
  */
  readonly cert?: string;
  /**
  * Base domain of the cloud endpoints (myhuaweicloud.com by default).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#cloud HuaweicloudProvider#cloud}
  */
  readonly cloud?: string;
  /**
  * Tags merged into the tags of every resource this provider manages.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#default_tags HuaweicloudProvider#default_tags}
  */
  readonly defaultTags?: { [key: string]: string };
  /**
  * Project to use in the delegating account when acting through an agency.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#delegated_project HuaweicloudProvider#delegated_project}
  */
  readonly delegatedProject?: string;
  /**
  * ID of the account (domain) to authenticate in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#domain_id HuaweicloudProvider#domain_id}
  */
  readonly domainId?: string;
  /**
  * Name of the account (domain) to authenticate in.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#domain_name HuaweicloudProvider#domain_name}
  */
  readonly domainName?: string;
  /**
  * Whether changes to some arguments may replace a resource instead of failing.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#enable_force_new HuaweicloudProvider#enable_force_new}
  */
  readonly enableForceNew?: boolean | cdktf.IResolvable;
  /**
  * Service endpoint URLs that replace the default ones, keyed by service name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#endpoints HuaweicloudProvider#endpoints}
  */
  readonly endpoints?: { [key: string]: string };
  /**
  * Default enterprise project of resources that support one.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#enterprise_project_id HuaweicloudProvider#enterprise_project_id}
  */
  readonly enterpriseProjectId?: string;
  /**
  * Tag keys the provider leaves unmanaged on its resources.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#ignore_tags HuaweicloudProvider#ignore_tags}
  */
  readonly ignoreTags?: string[];
  /**
  * Skip verification of the server certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#insecure HuaweicloudProvider#insecure}
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * Private key of the client certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#key HuaweicloudProvider#key}
  */
  readonly key?: string;
  /**
  * How many times a failed HTTP connection is retried (default 5).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#max_retries HuaweicloudProvider#max_retries}
  */
  readonly maxRetries?: number;
  /**
  * Password of the IAM user.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#password HuaweicloudProvider#password}
  */
  readonly password?: string;
  /**
  * Profile to read from the shared configuration file.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#profile HuaweicloudProvider#profile}
  */
  readonly profile?: string;
  /**
  * ID of the IAM project to scope requests to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#project_id HuaweicloudProvider#project_id}
  */
  readonly projectId?: string;
  /**
  * Name of the IAM project to scope requests to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#project_name HuaweicloudProvider#project_name}
  */
  readonly projectName?: string;
  /**
  * Region the provider manages resources in (also read from HW_REGION_NAME).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#region HuaweicloudProvider#region}
  */
  readonly region?: string;
  /**
  * Whether service endpoints are built per region.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#regional HuaweicloudProvider#regional}
  */
  readonly regional?: boolean | cdktf.IResolvable;
  /**
  * Secret access key belonging to access_key.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#secret_key HuaweicloudProvider#secret_key}
  */
  readonly secretKey?: string;
  /**
  * Security token of a temporary AK/SK credential; needs access_key.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#security_token HuaweicloudProvider#security_token}
  */
  readonly securityToken?: string;
  /**
  * Path of the shared configuration file (KooCLI format).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#shared_config_file HuaweicloudProvider#shared_config_file}
  */
  readonly sharedConfigFile?: string;
  /**
  * Algorithm used to sign AK/SK requests.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#signing_algorithm HuaweicloudProvider#signing_algorithm}
  */
  readonly signingAlgorithm?: string;
  /**
  * Skip the check for a newer provider release.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#skip_check_upgrade HuaweicloudProvider#skip_check_upgrade}
  */
  readonly skipCheckUpgrade?: boolean | cdktf.IResolvable;
  /**
  * Skip the check of the account website type (international or China).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#skip_check_website_type HuaweicloudProvider#skip_check_website_type}
  */
  readonly skipCheckWebsiteType?: boolean | cdktf.IResolvable;
  /**
  * Tenant ID (Identity v2) to authenticate with.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#tenant_id HuaweicloudProvider#tenant_id}
  */
  readonly tenantId?: string;
  /**
  * Tenant name (Identity v2) to authenticate with.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#tenant_name HuaweicloudProvider#tenant_name}
  */
  readonly tenantName?: string;
  /**
  * Existing IAM token used instead of a user name and password.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#token HuaweicloudProvider#token}
  */
  readonly token?: string;
  /**
  * IAM user ID for password authentication.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#user_id HuaweicloudProvider#user_id}
  */
  readonly userId?: string;
  /**
  * IAM user name for password authentication.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#user_name HuaweicloudProvider#user_name}
  */
  readonly userName?: string;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#alias HuaweicloudProvider#alias}
  */
  readonly alias?: string;
  /**
  * Assume an IAM agency before making API calls.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#assume_role HuaweicloudProvider#assume_role}
  */
  readonly assumeRole?: HuaweicloudProviderAssumeRole[] | cdktf.IResolvable;
  /**
  * Assume an IAM agency with an ID token from an external OpenID Connect identity provider.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#assume_role_with_oidc HuaweicloudProvider#assume_role_with_oidc}
  */
  readonly assumeRoleWithOidc?: HuaweicloudProviderAssumeRoleWithOidc;
}
/**
 * Assume an IAM agency before making API calls.
 */
export interface HuaweicloudProviderAssumeRole {
  /**
  * Name of the agency to assume.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#agency_name HuaweicloudProvider#agency_name}
  */
  readonly agencyName: string;
  /**
  * ID of the account (domain) that owns the agency.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#domain_id HuaweicloudProvider#domain_id}
  */
  readonly domainId?: string;
  /**
  * Name of the account (domain) that owns the agency.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#domain_name HuaweicloudProvider#domain_name}
  */
  readonly domainName?: string;
  /**
  * Lifetime in seconds of the temporary credential.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#duration HuaweicloudProvider#duration}
  */
  readonly duration?: number;
}

function huaweicloudProviderAssumeRoleToTerraform(struct?: HuaweicloudProviderAssumeRole | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    agency_name: cdktf.stringToTerraform(struct!.agencyName),
    domain_id: cdktf.stringToTerraform(struct!.domainId),
    domain_name: cdktf.stringToTerraform(struct!.domainName),
    duration: cdktf.numberToTerraform(struct!.duration),
  }
}


function huaweicloudProviderAssumeRoleToHclTerraform(struct?: HuaweicloudProviderAssumeRole | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    agency_name: {
      value: cdktf.stringToHclTerraform(struct!.agencyName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    domain_id: {
      value: cdktf.stringToHclTerraform(struct!.domainId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    domain_name: {
      value: cdktf.stringToHclTerraform(struct!.domainName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    duration: {
      value: cdktf.numberToHclTerraform(struct!.duration),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

/**
 * Assume an IAM agency with an ID token from an external OpenID Connect identity provider.
 */
export interface HuaweicloudProviderAssumeRoleWithOidc {
  /**
  * Name of the agency to assume.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#agency_name HuaweicloudProvider#agency_name}
  */
  readonly agencyName: string;
  /**
  * ID of the account (domain) that owns the agency.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#domain_id HuaweicloudProvider#domain_id}
  */
  readonly domainId: string;
  /**
  * Lifetime in seconds of the temporary credential.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#duration HuaweicloudProvider#duration}
  */
  readonly duration?: number;
  /**
  * The ID token itself; set this or id_token_file.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#id_token HuaweicloudProvider#id_token}
  */
  readonly idToken?: string;
  /**
  * Path of a file holding the ID token; set this or id_token.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#id_token_file HuaweicloudProvider#id_token_file}
  */
  readonly idTokenFile?: string;
  /**
  * ID of the identity provider registered in IAM.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#idp_id HuaweicloudProvider#idp_id}
  */
  readonly idpId: string;
}

function huaweicloudProviderAssumeRoleWithOidcToTerraform(struct?: HuaweicloudProviderAssumeRoleWithOidc): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    agency_name: cdktf.stringToTerraform(struct!.agencyName),
    domain_id: cdktf.stringToTerraform(struct!.domainId),
    duration: cdktf.numberToTerraform(struct!.duration),
    id_token: cdktf.stringToTerraform(struct!.idToken),
    id_token_file: cdktf.stringToTerraform(struct!.idTokenFile),
    idp_id: cdktf.stringToTerraform(struct!.idpId),
  }
}


function huaweicloudProviderAssumeRoleWithOidcToHclTerraform(struct?: HuaweicloudProviderAssumeRoleWithOidc): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    agency_name: {
      value: cdktf.stringToHclTerraform(struct!.agencyName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    domain_id: {
      value: cdktf.stringToHclTerraform(struct!.domainId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    duration: {
      value: cdktf.numberToHclTerraform(struct!.duration),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    id_token: {
      value: cdktf.stringToHclTerraform(struct!.idToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    id_token_file: {
      value: cdktf.stringToHclTerraform(struct!.idTokenFile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    idp_id: {
      value: cdktf.stringToHclTerraform(struct!.idpId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}


/**
* Represents a {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs huaweicloud}
*/
export class HuaweicloudProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "huaweicloud";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a HuaweicloudProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the HuaweicloudProvider to import
  * @param importFromId The id of the existing HuaweicloudProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the HuaweicloudProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "huaweicloud", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/latest/docs huaweicloud} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options HuaweicloudProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: HuaweicloudProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'huaweicloud',
      terraformGeneratorMetadata: {
        providerName: 'huaweicloud',
        providerVersionConstraint: '>= 1.97.1'
      },
      terraformProviderSource: 'huaweicloud/huaweicloud'
    });
    this._accessKey = config.accessKey;
    this._agencyDomainName = config.agencyDomainName;
    this._agencyName = config.agencyName;
    this._authUrl = config.authUrl;
    this._cacertFile = config.cacertFile;
    this._cert = config.cert;
    this._cloud = config.cloud;
    this._defaultTags = config.defaultTags;
    this._delegatedProject = config.delegatedProject;
    this._domainId = config.domainId;
    this._domainName = config.domainName;
    this._enableForceNew = config.enableForceNew;
    this._endpoints = config.endpoints;
    this._enterpriseProjectId = config.enterpriseProjectId;
    this._ignoreTags = config.ignoreTags;
    this._insecure = config.insecure;
    this._key = config.key;
    this._maxRetries = config.maxRetries;
    this._password = config.password;
    this._profile = config.profile;
    this._projectId = config.projectId;
    this._projectName = config.projectName;
    this._region = config.region;
    this._regional = config.regional;
    this._secretKey = config.secretKey;
    this._securityToken = config.securityToken;
    this._sharedConfigFile = config.sharedConfigFile;
    this._signingAlgorithm = config.signingAlgorithm;
    this._skipCheckUpgrade = config.skipCheckUpgrade;
    this._skipCheckWebsiteType = config.skipCheckWebsiteType;
    this._tenantId = config.tenantId;
    this._tenantName = config.tenantName;
    this._token = config.token;
    this._userId = config.userId;
    this._userName = config.userName;
    this._alias = config.alias;
    this._assumeRole = config.assumeRole;
    this._assumeRoleWithOidc = config.assumeRoleWithOidc;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // access_key - computed: false, optional: true, required: false
  private _accessKey?: string; 
  public get accessKey() {
    return this._accessKey;
  }
  public set accessKey(value: string | undefined) {
    this._accessKey = value;
  }
  public resetAccessKey() {
    this._accessKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessKeyInput() {
    return this._accessKey;
  }

  // agency_domain_name - computed: false, optional: true, required: false
  private _agencyDomainName?: string; 
  public get agencyDomainName() {
    return this._agencyDomainName;
  }
  public set agencyDomainName(value: string | undefined) {
    this._agencyDomainName = value;
  }
  public resetAgencyDomainName() {
    this._agencyDomainName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get agencyDomainNameInput() {
    return this._agencyDomainName;
  }

  // agency_name - computed: false, optional: true, required: false
  private _agencyName?: string; 
  public get agencyName() {
    return this._agencyName;
  }
  public set agencyName(value: string | undefined) {
    this._agencyName = value;
  }
  public resetAgencyName() {
    this._agencyName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get agencyNameInput() {
    return this._agencyName;
  }

  // auth_url - computed: false, optional: true, required: false
  private _authUrl?: string; 
  public get authUrl() {
    return this._authUrl;
  }
  public set authUrl(value: string | undefined) {
    this._authUrl = value;
  }
  public resetAuthUrl() {
    this._authUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authUrlInput() {
    return this._authUrl;
  }

  // cacert_file - computed: false, optional: true, required: false
  private _cacertFile?: string; 
  public get cacertFile() {
    return this._cacertFile;
  }
  public set cacertFile(value: string | undefined) {
    this._cacertFile = value;
  }
  public resetCacertFile() {
    this._cacertFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cacertFileInput() {
    return this._cacertFile;
  }

  // cert - computed: false, optional: true, required: false
  private _cert?: string; 
  public get cert() {
    return this._cert;
  }
  public set cert(value: string | undefined) {
    this._cert = value;
  }
  public resetCert() {
    this._cert = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certInput() {
    return this._cert;
  }

  // cloud - computed: false, optional: true, required: false
  private _cloud?: string; 
  public get cloud() {
    return this._cloud;
  }
  public set cloud(value: string | undefined) {
    this._cloud = value;
  }
  public resetCloud() {
    this._cloud = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudInput() {
    return this._cloud;
  }

  // default_tags - computed: false, optional: true, required: false
  private _defaultTags?: { [key: string]: string }; 
  public get defaultTags() {
    return this._defaultTags;
  }
  public set defaultTags(value: { [key: string]: string } | undefined) {
    this._defaultTags = value;
  }
  public resetDefaultTags() {
    this._defaultTags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultTagsInput() {
    return this._defaultTags;
  }

  // delegated_project - computed: false, optional: true, required: false
  private _delegatedProject?: string; 
  public get delegatedProject() {
    return this._delegatedProject;
  }
  public set delegatedProject(value: string | undefined) {
    this._delegatedProject = value;
  }
  public resetDelegatedProject() {
    this._delegatedProject = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get delegatedProjectInput() {
    return this._delegatedProject;
  }

  // domain_id - computed: false, optional: true, required: false
  private _domainId?: string; 
  public get domainId() {
    return this._domainId;
  }
  public set domainId(value: string | undefined) {
    this._domainId = value;
  }
  public resetDomainId() {
    this._domainId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get domainIdInput() {
    return this._domainId;
  }

  // domain_name - computed: false, optional: true, required: false
  private _domainName?: string; 
  public get domainName() {
    return this._domainName;
  }
  public set domainName(value: string | undefined) {
    this._domainName = value;
  }
  public resetDomainName() {
    this._domainName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get domainNameInput() {
    return this._domainName;
  }

  // enable_force_new - computed: false, optional: true, required: false
  private _enableForceNew?: boolean | cdktf.IResolvable; 
  public get enableForceNew() {
    return this._enableForceNew;
  }
  public set enableForceNew(value: boolean | cdktf.IResolvable | undefined) {
    this._enableForceNew = value;
  }
  public resetEnableForceNew() {
    this._enableForceNew = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableForceNewInput() {
    return this._enableForceNew;
  }

  // endpoints - computed: false, optional: true, required: false
  private _endpoints?: { [key: string]: string }; 
  public get endpoints() {
    return this._endpoints;
  }
  public set endpoints(value: { [key: string]: string } | undefined) {
    this._endpoints = value;
  }
  public resetEndpoints() {
    this._endpoints = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointsInput() {
    return this._endpoints;
  }

  // enterprise_project_id - computed: false, optional: true, required: false
  private _enterpriseProjectId?: string; 
  public get enterpriseProjectId() {
    return this._enterpriseProjectId;
  }
  public set enterpriseProjectId(value: string | undefined) {
    this._enterpriseProjectId = value;
  }
  public resetEnterpriseProjectId() {
    this._enterpriseProjectId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enterpriseProjectIdInput() {
    return this._enterpriseProjectId;
  }

  // ignore_tags - computed: false, optional: true, required: false
  private _ignoreTags?: string[]; 
  public get ignoreTags() {
    return this._ignoreTags;
  }
  public set ignoreTags(value: string[] | undefined) {
    this._ignoreTags = value;
  }
  public resetIgnoreTags() {
    this._ignoreTags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ignoreTagsInput() {
    return this._ignoreTags;
  }

  // insecure - computed: false, optional: true, required: false
  private _insecure?: boolean | cdktf.IResolvable; 
  public get insecure() {
    return this._insecure;
  }
  public set insecure(value: boolean | cdktf.IResolvable | undefined) {
    this._insecure = value;
  }
  public resetInsecure() {
    this._insecure = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureInput() {
    return this._insecure;
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this._key;
  }
  public set key(value: string | undefined) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // max_retries - computed: false, optional: true, required: false
  private _maxRetries?: number; 
  public get maxRetries() {
    return this._maxRetries;
  }
  public set maxRetries(value: number | undefined) {
    this._maxRetries = value;
  }
  public resetMaxRetries() {
    this._maxRetries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxRetriesInput() {
    return this._maxRetries;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this._password;
  }
  public set password(value: string | undefined) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // profile - computed: false, optional: true, required: false
  private _profile?: string; 
  public get profile() {
    return this._profile;
  }
  public set profile(value: string | undefined) {
    this._profile = value;
  }
  public resetProfile() {
    this._profile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get profileInput() {
    return this._profile;
  }

  // project_id - computed: false, optional: true, required: false
  private _projectId?: string; 
  public get projectId() {
    return this._projectId;
  }
  public set projectId(value: string | undefined) {
    this._projectId = value;
  }
  public resetProjectId() {
    this._projectId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get projectIdInput() {
    return this._projectId;
  }

  // project_name - computed: false, optional: true, required: false
  private _projectName?: string; 
  public get projectName() {
    return this._projectName;
  }
  public set projectName(value: string | undefined) {
    this._projectName = value;
  }
  public resetProjectName() {
    this._projectName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get projectNameInput() {
    return this._projectName;
  }

  // region - computed: false, optional: true, required: false
  private _region?: string; 
  public get region() {
    return this._region;
  }
  public set region(value: string | undefined) {
    this._region = value;
  }
  public resetRegion() {
    this._region = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionInput() {
    return this._region;
  }

  // regional - computed: false, optional: true, required: false
  private _regional?: boolean | cdktf.IResolvable; 
  public get regional() {
    return this._regional;
  }
  public set regional(value: boolean | cdktf.IResolvable | undefined) {
    this._regional = value;
  }
  public resetRegional() {
    this._regional = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionalInput() {
    return this._regional;
  }

  // secret_key - computed: false, optional: true, required: false
  private _secretKey?: string; 
  public get secretKey() {
    return this._secretKey;
  }
  public set secretKey(value: string | undefined) {
    this._secretKey = value;
  }
  public resetSecretKey() {
    this._secretKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretKeyInput() {
    return this._secretKey;
  }

  // security_token - computed: false, optional: true, required: false
  private _securityToken?: string; 
  public get securityToken() {
    return this._securityToken;
  }
  public set securityToken(value: string | undefined) {
    this._securityToken = value;
  }
  public resetSecurityToken() {
    this._securityToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get securityTokenInput() {
    return this._securityToken;
  }

  // shared_config_file - computed: false, optional: true, required: false
  private _sharedConfigFile?: string; 
  public get sharedConfigFile() {
    return this._sharedConfigFile;
  }
  public set sharedConfigFile(value: string | undefined) {
    this._sharedConfigFile = value;
  }
  public resetSharedConfigFile() {
    this._sharedConfigFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sharedConfigFileInput() {
    return this._sharedConfigFile;
  }

  // signing_algorithm - computed: false, optional: true, required: false
  private _signingAlgorithm?: string; 
  public get signingAlgorithm() {
    return this._signingAlgorithm;
  }
  public set signingAlgorithm(value: string | undefined) {
    this._signingAlgorithm = value;
  }
  public resetSigningAlgorithm() {
    this._signingAlgorithm = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get signingAlgorithmInput() {
    return this._signingAlgorithm;
  }

  // skip_check_upgrade - computed: false, optional: true, required: false
  private _skipCheckUpgrade?: boolean | cdktf.IResolvable; 
  public get skipCheckUpgrade() {
    return this._skipCheckUpgrade;
  }
  public set skipCheckUpgrade(value: boolean | cdktf.IResolvable | undefined) {
    this._skipCheckUpgrade = value;
  }
  public resetSkipCheckUpgrade() {
    this._skipCheckUpgrade = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get skipCheckUpgradeInput() {
    return this._skipCheckUpgrade;
  }

  // skip_check_website_type - computed: false, optional: true, required: false
  private _skipCheckWebsiteType?: boolean | cdktf.IResolvable; 
  public get skipCheckWebsiteType() {
    return this._skipCheckWebsiteType;
  }
  public set skipCheckWebsiteType(value: boolean | cdktf.IResolvable | undefined) {
    this._skipCheckWebsiteType = value;
  }
  public resetSkipCheckWebsiteType() {
    this._skipCheckWebsiteType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get skipCheckWebsiteTypeInput() {
    return this._skipCheckWebsiteType;
  }

  // tenant_id - computed: false, optional: true, required: false
  private _tenantId?: string; 
  public get tenantId() {
    return this._tenantId;
  }
  public set tenantId(value: string | undefined) {
    this._tenantId = value;
  }
  public resetTenantId() {
    this._tenantId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tenantIdInput() {
    return this._tenantId;
  }

  // tenant_name - computed: false, optional: true, required: false
  private _tenantName?: string; 
  public get tenantName() {
    return this._tenantName;
  }
  public set tenantName(value: string | undefined) {
    this._tenantName = value;
  }
  public resetTenantName() {
    this._tenantName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tenantNameInput() {
    return this._tenantName;
  }

  // token - computed: false, optional: true, required: false
  private _token?: string; 
  public get token() {
    return this._token;
  }
  public set token(value: string | undefined) {
    this._token = value;
  }
  public resetToken() {
    this._token = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenInput() {
    return this._token;
  }

  // user_id - computed: false, optional: true, required: false
  private _userId?: string; 
  public get userId() {
    return this._userId;
  }
  public set userId(value: string | undefined) {
    this._userId = value;
  }
  public resetUserId() {
    this._userId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userIdInput() {
    return this._userId;
  }

  // user_name - computed: false, optional: true, required: false
  private _userName?: string; 
  public get userName() {
    return this._userName;
  }
  public set userName(value: string | undefined) {
    this._userName = value;
  }
  public resetUserName() {
    this._userName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userNameInput() {
    return this._userName;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // assume_role - computed: false, optional: true, required: false
  private _assumeRole?: HuaweicloudProviderAssumeRole[] | cdktf.IResolvable; 
  public get assumeRole() {
    return this._assumeRole;
  }
  public set assumeRole(value: HuaweicloudProviderAssumeRole[] | cdktf.IResolvable | undefined) {
    this._assumeRole = value;
  }
  public resetAssumeRole() {
    this._assumeRole = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get assumeRoleInput() {
    return this._assumeRole;
  }

  // assume_role_with_oidc - computed: false, optional: true, required: false
  private _assumeRoleWithOidc?: HuaweicloudProviderAssumeRoleWithOidc; 
  public get assumeRoleWithOidc() {
    return this._assumeRoleWithOidc;
  }
  public set assumeRoleWithOidc(value: HuaweicloudProviderAssumeRoleWithOidc | undefined) {
    this._assumeRoleWithOidc = value;
  }
  public resetAssumeRoleWithOidc() {
    this._assumeRoleWithOidc = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get assumeRoleWithOidcInput() {
    return this._assumeRoleWithOidc;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      access_key: cdktf.stringToTerraform(this._accessKey),
      agency_domain_name: cdktf.stringToTerraform(this._agencyDomainName),
      agency_name: cdktf.stringToTerraform(this._agencyName),
      auth_url: cdktf.stringToTerraform(this._authUrl),
      cacert_file: cdktf.stringToTerraform(this._cacertFile),
      cert: cdktf.stringToTerraform(this._cert),
      cloud: cdktf.stringToTerraform(this._cloud),
      default_tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._defaultTags),
      delegated_project: cdktf.stringToTerraform(this._delegatedProject),
      domain_id: cdktf.stringToTerraform(this._domainId),
      domain_name: cdktf.stringToTerraform(this._domainName),
      enable_force_new: cdktf.booleanToTerraform(this._enableForceNew),
      endpoints: cdktf.hashMapper(cdktf.stringToTerraform)(this._endpoints),
      enterprise_project_id: cdktf.stringToTerraform(this._enterpriseProjectId),
      ignore_tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._ignoreTags),
      insecure: cdktf.booleanToTerraform(this._insecure),
      key: cdktf.stringToTerraform(this._key),
      max_retries: cdktf.numberToTerraform(this._maxRetries),
      password: cdktf.stringToTerraform(this._password),
      profile: cdktf.stringToTerraform(this._profile),
      project_id: cdktf.stringToTerraform(this._projectId),
      project_name: cdktf.stringToTerraform(this._projectName),
      region: cdktf.stringToTerraform(this._region),
      regional: cdktf.booleanToTerraform(this._regional),
      secret_key: cdktf.stringToTerraform(this._secretKey),
      security_token: cdktf.stringToTerraform(this._securityToken),
      shared_config_file: cdktf.stringToTerraform(this._sharedConfigFile),
      signing_algorithm: cdktf.stringToTerraform(this._signingAlgorithm),
      skip_check_upgrade: cdktf.booleanToTerraform(this._skipCheckUpgrade),
      skip_check_website_type: cdktf.booleanToTerraform(this._skipCheckWebsiteType),
      tenant_id: cdktf.stringToTerraform(this._tenantId),
      tenant_name: cdktf.stringToTerraform(this._tenantName),
      token: cdktf.stringToTerraform(this._token),
      user_id: cdktf.stringToTerraform(this._userId),
      user_name: cdktf.stringToTerraform(this._userName),
      alias: cdktf.stringToTerraform(this._alias),
      assume_role: cdktf.listMapper(huaweicloudProviderAssumeRoleToTerraform, true)(this._assumeRole),
      assume_role_with_oidc: huaweicloudProviderAssumeRoleWithOidcToTerraform(this._assumeRoleWithOidc),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      access_key: {
        value: cdktf.stringToHclTerraform(this._accessKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      agency_domain_name: {
        value: cdktf.stringToHclTerraform(this._agencyDomainName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      agency_name: {
        value: cdktf.stringToHclTerraform(this._agencyName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      auth_url: {
        value: cdktf.stringToHclTerraform(this._authUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cacert_file: {
        value: cdktf.stringToHclTerraform(this._cacertFile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cert: {
        value: cdktf.stringToHclTerraform(this._cert),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cloud: {
        value: cdktf.stringToHclTerraform(this._cloud),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      default_tags: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._defaultTags),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      delegated_project: {
        value: cdktf.stringToHclTerraform(this._delegatedProject),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      domain_id: {
        value: cdktf.stringToHclTerraform(this._domainId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      domain_name: {
        value: cdktf.stringToHclTerraform(this._domainName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      enable_force_new: {
        value: cdktf.booleanToHclTerraform(this._enableForceNew),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      endpoints: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._endpoints),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      enterprise_project_id: {
        value: cdktf.stringToHclTerraform(this._enterpriseProjectId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ignore_tags: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._ignoreTags),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      insecure: {
        value: cdktf.booleanToHclTerraform(this._insecure),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      key: {
        value: cdktf.stringToHclTerraform(this._key),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      max_retries: {
        value: cdktf.numberToHclTerraform(this._maxRetries),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      password: {
        value: cdktf.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      profile: {
        value: cdktf.stringToHclTerraform(this._profile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      project_id: {
        value: cdktf.stringToHclTerraform(this._projectId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      project_name: {
        value: cdktf.stringToHclTerraform(this._projectName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      region: {
        value: cdktf.stringToHclTerraform(this._region),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      regional: {
        value: cdktf.booleanToHclTerraform(this._regional),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      secret_key: {
        value: cdktf.stringToHclTerraform(this._secretKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      security_token: {
        value: cdktf.stringToHclTerraform(this._securityToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      shared_config_file: {
        value: cdktf.stringToHclTerraform(this._sharedConfigFile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      signing_algorithm: {
        value: cdktf.stringToHclTerraform(this._signingAlgorithm),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      skip_check_upgrade: {
        value: cdktf.booleanToHclTerraform(this._skipCheckUpgrade),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      skip_check_website_type: {
        value: cdktf.booleanToHclTerraform(this._skipCheckWebsiteType),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tenant_id: {
        value: cdktf.stringToHclTerraform(this._tenantId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tenant_name: {
        value: cdktf.stringToHclTerraform(this._tenantName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      token: {
        value: cdktf.stringToHclTerraform(this._token),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_id: {
        value: cdktf.stringToHclTerraform(this._userId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_name: {
        value: cdktf.stringToHclTerraform(this._userName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      assume_role: {
        value: cdktf.listMapperHcl(huaweicloudProviderAssumeRoleToHclTerraform, true)(this._assumeRole),
        isBlock: true,
        type: "list",
        storageClassType: "HuaweicloudProviderAssumeRoleList",
      },
      assume_role_with_oidc: {
        value: huaweicloudProviderAssumeRoleWithOidcToHclTerraform(this._assumeRoleWithOidc),
        isBlock: true,
        type: "list",
        storageClassType: "HuaweicloudProviderAssumeRoleWithOidcList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
