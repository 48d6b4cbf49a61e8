/**
 * How a structural gap's id is spelled, shared by the gap finders and by the answers that point to a
 * gap (a bridge actor names the gap of its single point of failure) without importing the gaps layer.
 *
 * @packageDocumentation
 */

/**
 * The id of a gap: its kind and the parts that place it, each percent-encoded and joined by `:`, so an
 * actor id holding a `:` cannot make two gaps share an id.
 */
export function joinGapId(kind: string, parts: readonly string[]): string {
  return [kind, ...parts.map(encodeURIComponent)].join(":");
}
