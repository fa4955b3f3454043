/**
 * CloudFormation templates read into raw resources (parsed as JSON here, or as YAML by `template-text.ts`, which only
 * the command loads: a CDK app's plugin reads JSON and need not load a YAML parser).
 */
import { declaredResources, hasLoops } from './for-each';
import { InputResource } from './input';
import { Lines, propertyLine } from './lines';
import { foldLiterals } from './literal-intrinsics';

/**
 * Whether a template value is an intrinsic function or a reference (`{ "Ref": ... }`, `{ "Fn::...": ... }`), or a
 * string with a dynamic reference (`{{resolve:ssm:...}}`), which CloudFormation resolves only at deploy time.
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html
 */
export function isIntrinsic(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('{{resolve:');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Condition' || keys[0].startsWith('Fn::'));
}

/** Whether a parsed document is a CloudFormation template: it has a `Resources` map of typed resources or `Fn::ForEach` loops. */
export function isTemplate(document: unknown): boolean {
  const resources = (document as { Resources?: unknown } | null)?.Resources;
  if (typeof resources !== 'object' || resources === null || Array.isArray(resources)) return false;
  return hasLoops(resources as Record<string, unknown>)
    || Object.values(resources).some(r => typeof (r as { Type?: unknown } | null)?.Type === 'string');
}

/**
 * The resources of a template, `Fn::ForEach` loops expanded (`for-each.ts`), each with its construct path (the CDK's
 * `aws:cdk:path` metadata) and, when `source` gives the text's lines, where each property is written. Intrinsic
 * functions that only literals feed are read as their result (`foldLiterals`).
 */
export function templateResources(document: unknown, source?: { readonly lines: Lines; readonly file: string }): InputResource[] {
  type Resource = { Type?: unknown; Properties?: unknown; Metadata?: Record<string, unknown> } | null;
  const resources = (document as { Resources: Record<string, unknown> }).Resources;
  return declaredResources(resources).flatMap(({ logicalId, body, path }) => {
    const resource = body as Resource;
    if (typeof resource?.Type !== 'string') return [];
    const constructPath = resource.Metadata?.['aws:cdk:path'];
    return [{
      resource: logicalId,
      type: resource.Type,
      properties: foldLiterals(resource.Properties ?? {}),
      ...(source ? {
        file: source.file,
        lineOf: (property: string) => propertyLine(source.lines, [...path, 'Properties'], property) ?? source.lines.lineOf(path),
      } : {}),
      ...(typeof constructPath === 'string' ? { constructPath } : {}),
    }];
  });
}
