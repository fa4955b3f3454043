import { Annotations, ITerraformDependable, TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { VpcepCloud, VpcepCommonArguments, checkProviderAndFinalTags, commonArguments, serviceCloudOf } from './private/vpcep-cloud';
import { VPCEP_ENDPOINT_PROPS, checkVpcepEndpointProps, vpcepEndpointWarnings } from './vpcep-endpoint-checks';
import { IVpcepEndpoint, VpcepEndpointAttributes, VpcepEndpointProps } from './vpcep-endpoint-types';
import { NOT_EMPTY } from '../core/rules';
import { string, struct } from '../core/shapes';
import { checksItsResources } from '../terraform/checks-its-resources';
import { endpointIdOf, registerEndpointService } from '../terraform/connections';
import { checkProviderProp } from '../terraform/provider-check';
import { checkPropsNow } from '../terraform/validation';

/** The run-time shape of `VpcepEndpointAttributes`, for callers without TypeScript's checks. */
const ENDPOINT_ATTRIBUTES = struct<VpcepEndpointAttributes>('VpcepEndpointAttributes', { endpointId: string() });

/**
 * What the Huawei Cloud and Open Telekom Cloud VPC endpoints have in common: the props, checked and rendered here
 * (each cloud's construct only names its own arguments), and the attributes both providers export under the same
 * names.
 *
 * An endpoint is `ITerraformDependable`: pass it in the `dependsOn` of any resource (or of another construct of this
 * library), and that resource waits for the endpoint resource, `node.defaultChild`.
 */
export abstract class VpcepEndpointBase extends Construct implements IVpcepEndpoint, ITerraformDependable {
  /**
   * Refers to an existing VPC endpoint by its ID (on either cloud: only the ID is needed).
   */
  public static fromVpcepEndpointAttributes(scope: Construct, id: string, attrs: VpcepEndpointAttributes): IVpcepEndpoint {
    class Import extends Construct implements IVpcepEndpoint {
      public readonly endpointId: string;
      constructor() {
        super(scope, id);
        this.endpointId = checkPropsNow<VpcepEndpointAttributes>(this, ENDPOINT_ATTRIBUTES, attrs,
          (v, a) => v.check('endpointId', a.endpointId, NOT_EMPTY)).endpointId;
      }
    }
    return new Import();
  }

  /**
   * The Terraform address of the endpoint resource (`node.defaultChild`), which `dependsOn` refers to.
   */
  public get fqn(): string {
    return this.defaultResource.fqn;
  }

  /**
   * The ID of the VPC endpoint.
   *
   * @attribute
   */
  public get endpointId(): string {
    return endpointIdOf(this, () => this.attribute('id'));
  }

  /**
   * The IPv4 address of the endpoint in its subnet (interface endpoints): `portIp`, or the address the cloud assigned.
   *
   * @attribute
   */
  public abstract readonly ipAddress: string;

  /**
   * The endpoint's marker ID, which identifies its connection on the service side (`packet_id` on Huawei Cloud,
   * `marker_id` on Open Telekom Cloud).
   *
   * @attribute
   */
  public abstract readonly markerId: number;

  /**
   * The connection status: `pendingAcceptance` until the service owner accepts the connection, then `accepted`
   * (also `creating`, `rejected`, `failed`, `deleting`).
   *
   * @attribute
   */
  public get status(): string {
    return this.attribute('status');
  }

  /**
   * The name of the VPC endpoint service the endpoint connects to.
   *
   * @attribute
   */
  public get serviceName(): string {
    return this.attribute('service_name');
  }

  /**
   * The type of the VPC endpoint service: `interface` or `gateway`.
   *
   * @attribute
   */
  public get serviceType(): string {
    return this.attribute('service_type');
  }

  /**
   * Checks `props` for `cloud` (one `ValidationError`), records warnings and the checks that wait for synthesis (a
   * provider for the cloud, the resource's final tags), creates the resource with `create` from the checked props and
   * the arguments both clouds name alike, and lets a `service` of this stack approve the endpoint.
   *
   * @internal
   */
  protected _createResource<R extends TerraformResource>(props: VpcepEndpointProps, cloud: VpcepCloud,
    create: (checked: VpcepEndpointProps, common: VpcepCommonArguments) => R): R {
    checksItsResources(this);
    const checked = checkPropsNow<VpcepEndpointProps>(this, VPCEP_ENDPOINT_PROPS, props, (v, p) => {
      checkProviderProp(v, p.provider, cloud.providerSource);
      checkVpcepEndpointProps(v, p, cloud);
      const serviceCloud = p.service && serviceCloudOf(p.service);
      if (serviceCloud !== undefined && serviceCloud.providerSource !== cloud.providerSource) {
        v.fail('service', p.service, `is a ${serviceCloud.displayName} service: an endpoint on ${cloud.displayName} cannot connect to it`);
      }
      for (const warning of vpcepEndpointWarnings(v, p)) Annotations.of(this).addWarning(warning);
    });
    checkProviderAndFinalTags(this, cloud, checked.provider, () => (this.defaultResource as { tagsInput?: Record<string, string> }).tagsInput);
    const resource = create(checked, commonArguments(checked));
    this.approveWithService(checked);
    return resource;
  }

  /**
   * An endpoint created with `service`: the service approves its connection when it requires approval (or may: a
   * token or an imported service without `approvalRequired`). Across stacks the approval would make each stack depend
   * on the other, so there it is left to the user, with a warning.
   */
  private approveWithService(props: VpcepEndpointProps): void {
    const service = props.service;
    if (service === undefined) return;
    registerEndpointService(this, service);
    if (service.approvalRequired === false) return;
    const [own, theirs] = [TerraformStack.of(this), TerraformStack.of(service)];
    if (own !== theirs) {
      Annotations.of(this).addWarning(`service: the service is in stack "${theirs.node.id}", so its approval of this endpoint ` +
        'is not created here: approve its ID in a stack deployed after both (fromVpcepServiceAttributes(...).approveConnections(id))');
      return;
    }
    service.approveConnections(this);
  }

  /** Reads an attribute of the endpoint resource. */
  private attribute(name: string): string {
    return this.defaultResource.getStringAttribute(name);
  }

  /** The wrapped resource, the construct's `'Resource'` child (`node.defaultChild`). */
  private get defaultResource(): TerraformResource {
    return this.node.defaultChild as TerraformResource;
  }
}
