/**
 * Each AWS construct with its props' shape and valid props to start from: the subjects of the shape tables and the
 * fuzz tests.
 */
import { Stack } from 'aws-cdk-lib';
import {
  RedshiftEndpointAuthorization, RedshiftManagedEndpoint, RedshiftServerlessEndpointAuthorization, RedshiftServerlessManagedEndpoint, SnapshotShare,
} from '../../lib/aws';
import { Shape } from '../../lib/core/shapes';
import { securityGroup } from '../support/redshift';

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
    shape: RedshiftManagedEndpoint._shapes.props,
    base: stack => ({ clusterIdentifier: 'analytics', endpointName: 'reporting', subnetGroupName: 'subnets', securityGroups: [securityGroup(stack)] }),
    create: (scope, props) => new RedshiftManagedEndpoint(scope, 'Subject', props),
  },
  {
    name: 'RedshiftEndpointAuthorization',
    shape: RedshiftEndpointAuthorization._shapes.props,
    base: () => ({ clusterIdentifier: 'analytics', account: '111122223333' }),
    create: (scope, props) => new RedshiftEndpointAuthorization(scope, 'Subject', props),
  },
  {
    name: 'SnapshotShare',
    shape: SnapshotShare._shapes.props,
    base: () => ({ snapshotIdentifier: 'snap', snapshotClusterIdentifier: 'analytics', accounts: ['123456789012'] }),
    create: (scope, props) => new SnapshotShare(scope, 'Subject', props),
  },
  {
    name: 'RedshiftServerlessManagedEndpoint',
    shape: RedshiftServerlessManagedEndpoint._shapes.props,
    base: stack => ({ endpointName: 'reporting', workgroupName: 'analytics', subnetIds: ['subnet-0a1b2c3d4e5f60718'], securityGroups: [securityGroup(stack)] }),
    create: (scope, props) => new RedshiftServerlessManagedEndpoint(scope, 'Subject', props),
  },
  {
    name: 'RedshiftServerlessEndpointAuthorization',
    shape: RedshiftServerlessEndpointAuthorization._shapes.props,
    base: () => ({ workgroupName: 'analytics', account: '111122223333' }),
    create: (scope, props) => new RedshiftServerlessEndpointAuthorization(scope, 'Subject', props),
  },
];
