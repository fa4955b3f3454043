/**
 * CloudFormation templates, as JSON (cdk.out's `*.template.json`) or YAML with the short-form intrinsics (`!Ref`,
 * `!Sub`, `!GetAtt`, ...), read into raw resources.
 */
import { CollectionTag, ScalarTag, parse } from 'yaml';
import { KeyLines } from './lines';
import { RawResource } from '../scan';

/** The intrinsic functions that have a short form in YAML: `!Name` for `Fn::Name`, besides `!Ref` and `!Condition`. */
const SHORT_FORMS = ['Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub',
  'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'ToJsonString', 'Length', 'ForEach'];

/** `!Name value` as the long form `{ "Fn::Name": value }`, for each kind of YAML node the value may be. */
function shortFormTags(tag: string, key: string): Array<ScalarTag | CollectionTag> {
  const wrap = (value: unknown) => ({ [key]: value });
  const collection = (kind: 'seq' | 'map'): CollectionTag => ({
    tag: `!${tag}`, collection: kind, resolve: node => wrap(node.toJSON()),
  });
  return [
    { tag: `!${tag}`, resolve: (value: string) => wrap(key === 'Fn::GetAtt' ? value.split('.') : value) },
    collection('seq'),
    collection('map'),
  ];
}

const CUSTOM_TAGS = [
  ...shortFormTags('Ref', 'Ref'),
  ...shortFormTags('Condition', 'Condition'),
  ...SHORT_FORMS.flatMap(name => shortFormTags(name, `Fn::${name}`)),
];

/** Whether a template value is an intrinsic function or a reference (`{ "Ref": ... }`, `{ "Fn::...": ... }`). */
export function isIntrinsic(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Condition' || keys[0].startsWith('Fn::'));
}

/** Parses a template's text: JSON, or YAML (of which JSON is a subset, but JSON.parse is much faster). */
export function parseTemplate(text: string): unknown {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      return JSON.parse(text);
    } catch {
      // not JSON after all: YAML flow style
    }
  }
  return parse(text, { customTags: CUSTOM_TAGS, uniqueKeys: false, maxAliasCount: 1000 }) as unknown;
}

/** Whether a parsed document is a CloudFormation template: it has a `Resources` map of typed resources. */
export function isTemplate(document: unknown): boolean {
  const resources = (document as { Resources?: unknown } | null)?.Resources;
  return typeof resources === 'object' && resources !== null && !Array.isArray(resources)
    && Object.values(resources).some(r => typeof (r as { Type?: unknown } | null)?.Type === 'string');
}

/** The resources of a template, each with the line its logical id is on. */
export function templateResources(document: unknown, text: string, file?: string): RawResource[] {
  const resources = (document as { Resources: Record<string, { Type?: unknown; Properties?: unknown }> }).Resources;
  const lines = new KeyLines(text);
  const from = lines.lineOf('Resources') ?? 1;
  return Object.entries(resources).flatMap(([logicalId, resource]) => {
    if (typeof resource?.Type !== 'string') return [];
    return [{ resource: logicalId, type: resource.Type, properties: resource.Properties ?? {}, file, line: lines.lineOf(logicalId, from) }];
  });
}

