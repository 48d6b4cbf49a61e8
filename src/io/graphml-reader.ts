/**
 * GraphML input, read on the shared XML parser (graphology-graphml is only a development
 * dependency, so the library carries its own small reader).
 *
 * @packageDocumentation
 */

import { checkText } from "../model/check-inputs.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { EcosystemValidationError, type ValidationIssue } from "../model/errors.js";
import { DIRECTED_TIE_KINDS } from "../model/roles.js";
import { type EcosystemData, RESERVED_IDS } from "../model/schema.js";
import type { Message } from "../text/message.js";
import { buildChecked, isPlainObject, splitDocumentPath } from "./issues.js";
import { issueOf, readerIssue, readerMessage, sourceName } from "./reader-messages.js";
import { parseNumberCell } from "./table.js";
import { unflattenActor } from "./xml-columns.js";
import { parseXml, type XmlElement, xmlPlace } from "./xml-document.js";

interface GraphmlKey {
  readonly name: string;
  readonly type: string;
  readonly fallback: string | null;
}

const EDGE_FIELDS = new Set(["kind", "weight", "directed", "amount", "since", "until", "undirected"]);
const WHOLE_TYPES = new Set(["int", "long"]);
const NUMBER_TYPES = new Set(["float", "double"]);

/** A GraphML value of `type` as the value it stands for, or a problem. */
function typedValue(type: string, text: string): { value: string | number | boolean } | { problem: Message } {
  if (type === "boolean") {
    const lower = text.trim().toLowerCase();
    if (lower === "true" || lower === "1") return { value: true };
    if (lower === "false" || lower === "0") return { value: false };
    return {
      problem: readerMessage("io.xml.notBoolean", { value: JSON.stringify(text), format: "graphml" }),
    };
  }
  if (WHOLE_TYPES.has(type)) {
    const number = /^\s*[+-]?\d+\s*$/.test(text) ? Number(text) : Number.NaN;
    return Number.isSafeInteger(number)
      ? { value: number }
      : {
          problem: readerMessage("io.xml.notWhole", { value: JSON.stringify(text), format: "graphml", type }),
        };
  }
  if (NUMBER_TYPES.has(type)) {
    const number = parseNumberCell(text.trim());
    return number === undefined
      ? {
          problem: readerMessage("io.xml.notNumber", {
            value: JSON.stringify(text),
            format: "graphml",
            type,
          }),
        }
      : { value: number };
  }
  return { value: text };
}

function elements(parent: { getElementsByTagName(name: string): ArrayLike<XmlElement> }, name: string) {
  return Array.from(parent.getElementsByTagName(name));
}

/** The declared keys per domain (`node`, `edge`, `graph`; `all` counts for each), by key id. */
function readKeys(root: XmlElement, issues: ValidationIssue[]): Map<string, Map<string, GraphmlKey>> {
  const domains = new Map<string, Map<string, GraphmlKey>>([
    ["node", new Map()],
    ["edge", new Map()],
    ["graph", new Map()],
  ]);
  for (const key of elements(root, "key")) {
    const id = key.getAttribute("id") ?? "";
    const name = key.hasAttribute("attr.name") ? (key.getAttribute("attr.name") ?? "") : id;
    if (id === "") {
      issues.push(readerIssue("invalid_graphml", `key (${xmlPlace(key)})`, "io.graphml.keyNoId"));
      continue;
    }
    if (RESERVED_IDS.has(name)) {
      issues.push(
        readerIssue(
          "invalid_graphml",
          `key ${JSON.stringify(id)} (${xmlPlace(key)})`,
          "io.graphml.reservedName",
          {
            name: JSON.stringify(name),
          },
        ),
      );
      continue;
    }
    const fallbackElement = elements(key, "default")[0];
    const declared: GraphmlKey = {
      name,
      type: key.hasAttribute("attr.type") ? (key.getAttribute("attr.type") ?? "string") : "string",
      fallback: fallbackElement === undefined ? null : (fallbackElement.textContent ?? ""),
    };
    const domain = key.getAttribute("for") || "all";
    for (const [each, keys] of domains) if (domain === "all" || domain === each) keys.set(id, declared);
  }
  return domains;
}

