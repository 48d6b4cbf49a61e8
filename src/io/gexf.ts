/**
 * GEXF, the graph format of Gephi, read and written with graphology-gexf.
 *
 * @packageDocumentation
 */
import { MultiGraph } from "graphology";
import { parse, write } from "graphology-gexf";
import { toJsonPath } from "../internal/json-path.js";
import { checkEcosystem } from "../model/check-arguments.js";
import { checkText } from "../model/check-inputs.js";
import { type Ecosystem, toEcosystemData } from "../model/ecosystem.js";
import { EcosystemValidationError, type ValidationIssue } from "../model/errors.js";
import { DIRECTED_TIE_KINDS } from "../model/roles.js";
import type { AttributeValue, EcosystemData } from "../model/schema.js";
import type { Message } from "../text/message.js";
import { checkGexfDocument } from "./gexf-document.js";
import { buildChecked, isPlainObject, splitDocumentPath } from "./issues.js";
import { issueOf, readerIssue, readerMessage, sourceName } from "./reader-messages.js";
import {
  checkXmlNames,
  documentMeta,
  flattenActors,
  hasNonXmlCharacter,
  unflattenActor,
} from "./xml-columns.js";
import { parseXml } from "./xml-document.js";

interface ExportNode {
  label?: string;
  values: Record<string, AttributeValue>;
}

interface ExportEdge {
  kind: string;
  weight?: number;
  values: Record<string, AttributeValue>;
}

/**
 * Writes an ecosystem as GEXF 1.2 text (the format of Gephi) that {@link fromGexf} reads back equal,
 * and that NetworkX and graphology-gexf read too.
 *
 * @remarks
 * Written by graphology-gexf's `write` as GEXF 1.2 (namespace `http://www.gexf.net/1.2draft`), the
 * newest version NetworkX reads and one Gephi reads. Mixed ties (funding directed, collaboration not)
 * go in a graph whose `defaultedgetype` is `directed`, each undirected tie as an edge of type
 * `mutual` (GEXF's tie in both directions; NetworkX adds it as two arcs sharing the edge id, since
 * it refuses `undirected` edges in a directed graph); when every tie has one direction the default
 * says it and no edge has a type. Nodes are actors (node id = actor id, GEXF
 * `label` = label) with the columns `role` and one per attribute, typed by its values (`integer`,
 * `double`, `boolean`, `string`, `liststring`); an attribute whose values mix types, or that holds an
 * empty text or a list item with `,` `"` `'` `\` `[` `]` `|` or outer spaces, is written as JSON text
 * in a column `@json:<name>`; so is any attribute named `role` or `label` or starting with `@`, and an
 * empty label (`@label`). Edges are ties: the edge `type` is the tie's direction, the GEXF `kind` the
 * tie kind, the GEXF `weight` the weight (absent when the tie has none), and the columns `directed`
 * (only where the tie sets it), `amount`, `since`, `until`. The name, description and declared roles
 * are JSON in the `<meta>` element `ecoweave`; the description is also written as `<description>`
 * unless it holds a control character. Labels and values holding a character XML 1.0 forbids, or
 * any C0 control, use the JSON forms, so the output is well-formed whatever the data hold.
 * Time complexity: O(n · a + m).
 *
 * Format: https://gexf.net/schema.html (GEXF 1.2 and 1.3).
 *
 * @param eco - the ecosystem (not modified).
 * @returns the GEXF text.
 * @throws {@link EcoweaveError} `not_representable` when an actor id, role, tie kind or attribute
 * name holds a control character or one XML 1.0 forbids (it has no JSON form to go through).
 * @throws {@link EcoweaveError} `invalid_argument` when `eco` is not an ecosystem.
 * @example
 * toGexf(createEcosystem({ actors: [{ id: "f1", role: "funder" }], ties: [] })).includes('<node id="f1">'); // true
 * @see {@link fromGexf}
 * @category Import and export
 */
