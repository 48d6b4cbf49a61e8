/**
 * English messages shared by every area: how a long list ends.
 *
 * @packageDocumentation
 */
export const COMMON_EN = {
  "common.list.more": "{count} more",
} as const;
