// The bundled sample converts to every format ecoweave writes, and back where ecoweave reads it.
import { describe, expect, it } from "vitest";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { fromCsv, toCsv } from "../../src/io/csv.js";
import { fromGexf, toGexf } from "../../src/io/gexf.js";
import { toGraphml } from "../../src/io/graphml.js";
import { parseEcosystemJson, stringifyEcosystem } from "../../src/io/json.js";
import { fromKumu, fromKumuSheets, toKumu, toKumuSheets } from "../../src/io/kumu.js";
import { toEcosystemData } from "../../src/model/ecosystem.js";

describe("the bundled sample", () => {
  const eco = sampleEcosystem();
  const data = toEcosystemData(eco);
  const { name: _n, description: _d, ...tables } = data;

  it("has an attribute named type, which Kumu reserves", () => {
    expect(data.actors.some((actor) => actor.attributes?.type !== undefined)).toBe(true);
  });

  it("converts to JSON, CSV, Kumu, GEXF and GraphML and reads back equal", () => {
    expect(toEcosystemData(parseEcosystemJson(stringifyEcosystem(eco)))).toEqual(data);
    const { name, description, ...csv } = toCsv(eco);
    expect(toEcosystemData(fromCsv(csv))).toEqual(tables);
    expect(name).toBe(data.name);
    expect(description).toBe(data.description);
    expect(toEcosystemData(fromKumu(JSON.parse(JSON.stringify(toKumu(eco)))))).toEqual(data);
    const sheets = fromKumuSheets(toKumuSheets(eco), { roles: data.roles ?? [] });
    const { roles: _r, ...sheetData } = toEcosystemData(sheets);
    const { roles: _r2, ...expected } = tables;
    expect(sheetData).toEqual(expected);
    expect(toEcosystemData(fromGexf(toGexf(eco)))).toEqual(data);
    expect(toGraphml(eco)).toContain("<graphml");
  });
});
