import { Rule, lengthBetween, matches, notMatching } from '../../core/rules';

/** How one kind of Redshift name differs from the others. */
export interface RedshiftIdentifierOptions {
  /** The longest name allowed. */
  readonly maxLength: number;
  /** Whether only lower-case letters are allowed (cluster identifiers; endpoint names in CloudFormation). */
  readonly lowerCaseOnly: boolean;
  /** Why upper case is refused, when the API page would allow it. */
  readonly lowerCaseReason?: string;
}

/**
 * The shape every Redshift identifier shares: a letter first, then letters, digits and hyphens, never two hyphens in
 * a row nor one at the end. Cluster and snapshot identifiers (CreateCluster, CreateClusterSnapshot) and endpoint
 * names (CreateEndpointAccess) differ only in length and case.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html
 */
export function redshiftIdentifier(options: RedshiftIdentifierOptions): Rule<string>[] {
  const lower = options.lowerCaseOnly;
  const reason = options.lowerCaseReason ? ` (${options.lowerCaseReason})` : '';
  return [
    lengthBetween(1, options.maxLength),
    lower
      ? matches(/^[a-z0-9-]*$/, `contain only lower-case letters, digits and hyphens${reason}`)
      : matches(/^[A-Za-z0-9-]*$/, 'contain only letters, digits and hyphens'),
    lower ? matches(/^[a-z]/, 'start with a lower-case letter') : matches(/^[A-Za-z]/, 'start with a letter'),
    notMatching(/--/, 'contain two consecutive hyphens'),
    notMatching(/-$/, 'end with a hyphen'),
  ];
}

/**
 * A cluster identifier: 1–63 characters, lower case (Redshift stores every cluster identifier in lower case, and
 * `AWS::Redshift::EndpointAuthorization` accepts only that form).
 */
export const CLUSTER_IDENTIFIER_RULES = redshiftIdentifier({ maxLength: 63, lowerCaseOnly: true });

/** Where CreateCluster states the cluster identifier's rules. */
export const CLUSTER_IDENTIFIER_SOURCE = 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html';