export function toGexf(eco: Ecosystem): string {
  checkEcosystem("toGexf", eco);
  const data = toEcosystemData(eco);
  checkXmlNames(data, "toGexf");
  const graph = new MultiGraph<ExportNode, ExportEdge, Record<string, string>>({ type: "mixed" });
  const meta = documentMeta(data);
  if (
    data.description !== undefined &&
    data.description.trim() !== "" &&
    !hasNonXmlCharacter(data.description)
  )
    graph.setAttribute("description", data.description);
  if (meta !== undefined) graph.setAttribute("ecoweave", meta);
  for (const actor of flattenActors(data.actors, true).actors) {
    graph.addNode(
      actor.id,
      actor.label === undefined ? { values: actor.values } : { label: actor.label, values: actor.values },
    );
  }
  data.ties.forEach((tie, index) => {
    const values: Record<string, AttributeValue> = {};
    if (tie.directed !== undefined) values.directed = tie.directed;
    if (tie.amount !== undefined) values.amount = tie.amount;
    if (tie.since !== undefined) values.since = tie.since;
    if (tie.until !== undefined) values.until = tie.until;
    const attributes: ExportEdge = { kind: tie.kind, values };
    if (tie.weight !== undefined) attributes.weight = tie.weight;
    const directed = tie.directed ?? DIRECTED_TIE_KINDS.has(tie.kind);
    if (directed) graph.addDirectedEdgeWithKey(`e${index}`, tie.source, tie.target, attributes);
    else graph.addUndirectedEdgeWithKey(`e${index}`, tie.source, tie.target, attributes);
  });
  const text = write(graph, {
    version: "1.2",
    formatNode: (_key, attributes) =>
      attributes.label === undefined
        ? { attributes: attributes.values }
        : { label: attributes.label, attributes: attributes.values },
    formatEdge: (_key, attributes) => ({
      kind: attributes.kind,
      ...(attributes.weight === undefined ? {} : { weight: attributes.weight }),
      attributes: attributes.values,
    }),
  });
  // graphology-gexf writes `type="undirected"` where a mixed graph's edge differs from the directed
  // default; values are escaped, so the pattern matches only the edge element's own attribute.
  return text.replace(/(<edge [^>]*?)type="undirected"/g, '$1type="mutual"');
}

const EDGE_FIELDS = new Set(["kind", "weight", "directed", "amount", "since", "until"]);

/**
 * Reads an ecosystem from GEXF text: ecoweave's own output, or a Gephi file whose nodes carry a
 * `role` and whose edges carry a `kind`.
 *
 * @remarks
 * Parsed by @xmldom/xmldom (each complaint an issue at `line L, column C`, nothing on the console),
 * checked (see below), then read by graphology-gexf's `parse` (GEXF 1.2 and 1.3). Checked first:
 * declared attributes are named by their `title` whatever their id; typed values as CSV cells are
 * (`boolean`: `true`, `false`, `1`, `0` as in `xsd:boolean`, so `yes` is an error and never `false`;
 * `byte`/`short`/`integer`/`long`: whole numbers; `float`/`double` and edge weights: finite numbers);
 * values of undeclared attributes, duplicate node ids, edges to undeclared nodes, duplicate edge ids,
 * and node ids or titles naming an `Object.prototype` member are errors with the element's line and
 * column. A node is
 * an actor: its id, its `label`, its `role` column, and every other column as an attribute (Gephi's
 * viz colour, size and position included, as `color`, `size`, `x`, `y`, `z`); `@json:` columns as in
 * {@link toGexf}. An edge is a tie: its `kind` (GEXF edge kind, or a `kind` column), `weight`,
 * and the `directed`, `amount`, `since`, `until` columns; its type (`mutual` read as undirected) sets `directed` where this differs
 * from the kind's default (or agrees with an explicit `directed` column, else it is an error). Any
 * other edge column is an error, since ties carry no attributes. Graph metadata other than the
 * `ecoweave` and `description` elements (`creator`, `keywords`, the modification date) is not kept.
 * Issues are placed as `nodes[i]` / `edges[i]` (0-based order of the elements in the file), e.g.
 * `edges[3].kind: is required`. Time complexity: O(L) for a text of length L.
 *
 * Format: https://gexf.net/schema.html (GEXF 1.3).
 *
 * @param text - the GEXF text.
 * @returns the ecosystem.
 * @throws {@link EcosystemValidationError} listing every problem.
 * @throws {@link EcoweaveError} `invalid_argument` when `text` is not a string.
 * @example
 * fromGexf(toGexf(eco)).order === eco.order; // true
 * @see {@link toGexf}
 * @category Import and export
 */
