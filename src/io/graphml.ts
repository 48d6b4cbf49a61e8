/**
 * GraphML output, written by hand so that NetworkX, igraph and graphology-graphml read it (see
 * {@link fromGraphml} in graphml-reader.ts for the way back).
 *
 * @packageDocumentation
 */

import { checkEcosystem } from "../model/check-arguments.js";
import { type Ecosystem, toEcosystemData } from "../model/ecosystem.js";
import { DIRECTED_TIE_KINDS } from "../model/roles.js";
import type { AttributeValue } from "../model/schema.js";
import { checkXmlNames, documentMeta, flattenActors } from "./xml-columns.js";

/** Escapes text for XML content and double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;");
}

const GRAPHML_TYPES = { string: "string", number: "double", boolean: "boolean", list: "string" } as const;

function cell(value: AttributeValue): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return JSON.stringify(value);
  return value;
}

/**
 * Writes an ecosystem as GraphML text, for NetworkX, igraph, yEd, Cytoscape, graphology-graphml and
 * {@link fromGraphml}, which reads it back equal.
 *
 * @remarks
 * `<key>` declarations with `attr.type` for every column; nodes are actors (`role`, `label` and the
 * attribute columns of {@link toGexf}, except that lists, which GraphML has no type for, are always
 * JSON text in an `@json:<name>` column); edges are ties, each with an `id` (`e0`, `e1`, … in tie
 * order) and the columns `kind`, `weight`, `directed` (only where the tie sets it), `amount`,
 * `since`, `until`. Mixed ties (funding directed, collaboration not) are written so that readers
 * without mixed graphs (NetworkX, igraph) load them: when any tie is directed the graph's
 * `edgedefault` is `directed`, every tie is one edge from its source to its target, and each
 * undirected tie carries the column `undirected` = `true` (so NetworkX reads a `MultiDiGraph` with
 * one edge per tie, and `G.edges(data="undirected")` tells which to read both ways); when no tie is
 * directed, `edgedefault` is `undirected` and no edge has the column. No edge has the per-edge XML
 * `directed` attribute, which NetworkX refuses against the default. The name, description and
 * declared roles are JSON in the graph's `@ecoweave` data. Text is XML-escaped (`& < > " '`, and
 * carriage returns as `&#13;` so they survive parsing).
 * Time complexity: O(n · a + m).
 *
 * Format: http://graphml.graphdrawing.org/specification.html (GraphML 1.0).
 *
 * @param eco - the ecosystem (not modified).
 * @returns the GraphML text.
 * @throws {@link EcoweaveError} `not_representable` when an actor id, role, tie kind or attribute
 * name holds a control character or one XML 1.0 forbids; labels and values holding one use the JSON
 * forms of {@link toGexf}.
 * @throws {@link EcoweaveError} `invalid_argument` when `eco` is not an ecosystem.
 * @example
 * toGraphml(createEcosystem({ actors: [{ id: "f1", role: "funder" }], ties: [] })).includes('<node id="f1">'); // true
 * @see {@link fromGraphml}
 * @category Import and export
 */
export function toGraphml(eco: Ecosystem): string {
  checkEcosystem("toGraphml", eco);
  const data = toEcosystemData(eco);
  checkXmlNames(data, "toGraphml");
  const flat = flattenActors(data.actors, false);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const key = (id: string, domain: string, name: string, type: string): void => {
    lines.push(`  <key id="${id}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${type}"/>`);
  };
  const meta = documentMeta(data);
  if (meta !== undefined) key("g0", "graph", "@ecoweave", "string");
  const nodeKeys = new Map<string, string>();
  key("n0", "node", "label", "string");
  let index = 1;
  for (const [title, type] of flat.columns) {
    const id = `n${index++}`;
    nodeKeys.set(title, id);
    key(id, "node", title, GRAPHML_TYPES[type]);
  }
  const edgeColumns = [
    ["kind", "string"],
    ["weight", "double"],
    ["directed", "boolean"],
    ["amount", "double"],
    ["since", "string"],
    ["until", "string"],
    ["undirected", "boolean"],
  ] as const;
  edgeColumns.forEach(([name, type], i) => {
    key(`e${i}`, "edge", name, type);
  });
  const directedTies = data.ties.map((tie) => tie.directed ?? DIRECTED_TIE_KINDS.has(tie.kind));
  const mixed = directedTies.includes(true);
  lines.push(`  <graph id="G" edgedefault="${mixed ? "directed" : "undirected"}">`);
  if (meta !== undefined) lines.push(`    <data key="g0">${escapeXml(meta)}</data>`);
  for (const actor of flat.actors) {
    lines.push(`    <node id="${escapeXml(actor.id)}">`);
    if (actor.label !== undefined) lines.push(`      <data key="n0">${escapeXml(actor.label)}</data>`);
    for (const [title, value] of Object.entries(actor.values)) {
      lines.push(`      <data key="${nodeKeys.get(title)!}">${escapeXml(cell(value))}</data>`);
    }
    lines.push("    </node>");
  }
  data.ties.forEach((tie, i) => {
    lines.push(`    <edge id="e${i}" source="${escapeXml(tie.source)}" target="${escapeXml(tie.target)}">`);
    const values: (AttributeValue | undefined)[] = [
      tie.kind,
      tie.weight,
      tie.directed,
      tie.amount,
      tie.since,
      tie.until,
      mixed && directedTies[i] === false ? true : undefined,
    ];
    values.forEach((value, column) => {
      if (value !== undefined) lines.push(`      <data key="e${column}">${escapeXml(cell(value))}</data>`);
    });
    lines.push("    </edge>");
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
