/**
 * The checker's three report formats: text for people, JSON for scripts, and SARIF 2.1.0 for code-scanning tools,
 * which show each finding on its line.
 *
 * @see https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
import * as path from 'path';
import { Finding, attributeOf } from './finding';
import { RESOURCE_TYPES } from './resource-types';

export type ReportFormat = 'text' | 'json' | 'sarif';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif'];

/** What was checked, for the summary line. */
export interface Checked {
  readonly files: number;
  readonly resources: number;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function textReport(findings: readonly Finding[], checked: Checked): string {
  const lines = findings.map(f => {
    const where = f.file === undefined ? '' : `${f.file}${f.line === undefined ? '' : `:${f.line}`}: `;
    return `${where}${f.resource} (${f.type}) ${f.property}: ${f.value} ${f.rule}\n    see ${f.source}`;
  });
  const summary = findings.length === 0
    ? `No findings in ${plural(checked.resources, 'resource')} of ${plural(checked.files, 'file')}.`
    : `${plural(findings.length, 'finding')} in ${plural(new Set(findings.map(f => `${f.file}\0${f.resource}`)).size, 'resource')}`
      + ` (${plural(checked.resources, 'resource')} of ${plural(checked.files, 'file')} checked).`;
  return [...lines, summary].join('\n') + '\n';
}

function jsonReport(findings: readonly Finding[]): string {
  const entries = findings.map(f => ({
    file: f.file ?? null,
    resource: f.resource,
    type: f.type,
    property: f.property,
    value: f.value,
    rule: f.rule,
    source: f.source,
    severity: f.severity,
    ...(f.line === undefined ? {} : { line: f.line }),
  }));
  return JSON.stringify({ findings: entries }, undefined, 2) + '\n';
}

/** A file's URI relative to the working directory, with forward slashes, as code-scanning tools expect. */
function artifactUri(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return (relative.startsWith('..') ? path.resolve(file) : relative).split(path.sep).join('/');
}

function sarifReport(findings: readonly Finding[], version: string): string {
  const ruleIds: string[] = [];
  const rules: object[] = [];
  const ruleIndex = (f: Finding): number => {
    const id = `${f.type}.${attributeOf(f.property)}`;
    let index = ruleIds.indexOf(id);
    if (index < 0) {
      index = ruleIds.push(id) - 1;
      const check = RESOURCE_TYPES[f.type]?.attributes.find(a => a.attribute === attributeOf(f.property));
      const description = check ? `${attributeOf(f.property)} ${check.rules.join('; ')}` : f.rule;
      rules.push({
        id,
        name: id.replace(/[^A-Za-z0-9]+/g, '-'),
        shortDescription: { text: `${f.type} ${attributeOf(f.property)}` },
        fullDescription: { text: description },
        helpUri: f.source,
        defaultConfiguration: { level: 'error' },
      });
    }
    return index;
  };
  const results = findings.map(f => {
    const index = ruleIndex(f);
    return {
      ruleId: ruleIds[index],
      ruleIndex: index,
      level: f.severity,
      message: { text: `${f.resource} ${f.property}: ${f.value} ${f.rule} (see ${f.source})` },
      locations: [{
        ...(f.file === undefined ? {} : {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(f.file) },
            ...(f.line === undefined ? {} : { region: { startLine: f.line } }),
          },
        }),
        logicalLocations: [{ fullyQualifiedName: `${f.resource}.${f.property}`, kind: 'member' }],
      }],
    };
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'private-access-check', semanticVersion: version, rules } },
      results,
    }],
  };
  return JSON.stringify(sarif, undefined, 2) + '\n';
}

/** The findings as the format asks; `version` is the checker's, for SARIF's tool entry. */
export function formatReport(format: ReportFormat, findings: readonly Finding[], checked: Checked, version: string): string {
  switch (format) {
    case 'json': return jsonReport(findings);
    case 'sarif': return sarifReport(findings, version);
    default: return textReport(findings, checked);
  }
}
