/**
 * Test support for the two VpcepEndpoint constructs: one description per cloud, so the rules both clouds share are
 * tested on both with one table.
 */
import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { expectConformsToSchemas } from './terraform-schema';
import { tryValidation } from './validation';
import { ValidationError } from '../../lib/core/validation-error';
import * as huaweicloud from '../../lib/huaweicloud';
import { VpcepEndpoint as HuaweiResource } from '../../lib/huaweicloud/generated/vpcep-endpoint';
import * as opentelekomcloud from '../../lib/opentelekomcloud';
import { VpcepEndpointV1 as OtcResource } from '../../lib/opentelekomcloud/generated/vpcep-endpoint-v1';
import { IVpcepService, VpcepEndpointProps } from '../../lib/vpcep/vpcep-endpoint-types';
import { VpcepServerType, VpcepServiceAttributes, VpcepServiceProps } from '../../lib/vpcep/vpcep-service-types';

export type Props = VpcepEndpointProps;

export interface CloudUnderTest {
  readonly name: string;
  readonly resourceType: string;
  readonly Resource: typeof HuaweiResource | typeof OtcResource;
  readonly addProvider: (stack: TerraformStack) => void;
  readonly create: (scope: Construct, id: string, props: Props) => huaweicloud.VpcepEndpoint | opentelekomcloud.VpcepEndpoint;
  /** The argument each shared prop is rendered to. */
  readonly args: { readonly subnetId: string; readonly portIp: string; readonly routeTables: string };
}

export const HUAWEICLOUD: CloudUnderTest = {
  name: 'huaweicloud',
  resourceType: 'huaweicloud_vpcep_endpoint',
  Resource: HuaweiResource,
  addProvider: stack => new huaweicloud.HuaweicloudProvider(stack, 'huaweicloud', { region: 'eu-west-101' }),
  create: (scope, id, props) => new huaweicloud.VpcepEndpoint(scope, id, props),
  args: { subnetId: 'network_id', portIp: 'ip_address', routeTables: 'routetables' },
};

export const OPENTELEKOMCLOUD: CloudUnderTest = {
  name: 'opentelekomcloud',
  resourceType: 'opentelekomcloud_vpcep_endpoint_v1',
  Resource: OtcResource,
  addProvider: stack => new opentelekomcloud.OpentelekomcloudProvider(stack, 'opentelekomcloud', { region: 'eu-de' }),
  create: (scope, id, props) => new opentelekomcloud.VpcepEndpoint(scope, id, props),
  args: { subnetId: 'subnet_id', portIp: 'port_ip', routeTables: 'route_tables' },
};

export const CLOUDS: [string, CloudUnderTest][] = [['huaweicloud', HUAWEICLOUD], ['opentelekomcloud', OPENTELEKOMCLOUD]];

export const SERVICE_ID = '813d9300-8473-405b-bfcd-f711117bad65';
export const VPC_ID = '4e65f8b1-306d-4522-8ecd-aa374000e2a4';
export const SUBNET_ID = '5d1c1d71-2613-4274-b34e-d82af550f967';
export const ROUTE_TABLE_ID = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';

export function newStack(cloud: CloudUnderTest, withProvider = true): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'Stack');
  if (withProvider) cloud.addProvider(stack);
  return stack;
}

/** Synthesizes with synth-time validations, checks the output against schemas/, and returns it parsed. */
export function synthConforming(stack: TerraformStack): Record<string, any> {
  const synthesized = Testing.synth(stack, true);
  expectConformsToSchemas(synthesized);
  return JSON.parse(synthesized);
}

/** The synthesized arguments of the endpoint with construct id `Endpoint`. */
export function endpointArgs(stack: TerraformStack, cloud: CloudUnderTest): Record<string, any> {
  const resources = synthConforming(stack).resource[cloud.resourceType];
  const key = Object.keys(resources).find(k => k.startsWith('Endpoint_'));
  return resources[key!];
}

/** Creates an endpoint with `props` on a fresh stack; returns the ValidationError it throws, if any. */
export function validationErrorFor(cloud: CloudUnderTest, props: Partial<Props>): ValidationError | undefined {
  return tryValidation(() => cloud.create(newStack(cloud), 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, ...props }));
}

