/**
 * A gateway endpoint's policy statements get the same rules as a construct's `policyStatements` (Huawei Cloud API,
 * CreateEndpoint, PolicyStatement: Effect Allow or Deny, Action and Resource mandatory) when a raw resource gives them
 * as the JSON text of `policy_statement`, which the providers only parse.
 */
import * as fc from 'fast-check';
import { RawResource, findingsOf } from '../../../lib/raw-checks/check-resource';
import { isTerraformExpression } from '../../../lib/raw-checks/inputs/terraform-json';
import { VpcepPolicyEffect, VpcepPolicyStatement } from '../../../lib/vpcep/vpcep-endpoint-types';
import { CLOUDS, ROUTE_TABLE_ID, SERVICE_ID, VPC_ID, endpointArgs, newStack, validationErrorFor } from '../../support/vpcep';

const ALLOW_OBS = { Effect: 'Allow', Action: ['obs:*:*'], Resource: ['obs:*:*:*:*/*'] };

/** The findings on `policy_statement` of a raw gateway endpoint of `type`, as `property: rule`. */
function policyFindings(type: string, policyStatement: unknown): string[] {
  const resource: RawResource = {
    resource: `${type}.gateway`,
    type,
    properties: { service_id: SERVICE_ID, vpc_id: VPC_ID, policy_statement: policyStatement },
  };
  return findingsOf(resource, isTerraformExpression).map(f => `${f.property}: ${f.rule}`);
}

describe.each(CLOUDS)('%s: raw policy_statement', (_name, cloud) => {
  test.each<[string, unknown, RegExp[]]>([
    ['one statement the API takes', JSON.stringify([ALLOW_OBS]), []],
    ['a Deny statement beside an Allow one', JSON.stringify([ALLOW_OBS, { ...ALLOW_OBS, Effect: 'Deny' }]), []],
    ['an expression, unknown until apply', '${jsonencode(local.statements)}', []],
    ['JSON text with an expression in a string: its literals are checked',
      JSON.stringify([{ ...ALLOW_OBS, Effect: 'Permit', Resource: ['obs:*:*:object:${var.bucket}/*'] }]), [/^policy_statement\[0\]\.Effect: must be one of/]],
    ['JSON text with expressions where an Effect, a list and a statement go: those are skipped',
      JSON.stringify([{ Effect: '${var.effect}', Action: '${local.actions}', Resource: ['obs:*:*:object:${var.bucket}/*'] }, '${local.statement}']), []],
    ['an Effect the API does not have', JSON.stringify([{ ...ALLOW_OBS, Effect: 'Permit' }]), [/^policy_statement\[0\]\.Effect: must be one of/]],
    ['an Effect in lower case', JSON.stringify([ALLOW_OBS, { ...ALLOW_OBS, Effect: 'allow' }]), [/^policy_statement\[1\]\.Effect: must be one of/]],
    ['no Effect', JSON.stringify([{ Action: ALLOW_OBS.Action, Resource: ALLOW_OBS.Resource }]), [/^policy_statement\[0\]\.Effect: .*requires Effect/]],
    ['no actions', JSON.stringify([{ ...ALLOW_OBS, Action: [] }]), [/^policy_statement\[0\]\.Action: /]],
    ['no resources', JSON.stringify([{ ...ALLOW_OBS, Resource: [] }]), [/^policy_statement\[0\]\.Resource: /]],
    ['an action that is no string', JSON.stringify([{ ...ALLOW_OBS, Action: [7] }]), [/^policy_statement\[0\]\.Action: must be a list of strings/]],
    ['a Resource given as one string', JSON.stringify([{ ...ALLOW_OBS, Resource: 'obs:*:*:*:*/*' }]), [/^policy_statement\[0\]\.Resource: must be a list of strings/]],
    ['a statement that is no object', JSON.stringify(['Allow']), [/^policy_statement\[0\]: must be a statement object/]],
    ['one statement not in an array', JSON.stringify(ALLOW_OBS), [/^policy_statement: must be a JSON array of statements/]],
    ['text that is not JSON', '[{"Effect": "Allow",}]', [/^policy_statement: must be a JSON array of statements/]],
  ])('%s', (_case, policyStatement, expected) => {
    // GIVEN a raw gateway endpoint with this policy_statement, WHEN checked, THEN exactly these findings
    const findings = policyFindings(cloud.resourceType, policyStatement);
    expect(findings).toEqual(expected.map(e => expect.stringMatching(e)));
  });

  test.each<[string, VpcepPolicyStatement]>([
    ['Allow', { effect: VpcepPolicyEffect.ALLOW, actions: ['obs:*:*'], resources: ['obs:*:*:*:*/*'] }],
    ['Permit', { effect: 'Permit' as VpcepPolicyEffect, actions: ['obs:*:*'], resources: ['obs:*:*:*:*/*'] }],
    ['no actions', { effect: VpcepPolicyEffect.DENY, actions: [], resources: ['obs:*:*:*:*/*'] }],
    ['no resources', { effect: VpcepPolicyEffect.DENY, actions: ['obs:*:*'], resources: [] }],
  ])('the construct and the raw check agree on a statement with %s', (_case, statement) => {
    // WHEN the construct judges the statement as a prop, and the raw check as the construct would render it
    const constructRefuses = validationErrorFor(cloud, { routeTables: [ROUTE_TABLE_ID], policyStatements: [statement] }) !== undefined;
    const rendered = JSON.stringify([{ Effect: statement.effect, Action: statement.actions, Resource: statement.resources }]);
    const rawRefuses = policyFindings(cloud.resourceType, rendered).length > 0;
    // THEN both give the same verdict
    expect(rawRefuses).toBe(constructRefuses);
  });

  test('the construct and the raw check agree on any statements (property)', () => {
    const statement = fc.record({
      effect: fc.constantFrom('Allow', 'Deny', 'Permit', 'allow', '') as fc.Arbitrary<VpcepPolicyEffect>,
      actions: fc.array(fc.constantFrom('obs:*:*', 'obs:object:GetObject'), { maxLength: 2 }),
      resources: fc.array(fc.constantFrom('obs:*:*:*:*/*', 'obs:*:*:bucket:reports/*'), { maxLength: 2 }),
    });
    fc.assert(fc.property(fc.array(statement, { minLength: 1, maxLength: 3 }), statements => {
      // WHEN the construct judges the statements as a prop, and the raw check as the construct would render them
      const constructRefuses = validationErrorFor(cloud, { routeTables: [ROUTE_TABLE_ID], policyStatements: statements }) !== undefined;
      const rendered = JSON.stringify(statements.map(s => ({ Effect: s.effect, Action: s.actions, Resource: s.resources })));
      // THEN both give the same verdict
      expect(policyFindings(cloud.resourceType, rendered).length > 0).toBe(constructRefuses);
    }), { numRuns: 40 });
  });

  test('what the construct renders passes the raw check', () => {
    // GIVEN a gateway endpoint made by the construct
    const stack = newStack(cloud);
    cloud.create(stack, 'Endpoint', {
      serviceId: SERVICE_ID,
      vpcId: VPC_ID,
      routeTables: [ROUTE_TABLE_ID],
      policyStatements: [{ effect: VpcepPolicyEffect.ALLOW, actions: ['obs:*:*'], resources: ['obs:*:*:*:*/*'] }],
    });
    // WHEN its policy_statement is checked as a raw argument THEN nothing is found
    const args = endpointArgs(stack, cloud);
    expect(typeof args.policy_statement).toBe('string');
    expect(policyFindings(cloud.resourceType, args.policy_statement)).toEqual([]);
  });
});
