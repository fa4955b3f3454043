import * as fs from 'fs';
import * as path from 'path';
import { RESOURCE_TYPES } from '../../lib/scan/resource-types';
import { RULE_TABLE_END, RULE_TABLE_START, ruleTable } from '../../lib/scan/rule-table';

const README = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf-8');

test('the README\'s rule table is the one the rule tables generate (npm run rule-table rewrites it)', () => {
  const start = README.indexOf(RULE_TABLE_START);
  const end = README.indexOf(RULE_TABLE_END);
  expect(start).toBeGreaterThan(0);
  expect(README.slice(start + RULE_TABLE_START.length + 1, end).trimEnd()).toBe(ruleTable());
});

test('the table has a row for every attribute of every resource type, each with a rule and a source', () => {
  const table = ruleTable();
  const attributes = Object.values(RESOURCE_TYPES).flatMap(t => t.attributes);
  expect(table.split('\n')).toHaveLength(2 + attributes.length);
  for (const attribute of attributes) {
    expect(attribute.rules.length).toBeGreaterThan(0);
    expect(attribute.source).toMatch(/^https:\/\//);
  }
  expect(table).toContain('| `huaweicloud_vpcep_endpoint` | Terraform | `whitelist` | must list at least one entry');
});
