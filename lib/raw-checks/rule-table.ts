import { RESOURCE_TYPES } from './resource-types';

/** The markers between which docs/checks.md holds the rule table. */
export const RULE_TABLE_START = '<!-- rule-table: generated from lib/raw-checks/resource-types.ts by `npm run rule-table`; do not edit -->';
export const RULE_TABLE_END = '<!-- rule-table: end -->';

const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const link = (source: string) => `[${new URL(source).hostname}](${source})`;

/**
 * The table of which rules apply to which attribute of each resource type (and to several attributes together), with
 * their sources, in Markdown; the last column says where the provider reads an argument otherwise than the construct's prop or the vendor API.
 */
export function rulesMarkdown(): string {
  const rows = Object.entries(RESOURCE_TYPES).flatMap(([type, { engine, note, attributes, together = [] }]) => {
    const start = `| \`${type}\`${note ? ` (${escape(note)})` : ''} | ${engine === 'cloudformation' ? 'CloudFormation' : 'Terraform'} | `;
    return [
      ...attributes.map(a => `${start}\`${a.attribute}\` | ${a.rules.map(escape).join('; ')} | ${link(a.source)} | `
        + `${(a.readings ?? []).map(r => `${escape(r.note)} (${link(r.source)})`).join('; ')} |`),
      // Rules on several attributes: one row each, naming them all.
      ...together.map(t => `${start}${t.attributes.map(a => `\`${a}\``).join(', ')} | ${t.rules.map(escape).join('; ')} | `
        + `${link(t.source)} |  |`),
    ];
  });
  return [
    '| resource type | written in | attribute | rules | source | as the provider reads it |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