/** An element's `<data>` values by key name, defaults filled in, each typed by its key. */
function readData(
  element: XmlElement,
  keys: ReadonlyMap<string, GraphmlKey>,
  place: string,
  issues: ValidationIssue[],
): Record<string, unknown> {
  const texts = new Map<string, string>();
  for (const [id, key] of keys) if (key.fallback !== null) texts.set(id, key.fallback);
  for (const data of elements(element, "data")) {
    const id = data.getAttribute("key") ?? "";
    if (!keys.has(id)) {
      issues.push(
        readerIssue("invalid_graphml", `${place} (${xmlPlace(data)})`, "io.graphml.undeclaredData", {
          key: JSON.stringify(id),
        }),
      );
      continue;
    }
    texts.set(id, data.textContent ?? "");
  }
  const values: Record<string, unknown> = Object.create(null);
  for (const [id, text] of texts) {
    const key = keys.get(id)!;
    const typed = typedValue(key.type, text);
    if ("problem" in typed) {
      issues.push(issueOf("invalid_value", `${place}.${key.name}`, typed.problem));
    } else values[key.name] = typed.value;
  }
  return values;
}

/** The graph-level fields from the `@ecoweave` data that {@link toGraphml} writes. */
function readMeta(values: Record<string, unknown>, data: EcosystemData, issues: ValidationIssue[]): void {
  const text = values["@ecoweave"];
  if (typeof text !== "string") return;
  let meta: unknown;
  try {
    meta = JSON.parse(text);
  } catch {
    issues.push(readerIssue("invalid_json", "graph.@ecoweave", "io.json.invalid"));
  }
  if (!isPlainObject(meta)) return;
  if (meta.name !== undefined) data.name = meta.name as string;
  if (meta.description !== undefined) data.description = meta.description as string;
  if (meta.roles !== undefined) data.roles = meta.roles as EcosystemData["roles"];
}

/** A tie from an edge, its direction from the `undirected` column, the `directed` attribute or the default. */
function readTie(
  edge: XmlElement,
  values: Record<string, unknown>,
  directedByDefault: boolean,
  index: number,
  issues: ValidationIssue[],
): Record<string, unknown> {
  const tie: Record<string, unknown> = {
    source: edge.getAttribute("source"),
    target: edge.getAttribute("target"),
  };
  for (const [name, value] of Object.entries(values)) {
    if (!EDGE_FIELDS.has(name)) {
      issues.push(
        readerIssue("unknown_field", `edges[${index}].${name}`, "io.xml.unknownEdgeAttribute", { key: name }),
      );
    } else if (name !== "undirected") tie[name] = value;
  }
  const attribute = edge.getAttribute("directed");
  let directed = edge.hasAttribute("directed") ? attribute === "true" : directedByDefault;
  if (values.undirected === true) directed = false;
  if (tie.directed !== undefined) {
    if (tie.directed !== directed) {
      issues.push(
        readerIssue("conflicting_direction", `edges[${index}].directed`, "io.xml.conflictingDirection", {
          value: String(tie.directed),
          format: "graphml",
          directed: directed ? "yes" : "no",
        }),
      );
    }
  } else if (directed !== (typeof tie.kind === "string" && DIRECTED_TIE_KINDS.has(tie.kind))) {
    tie.directed = directed;
  }
  return tie;
}

