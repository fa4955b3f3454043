import { TerraformStack, Testing } from 'cdktf';
import { AlicloudProvider } from '../../lib/alicloud/generated/provider';
import { PrivateLinkEndpoint, PrivateLinkEndpointProps } from '../../lib/alicloud/private-link-endpoint';
import { ValidationError } from '../../lib/core/validation-error';

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

/**
 * Builds an endpoint from `props`: returns undefined when it is accepted, or the ValidationError it raised.
 * Any other exception fails the test, so a property can assert "passes or raises ValidationError".
 */
export function attempt(props: PrivateLinkEndpointProps): ValidationError | undefined {
  try {
    new PrivateLinkEndpoint(alicloudStack(), 'Endpoint', props);
    return undefined;
  } catch (e) {
    if (ValidationError.isValidationError(e)) return e;
    throw e;
  }
}

/** The properties named by the violations of an error, or [] when the props were accepted. */
export function namedProperties(props: PrivateLinkEndpointProps): string[] {
  return attempt(props)?.violations.map(v => v.property) ?? [];
}
