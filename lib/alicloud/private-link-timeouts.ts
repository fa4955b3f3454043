/**
 * How long Terraform waits for an operation on a PrivateLink resource before it fails, as durations such as `"10m"`
 * or `"1h30m"` (a number and a unit: `h`, `m`, `s`, `ms`, `us`, `ns`, as Go's `time.ParseDuration` reads them).
 *
 * @see https://developer.hashicorp.com/terraform/language/resources/syntax#operation-timeouts
 */
export interface PrivateLinkTimeouts {
  /**
   * How long creating the resource may take (the provider waits until it is active).
   *
   * @default - the provider's default, 5 minutes
   */
  readonly create?: string;

  /**
   * How long an in-place update of the resource may take.
   *
   * @default - the provider's default, 5 minutes
   */
  readonly update?: string;

  /**
   * How long deleting the resource may take.
   *
   * @default - the provider's default, 5 minutes
   */
  readonly delete?: string;
}
