/**
 * What the readers of each input kind return: raw resources, with what a report needs to place a finding.
 */
import { RawResource } from '../check-resource';

/** A raw resource as an input file declares it. */
export interface InputResource extends RawResource {
  /** The construct that wrote it: CloudFormation's `aws:cdk:path` metadata, or cdktf's `//` metadata `path`. */
  readonly constructPath?: string;
  /** The line on which one of its properties (`whitelist[0]`) is written, else the nearest enclosing one's. */
  readonly lineOf?: (property: string) => number | undefined;
}

/**
 * A data source of a Terraform configuration (`data "type" "name"`), as written: its arguments are read where a
 * resource refers to what it computes (the map reads an `aws_iam_policy_document`'s statements).
 */
export interface InputDataSource {
  /** Its address: `data.<type>.<name>`, after its module's address (`module.network.data.<type>.<name>`). */
  readonly address: string;
  readonly type: string;
  /** Its arguments and nested blocks in Terraform JSON's structure, variables with a known value read as for resources. */
  readonly arguments: Readonly<Record<string, unknown>>;
}

/** A file that was found but not checked, and why. */
export interface Skipped {
  readonly file: string;
  readonly reason: string;
}

/** A module a configuration calls but that was not read, and why. */
export interface ModuleNotRead {
  /** Its address, e.g. `module.network`. */
  readonly module: string;
  /** The file its `module` block is in. */
  readonly file: string;
  readonly reason: string;
}
