import { IResolvable, ITerraformDependable, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { VpcepApprovals } from './private/vpcep-approvals';
import { VpcepServiceCloudProfile, VpcepServiceCommonArguments, VpcepServiceSpec, commonServiceArguments } from './private/vpcep-service-cloud';
import { IVpcepEndpoint, IVpcepService } from './vpcep-endpoint-types';
import { VpcepPortMapping, VpcepServiceProps } from './vpcep-service-types';
import { checksItsResources } from '../terraform/checks-its-resources';

/**
 * What the Huawei Cloud and Open Telekom Cloud VPC endpoint services have in common: the props, checked here (each
 * cloud's construct only names its own arguments), port mappings and allowed consumers added later, the one approval
 * resource per service that `approveConnections()` fills, and the attributes both providers export under the same
 * names.
 *
 * A service is `ITerraformDependable`: a resource given it in `dependsOn` waits for the service resource
 * (`node.defaultChild`), not for its approval resource.
 */
export abstract class VpcepServiceBase extends Construct implements IVpcepService, ITerraformDependable {
  private spec?: VpcepServiceSpec;
  private approvals?: VpcepApprovals;
  private putPortMappings?: (mappings: VpcepPortMapping[]) => void;

  /**
   * Whether connections need the owner's approval; undefined when given as a token.
   */
  public get approvalRequired(): boolean | undefined {
    return this.checkedSpec.approvalRequired;
  }

  /**
   * The Terraform address of the service resource (`node.defaultChild`), which `dependsOn` refers to.
   */
  public get fqn(): string {
    return this.defaultResource.fqn;
  }

  /**
   * The ID of the VPC endpoint service.
   *
   * @attribute
   */
  public get serviceId(): string {
    return this.defaultResource.getStringAttribute('id');
  }

  /**
   * The status of the service: `available` or `failed` (`creating`, `deleting` in between).
   *
   * @attribute
   */
  public get status(): string {
    return this.defaultResource.getStringAttribute('status');
  }

  /**
   * Every connection to the service, as the provider reads it: a list of objects with `endpoint_id`, `packet_id` (the
   * endpoint's marker ID), `domain_id` (the endpoint owner's account), `status` and `description` (and more on some
   * clouds). Use it in an output or a Terraform expression.
   *
   * @attribute
   */
  public get connections(): IResolvable {
    return this.defaultResource.interpolationForAttribute('connections');
  }

  /**
   * Approves the connections of endpoints to this service, with the cloud's approval resource (one per service;
   * each call adds to it). Give endpoint constructs or endpoint IDs, e.g. of endpoints in other accounts; an endpoint
   * given again, as a construct or by its ID, is listed once. An endpoint of another stack that was created with a
   * service of this stack is an error: each stack would depend on the other. Removing an endpoint later makes the
   * cloud reject its connection.
   */
  public approveConnections(...endpoints: (IVpcepEndpoint | string)[]): void {
    this.approvals ??= new VpcepApprovals(this, (id, endpointIds) => this.checkedSpec.newApproval(id, this.serviceId, endpointIds));
    this.approvals.approve(endpoints);
  }

  /**
   * Adds port mappings. Each is checked now, like the prop, and must not repeat a mapping the service has; the list
   * size (at most 200) is checked at synth.
   */
  public addPortMapping(...mappings: VpcepPortMapping[]): void {
    this.checkedSpec.addPortMappings(mappings);
    this.putPortMappings!(this.checkedSpec.portMappings);
  }

  /**
   * Allows consumers to connect: `iam:domain::<domain id>` or `*` for every account, and on Huawei Cloud also
   * `organizations:orgPath::<org path>` or `organizations:orgPath::*`. Each is checked now.
   */
  public addAllowedConsumer(...consumers: string[]): void {
    this.checkedSpec.addAllowedConsumers(consumers);
  }

  /**
   * Checks `props` for `cloud` (one `ValidationError`), records warnings and the checks that wait for synthesis, and
   * creates the resource with `create` from the checked props, the arguments both clouds name alike and the
   * service's checked lists; `putPortMappings` replaces the resource's port mappings when more are added.
   *
   * @internal
   */
  protected _createResource<R extends TerraformResource>(props: VpcepServiceProps, cloud: VpcepServiceCloudProfile,
    create: (spec: VpcepServiceSpec, common: VpcepServiceCommonArguments) => R,
    putPortMappings: (resource: R, mappings: VpcepPortMapping[]) => void): R {
    checksItsResources(this);
    const spec = new VpcepServiceSpec(this, props, cloud, () => (this.defaultResource as { tagsInput?: Record<string, string> }).tagsInput);
    this.spec = spec;
    const resource = create(spec, commonServiceArguments(spec.props));
    this.putPortMappings = mappings => putPortMappings(resource, mappings);
    return resource;
  }

  private get checkedSpec(): VpcepServiceSpec {
    // Set by the subclass's constructor, before any method of the construct can be called.
    return this.spec!;
  }

  /** The wrapped resource, the construct's `'Resource'` child (`node.defaultChild`). */
  private get defaultResource(): TerraformResource {
    return this.node.defaultChild as TerraformResource;
  }
}
