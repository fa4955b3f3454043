import { optional, string, struct } from '../../core/shapes';
import type { PrivateLinkTimeouts } from '../private-link-timeouts';

/** The run-time shape of `PrivateLinkTimeouts`, for the endpoint and the endpoint service. */
export const PRIVATE_LINK_TIMEOUTS = struct<PrivateLinkTimeouts>('PrivateLinkTimeouts', {
  create: optional(string()),
  update: optional(string()),
  delete: optional(string()),
});
