/**
 * How Kumu element fields carry attributes whose names Kumu keeps for itself.
 *
 * @packageDocumentation
 */
import type { AttributeValue } from "../model/schema.js";

/**
 * The prefix of an element field (or sheet column) holding an attribute whose own name Kumu reserves
 * (`id`, `_id`, `label`, `type`, in any letter case) or that itself starts with the prefix:
 * `attribute:type` holds the attribute `type`. Readers remove it; writers add it.
 */
const ESCAPED_FIELD = "attribute:";

function fieldNameOfAttribute(name: string, reserved: ReadonlySet<string>): string {
  const lower = name.toLowerCase();
  return reserved.has(lower) || lower.startsWith(ESCAPED_FIELD) ? ESCAPED_FIELD + name : name;
}

/** The attribute an element field or sheet column holds: `attribute:type` → `type`, others as named. */
export function attributeNameOfField(field: string): string {
  return field.toLowerCase().startsWith(ESCAPED_FIELD) ? field.slice(ESCAPED_FIELD.length) : field;
}

/** Copies the attributes into `into` as element fields, reserved names escaped (own properties only, `__proto__` included). */
export function escapedFields(
  attributes: Readonly<Record<string, AttributeValue>> | undefined,
  reserved: ReadonlySet<string>,
  into: Record<string, unknown>,
): void {
  for (const [key, value] of Object.entries(attributes ?? {})) {
    Object.defineProperty(into, fieldNameOfAttribute(key, reserved), {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}
