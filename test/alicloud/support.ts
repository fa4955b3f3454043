import { TerraformStack, Testing } from 'cdktf';
import { AlicloudProvider } from '../../lib/alicloud/generated/provider';
import { PrivateLinkEndpoint } from '../../lib/alicloud/private-link-endpoint';
import { PrivateLinkEndpointProps } from '../../lib/alicloud/private-link-endpoint-types';
import { ValidationError } from '../../lib/core/validation-error';
import { namedProperties, tryValidation } from '../support/validation';

/** Realistic IDs in Alibaba Cloud's formats. */
export const VPC = 'vpc-bp1abcdefghijklmnopqr';
export const SERVICE_ID = 'epsrv-bp1abcdefghijklmnop';
export const SG = 'sg-bp1abcdefghijklmnopqr';

/** The smallest valid props: an Interface endpoint with one security group. */
export const BASE: PrivateLinkEndpointProps = { vpcId: VPC, serviceId: SERVICE_ID, securityGroupIds: [SG] };

/** A stack that already has an alicloud provider. */
export function alicloudStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'Stack');
  new AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
  return stack;
}

/** Builds an endpoint from `props`: undefined when it is accepted, else the ValidationError it raised. */
export function attempt(props: PrivateLinkEndpointProps): ValidationError | undefined {
  return tryValidation(() => new PrivateLinkEndpoint(alicloudStack(), 'Endpoint', props));
}

/** The properties named by the violations of `props`, or [] when they are accepted. */
export function propertiesNamedBy(props: PrivateLinkEndpointProps): string[] {
  return namedProperties(attempt(props));
}
