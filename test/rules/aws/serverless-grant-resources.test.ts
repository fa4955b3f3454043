/**
 * The custom resource `RedshiftServerlessEndpointAuthorization` writes (`Custom::RedshiftServerlessEndpointAuthorization`)
 * gets its rules as a raw resource: a template changed by an escape hatch or by hand is checked like the props were,
 * and what the construct renders passes.
 */
import { App, CfnParameter, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as fc from 'fast-check';
import { SERVERLESS_GRANT_RESOURCE_TYPE } from '../../../lib/aws/private/redshift-serverless-function';
import { RedshiftServerlessEndpointAuthorization, RedshiftServerlessEndpointAuthorizationProps } from '../../../lib/aws/redshift-serverless-endpoint-authorization';
import { findingsOf } from '../../../lib/raw-checks/check-resource';
import { isIntrinsic } from '../../../lib/raw-checks/inputs/cloudformation';
import { tryValidation } from '../../support/validation';

/** The findings on a raw grant with `properties`, as `property: rule`. */
function findings(properties: Record<string, unknown>): string[] {
  return findingsOf({ resource: 'Grant', type: SERVERLESS_GRANT_RESOURCE_TYPE, properties }, isIntrinsic).map(f => `${f.property}: ${f.rule}`);
}

const GRANT = { WorkgroupName: 'analytics', Account: '111122223333' };

test.each<[string, Record<string, unknown>, RegExp[]]>([
  ['a grant to every VPC of an account', GRANT, []],
  ['a grant to two VPCs', { ...GRANT, VpcIds: ['vpc-0123456789abcdef0', 'vpc-1a2b3c4d'] }, []],
  ['an account from a parameter', { ...GRANT, Account: { Ref: 'Consumer' } }, []],
  ['an empty VPC list, which reads like "every VPC"', { ...GRANT, VpcIds: [] }, [/^VpcIds: must have at least 1 VPC/]],
  ['a VPC given twice', { ...GRANT, VpcIds: ['vpc-1a2b3c4d', 'vpc-1a2b3c4d'] }, [/^VpcIds\[1\]: repeats VpcIds\[0\]/]],
  ['a subnet where a VPC belongs', { ...GRANT, VpcIds: ['subnet-1a2b3c4d'] }, [/^VpcIds\[0\]: must be a VPC id/]],
  ['an account that is not one', { ...GRANT, Account: '1111-2222-3333' }, [/^Account: must be a 12-digit AWS account ID/i]],
  ['a workgroup name the API refuses', { ...GRANT, WorkgroupName: 'Analytics' }, [/^WorkgroupName: must contain only lower-case/]],
])('%s', (_case, properties, expected) => {
  // GIVEN a raw grant WHEN it is checked THEN exactly these findings
  expect(findings(properties)).toEqual(expected.map(e => expect.stringMatching(e)));
});

test.each<[string, (stack: Stack) => RedshiftServerlessEndpointAuthorizationProps]>([
  ['to every VPC', () => ({ workgroupName: 'analytics', account: '111122223333' })],
  ['to listed VPCs', () => ({ workgroupName: 'analytics', account: '111122223333', vpcIds: ['vpc-0123456789abcdef0'] })],
  ['to an account from a parameter', stack => ({ workgroupName: 'analytics', account: new CfnParameter(stack, 'Consumer').valueAsString })],
])('what RedshiftServerlessEndpointAuthorization renders %s passes the raw check', (_case, props) => {
  // GIVEN a grant made by the construct
  const stack = new Stack(new App(), 'Grants');
  new RedshiftServerlessEndpointAuthorization(stack, 'Grant', props(stack));
  const grants = Object.values(Template.fromStack(stack).findResources(SERVERLESS_GRANT_RESOURCE_TYPE));
  expect(grants).toHaveLength(1);
  // WHEN its custom resource is checked as a raw resource THEN nothing is found
  expect(findings(grants[0].Properties)).toEqual([]);
});

test('RedshiftServerlessEndpointAuthorization and its raw custom resource refuse the same accounts and VPCs (property)', () => {
  const VPC = fc.constantFrom('vpc-0123456789abcdef0', 'vpc-1a2b3c4d', 'subnet-1a2b3c4d', '');
  fc.assert(fc.property(fc.constantFrom('111122223333', '1111', 'partner'), fc.option(fc.array(VPC, { maxLength: 4 }), { nil: undefined }),
    (account, vpcIds) => {
      // WHEN the construct takes them, and a raw custom resource of the type it writes holds them
      const construct = (tryValidation(() => new RedshiftServerlessEndpointAuthorization(new Stack(new App(), 'Grants'), 'Grant',
        { workgroupName: 'analytics', account, vpcIds }))?.violations ?? [])
        .map(v => v.property.replace(/^account/, 'Account').replace(/^vpcIds/, 'VpcIds'));
      const raw = findingsOf({ resource: 'Grant', type: SERVERLESS_GRANT_RESOURCE_TYPE, properties: { ...GRANT, Account: account, VpcIds: vpcIds } },
        isIntrinsic).map(f => f.property);
      // THEN both refuse the same values, on the same names
      expect(raw.sort()).toEqual(construct.sort());
    }), { numRuns: 60 });
});
