/**
 * The text of a CloudFormation template, as JSON or as YAML with the short-form intrinsics (`!Ref`, `!Sub`, `!GetAtt`,
 * ...), which become their long forms (`{ "Ref": ... }`, `{ "Fn::Sub": ... }`).
 */
import { CollectionTag, Document, LineCounter, ScalarTag, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { JsonLines, Lines, PathSegment } from './lines';

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

/** A parsed template and where its values are written. */
export interface ParsedTemplate {
  readonly document: unknown;
  readonly lines: Lines;
}

/** Parses a template's text: JSON, or YAML (of which JSON is a subset, but JSON.parse is much faster). */
export function parseTemplate(source: string): ParsedTemplate {
  const trimmed = source.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      return { document: JSON.parse(source), lines: new JsonLines(source) };
    } catch {
      // not JSON after all: YAML flow style
    }
  }
  const lineCounter = new LineCounter();
  const yaml = parseDocument(source, { customTags: CUSTOM_TAGS, uniqueKeys: false, lineCounter });
  if (yaml.errors.length > 0) throw yaml.errors[0];
  return { document: yaml.toJS({ maxAliasCount: 1000 }) as unknown, lines: new YamlLines(yaml, lineCounter) };
}

/** The lines of a YAML document, from the positions its parser keeps. */
class YamlLines implements Lines {
  constructor(private readonly yaml: Document, private readonly lineCounter: LineCounter) {}

  public lineOf(path: readonly PathSegment[]): number | undefined {
    let node: unknown = this.yaml.contents;
    let offset: number | undefined = 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(p => (isScalar(p.key) ? p.key.value : p.key) === segment);
        offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
        node = pair?.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        offset = (node as { range?: [number] } | undefined)?.range?.[0];
      } else {
        return undefined;
      }
      if (offset === undefined) return undefined;
    }
    return this.lineCounter.linePos(offset!).line;
  }
}