/** The VpcepService of each cloud: how it is created and what it renders to. */
export interface ServiceCloudUnderTest extends CloudUnderTest {
  readonly serviceType: string;
  readonly approvalType: string;
  readonly createService: (scope: Construct, id: string, props: ServiceProps) => huaweicloud.VpcepService | opentelekomcloud.VpcepService;
  readonly importService: (scope: Construct, id: string, attrs: VpcepServiceAttributes) => IVpcepService;
  /** The service's argument names that differ between the clouds. */
  readonly serviceArgs: {
    readonly approval: string; readonly ports: string; readonly servicePort: string; readonly terminalPort: string; readonly consumers: string;
  };
  /** How an allowed consumer record is rendered. */
  readonly renderConsumer: (record: string) => string;
  /** How a token entry of the allowed consumers is rendered. */
  readonly renderTokenConsumer: (expression: string) => string;
}

export type ServiceProps = VpcepServiceProps;

export const HUAWEICLOUD_SERVICE: ServiceCloudUnderTest = {
  ...HUAWEICLOUD,
  serviceType: 'huaweicloud_vpcep_service',
  approvalType: 'huaweicloud_vpcep_approval',
  createService: (scope, id, props) => new huaweicloud.VpcepService(scope, id, props),
  importService: (scope, id, attrs) => huaweicloud.VpcepService.fromVpcepServiceAttributes(scope, id, attrs),
  serviceArgs: { approval: 'approval', ports: 'port_mapping', servicePort: 'service_port', terminalPort: 'terminal_port', consumers: 'permissions' },
  renderConsumer: record => record,
  renderTokenConsumer: expression => `\${${expression}}`,
};

export const OPENTELEKOMCLOUD_SERVICE: ServiceCloudUnderTest = {
  ...OPENTELEKOMCLOUD,
  serviceType: 'opentelekomcloud_vpcep_service_v1',
  approvalType: 'opentelekomcloud_vpcep_approval_v1',
  createService: (scope, id, props) => new opentelekomcloud.VpcepService(scope, id, props),
  importService: (scope, id, attrs) => opentelekomcloud.VpcepService.fromVpcepServiceAttributes(scope, id, attrs),
  serviceArgs: { approval: 'approval_enabled', ports: 'port', servicePort: 'server_port', terminalPort: 'client_port', consumers: 'whitelist' },
  renderConsumer: record => record.replace(/^iam:domain::/, ''),
  renderTokenConsumer: expression => `\${trimprefix(${expression}, "iam:domain::")}`,
};

export const SERVICE_CLOUDS: [string, ServiceCloudUnderTest][] = [['huaweicloud', HUAWEICLOUD_SERVICE], ['opentelekomcloud', OPENTELEKOMCLOUD_SERVICE]];

export const PORT_ID = '0e9b2b3c-5d7f-4c1e-9a4b-2f6d8e0a1c3b';
export const DOMAIN_ID = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';

/** The smallest valid service props: an ECS backend with one port mapping. */
export const SERVICE_BASE: ServiceProps = {
  vpcId: VPC_ID,
  serverType: VpcepServerType.VM,
  portId: PORT_ID,
  portMappings: [{ servicePort: 8080, terminalPort: 80 }],
};

/** Creates a service with `props` (over SERVICE_BASE) on a fresh stack; returns the ValidationError it throws, if any. */
export function serviceErrorFor(cloud: ServiceCloudUnderTest, props: Partial<ServiceProps>): ValidationError | undefined {
  return tryValidation(() => cloud.createService(newStack(cloud), 'Service', { ...SERVICE_BASE, ...props }));
}

/** The synthesized arguments of the only resource of `type` whose name starts with `prefix`. */
export function resourceArgs(doc: Record<string, any>, type: string, prefix: string): Record<string, any> {
  const resources = doc.resource[type] ?? {};
  const keys = Object.keys(resources).filter(k => k.startsWith(prefix));
  if (keys.length !== 1) throw new Error(`expected one ${type} named ${prefix}*, found ${JSON.stringify(Object.keys(resources))}`);
  return resources[keys[0]];
}
