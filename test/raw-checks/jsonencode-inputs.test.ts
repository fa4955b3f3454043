import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../lib/raw-checks/cli';

/** Writes `content` as `name` into a new directory; returns the directory. */
function project(name: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'private-access-check-jsonencode-'));
  fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

/** The findings of the checker on `dir`, each as `<line> <property>: <rule>`. */
async function findings(dir: string): Promise<string[]> {
  let out = '';
  await main(['--format', 'json', dir], { out: text => { out += text; }, err: () => undefined });
  return (JSON.parse(out) as { findings: Array<{ line?: number; property: string; rule: string }> }).findings
    .map(f => `${f.line} ${f.property}: ${f.rule}`);
}

/** A Huawei Cloud gateway endpoint in HCL whose `argument` is `value`, written from line 4. */
const hclEndpoint = (argument: string, value: string) => `
resource "huaweicloud_vpcep_endpoint" "gateway" {
  service_id  = "7e2c0ac8-6d6c-4b68-8a3a-0f1bd9b2f3e4"
  vpc_id      = var.vpc_id
  ${argument} = ${value}
}
`;

const STATEMENT = '{ Effect = "Permit", Action = ["obs:object:GetObject"], Resource = ["obs:*:*:object:analytics-bucket/*"] }';

describe('private-access-check on arguments written as jsonencode of a literal', () => {
  test.each([
    ['an Effect the API does not have', 'policy_statement', `jsonencode([${STATEMENT}])`, [/^5 policy_statement\[0\]\.Effect: must be one of "Allow", "Deny"/]],
    ['the same, written on several lines', 'policy_statement', `jsonencode([\n    ${STATEMENT},\n  ])`, [/^5 policy_statement\[0\]\.Effect: must be one of "Allow", "Deny"/]],
    ['no actions', 'policy_statement', 'jsonencode([{ Effect = "Allow", Action = [], Resource = ["obs:*:*:object:b/*"] }])', [/^5 policy_statement\[0\]\.Action: /]],
    ['an Effect the API does not have, beside an interpolation', 'policy_statement',
      'jsonencode([{ Effect = "Permit", Action = local.actions, Resource = ["obs:*:*:object:${var.bucket}/*"] }])', [/^5 policy_statement\[0\]\.Effect: must be one of "Allow", "Deny"/]],
    ['a list for a document', 'policy_document', 'jsonencode([{ Effect = "Allow" }])', [/^5 policy_document: must be a JSON object document/]],
  ])('HCL: %s in %s is found, at the argument\'s line', async (_case, argument, value, expected) => {
    // GIVEN a gateway endpoint whose policy is a jsonencode of a literal the API refuses
    const dir = project('main.tf', hclEndpoint(argument, value));
    // WHEN it is checked
    // THEN the rule that reads the literal JSON reads the jsonencode's too
    expect(await findings(dir)).toEqual(expected.map(e => expect.stringMatching(e)));
  });

  test.each([
    ['an Effect the API does not have', 'policy_statement', `"\${jsonencode([${STATEMENT.replace(/"/g, '\\"')}])}"`, /^\d+ policy_statement\[0\]\.Effect: must be one of "Allow", "Deny"/],
    ['a list for a document', 'policy_document', '"${jsonencode([{ \\"Effect\\" = \\"Allow\\" }])}"', /^\d+ policy_document: must be a JSON object document/],
  ])('Terraform JSON: %s in %s is found', async (_case, argument, value, expected) => {
    // GIVEN a .tf.json gateway endpoint whose policy is a jsonencode of a literal the API refuses, as cdktf writes it
    const dir = project('main.tf.json', `{ "resource": { "huaweicloud_vpcep_endpoint": { "gateway": {
      "service_id": "7e2c0ac8-6d6c-4b68-8a3a-0f1bd9b2f3e4", "vpc_id": "\${var.vpc_id}", "${argument}": ${value} } } } }`);
    // WHEN / THEN
    expect(await findings(dir)).toEqual([expect.stringMatching(expected)]);
  });

  test.each([
    ['a literal statement the API takes', `jsonencode({ Version = "5.0", Statement = [${STATEMENT.replace('Permit', 'Allow')}] })`],
    ['an Effect from a variable', 'jsonencode([{ Effect = var.effect, Action = ["obs:*"], Resource = ["obs:*:*:object:b/*"] }])'],
    ['actions from a local', 'jsonencode([{ Effect = "Allow", Action = local.actions, Resource = ["obs:*:*:object:b/*"] }])'],
    ['a resource with an interpolation', 'jsonencode([{ Effect = "Allow", Action = ["obs:*"], Resource = ["obs:*:*:object:${var.bucket}/*"] }])'],
    ['a for expression', 'jsonencode([for s in var.statements : s])'],
    ['a merge', 'jsonencode(merge(local.base, { Version = "5.0" }))'],
  ])('HCL: %s is no finding', async (_case, value) => {
    // GIVEN a gateway endpoint whose policy statement Terraform computes, wholly or in part
    const argument = value.includes('Version') ? 'policy_document' : 'policy_statement';
    const dir = project('main.tf', hclEndpoint(argument, value));
    // WHEN it is checked
    // THEN what is unknown until apply is never checked as a literal
    expect(await findings(dir)).toEqual([]);
  });
});
