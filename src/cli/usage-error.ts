import { EcoweaveError } from "../model/errors.js";
import type { Message } from "../text/message.js";

/**
 * A command line the CLI cannot run: unknown command or option, missing argument. Exit code 2. Its
 * `detail` is the message of the `cli` catalogue part, written in the command line's language; its
 * `message` is the English text.
 */
export class UsageError extends EcoweaveError {
  readonly detail: Message;

  constructor(detail: Message) {
    super("usage", detail.text);
    this.name = "UsageError";
    this.detail = detail;
  }
}
