import * as fs from 'fs';
import * as path from 'path';
import { RESOURCE_TYPES } from '../../lib/raw-checks/resource-types';
import { RULE_TABLE_END, RULE_TABLE_START, rulesMarkdown } from '../../lib/raw-checks/rule-table';

const PAGE = fs.readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'checks.md'), 'utf-8');

test('the rule table of docs/checks.md is the one the rule tables generate (npm run rule-table rewrites it)', () => {
  const start = PAGE.indexOf(RULE_TABLE_START);
  const end = PAGE.indexOf(RULE_TABLE_END);
  expect(start).toBeGreaterThan(0);
  expect(PAGE.slice(start + RULE_TABLE_START.length + 1, end).trimEnd()).toBe(rulesMarkdown());
});

test('the table has a row for every attribute of every resource type, each with a rule and a source', () => {
  const table = rulesMarkdown();
  const attributes = Object.values(RESOURCE_TYPES).flatMap(t => t.attributes);
  const together = Object.values(RESOURCE_TYPES).flatMap(t => t.together ?? []);
  expect(table.split('\n')).toHaveLength(2 + attributes.length + together.length);
  for (const attribute of [...attributes, ...together]) {
    expect(attribute.rules.length).toBeGreaterThan(0);
    expect(attribute.source).toMatch(/^https:\/\//);
  }
  expect(table).toContain('| `huaweicloud_vpcep_endpoint` | Terraform | `whitelist` | must list at least one entry');
  // A rule on several arguments names them all, in the provider's names
  expect(table).toContain('| `huaweicloud_vpcep_service` | Terraform | `ip_version`, `snat_network_id` | snat_network_id must be given when ip_version is "ipv6" |');
});

test('the last column says where the provider reads an argument otherwise than the prop or the API, with its source', () => {
  const rows = rulesMarkdown().split('\n');
  const row = (type: string, attribute: string) => rows.find(r => r.startsWith(`| \`${type}\` | Terraform | \`${attribute}\` |`))!;
  expect(rows[0]).toBe('| resource type | written in | attribute | rules | source | as the provider reads it |');
  expect(row('opentelekomcloud_vpcep_service_v1', 'whitelist')).toMatch(/; bare domain IDs, not the API's records: the provider prepends "iam:domain::" to each \(\[github\.com\]\(https:\/\/github\.com\/opentelekomcloud\/terraform-provider-opentelekomcloud\/blob\/[0-9a-f]{40}\/.*resource_opentelekomcloud_vpcep_service_v1\.go\)\)/);
  expect(row('alicloud_privatelink_vpc_endpoint_service', 'service_description')).toMatch(/\| "" is not sent: the provider reads it as unset \(\[github\.com\]\(https:\/\/github\.com\/aliyun\/terraform-provider-alicloud\//);
  // A CloudFormation property reads as the API's parameter: nothing to note
  expect(rows.find(r => r.startsWith('| `AWS::Redshift::EndpointAccess` | CloudFormation | `VpcSecurityGroupIds` |'))).toMatch(/\) \|  \|$/);
});
