/**
 * Writes the rule table (lib/raw-checks/rule-table.ts) into docs/checks.md between its markers. A unit test fails when the page
 * holds anything else, so the table cannot drift from the rule tables.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULE_TABLE_END, RULE_TABLE_START, rulesMarkdown } from '../lib/raw-checks/rule-table';

const PAGE = path.resolve(__dirname, '..', 'docs', 'checks.md');
const text = fs.readFileSync(PAGE, 'utf-8');
const start = text.indexOf(RULE_TABLE_START);
const end = text.indexOf(RULE_TABLE_END);
if (start < 0 || end < start) {
  process.stderr.write(`rule-table: docs/checks.md has no ${RULE_TABLE_START} ... ${RULE_TABLE_END} section\n`);
  process.exit(1);
}
fs.writeFileSync(PAGE, `${text.slice(0, start)}${RULE_TABLE_START}\n${rulesMarkdown()}\n${text.slice(end)}`);
process.stdout.write('rule-table: docs/checks.md updated\n');
