/**
 * A value chosen by conditions is judged as each value it can take: for any tree of `Fn::If`s, the findings on the
 * property are those of its literal leaves, one per leaf, and `AWS::NoValue` leaves none.
 */
import * as fc from 'fast-check';
import { findingsOf } from '../../lib/raw-checks/check-resource';
import { isIntrinsic } from '../../lib/raw-checks/inputs/cloudformation';

const TYPE = 'AWS::Redshift::EndpointAccess';
const BASE = { ClusterIdentifier: 'analytics', SubnetGroupName: 'subnets', VpcSecurityGroupIds: ['sg-0123456789abcdef0'] };
const NO_VALUE = { Ref: 'AWS::NoValue' };

/** The findings on EndpointName when it is `name`. */
const nameFindings = (name: unknown) =>
  findingsOf({ resource: 'Endpoint', type: TYPE, properties: { ...BASE, EndpointName: name } }, isIntrinsic).filter(f => f.property === 'EndpointName');

/** A tree of `Fn::If`s over good and bad names, references and AWS::NoValue. */
const { tree } = fc.letrec<{ tree: unknown }>(tie => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<unknown>('reporting', 'reporting-eu', 'Bad_Name', 'a--b', NO_VALUE, { Ref: 'Name' }),
    fc.tuple(fc.constantFrom('IsProd', 'IsEu'), tie('tree'), tie('tree')).map(([condition, a, b]) => ({ 'Fn::If': [condition, a, b] }))),
}));

/** The leaves of a tree that are values, in order. */
function leaves(value: unknown): unknown[] {
  const args = (value as { 'Fn::If'?: unknown[] } | null)?.['Fn::If'];
  return Array.isArray(args) ? [...leaves(args[1]), ...leaves(args[2])] : [value];
}

test('the findings on a property given by Fn::If are those of its leaves, one each (property)', () => {
  fc.assert(fc.property(tree.filter(t => typeof t === 'object' && t !== null && 'Fn::If' in t), value => {
    // WHEN the property is judged, and each leaf alone
    const expected = leaves(value).flatMap(leaf => nameFindings(leaf).map(f => f.value));
    // THEN the same offending values are reported, each with the condition that deploys it
    const found = nameFindings(value);
    expect(found.map(f => f.value)).toEqual(expected);
    for (const finding of found) expect(finding.rule).toMatch(/\(the value when condition \w+ is (true|false)( and condition \w+ is (true|false))*\)$/);
  }), { numRuns: 80 });
});
