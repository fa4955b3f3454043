import { VpcepEndpointProps } from './props';
import { TagPolicy } from '../../core/tags';

/**
 * What sets one cloud's VPC endpoint apart from the other's: its provider, its tag rules and the props its
 * provider has no argument for. The argument names differ too; each cloud's renderer maps them.
 */
export interface VpcepCloud {
  /** The cloud's name, for messages. */
  readonly displayName: string;
  /** The registry source of the cloud's Terraform provider. */
  readonly providerSource: string;
  /** The cloud's tag rules. */
  readonly tagPolicy: TagPolicy;
  /** Props the cloud's provider has no argument for: setting one is an error, never a silent drop. */
  readonly unsupportedProps: readonly (keyof VpcepEndpointProps)[];
  /** Whether the provider merges its `default_tags` into the resource's tags (so they count against the limit). */
  readonly mergesProviderDefaultTags: boolean;
}
