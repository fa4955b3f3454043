/**
 * The `timeouts` block of a Terraform resource: its keys are the operations the resource declares a timeout for, its
 * values durations that the provider parses with Go's `time.ParseDuration` when it plans.
 * - https://developer.hashicorp.com/terraform/language/resources/syntax#operation-timeouts
 * - https://developer.hashicorp.com/terraform/plugin/sdkv2/resources/retries-and-customizable-timeouts
 * - https://pkg.go.dev/time#ParseDuration
 */
import { rule } from '../core/rules';
import { Validator } from '../core/validator';

/**
 * One or more decimal numbers, each with an optional fraction and a unit (`ns`, `us` or `µs`, `ms`, `s`, `m`, `h`):
 * Go's duration syntax. Go also takes a sign and a bare `0`, which as a timeout would end the operation at once.
 */
const DURATION = /^(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/u;

export function isTerraformDuration(value: string): boolean {
  return DURATION.test(value) && /[1-9]/.test(value.replace(/[^\d.]+/g, ''));
}

/** A timeout: a duration greater than zero, as `time.ParseDuration` reads it. */
export const TERRAFORM_DURATION = rule<string>(
  'must be a duration greater than zero such as "30s", "10m" or "1h30m" (numbers with the units h, m, s, ms, us, ns; '
  + 'Terraform providers parse it with Go\'s time.ParseDuration)',
  isTerraformDuration,
);

/** What a resource's timeouts block takes: the keys, and who to name in a message about the others. */
export interface TimeoutsBlock {
  /** The timeouts the resource declares, e.g. `create` and `delete`. */
  readonly keys: readonly string[];
  /** The resource type and cloud, for messages: `huaweicloud_vpcep_endpoint (Huawei Cloud)`. */
  readonly resource: string;
}

/**
 * Checks each given timeout: a key the resource has no timeout for is an error naming the ones it has (never a silent
 * drop), and a literal value must be a duration.
 */
export function checkTimeouts(v: Validator, property: string, timeouts: object | undefined, block: TimeoutsBlock): void {
  if (!v.isLiteral(timeouts)) return;
  for (const [key, value] of Object.entries(timeouts as Record<string, string | undefined>)) {
    if (value === undefined) continue;
    if (!block.keys.includes(key)) {
      v.fail(`${property}.${key}`, value, `is not supported: ${block.resource} has only the ${describeKeys(block.keys)} timeout${block.keys.length > 1 ? 's' : ''}`);
    } else {
      v.check(`${property}.${key}`, value, TERRAFORM_DURATION);
    }
  }
}

function describeKeys(keys: readonly string[]): string {
  return keys.length === 1 ? keys[0] : `${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1]}`;
}
