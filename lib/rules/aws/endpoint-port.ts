import { Rule, rule } from '../../core/rules';

/** The port Redshift clusters listen on unless told otherwise. */
export const DEFAULT_PORT = 5439;

/**
 * The ports a cluster with availability-zone relocation may use, which every cluster behind a managed endpoint needs.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-recovery.html
 */
export const ENDPOINT_PORT_RULE: Rule<number> = rule(
  'must be an integer from 5431 to 5455 or from 8191 to 8215 (the ports a cluster with availability-zone relocation, which managed endpoints need, accepts)',
  v => Number.isInteger(v) && ((v >= 5431 && v <= 5455) || (v >= 8191 && v <= 8215)));
