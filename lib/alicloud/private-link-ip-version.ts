/**
 * The IP protocol version of an endpoint or (IPv4 and DualStack only) of an endpoint service.
 */
export enum PrivateLinkIpVersion {
  /** IPv4 only (the API's default). */
  IPV4 = 'IPv4',
  /** IPv4 and IPv6; the endpoint service and the VPC must both support dual stack. */
  DUALSTACK = 'DualStack',
  /** IPv6 (accepted by the Terraform provider, not listed in the CreateVpcEndpoint reference). */
  IPV6 = 'IPv6',
}
