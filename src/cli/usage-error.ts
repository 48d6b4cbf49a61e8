import { EcoweaveError } from "../model/errors.js";

/** A command line the CLI cannot run: unknown command or option, missing argument. Exit code 2. */
export class UsageError extends EcoweaveError {
  constructor(message: string) {
    super("usage", message);
    this.name = "UsageError";
  }
}