export function fromGexf(text: string): Ecosystem {
  checkText("fromGexf", "text", text);
  const fail = (problem: Message): never => {
    throw new EcosystemValidationError([issueOf("invalid_gexf", "", problem)], sourceName("gexf"));
  };
  if (!/<gexf[\s>]/.test(text) || !/<graph[\s>/]/.test(text)) fail(readerMessage("io.gexf.notGexf"));
  const document = parseXml(text, "gexf");
  const checked = checkGexfDocument(document);
  // A `mutual` edge is a tie both ways, which is what an undirected tie is; graphology-gexf would
  // take the first edge's `mutual` as a graph type.
  for (const edge of Array.from(document.getElementsByTagName("edge"))) {
    if (edge.getAttribute("type") === "mutual") edge.setAttribute("type", "undirected");
  }
  if (checked.issues.length > 0) throw new EcosystemValidationError(checked.issues, sourceName("gexf"));
  let graph: ReturnType<typeof parse> | undefined;
  try {
    // graphology-gexf's types ask for a DOM Document; xmldom's is the one it uses itself.
    graph = parse(MultiGraph, document as unknown as Parameters<typeof parse>[1], {
      allowUndeclaredAttributes: false,
    });
  } catch (error) {
    const raw = (error instanceof Error ? error.message : String(error)).replace(
      /^graphology-gexf\/parser: /,
      "",
    );
    fail(
      readerMessage("io.gexf.unreadable", {
        text: `${raw.charAt(0).toLowerCase()}${raw.slice(1).replace(/\.$/, "")}`,
      }),
    );
  }
  if (graph === undefined) return fail(readerMessage("io.gexf.notReadable"));
  const titled = (attributes: Readonly<Record<string, unknown>>, titles: ReadonlyMap<string, string>) => {
    const out: Record<string, unknown> = Object.create(null);
    for (const [key, value] of Object.entries(attributes)) out[titles.get(key) ?? key] = value;
    return out;
  };
  const issues: ValidationIssue[] = [];
  const data: EcosystemData = { actors: [], ties: [] };
  const graphAttributes = graph.getAttributes();
  if (typeof graphAttributes.ecoweave === "string") {
    let meta: unknown;
    try {
      meta = JSON.parse(graphAttributes.ecoweave);
    } catch {
      issues.push(readerIssue("invalid_json", "meta.ecoweave", "io.json.invalid"));
    }
    if (isPlainObject(meta)) {
      if (meta.name !== undefined) data.name = meta.name as string;
      if (meta.description !== undefined) data.description = meta.description as string;
      if (meta.roles !== undefined) data.roles = meta.roles as EcosystemData["roles"];
    }
  } else if (typeof graphAttributes.description === "string") {
    data.description = graphAttributes.description;
  }
  let nodeIndex = 0;
  graph.forEachNode((id, attributes) => {
    data.actors.push(
      unflattenActor(
        id,
        titled(attributes, checked.titles.node),
        `nodes[${nodeIndex++}]`,
        issues,
      ) as EcosystemData["actors"][number],
    );
  });
  let edgeIndex = 0;
  graph.forEachEdge((_edge, attributes, source, target, _s, _t, undirected) => {
    const tie: Record<string, unknown> = { source, target };
    for (const [key, value] of Object.entries(titled(attributes, checked.titles.edge))) {
      if (EDGE_FIELDS.has(key)) tie[key] = value;
      else {
        issues.push(
          readerIssue("unknown_field", toJsonPath(["edges", edgeIndex, key]), "io.xml.unknownEdgeAttribute", {
            key,
          }),
        );
      }
    }
    const directed = !undirected;
    if (tie.directed !== undefined) {
      if (tie.directed !== directed) {
        issues.push(
          readerIssue(
            "conflicting_direction",
            `edges[${edgeIndex}].directed`,
            "io.xml.conflictingDirection",
            {
              value: String(tie.directed),
              format: "gexf",
              directed: directed ? "yes" : "no",
            },
          ),
        );
      }
    } else if (directed !== (typeof tie.kind === "string" && DIRECTED_TIE_KINDS.has(tie.kind))) {
      tie.directed = directed;
    }
    data.ties.push(tie as unknown as EcosystemData["ties"][number]);
    edgeIndex++;
  });
  const mapPath = (path: string): string => {
    const at = splitDocumentPath(path);
    if (at === undefined) return path.startsWith("roles") ? `meta.ecoweave.${path}` : path;
    if (at.list === "roles") return `meta.ecoweave.${path}`;
    const list = at.list === "actors" ? "nodes" : "edges";
    if (at.key === "attributes") return `${list}[${at.index}]${at.rest}`;
    return `${list}[${at.index}]${at.key === undefined ? "" : `.${at.key}`}`;
  };
  return buildChecked(data, issues, mapPath, sourceName("gexf"));
}
