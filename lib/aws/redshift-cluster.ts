/**
 * How the Redshift constructs name their cluster (an identifier or a `CfnCluster` of the same app), and the cluster
 * prerequisites of managed endpoints that would otherwise fail only at deploy time.
 */
import { aws_redshift as redshift } from 'aws-cdk-lib';
import { CLUSTER_IDENTIFIER, DEFAULT_PORT, ENDPOINT_PORT, RA3_NODE_TYPE } from './redshift-rules';
import { Validator } from '../core/validator';

/** The two ways to name a cluster; exactly one must be given. */
export interface ClusterChoice {
  readonly clusterIdentifier?: string;
  readonly cluster?: redshift.CfnCluster;
}

export function checkClusterChoice(v: Validator, props: ClusterChoice): void {
  if (props.clusterIdentifier !== undefined && props.cluster !== undefined) {
    v.fail('clusterIdentifier', props.clusterIdentifier, 'must not be set together with cluster: give exactly one of them');
  } else if (props.clusterIdentifier === undefined && props.cluster === undefined) {
    v.fail('clusterIdentifier', undefined, 'must be set when cluster is not: give exactly one of them');
  }
  v.check('clusterIdentifier', props.clusterIdentifier, ...CLUSTER_IDENTIFIER);
}

/** The identifier to synthesize: `Ref` of the cluster resource returns its identifier. Call after `checkClusterChoice`. */
export function clusterIdentifierOf(props: ClusterChoice): string {
  return props.cluster ? props.cluster.ref : props.clusterIdentifier!;
}

/**
 * Checks the literal values of a `CfnCluster` against what a managed endpoint needs: an RA3 node type,
 * availability-zone relocation on (which rules out public access and limits the port) and, when `port` is given,
 * the same port as the endpoint.
 * Run at synth, because a `CfnCluster`'s properties can be changed after it is constructed.
 */
export function checkClusterPrerequisites(v: Validator, cluster: redshift.CfnCluster, port?: number): void {
  v.check('cluster.nodeType', cluster.nodeType, RA3_NODE_TYPE);

  const relocation = cluster.availabilityZoneRelocation;
  if (relocation === undefined || (v.isLiteral(relocation) && relocation !== true)) {
    v.fail('cluster.availabilityZoneRelocation', relocation ?? false,
      'must be true: Redshift-managed VPC endpoints need a cluster with availability-zone relocation');
  }

  if (cluster.publiclyAccessible === true) {
    v.fail('cluster.publiclyAccessible', true,
      'must be false: a cluster with availability-zone relocation, which managed endpoints need, cannot be publicly accessible');
  }

  const clusterPort = cluster.port ?? DEFAULT_PORT;
  v.check('cluster.port', clusterPort, ENDPOINT_PORT);
  if (port !== undefined && v.isLiteral(port) && v.isLiteral(clusterPort) && clusterPort !== port) {
    v.fail('cluster.port', clusterPort, `must equal the endpoint's port (${port}): a managed endpoint serves on its cluster's port`);
  }
}