/**
 * Reads an ecosystem from GraphML text: ecoweave's own output ({@link toGraphml}), or a file from
 * NetworkX, igraph, yEd or Cytoscape whose nodes carry a `role` and whose edges carry a `kind`.
 *
 * @remarks
 * Parsed by @xmldom/xmldom (each complaint an issue at `line L, column C`). Keys are named by their
 * `attr.name` (their id when it has none) and typed by `attr.type`: `boolean` takes `true`, `false`,
 * `1`, `0` (any letter case, as NetworkX writes `True`); `int`/`long` whole numbers; `float`/`double`
 * finite numbers; anything else is text. A key's `<default>` applies to every element without the
 * value. A node is an actor: its id, its `label`, its `role` and every other column as an attribute
 * (`@json:` columns and the `@ecoweave` graph data as {@link toGraphml} writes them). An edge is a
 * tie: `kind`, `weight`, `directed`, `amount`, `since`, `until`; it is directed as its own `directed`
 * attribute says, else as the graph's `edgedefault`, except that the column `undirected` = `true`
 * (what {@link toGraphml} writes in a graph with directed ties) makes it undirected. An explicit
 * `directed` column that disagrees is an error; any other edge column is an error, since ties carry
 * no attributes; so is `<data>` naming no declared key, or a value its key's type refuses. Issues are
 * placed as `nodes[i]` / `edges[i]` (0-based order in the file). Only the first `<graph>` is read.
 * Time complexity: O(L) for a text of length L.
 *
 * Format: http://graphml.graphdrawing.org/specification.html (GraphML 1.0).
 *
 * @param text - the GraphML text.
 * @returns the ecosystem.
 * @throws {@link EcosystemValidationError} listing every problem.
 * @throws {@link EcoweaveError} `invalid_argument` when `text` is not a string.
 * @example
 * fromGraphml(toGraphml(eco)).order === eco.order; // true
 * @see {@link toGraphml}
 * @category Import and export
 */
export function fromGraphml(text: string): Ecosystem {
  checkText("fromGraphml", "text", text);
  const fail = (problem: Message): never => {
    throw new EcosystemValidationError([issueOf("invalid_graphml", "", problem)], sourceName("graphml"));
  };
  if (!/<graphml[\s>]/.test(text) || !/<graph[\s>/]/.test(text)) fail(readerMessage("io.graphml.notGraphml"));
  const document = parseXml(text, "graphml");
  const root = elements(document, "graphml")[0];
  const graph = elements(document, "graph")[0];
  if (root === undefined || graph === undefined) return fail(readerMessage("io.graphml.noGraph"));
  const issues: ValidationIssue[] = [];
  const keys = readKeys(root, issues);
  const data: EcosystemData = { actors: [], ties: [] };
  const graphValues: Record<string, unknown> = Object.create(null);
  for (const element of elements(graph, "data")) {
    // Node and edge data are read with their element; here only the graph's own.
    if (keys.get("graph")!.has(element.getAttribute("key") ?? "") && element.parentNode === graph) {
      const key = keys.get("graph")!.get(element.getAttribute("key") ?? "")!;
      graphValues[key.name] = element.textContent ?? "";
    }
  }
  readMeta(graphValues, data, issues);
  elements(graph, "node").forEach((node, index) => {
    const place = `nodes[${index}]`;
    const values = readData(node, keys.get("node")!, place, issues);
    const id = node.getAttribute("id") ?? "";
    data.actors.push(unflattenActor(id, values, place, issues) as EcosystemData["actors"][number]);
  });
  const directedByDefault = graph.getAttribute("edgedefault") === "directed";
  elements(graph, "edge").forEach((edge, index) => {
    const values = readData(edge, keys.get("edge")!, `edges[${index}]`, issues);
    data.ties.push(
      readTie(edge, values, directedByDefault, index, issues) as unknown as EcosystemData["ties"][number],
    );
  });
  const mapPath = (path: string): string => {
    const at = splitDocumentPath(path);
    if (at === undefined) return path.startsWith("roles") ? `graph.@ecoweave.${path}` : path;
    if (at.list === "roles") return `graph.@ecoweave.${path}`;
    const list = at.list === "actors" ? "nodes" : "edges";
    if (at.key === "attributes") return `${list}[${at.index}]${at.rest}`;
    return `${list}[${at.index}]${at.key === undefined ? "" : `.${at.key}`}`;
  };
  return buildChecked(data, issues, mapPath, sourceName("graphml"));
}
