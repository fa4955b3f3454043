/**
 * Fuzzing every AWS construct, import and add* method with input of any shape (well-typed values the rules may still
 * reject, anything at all, and unknown keys), as plain JavaScript, JSON configuration or a jsii language can pass it:
 * the outcome is either the library's ValidationError or a template that AWS's own template validator (the cfn-lint
 * rules aws-cdk-lib runs on synth, findings made errors) accepts. A TypeError, another error, or a template the
 * validator flags fails the property.
 */
import { aws_ec2 as ec2 } from 'aws-cdk-lib';
import * as fc from 'fast-check';
import { CONSTRUCT_CASES, ShapeCase } from './shape-cases';
import { RedshiftEndpointAuthorization, RedshiftManagedEndpoint, SnapshotShare } from '../../lib/aws';
import { synthValidated, validatedStack } from '../support/aws';
import { securityGroup } from '../support/redshift';
import { arbitraryFor, structArbitrary } from '../support/shapes';
import { tryValidation } from '../support/validation';

/** The imports, used the way the library uses them: an endpoint's connections, an endpoint's authorization. */
const IMPORT_CASES: ShapeCase[] = [
  {
    name: 'RedshiftManagedEndpoint.fromRedshiftManagedEndpointAttributes',
    shape: RedshiftManagedEndpoint._shapes.attributes,
    base: stack => ({ endpointName: 'reporting', endpointAddress: 'reporting.example.com', securityGroups: [securityGroup(stack)] }),
    create: (scope, attrs) => RedshiftManagedEndpoint.fromRedshiftManagedEndpointAttributes(scope, 'Subject', attrs)
      .connections.allowDefaultPortFrom(ec2.Peer.ipv4('10.0.0.0/16')),
  },
  {
    name: 'RedshiftEndpointAuthorization.fromRedshiftEndpointAuthorizationAttributes',
    shape: RedshiftEndpointAuthorization._shapes.attributes,
    base: () => ({ clusterIdentifier: 'analytics', account: '111122223333', clusterOwnerAccount: '123456789012' }),
    create: (scope, attrs) => new RedshiftManagedEndpoint(scope, 'Endpoint', {
      clusterIdentifier: 'analytics',
      endpointName: 'reporting',
      subnetGroupName: 'subnets',
      securityGroups: [securityGroup(scope)],
      authorization: RedshiftEndpointAuthorization.fromRedshiftEndpointAuthorizationAttributes(scope, 'Subject', attrs),
    }),
  },
];

describe('SnapshotShare.addAccount', () => {
  test('fuzz: any argument gives a ValidationError naming the entry, or a share AWS\'s validator accepts', () => {
    fc.assert(fc.property(fc.oneof(fc.anything({ withBigInt: true }), fc.stringMatching(/^[0-9]{12}$/), fc.integer({ min: 1e11, max: 1e12 - 1 })), account => {
      // GIVEN
      const stack = validatedStack();
      const share = new SnapshotShare(stack, 'Share', { snapshotIdentifier: 'snap', snapshotClusterIdentifier: 'analytics', accounts: ['123456789012'] });
      // WHEN
      const error = tryValidation(() => share.addAccount(account as any));
      // THEN
      if (error) {
        expect(error.violations.map(v => v.property)).toEqual([expect.stringMatching(/^accounts(\[1\])?$/)]);
      } else {
        expect(typeof account).toBe('string');
        synthValidated(stack);
      }
    }), { numRuns: 100 });
  });
});

describe.each([...CONSTRUCT_CASES, ...IMPORT_CASES].map(c => [c.name, c] as [string, ShapeCase]))('%s', (_name, subject) => {
  test('fuzz: arbitrary props (or attributes) give a ValidationError or a template AWS\'s validator accepts', () => {
    let accepted = 0;
    fc.assert(fc.property(structArbitrary(subject.shape, arbitraryFor), fuzzed => {
      // GIVEN valid props with up to three of them replaced, and maybe unknown keys
      const stack = validatedStack();
      const props = { ...subject.base(stack), ...fuzzed };
      // WHEN
      const error = tryValidation(() => {
        subject.create(stack, props);
        synthValidated(stack);
      });
      // THEN (anything but a ValidationError was rethrown by tryValidation and fails the property)
      if (error) expect(error.violations.length).toBeGreaterThan(0);
      else accepted++;
    }), { numRuns: 100 }); // about 15–20 % get through to the validator; ~30 s for the file on 2 cores
    // Some inputs must get through to the validator, or the property says nothing about the template.
    expect(accepted).toBeGreaterThan(0);
  });
});
