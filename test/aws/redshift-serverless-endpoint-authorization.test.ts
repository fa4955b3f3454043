/**
 * `RedshiftServerlessEndpointAuthorization`: the custom resource it renders, its IAM, and its rules at their boundaries.
 */
import { CfnParameter, Stack, aws_redshiftserverless as redshiftserverless } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as fc from 'fast-check';
import { RedshiftServerlessEndpointAuthorization, RedshiftServerlessEndpointAuthorizationProps } from '../../lib/aws';
import { SERVERLESS_GRANT_RESOURCE_TYPE } from '../../lib/aws/private/redshift-serverless-function';
import { synthValidated, validatedStack } from '../support/aws';
import { namedProperties, tryValidation } from '../support/validation';

const ENV = { account: '111122223333', region: 'eu-west-1' };

const grant = (stack: Stack, props: Partial<RedshiftServerlessEndpointAuthorizationProps> = {}, id = 'Grant') =>
  new RedshiftServerlessEndpointAuthorization(stack, id, { workgroupName: 'analytics', account: '222233334444', ...props });

describe('RedshiftServerlessEndpointAuthorization', () => {
  test('renders the grant; the role may read the account\'s workgroups and change resource policies, which IAM knows only as "*"', () => {
    // GIVEN
    const stack = validatedStack('Stack', ENV);
    const workgroup = new redshiftserverless.CfnWorkgroup(stack, 'Workgroup', { workgroupName: 'analytics' });
    // WHEN
    const g = grant(stack, { workgroupName: undefined, workgroup, vpcIds: ['vpc-0123456789abcdef0'] });
    // THEN
    const template = Template.fromStack(stack);
    template.hasResourceProperties(SERVERLESS_GRANT_RESOURCE_TYPE, {
      WorkgroupName: { Ref: stack.getLogicalId(workgroup) }, Account: '222233334444', VpcIds: ['vpc-0123456789abcdef0'],
    });
    expect(stack.resolve(g.workgroupName)).toEqual({ Ref: stack.getLogicalId(workgroup) });
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(p => p.Properties.PolicyDocument.Statement);
    expect(statements.map(s => stack.resolve(s))).toEqual([
      // The Service Authorization Reference lists no resource type for the policy actions: only "*" allows them.
      expect.objectContaining({
        Action: ['redshift-serverless:GetResourcePolicy', 'redshift-serverless:PutResourcePolicy', 'redshift-serverless:DeleteResourcePolicy'],
        Resource: '*',
      }),
      expect.objectContaining({
        Action: 'redshift-serverless:GetWorkgroup',
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':redshift-serverless:eu-west-1:111122223333:workgroup/*']] },
      }),
    ]);
    synthValidated(stack);
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ['a 12-digit account', {}, []],
    ['an account of 13 digits', { account: '2222333344445' }, ['account']],
    ['an account alias', { account: 'partner' }, ['account']],
    ['no VPCs listed', { vpcIds: [] }, ['vpcIds']],
    ['a VPC ID', { vpcIds: ['vpc-1'] }, []],
    ['a subnet ID for a VPC', { vpcIds: ['subnet-1'] }, ['vpcIds[0]']],
    ['a VPC twice', { vpcIds: ['vpc-1', 'vpc-1'] }, ['vpcIds[1]']],
    ['a workgroup name of 2 characters', { workgroupName: 'ab' }, ['workgroupName']],
    ['no workgroup', { workgroupName: undefined }, ['workgroupName']],
    ['a misspelt prop, with a bad account', { acount: 'x', account: 'partner' }, ['acount', 'account']],
  ])('%s → violations %j', (_case, overrides, expected) => {
    expect(namedProperties(tryValidation(() => grant(validatedStack('Stack', ENV), overrides as any)))).toEqual(expected);
  });

  test('an account is accepted exactly when it is 12 digits (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.stringMatching(/^\d{12}$/), fc.string({ maxLength: 14 })), account => {
      const error = tryValidation(() => grant(validatedStack('Stack', ENV), { account }));
      expect(error === undefined).toBe(/^\d{12}$/.test(account));
    }), { numRuns: 80 });
  });

  test('tokens pass unchecked and are rendered as given', () => {
    // GIVEN
    const stack = validatedStack('Stack', ENV);
    const vpcIds = new CfnParameter(stack, 'Vpcs', { type: 'List<AWS::EC2::VPC::Id>' }).valueAsList;
    // WHEN
    grant(stack, { workgroupName: new CfnParameter(stack, 'Workgroup').valueAsString, account: new CfnParameter(stack, 'Account').valueAsString, vpcIds });
    // THEN
    Template.fromStack(stack).hasResourceProperties(SERVERLESS_GRANT_RESOURCE_TYPE, {
      WorkgroupName: { Ref: 'Workgroup' }, Account: { Ref: 'Account' }, VpcIds: { Ref: 'Vpcs' },
    });
    expect(() => synthValidated(stack)).not.toThrow();
  });
});
