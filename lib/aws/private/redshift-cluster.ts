import { Token, aws_redshift as redshift } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { literalAcrossStacks, referenceTo } from './owner-environment';
import { Rule, matches } from '../../core/rules';
import { Validator } from '../../core/validator';
import { DEFAULT_PORT, ENDPOINT_PORT_RULE } from '../../rules/aws/endpoint-port';
import { CLUSTER_IDENTIFIER_RULES } from '../../rules/aws/redshift-identifier';

/**
 * How the Redshift constructs name their cluster (an identifier, or a construct of the same app that is or wraps a
 * `CfnCluster`), and the cluster prerequisites of managed endpoints that would otherwise fail only at deploy time.
 */

/**
 * Managed endpoints need an RA3 cluster.
 *
 * @see https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-cross-vpc.html
 */
const RA3_NODE_TYPE: Rule<string> = matches(/^ra3\./,
  'be an RA3 node type (ra3.*): Redshift-managed VPC endpoints need an RA3 cluster');

/** The two ways to name a cluster; exactly one must be given. */
export interface ClusterChoice {
  readonly clusterIdentifier?: string;
  /** A `CfnCluster`, or a construct whose `node.defaultChild` is one (e.g. `@aws-cdk/aws-redshift-alpha`'s `Cluster`). */
  readonly cluster?: IConstruct;
}

/**
 * The `CfnCluster` that `cluster` is or wraps as its default child, or undefined. Recognized by its CloudFormation type
 * (`CfnCluster.isCfnCluster`), so a construct from another copy of aws-cdk-lib is recognized too.
 */
export function cfnClusterOf(cluster: IConstruct | undefined): redshift.CfnCluster | undefined {
  if (cluster === undefined || cluster === null) return undefined;
  if (redshift.CfnCluster.isCfnCluster(cluster)) return cluster;
  const child = (cluster as Partial<IConstruct>).node?.defaultChild;
  return redshift.CfnCluster.isCfnCluster(child) ? child : undefined;
}

export function checkClusterChoice(v: Validator, props: ClusterChoice): void {
  v.exactlyOneOf(props, 'clusterIdentifier', 'cluster');
  v.check('clusterIdentifier', props.clusterIdentifier, ...CLUSTER_IDENTIFIER_RULES);
  if (props.cluster !== undefined && cfnClusterOf(props.cluster) === undefined) {
    v.fail('cluster', props.cluster,
      'must be a CfnCluster or a construct whose node.defaultChild is one (such as the Cluster of @aws-cdk/aws-redshift-alpha)');
  }
}

/**
 * The identifier `scope` synthesizes for the cluster (call after `checkClusterChoice`): `clusterIdentifier`, or the
 * `Ref` of a `CfnCluster` of the same stack (which returns its identifier and orders `scope` after it), or the literal
 * `clusterIdentifier` of one in another stack (see `referenceTo`).
 */
export function clusterIdentifierOf(scope: IConstruct, props: ClusterChoice): string {
  const cluster = cfnClusterOf(props.cluster);
  return cluster ? referenceTo(scope, cluster, cluster.clusterIdentifier) : props.clusterIdentifier!;
}

/** The cluster's identifier when it is known at synth: `clusterIdentifier`, or the literal one of the `CfnCluster`. */
export function knownClusterIdentifier(props: ClusterChoice): string | undefined {
  const identifier = props.clusterIdentifier ?? cfnClusterOf(props.cluster)?.clusterIdentifier;
  return identifier !== undefined && !Token.isUnresolved(identifier) ? identifier : undefined;
}

/**
 * The identifier of a `CfnCluster` of another stack is rendered as a literal: it must then be one the Redshift API
 * takes (in the same stack its `Ref` returns the identifier as Redshift stores it).
 */
export function checkClusterReference(v: Validator, scope: IConstruct, props: ClusterChoice): void {
  const cluster = cfnClusterOf(props.cluster);
  if (cluster === undefined) return;
  v.check('cluster.clusterIdentifier', literalAcrossStacks(scope, cluster, cluster.clusterIdentifier), ...CLUSTER_IDENTIFIER_RULES);
}

const CHOICES = new WeakMap<IConstruct, ClusterChoice>();

/** Records how `scope` (an authorization) named its cluster, for the endpoints that are given it. */
export function rememberClusterChoice(scope: IConstruct, choice: ClusterChoice): void {
  CHOICES.set(scope, choice);
}

/** How `scope` named its cluster, when it was recorded; else its `clusterIdentifier` attribute. */
export function clusterChoiceOf(scope: IConstruct & { readonly clusterIdentifier: string }): ClusterChoice {
  return CHOICES.get(scope) ?? { clusterIdentifier: scope.clusterIdentifier };
}

/**
 * The cluster `theirs` names when it is known not to be the one `ours` names (by its literal identifier, or as another
 * `CfnCluster` where neither identifier is known), for the message; undefined when they agree or cannot be compared.
 */
export function otherCluster(ours: ClusterChoice, theirs: ClusterChoice): string | IConstruct | undefined {
  const [mine, other] = [knownClusterIdentifier(ours), knownClusterIdentifier(theirs)];
  if (mine !== undefined && other !== undefined) return mine === other ? undefined : other;
  const [mineCluster, otherCfnCluster] = [cfnClusterOf(ours.cluster), cfnClusterOf(theirs.cluster)];
  if (mine === undefined && other === undefined && mineCluster && otherCfnCluster && mineCluster !== otherCfnCluster) return otherCfnCluster;
  return undefined;
}

/**
 * Checks the literal values of a `CfnCluster` against what a managed endpoint needs: an RA3 node type,
 * availability-zone relocation on (which rules out public access and limits the port) and, when `port` is given,
 * the same port as the endpoint.
 * Run when the construct that names the cluster is constructed, so the error points at that line, and again at synth,
 * because a `CfnCluster`'s properties can be changed after that.
 */
export function checkClusterPrerequisites(v: Validator, cluster: redshift.CfnCluster, port?: number): void {
  v.check('cluster.nodeType', cluster.nodeType, RA3_NODE_TYPE);

  const relocation = cluster.availabilityZoneRelocation;
  if (relocation === undefined || (v.isLiteral(relocation) && relocation !== true)) {
    v.fail('cluster.availabilityZoneRelocation', relocation,
      'must be true: Redshift-managed VPC endpoints need a cluster with availability-zone relocation');
  }

  if (cluster.publiclyAccessible === true) {
    v.fail('cluster.publiclyAccessible', true,
      'must be false: a cluster with availability-zone relocation, which managed endpoints need, cannot be publicly accessible');
  }

  const clusterPort = cluster.port ?? DEFAULT_PORT;
  v.check('cluster.port', clusterPort, ENDPOINT_PORT_RULE);
  if (port !== undefined && v.isLiteral(port) && v.isLiteral(clusterPort) && clusterPort !== port) {
    v.fail('cluster.port', clusterPort, `must equal the endpoint's port (${port}): a managed endpoint serves on its cluster's port`);
  }
}
