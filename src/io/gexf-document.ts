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
function checkValue(type: string, value: string): { text: string } | { problem: string } {
  if (type === "boolean") {
    if (value === "true" || value === "1") return { text: "true" };
    if (value === "false" || value === "0") return { text: "false" };
    return { problem: `${JSON.stringify(value)} is not a GEXF boolean (true, false, 1 or 0)` };
  }
  if (WHOLE_TYPES.has(type)) {
    const number = WHOLE.test(value) ? Number(value) : Number.NaN;
    return Number.isSafeInteger(number)
      ? { text: value }
      : { problem: `${JSON.stringify(value)} is not a whole number (the column's type is ${type})` };
  }
  if (NUMBER_TYPES.has(type)) {
    return parseNumberCell(value) === undefined
      ? { problem: `${JSON.stringify(value)} is not a finite number (the column's type is ${type})` }
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
        issues.push({ code: "invalid_gexf", path: where, message: "an attribute declaration has no id" });
        continue;
      }
      const title = attributeOf(attribute, "title") || id;
      if (RESERVED_IDS.has(title)) {
        // graphology-gexf would assign the value to that member of a plain object and lose it; the
        // column is still read, so its values are not also reported as undeclared.
        issues.push({
          code: "invalid_attribute_name",
          path: where,
          message: `attribute title "${title}" is the name of a JavaScript object member; choose another title`,
        });
      }
      if (columns.has(id)) {
        issues.push({ code: "invalid_gexf", path: where, message: `attribute id "${id}" is declared twice` });
        continue;
      }
      const earlier = seenTitles.get(title);
      if (earlier !== undefined) {
        issues.push({
          code: "invalid_gexf",
          path: where,
          message: `attribute title "${title}" is also the title of attribute "${earlier}"`,
        });
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
          issues.push({ code: `invalid_${type}`, path: `${where}.default`, message: checked.problem });
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
      issues.push({
        code: "unknown_attribute",
        path: `${place}[${JSON.stringify(key)}]`,
        message: `attribute "${key}" is not declared in <attributes> (${xmlPlace(attvalue)})`,
      });
      continue;
    }
    const checked = checkValue(column.type, attributeOf(attvalue, "value") ?? "");
    if ("problem" in checked) {
      issues.push({
        code: `invalid_${column.type}`,
        path: `${place}.${column.title}`,
        message: `${checked.problem} (${xmlPlace(attvalue)})`,
      });
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
      issues.push({
        code: "missing_id",
        path: `${place}.id`,
        message: `a node has no id (${xmlPlace(element)})`,
      });
    } else if (RESERVED_IDS.has(id)) {
      // graphology keeps a node's neighbours in a plain object, where such a key reaches its prototype.
      issues.push({
        code: "reserved_id",
        path: `${place}.id`,
        message: `node id "${id}" is the name of a JavaScript object member, which graphology cannot store as a key; choose another id (${xmlPlace(element)})`,
      });
    } else if (nodeIds.has(id)) {
      issues.push({
        code: "duplicate_id",
        path: `${place}.id`,
        message: `duplicate node id "${id}", also nodes[${nodeIds.get(id)}] (${xmlPlace(element)})`,
      });
    } else nodeIds.set(id, index);
    checkValues(element, place, node.columns, issues);
  });
  const edgeIds = new Map<string, number>();
  elements(document, "edge").forEach((element, index) => {
    const place = `edges[${index}]`;
    for (const end of ["source", "target"] as const) {
      const id = attributeOf(element, end);
      if (id === null || !nodeIds.has(id)) {
        issues.push({
          code: "unknown_actor",
          path: `${place}.${end}`,
          message: `${id === null ? "is missing" : RESERVED_IDS.has(id) ? `names node "${id}", an id that is refused` : `names node "${id}", which the file does not declare`} (${xmlPlace(element)})`,
        });
      }
    }
    const id = attributeOf(element, "id");
    if (id !== null && id !== "") {
      const earlier = edgeIds.get(id);
      if (earlier !== undefined) {
        issues.push({
          code: "duplicate_id",
          path: `${place}.id`,
          message: `duplicate edge id "${id}", also edges[${earlier}] (${xmlPlace(element)})`,
        });
      } else edgeIds.set(id, index);
    }
    const weight = attributeOf(element, "weight");
    if (weight !== null && weight !== "" && parseNumberCell(weight) === undefined) {
      issues.push({
        code: "invalid_number",
        path: `${place}.weight`,
        message: `${JSON.stringify(weight)} is not a finite number (${xmlPlace(element)})`,
      });
    }
    checkValues(element, place, edge.columns, issues);
  });
  return { issues, titles: { node: node.titles, edge: edge.titles } };
}
