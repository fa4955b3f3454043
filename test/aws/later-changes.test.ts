/**
 * What an escape hatch changes on a construct's resource after construction (`addPropertyOverride`, a property set
 * on `node.defaultChild`) is checked at synth with the rules for raw resources, on the resource's own path, so that no
 * value reaches the template unchecked. A resource nobody changed is not checked again.
 */
import { App, CfnResource, Fn, Stack, aws_ec2 as ec2 } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import {
  RedshiftEndpointAuthorization, RedshiftManagedEndpoint, RedshiftServerlessEndpointAuthorization, RedshiftServerlessManagedEndpoint, SnapshotShare,
} from '../../lib/aws';
import { tryValidation } from '../support/validation';

interface Subject {
  readonly name: string;
  readonly create: (stack: Stack) => Construct;
  /** A CloudFormation property of the resource, a value the rules refuse and one they accept. */
  readonly property: string;
  /** The property's L1 attribute. @default none: a custom resource's properties change only by overrides */
  readonly attribute?: string;
  readonly bad: unknown;
  readonly good: unknown;
}

const SUBJECTS: Subject[] = [
  {
    name: 'RedshiftManagedEndpoint',
    create: stack => new RedshiftManagedEndpoint(stack, 'Subject', {
      clusterIdentifier: 'analytics',
      endpointName: 'reporting',
      subnetGroupName: 'subnets',
      securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-0123456789abcdef0')],
    }),
    property: 'EndpointName',
    attribute: 'endpointName',
    bad: 'Bad_Name',
    good: 'reporting-eu',
  },
  {
    name: 'RedshiftEndpointAuthorization',
    create: stack => new RedshiftEndpointAuthorization(stack, 'Subject', { clusterIdentifier: 'analytics', account: '111122223333' }),
    property: 'Account',
    attribute: 'account',
    bad: '1111',
    good: '444455556666',
  },
  {
    name: 'SnapshotShare',
    create: stack => new SnapshotShare(stack, 'Subject', {
      snapshotIdentifier: 'nightly', snapshotClusterIdentifier: 'analytics', accounts: ['111122223333'],
    }),
    property: 'Accounts',
    bad: ['111122223333', '111122223333'],
    good: ['111122223333', '444455556666'],
  },
  {
    name: 'SnapshotShare of a Redshift Serverless snapshot',
    create: stack => new SnapshotShare(stack, 'Subject', {
      snapshotArn: 'arn:aws:redshift-serverless:eu-west-1:123456789012:snapshot/0a1b2c3d-nightly', accounts: ['111122223333'],
    }),
    property: 'Accounts',
    bad: ['amazon-redshift-support'],
    good: ['444455556666'],
  },
  {
    name: 'RedshiftServerlessManagedEndpoint',
    create: stack => new RedshiftServerlessManagedEndpoint(stack, 'Subject', {
      endpointName: 'reporting',
      workgroupName: 'analytics',
      subnetIds: ['subnet-0123456789abcdef0'],
      securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-0123456789abcdef0')],
    }),
    property: 'SubnetIds',
    bad: ['subnet-xyz'],
    good: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'],
  },
  {
    name: 'RedshiftServerlessEndpointAuthorization',
    create: stack => new RedshiftServerlessEndpointAuthorization(stack, 'Subject', { workgroupName: 'analytics', account: '111122223333' }),
    property: 'VpcIds',
    bad: [],
    good: ['vpc-0123456789abcdef0'],
  },
];

/** The ways a subject's resource can be changed after construction. */
function changesOf(subject: Subject): Array<[string, (resource: CfnResource, value: unknown) => void]> {
  const { property, attribute } = subject;
  return [
    ['addPropertyOverride', (resource, value) => resource.addPropertyOverride(property, value)],
    ...(attribute === undefined ? [] : [['a property set on node.defaultChild', (resource: CfnResource, value: unknown) => {
      (resource as unknown as Record<string, unknown>)[attribute] = value;
    }] as [string, (resource: CfnResource, value: unknown) => void]]),
  ];
}

/** A stack with the construct, its resource changed by `change`; the error synthesizing it raises, if any. */
function synthAfter(subject: Subject, change: (resource: CfnResource) => void) {
  const app = new App();
  const stack = new Stack(app, 'Stack');
  change(subject.create(stack).node.defaultChild as CfnResource);
  return tryValidation(() => app.synth());
}

describe.each(SUBJECTS.map(s => [s.name, s] as [string, Subject]))('%s', (_name, subject) => {
  test('a resource nobody changed synthesizes', () => {
    expect(synthAfter(subject, () => undefined)).toBeUndefined();
  });

  test.each(changesOf(subject))('%s: a value the rules refuse fails synth on the resource\'s path; one they accept passes', (_how, change) => {
    // WHEN the resource is changed after construction THEN only the refused value fails, named on the resource
    const error = synthAfter(subject, resource => change(resource, subject.bad));
    expect(error?.violations).toEqual([expect.objectContaining({ constructPath: 'Stack/Subject/Resource', property: expect.stringMatching(`^${subject.property}`) })]);
    expect(synthAfter(subject, resource => change(resource, subject.good))).toBeUndefined();
  });

  test('a reference set after construction is not checked as a literal', () => {
    expect(synthAfter(subject, resource => resource.addPropertyOverride(subject.property, Fn.ref('Parameter')))).toBeUndefined();
  });
});
