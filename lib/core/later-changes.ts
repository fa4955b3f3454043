/**
 * What a construct of this library made, as construction left it, to tell at synth whether an escape hatch (a
 * property set on the resource, an override) changed it since: each engine checks a changed resource again.
 */
export interface FieldRecord {
  readonly fields: readonly string[];
  readonly values: readonly unknown[];
  /** The overrides, as JSON text. */
  readonly overrides: string;
}

/** Records `fields` of `resource` (by identity) and its overrides. */
export function recordFields(resource: object, fields: readonly string[], overrides: object): FieldRecord {
  const own = resource as Record<string, unknown>;
  return { fields, values: fields.map(field => own[field]), overrides: JSON.stringify(overrides) };
}

/** Whether a field recorded by `recordFields` holds another value now, or the overrides changed. */
export function changedSince(resource: object, record: FieldRecord, overrides: object): boolean {
  const own = resource as Record<string, unknown>;
  return JSON.stringify(overrides) !== record.overrides || record.fields.some((field, i) => own[field] !== record.values[i]);
}
