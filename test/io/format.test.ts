import { describe, expect, it } from "vitest";
import { detectJsonFormat, formatFromFileName } from "../../src/io/format.js";

describe("formatFromFileName", () => {
  it("reads the format from the name, as its doc-comment example says", () => {
    expect(formatFromFileName("data/map.kumu.json")).toBe("kumu-json");
    expect(formatFromFileName("eco.JSON")).toBe("ecosystem-json");
    expect(formatFromFileName("eco.gexf")).toBe("gexf");
    expect(formatFromFileName("eco.graphml")).toBe("graphml");
    expect(formatFromFileName("x/2024-actors.csv")).toBe("csv");
    expect(formatFromFileName("ties.csv")).toBe("csv");
    expect(formatFromFileName("elements.csv")).toBe("kumu-sheets");
    expect(formatFromFileName("notes.txt")).toBeUndefined();
    expect(formatFromFileName("people.csv")).toBeUndefined();
  });
});

describe("detectJsonFormat", () => {
  it("tells blueprints, affiliations and ecosystem documents apart by their keys", () => {
    expect(detectJsonFormat({ elements: [], connections: [] }, "map.json")).toBe("kumu-json");
    expect(detectJsonFormat({ actors: [], initiatives: [] }, "a.json")).toBe("affiliations-json");
    expect(detectJsonFormat({ actors: [], ties: [] }, "e.json")).toBe("ecosystem-json");
  });

  it("refuses other JSON with file_format_mismatch", () => {
    expect(() => detectJsonFormat([1, 2], "list.json")).toThrow(
      expect.objectContaining({ code: "file_format_mismatch" }),
    );
  });
});
