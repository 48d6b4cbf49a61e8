/**
 * XML parsing for the XML readers: @xmldom/xmldom with every complaint collected as an issue at its
 * line and column, instead of xmldom's own warnings on the console.
 *
 * @packageDocumentation
 */
import { DOMParser } from "@xmldom/xmldom";
import { EcosystemValidationError, type ValidationIssue } from "../model/errors.js";
import { readerIssue, sourceName } from "./reader-messages.js";

/** The little of a DOM element the readers use; xmldom sets `lineNumber` and `columnNumber`. */
export interface XmlElement {
  readonly tagName: string;
  readonly lineNumber?: number;
  readonly columnNumber?: number;
  /** The element's text, its descendants' included. */
  readonly textContent: string | null;
  /** The enclosing element (or the document). */
  readonly parentNode: unknown;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

/** A parsed XML document, as the readers see it. */
export interface XmlDocument {
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

/** `line 12, column 5`: where an element starts in the text (1-based), for messages. */
export function xmlPlace(element: XmlElement): string {
  return `line ${element.lineNumber ?? "?"}, column ${element.columnNumber ?? "?"}`;
}

const XMLDOM_MESSAGE = /^\[xmldom (\w+)\]\t([\s\S]*?)(?:\n@[^#]*#\[line:(\d+),col:(\d+)\])?$/;

function issueOf(raw: string, format: XmlFormat): ValidationIssue {
  const match = XMLDOM_MESSAGE.exec(raw);
  const text = (match?.[2] ?? raw).trim().replace(/\s+/g, " ").replace(/\.$/, "");
  const line = match?.[3];
  return readerIssue(
    `invalid_${format}`,
    line === undefined ? "" : `line ${line}, column ${match?.[4]}`,
    "io.xml.notWellFormed",
    { text: `${text.charAt(0).toLowerCase()}${text.slice(1)}` },
  );
}

/** The XML formats the readers parse. */
export type XmlFormat = "gexf" | "graphml";

/**
 * Parses XML text, throwing {@link EcosystemValidationError} (named by `format`) with each of the parser's
 * warnings and errors at its line and column; nothing is written to the console. Entities other than
 * XML's five are not expanded and no external resource is fetched (xmldom has no DTD processing).
 */
export function parseXml(text: string, format: XmlFormat): XmlDocument {
  const issues: ValidationIssue[] = [];
  const parser = new DOMParser({
    locator: {},
    errorHandler: (_level: string, message: string) => {
      if (issues.length < 100) issues.push(issueOf(String(message), format));
    },
  });
  let document: XmlDocument | undefined;
  try {
    document = parser.parseFromString(text, "application/xml") as unknown as XmlDocument;
  } catch (error) {
    issues.push(issueOf(error instanceof Error ? error.message : String(error), format));
  }
  if (issues.length > 0 || document === undefined)
    throw new EcosystemValidationError(issues, sourceName(format));
  return document;
}
