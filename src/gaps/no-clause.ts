/**
 * The absent clause of a gap's sentences.
 *
 * @packageDocumentation
 */
import { type Message, message } from "../text/message.js";

/**
 * The absent clause (`common.nothing`), made once: most gaps leave some clause out, and a path of 10⁵
 * actors has as many gaps. Frozen, as every gap shares it.
 * @internal
 */
export const NO_CLAUSE: Message = Object.freeze(message("common.nothing"));
