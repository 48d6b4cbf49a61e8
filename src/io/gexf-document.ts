/**
 * Checks of a parsed GEXF document before graphology-gexf reads it, so that every problem has a
 * place (`nodes[3].active`, with the line and column) and no value is silently coerced: typed
 * values validated like CSV cells, declared attributes named by their title, nodes unique, edge ends
 * declared.
 *
 * @packageDocumentation
 */
import type { ValidationIssue } from "../model/errors.js";
import { RESERVED_IDS } from "../model/schema.js";
import type { Message } from "../text/message.js";
import { issueOf, linePlace, readerIssue, readerMessage } from "./reader-messages.js";
import { parseNumberCell } from "./table.js";
import { type XmlDocument, type XmlElement, xmlPlace } from "./xml-document.js";

/** Per element class, graphology-gexf's key of each declared attribute → the attribute's title. */
export interface GexfTitles {
  readonly node: ReadonlyMap<string, string>;
  readonly edge: ReadonlyMap<string, string>;
}

interface Column {
  readonly title: string;
  readonly type: string;
}

const WHOLE = /^[+-]?\d+$/;
const WHOLE_TYPES = new Set(["byte", "short", "integer", "long"]);
const NUMBER_TYPES = new Set(["float", "double"]);

/**
 * A GEXF value of a scalar type: `true`, `false`, `1`, `0` for booleans (the lexical forms of XML
 * Schema's `xsd:boolean`, which GEXF 1.3 uses; `1` and `0` are rewritten as `true` and `false`),
 * whole numbers for `byte`/`short`/`integer`/`long`, finite decimal numbers for `float`/`double`.
 * Returns the text graphology-gexf should read, or a problem.
 */
/** Where an element starts in the text, as a message. */
function placeOf(element: XmlElement): Message {
  return linePlace(element.lineNumber, element.columnNumber);
}

function checkValue(type: string, value: string): { text: string } | { problem: Message } {
  if (type === "boolean") {
    if (value === "true" || value === "1") return { text: "true" };
    if (value === "false" || value === "0") return { text: "false" };
    return { problem: readerMessage("io.xml.notBoolean", { value: JSON.stringify(value), format: "gexf" }) };
  }
  if (WHOLE_TYPES.has(type)) {
    const number = WHOLE.test(value) ? Number(value) : Number.NaN;
    return Number.isSafeInteger(number)
      ? { text: value }
      : { problem: readerMessage("io.xml.notWhole", { value: JSON.stringify(value), format: "gexf", type }) };
  }
  if (NUMBER_TYPES.has(type)) {
    return parseNumberCell(value) === undefined
      ? { problem: readerMessage("io.xml.notNumber", { value: JSON.stringify(value), format: "gexf", type }) }
      : { text: value };
  }
  return { text: value };
}

/** An XML attribute's value, `null` when absent (xmldom's `getAttribute` gives `""` then). */
function attributeOf(element: XmlElement, name: string): string | null {
  return element.hasAttribute(name) ? element.getAttribute(name) : null;
}

function elements(parent: XmlDocument | XmlElement, name: string): XmlElement[] {
  return Array.from(parent.getElementsByTagName(name));
}

function readModel(
  document: XmlDocument,
  cls: "node" | "edge",
  issues: ValidationIssue[],
): { columns: Map<string, Column>; titles: Map<string, string> } {
  const columns = new Map<string, Column>();
  const titles = new Map<string, string>();
  const seenTitles = new Map<string, string>();
  for (const block of elements(document, "attributes")) {
    if (attributeOf(block, "class") !== cls) continue;
    for (const attribute of elements(block, "attribute")) {
      const where = `attributes[class=${cls}] (${xmlPlace(attribute)})`;
      const id = attributeOf(attribute, "id") ?? attributeOf(attribute, "for");
      if (id === null || id === "") {
        issues.push(readerIssue("invalid_gexf", where, "io.gexf.attributeNoId"));
        continue;
      }
      const title = attributeOf(attribute, "title") || id;
      if (RESERVED_IDS.has(title)) {
        // graphology-gexf would assign the value to that member of a plain object and lose it; the
        // column is still read, so its values are not also reported as undeclared.
        issues.push(readerIssue("invalid_attribute_name", where, "io.gexf.reservedTitle", { title }));
      }
      if (columns.has(id)) {
        issues.push(readerIssue("invalid_gexf", where, "io.gexf.attributeTwice", { id }));
        continue;
      }
      const earlier = seenTitles.get(title);
      if (earlier !== undefined) {
        issues.push(readerIssue("invalid_gexf", where, "io.gexf.titleTwice", { title, earlier }));
        continue;
      }
      seenTitles.set(title, id);
      const type = attributeOf(attribute, "type") || "string";
      columns.set(id, { title, type });
      // graphology-gexf keys a value by the title only when the id is numeric, else by the id.
      titles.set(Number.isNaN(+id) ? id : title, title);
      const fallback = elements(attribute, "default")[0];
      if (fallback !== undefined) {
        const checked = checkValue(type, textOf(fallback));
        if ("problem" in checked) {
          issues.push(issueOf(`invalid_${type}`, `${where}.default`, checked.problem));
        }
      }
    }
  }
  return { columns, titles };
}

