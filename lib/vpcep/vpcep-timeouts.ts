/**
 * How long Terraform waits for an operation on a VPCEP resource before it fails, as durations such as `"10m"` or
 * `"1h30m"` (a number and a unit: `h`, `m`, `s`, `ms`, `us`, `ns`, as Go's `time.ParseDuration` reads them).
 *
 * The two clouds' providers declare different timeouts: Huawei Cloud's resources have `create` and `delete`, Open
 * Telekom Cloud's a single `default` for every operation. A key the resource does not have is an error naming it.
 *
 * @see https://developer.hashicorp.com/terraform/language/resources/syntax#operation-timeouts
 */
export interface VpcepTimeouts {
  /**
   * Huawei Cloud only: how long creating the resource may take.
   *
   * @default - the provider's default (10 minutes)
   */
  readonly create?: string;

  /**
   * Huawei Cloud only: how long deleting the resource may take.
   *
   * @default - the provider's default (10 minutes for endpoints and services)
   */
  readonly delete?: string;

  /**
   * Open Telekom Cloud only: how long any operation on the resource (create, update, delete) may take.
   *
   * @default - the provider's default (5 minutes for endpoints, 1 minute for services)
   */
  readonly default?: string;
}
