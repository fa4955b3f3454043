/**
 * What an escape hatch changes on a construct's resource after construction (`addPropertyOverride`, a property set
 * on `node.defaultChild`) is checked at synth with the rules for raw resources, on the resource's own path, so that no
 * value reaches the template unchecked. A resource nobody changed is not checked again.
 */
import { App, CfnResource, Fn, Stack, aws_ec2 as ec2 } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { RedshiftEndpointAuthorization, RedshiftManagedEndpoint } from '../../lib/aws';
import { tryValidation } from '../support/validation';

interface Subject {
  readonly name: string;
  readonly create: (stack: Stack) => Construct;
  /** A CloudFormation property of the resource, its L1 attribute, a value the rules refuse and one they accept. */
  readonly property: string;
  readonly attribute: string;
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
];

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

  test.each<[string, (resource: CfnResource, value: unknown) => void]>([
    ['addPropertyOverride', (resource, value) => resource.addPropertyOverride(subject.property, value)],
    ['a property set on node.defaultChild', (resource, value) => { (resource as unknown as Record<string, unknown>)[subject.attribute] = value; }],
  ])('%s: a value the rules refuse fails synth on the resource\'s path; one they accept passes', (_how, change) => {
    // WHEN the resource is changed after construction THEN only the refused value fails, named on the resource
    const error = synthAfter(subject, resource => change(resource, subject.bad));
    expect(error?.violations).toEqual([expect.objectContaining({ constructPath: 'Stack/Subject/Resource', property: subject.property })]);
    expect(synthAfter(subject, resource => change(resource, subject.good))).toBeUndefined();
  });

  test('a reference set after construction is not checked as a literal', () => {
    expect(synthAfter(subject, resource => resource.addPropertyOverride(subject.property, Fn.ref('Parameter')))).toBeUndefined();
  });
});
