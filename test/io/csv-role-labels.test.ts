import { describe, expect, it } from "vitest";
import { fromCsv, toCsv } from "../../src/io/csv.js";
import { createEcosystem, toEcosystemData } from "../../src/model/ecosystem.js";
import { issuePlaces, thrownIssues } from "../helpers.js";

const LABELLED = {
  roles: [
    {
      id: "hub",
      label: "Regional hub",
      labels: { fi: "Alueellinen keskus", sv: "Regional nod" },
      needs: ["funder"],
    },
    { id: "lab", labels: { en: "Living lab", fi: "Kehittämisympäristö", sv: "Testmiljö" } },
    { id: "plain" },
  ],
  actors: [
    { id: "h", role: "hub" },
    { id: "l", role: "lab" },
    { id: "f", role: "funder" },
  ],
  ties: [{ source: "f", target: "h", kind: "funding" }],
};

describe("roles.csv display names per language", () => {
  it("reads label_fi, label_sv and label_en into roles[].labels, an empty cell as no name", () => {
    const eco = fromCsv({
      actors: "id,role\nh,hub\n",
      ties: "source,target,kind\n",
      roles: "id,label_sv,label_fi,label_en\nhub,Regional nod,Alueellinen keskus,\nplain,,,\n",
    });
    expect(eco.getAttribute("roles")).toEqual([
      { id: "hub", labels: { fi: "Alueellinen keskus", sv: "Regional nod" } },
      { id: "plain" },
    ]);
  });

  it("writes the three columns only when a role has names per language, and reads them back equal", () => {
    const written = toCsv(createEcosystem(LABELLED));
    expect(written.roles).toBe(
      "id,label,needs,label_fi,label_sv,label_en\r\n" +
        "hub,Regional hub,funder,Alueellinen keskus,Regional nod,\r\n" +
        "lab,,,Kehittämisympäristö,Testmiljö,Living lab\r\n" +
        "plain,,,,,\r\n",
    );
    expect(toEcosystemData(fromCsv(written))).toEqual(toEcosystemData(createEcosystem(LABELLED)));
    const unlabelled = toCsv(createEcosystem({ ...LABELLED, roles: [{ id: "hub" }, { id: "lab" }] }));
    expect(unlabelled.roles).toBe("id,label,needs\r\nhub,,\r\nlab,,\r\n");
  });

  it("reports a blank name at its cell, and a misspelt column with the columns it knows", () => {
    const issues = thrownIssues(() =>
      fromCsv({
        actors: "id,role\nh,hub\n",
        ties: "source,target,kind\n",
        roles: "id,label_fi,label_se\nhub,  ,Nod\n",
      }),
    );
    expect(issuePlaces(issues)).toEqual([
      "roles.csv:row 1:label_se unknown_column",
      "roles.csv:row 2:label_fi blank_role_label",
    ]);
    expect(issues[0]!.message).toContain('"label_sv"');
  });
});
