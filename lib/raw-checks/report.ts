/**
 * The checker's three report formats: text for people, JSON for scripts, and SARIF 2.1.0 for code-scanning tools,
 * which show each finding on its line.
 *
 * @see https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
import * as path from 'path';
import { Finding, attributeOf } from './finding';
import type { ModuleNotRead, Skipped } from './inputs/input';
import { RESOURCE_TYPES } from './resource-types';

export type ReportFormat = 'text' | 'json' | 'sarif';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif'];

/** What was checked, and what was found but not. */
export interface Checked {
  /** The files read. */
  readonly files: number;
  /** The resources of the types the checks know: each was checked. */
  readonly resources: number;
  /** The resources of other types, read but not checked. */
  readonly otherResources: number;
  readonly skipped: readonly Skipped[];
  readonly modulesNotRead: readonly ModuleNotRead[];
}

/** The checker, as SARIF's tool entry names it. */
export interface Tool {
  readonly version: string;
  /** The page that tells about the checker. */
  readonly informationUri?: string;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** What was found but not checked, one line each. */
function notChecked(checked: Checked): string[] {
  return [
    ...checked.skipped.map(s => `skipped ${s.file}: ${s.reason}`),
    ...checked.modulesNotRead.map(m => `not read ${m.module} (${m.file}): ${m.reason}`),
  ];
}

function textReport(findings: readonly Finding[], checked: Checked): string {
  const lines = findings.map(f => {
    const where = f.file === undefined ? '' : `${f.file}${f.line === undefined ? '' : `:${f.line}`}: `;
    const construct = f.constructPath === undefined ? '' : ` [${f.constructPath}]`;
    return `${where}${f.resource} (${f.type})${construct} ${f.property}: ${f.value} ${f.rule}\n    see ${f.source}`;
  });
  const of = `${plural(checked.resources, 'resource')} of ${plural(checked.files, 'file')}`;
  const unchecked = [
    ...(checked.otherResources > 0 ? [`${plural(checked.otherResources, 'resource')} of other types not checked`] : []),
    ...(checked.skipped.length > 0 ? [`${plural(checked.skipped.length, 'file')} skipped`] : []),
    ...(checked.modulesNotRead.length > 0 ? [`${plural(checked.modulesNotRead.length, 'module')} not read`] : []),
  ];
  const summary = findings.length === 0
    ? `No findings in ${of}${unchecked.length > 0 ? ` (${unchecked.join(', ')})` : ''}.`
    : `${plural(findings.length, 'finding')} in ${plural(new Set(findings.map(f => `${f.file}\0${f.resource}`)).size, 'resource')}`
      + ` (${of} checked${unchecked.length > 0 ? `; ${unchecked.join(', ')}` : ''}).`;
  return [...lines, ...notChecked(checked), summary].join('\n') + '\n';
}

function jsonReport(findings: readonly Finding[], checked: Checked): string {
  const entries = findings.map(f => ({
    file: f.file ?? null,
    resource: f.resource,
    ...(f.constructPath === undefined ? {} : { constructPath: f.constructPath }),
    type: f.type,
    property: f.property,
    value: f.value,
    rule: f.rule,
    source: f.source,
    severity: f.severity,
    ...(f.line === undefined ? {} : { line: f.line }),
  }));
  const { files, resources, otherResources, skipped, modulesNotRead } = checked;
  return JSON.stringify({ findings: entries, checked: { files, resources, otherResources }, skipped, modulesNotRead }, undefined, 2) + '\n';
}

/** A file's URI relative to the working directory, with forward slashes, as code-scanning tools expect. */
function artifactUri(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return (relative.startsWith('..') ? path.resolve(file) : relative).split(path.sep).join('/');
}

function sarifReport(findings: readonly Finding[], checked: Checked, tool: Tool): string {
  const ruleIds: string[] = [];
  const rules: object[] = [];
  const ruleIndex = (f: Finding): number => {
    const checks = RESOURCE_TYPES[f.type]?.attributes.filter(a => a.attribute === attributeOf(f.property)) ?? [];
    const check = checks.find(a => a.source === f.source) ?? checks[0];
    // An attribute that several checks read (an AwsCustomResource's `Create`, by the call it makes): a rule for each,
    // named by its source page (`Custom::AWS.Create.API_CreateEndpointAccess`).
    const page = checks.length > 1 ? `.${path.posix.basename(new URL(f.source).pathname, '.html')}` : '';
    const id = `${f.type}.${attributeOf(f.property)}${page}`;
    let index = ruleIds.indexOf(id);
    if (index < 0) {
      index = ruleIds.push(id) - 1;
      const description = check ? `${attributeOf(f.property)} ${check.rules.join('; ')}` : f.rule;
      rules.push({
        id,
        name: id.replace(/[^A-Za-z0-9]+/g, '-'),
        shortDescription: { text: `${f.type} ${attributeOf(f.property)}` },
        fullDescription: { text: description },
        help: { text: `${description}. Source: ${f.source}`, markdown: `${description}.\n\nSource: <${f.source}>` },
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
        logicalLocations: [
          { fullyQualifiedName: `${f.resource}.${f.property}`, kind: 'member' },
          ...(f.constructPath === undefined ? [] : [{ fullyQualifiedName: f.constructPath, kind: 'resource' }]),
        ],
      }],
    };
  });
  // What was found but not checked, for the run's log: never a result, as no rule was applied to it.
  const notifications = [
    ...checked.skipped.map(s => ({ file: s.file, text: `skipped: ${s.reason}` })),
    ...checked.modulesNotRead.map(m => ({ file: m.file, text: `${m.module} not read: ${m.reason}` })),
  ].map(({ file, text }) => ({
    level: 'warning',
    message: { text },
    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(file) } } }],
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'private-access-check',
          version: tool.version,
          semanticVersion: tool.version,
          ...(tool.informationUri === undefined ? {} : { informationUri: tool.informationUri }),
          rules,
        },
      },
      invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
      results,
    }],
  };
  return JSON.stringify(sarif, undefined, 2) + '\n';
}

/** The findings as the format asks, with what was not checked; `tool` is the checker, for SARIF's tool entry. */
export function formatReport(format: ReportFormat, findings: readonly Finding[], checked: Checked, tool: Tool): string {
  switch (format) {
    case 'json': return jsonReport(findings, checked);
    case 'sarif': return sarifReport(findings, checked, tool);
    default: return textReport(findings, checked);
  }
}
