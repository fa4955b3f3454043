/**
 * One raw resource as a reader of its type sees it: its values as terms, and where each edge comes from.
 */
import { MapBuilder } from './builder';
import { EdgeSource, NodeKind } from './model';
import { InputContext, Term, entries, propertiesOf, term } from './values';
import { InputResource } from '../raw-checks/inputs/input';

export class ResourceReading {
  public readonly properties: Record<string, unknown>;

  constructor(
    public readonly resource: InputResource,
    public readonly context: InputContext,
    public readonly map: MapBuilder,
    /** The construct path, where the input records it. */
    private readonly path?: string,
  ) {
    this.properties = propertiesOf(resource);
  }

  /** Where an edge read from `property` comes from. */
  public source(property: string): EdgeSource {
    const r = this.resource;
    const line = r.lineOf?.(property) ?? r.line;
    return {
      ...(r.file !== undefined ? { file: r.file } : {}),
      ...(line !== undefined ? { line } : {}),
      resource: r.resource,
      property,
      ...(this.path !== undefined ? { path: this.path } : {}),
    };
  }

  /** A value (`value`, or the property's) as a term; undefined when absent. */
  public term(property: string, value: unknown = this.properties[property]): Term | undefined {
    return term(value, this.context, `${this.resource.resource}.${property}`);
  }

  /** The entries of a list property as terms, with their property names. */
  public terms(property: string, value: unknown = this.properties[property]): Array<[Term, string]> {
    return entries(value, property).flatMap(([v, p]) => {
      const t = this.term(p, v);
      return t === undefined ? [] : [[t, p] as [Term, string]];
    });
  }

  /** The node of what the resource itself is, named by its logical ID or address. */
  public self(kind: NodeKind): string {
    const { resource } = this.resource;
    return this.map.what(kind, { text: resource, known: true, resource, ...this.context.scope !== undefined ? { scope: this.context.scope } : {} });
  }

  /** The node of what `property` names, as `kind`; a required property that is absent is named so. */
  public target(kind: NodeKind, property: string): string {
    return this.map.what(kind, this.term(property) ?? { text: `${this.resource.resource}.${property} (not set)`, known: false });
  }
}

/** Reads the access one resource type gives. */
export type AccessReader = (reading: ResourceReading) => void;
