/**
 * The JSON Schema of the ecosystem document, for editors and other tools.
 *
 * @packageDocumentation
 */
import * as z from "zod/mini";
import { ecosystemSchema } from "./schema.js";

/**
 * The JSON Schema (draft 2020-12) of the `EcosystemData` input format.
 *
 * @remarks
 * Generated from the zod schema. Cross-record rules (unique ids, ties to known actors, date order,
 * declared roles) cannot be expressed in JSON Schema; {@link validateEcosystem} checks them.
 * @category Model
 */
export function ecosystemJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ecosystemSchema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  }) as Record<string, unknown>;
}
