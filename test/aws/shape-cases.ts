/**
 * Each AWS construct with its props' shape and valid props to start from: the subjects of the shape tables and the
 * fuzz tests.
 */
import { Stack } from 'aws-cdk-lib';
import { securityGroup } from './redshift-support';
import {
  RedshiftEndpointAuthorization, RedshiftManagedEndpoint, RedshiftServerlessEndpointAuthorization, RedshiftServerlessManagedEndpoint, SnapshotShare,
} from '../../lib/aws';
import { REDSHIFT_ENDPOINT_AUTHORIZATION_PROPS } from '../../lib/aws/redshift-endpoint-authorization-checks';
import { REDSHIFT_MANAGED_ENDPOINT_PROPS } from '../../lib/aws/redshift-managed-endpoint-checks';
import { REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_PROPS } from '../../lib/aws/redshift-serverless-endpoint-authorization-checks';
import { REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_PROPS } from '../../lib/aws/redshift-serverless-managed-endpoint-checks';
import { SNAPSHOT_SHARE_PROPS } from '../../lib/aws/snapshot-share-checks';
import { Shape } from '../../lib/core/shapes';

export interface ShapeCase {
  readonly name: string;
  readonly shape: Shape;
  /** Valid props for a fresh stack, which a test's props override. */
  readonly base: (stack: Stack) => Record<string, unknown>;
  readonly create: (scope: Stack, props: any) => unknown;
}

export const CONSTRUCT_CASES: ShapeCase[] = [
  {
    name: 'RedshiftManagedEndpoint',
    shape: REDSHIFT_MANAGED_ENDPOINT_PROPS,
    base: stack => ({ clusterIdentifier: 'analytics', endpointName: 'reporting', subnetGroupName: 'subnets', securityGroups: [securityGroup(stack)] }),
    create: (scope, props) => new RedshiftManagedEndpoint(scope, 'Subject', props),
  },
  {
    name: 'RedshiftEndpointAuthorization',
    shape: REDSHIFT_ENDPOINT_AUTHORIZATION_PROPS,
    base: () => ({ clusterIdentifier: 'analytics', account: '111122223333' }),
    create: (scope, props) => new RedshiftEndpointAuthorization(scope, 'Subject', props),
  },
  {
    name: 'SnapshotShare',
    shape: SNAPSHOT_SHARE_PROPS,
    base: () => ({ snapshotIdentifier: 'snap', snapshotClusterIdentifier: 'analytics', accounts: ['123456789012'] }),
    create: (scope, props) => new SnapshotShare(scope, 'Subject', props),
  },
  {
    name: 'RedshiftServerlessManagedEndpoint',
    shape: REDSHIFT_SERVERLESS_MANAGED_ENDPOINT_PROPS,
    base: stack => ({ endpointName: 'reporting', workgroupName: 'analytics', subnetIds: ['subnet-0a1b2c3d4e5f60718'], securityGroups: [securityGroup(stack)] }),
    create: (scope, props) => new RedshiftServerlessManagedEndpoint(scope, 'Subject', props),
  },
  {
    name: 'RedshiftServerlessEndpointAuthorization',
    shape: REDSHIFT_SERVERLESS_ENDPOINT_AUTHORIZATION_PROPS,
    base: () => ({ workgroupName: 'analytics', account: '111122223333' }),
    create: (scope, props) => new RedshiftServerlessEndpointAuthorization(scope, 'Subject', props),
  },
];
