/**
 * CloudFormation templates read into raw resources (parsed as JSON here, or as YAML by `template-text.ts`, which only
 * the command loads: a CDK app's plugin reads JSON and need not load a YAML parser).
 */
import { KeyLines } from './lines';
import { RawResource } from '../scan';

/** Whether a template value is an intrinsic function or a reference (`{ "Ref": ... }`, `{ "Fn::...": ... }`). */
export function isIntrinsic(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Condition' || keys[0].startsWith('Fn::'));
}

/** Whether a parsed document is a CloudFormation template: it has a `Resources` map of typed resources. */
export function isTemplate(document: unknown): boolean {
  const resources = (document as { Resources?: unknown } | null)?.Resources;
  return typeof resources === 'object' && resources !== null && !Array.isArray(resources)
    && Object.values(resources).some(r => typeof (r as { Type?: unknown } | null)?.Type === 'string');
}

/** The resources of a template, each with the line its logical id is on. */
export function templateResources(document: unknown, source?: { readonly text: string; readonly file: string }): RawResource[] {
  const resources = (document as { Resources: Record<string, { Type?: unknown; Properties?: unknown }> }).Resources;
  // Lines only for reports that point at them: indexing a large template's text is not free.
  const lines = source && new KeyLines(source.text);
  const from = lines?.lineOf('Resources') ?? 1;
  return Object.entries(resources).flatMap(([logicalId, resource]) => {
    if (typeof resource?.Type !== 'string') return [];
    return [{
      resource: logicalId, type: resource.Type, properties: resource.Properties ?? {}, file: source?.file, line: lines?.lineOf(logicalId, from),
    }];
  });
}