function textOf(element: XmlElement): string {
  return (element as unknown as { textContent?: string | null }).textContent ?? "";
}

function checkValues(
  element: XmlElement,
  place: string,
  columns: ReadonlyMap<string, Column>,
  issues: ValidationIssue[],
): void {
  for (const attvalue of elements(element, "attvalue")) {
    const key = attributeOf(attvalue, "for") ?? attributeOf(attvalue, "id") ?? "";
    const column = columns.get(key);
    if (column === undefined) {
      issues.push(
        readerIssue("unknown_attribute", `${place}[${JSON.stringify(key)}]`, "io.gexf.undeclared", {
          key,
          place: placeOf(attvalue),
        }),
      );
      continue;
    }
    const checked = checkValue(column.type, attributeOf(attvalue, "value") ?? "");
    if ("problem" in checked) {
      issues.push(
        readerIssue(`invalid_${column.type}`, `${place}.${column.title}`, "io.atPlace", {
          problem: checked.problem,
          place: placeOf(attvalue),
        }),
      );
    } else attvalue.setAttribute("value", checked.text);
  }
}

/**
 * Checks a GEXF document and rewrites boolean `1`/`0` as `true`/`false` in it. Returns the issues
 * found and the title of each declared attribute by graphology-gexf's key.
 */
export function checkGexfDocument(document: XmlDocument): { issues: ValidationIssue[]; titles: GexfTitles } {
  const issues: ValidationIssue[] = [];
  const node = readModel(document, "node", issues);
  const edge = readModel(document, "edge", issues);
  const nodeIds = new Map<string, number>();
  elements(document, "node").forEach((element, index) => {
    const place = `nodes[${index}]`;
    const id = attributeOf(element, "id");
    if (id === null || id === "") {
      issues.push(readerIssue("missing_id", `${place}.id`, "io.gexf.nodeNoId", { place: placeOf(element) }));
    } else if (RESERVED_IDS.has(id)) {
      // graphology keeps a node's neighbours in a plain object, where such a key reaches its prototype.
      issues.push(
        readerIssue("reserved_id", `${place}.id`, "io.gexf.reservedNode", { id, place: placeOf(element) }),
      );
    } else if (nodeIds.has(id)) {
      issues.push(
        readerIssue("duplicate_id", `${place}.id`, "io.gexf.duplicateNode", {
          id,
          index: nodeIds.get(id)!,
          place: placeOf(element),
        }),
      );
    } else nodeIds.set(id, index);
    checkValues(element, place, node.columns, issues);
  });
  const edgeIds = new Map<string, number>();
  elements(document, "edge").forEach((element, index) => {
    const place = `edges[${index}]`;
    for (const end of ["source", "target"] as const) {
      const id = attributeOf(element, end);
      if (id === null || !nodeIds.has(id)) {
        issues.push(
          readerIssue("unknown_actor", `${place}.${end}`, "io.gexf.edgeEnd", {
            problem: id === null ? "missing" : RESERVED_IDS.has(id) ? "reserved" : "undeclared",
            id: id ?? "",
            place: placeOf(element),
          }),
        );
      }
    }
    const id = attributeOf(element, "id");
    if (id !== null && id !== "") {
      const earlier = edgeIds.get(id);
      if (earlier !== undefined) {
        issues.push(
          readerIssue("duplicate_id", `${place}.id`, "io.gexf.duplicateEdge", {
            id,
            index: earlier,
            place: placeOf(element),
          }),
        );
      } else edgeIds.set(id, index);
    }
    const weight = attributeOf(element, "weight");
    if (weight !== null && weight !== "" && parseNumberCell(weight) === undefined) {
      issues.push(
        readerIssue("invalid_number", `${place}.weight`, "io.atPlace", {
          problem: readerMessage("io.cell.notNumber", { value: JSON.stringify(weight) }),
          place: placeOf(element),
        }),
      );
    }
    checkValues(element, place, edge.columns, issues);
  });
  return { issues, titles: { node: node.titles, edge: edge.titles } };
}
