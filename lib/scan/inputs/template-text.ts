/**
 * The text of a CloudFormation template, as JSON or as YAML with the short-form intrinsics (`!Ref`, `!Sub`, `!GetAtt`,
 * ...), which become their long forms (`{ "Ref": ... }`, `{ "Fn::Sub": ... }`).
 */
import { CollectionTag, ScalarTag, parse } from 'yaml';

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
