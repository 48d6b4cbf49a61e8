// Model
export {
  EcosystemValidationError,
  EcoweaveError,
  formatIssues,
  InvalidOptionError,
  NotApplicableError,
  type ValidationIssue,
} from "./model/errors.js";
export {
  type ActorAttributes,
  buildEcosystem,
  createEcosystem,
  type Ecosystem,
  type EcosystemAttributes,
  ecosystemRoles,
  type TieAttributes,
  toEcosystemData,
} from "./model/ecosystem.js";
export { ecosystemJsonSchema } from "./model/json-schema.js";
export { BUILT_IN_ROLES, BUILT_IN_TIE_KINDS, DIRECTED_TIE_KINDS, isTieDirected, resolveRoles } from "./model/roles.js";
export {
  type Actor,
  type AttributeValue,
  actorSchema,
  type EcosystemData,
  ecosystemSchema,
  type Role,
  roleSchema,
  type Tie,
  tieSchema,
} from "./model/schema.js";
export { type ValidationResult, validateEcosystem } from "./model/validate.js";
export { createView, type EcosystemView, VIEW_DEFAULTS, type ViewOptions } from "./model/view.js";
export { getView } from "./model/view-cache.js";
