/**
 * The custom resource `RedshiftServerlessEndpointAuthorization` writes (`Custom::RedshiftServerlessEndpointAuthorization`)
 * gets its rules as a raw resource: a template changed by an escape hatch or by hand is checked like the props were,
 * and what the construct renders passes.
 */
import { App, CfnParameter, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { SERVERLESS_GRANT_RESOURCE_TYPE } from '../../../lib/aws/private/redshift-serverless-function';
import { RedshiftServerlessEndpointAuthorization, RedshiftServerlessEndpointAuthorizationProps } from '../../../lib/aws/redshift-serverless-endpoint-authorization';
import { findingsOf } from '../../../lib/raw-checks/check-resource';
import { isIntrinsic } from '../../../lib/raw-checks/inputs/cloudformation';

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
