import { describe, expect, it } from "vitest";
import { planPeerLearning } from "../../src/convene/plan-peer-learning.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { analyzeEcosystem } from "../../src/report/analyze-ecosystem.js";
import { toHtml } from "../../src/report/html.js";

// Two regions of a funder, an upskiller and two developers each, tied only inside the region.
const regions = ["North", "South"];
const eco = createEcosystem({
  actors: regions.flatMap((region) => [
    { id: `${region}-f`, role: "funder", label: `${region} <b>Fund</b>`, attributes: { region } },
    { id: `${region}-u`, role: "upskiller", attributes: { region } },
    { id: `${region}-d1`, role: "developer", attributes: { region } },
    { id: `${region}-d2`, role: "developer", attributes: { region } },
  ]),
  ties: regions.flatMap((region) => [
    { source: `${region}-f`, target: `${region}-d1`, kind: "funding" },
    { source: `${region}-u`, target: `${region}-d2`, kind: "training" },
    { source: `${region}-d1`, target: `${region}-d2`, kind: "collaboration" },
  ]),
});

describe("toHtml with a peer-learning plan", () => {
  const report = analyzeEcosystem(eco, { permutations: 99, budget: 1 });
  const plan = planPeerLearning(eco, { sessions: 2, tables: 2, size: { min: 4, max: 4 } });

  it("adds a clinics section, linked from the contents, with every seat and table reason", () => {
    const html = toHtml(report, eco, { peerLearning: plan });
    expect(html).toContain('<a href="#clinics">Peer-learning clinics</a>');
    const section = html.slice(
      html.indexOf('<section id="clinics"'),
      html.indexOf("</section>", html.indexOf('<section id="clinics"')),
    );
    expect(section).toContain("<h3>Session 1</h3>");
    expect(section).toContain("<h3>Session 2</h3>");
    // 2 sessions × 2 tables of 4: four table cards and 16 seats, the labels escaped.
    expect(section.split('<li class="clinic-table">').length - 1).toBe(4);
    expect(section.split('<span class="muted">').length - 1).toBe(16);
    expect(section).toContain("North &lt;b&gt;Fund&lt;/b&gt;");
    expect(section).not.toContain("<b>Fund</b>");
    for (const table of plan.sessions.flatMap((session) => session.tables))
      for (const reason of table.reasons) expect(section).toContain(reason.text.replace(/&/g, "&amp;"));
  });

  it("leaves the section out when no plan is given", () => {
    const html = toHtml(report, eco);
    expect(html).not.toContain('id="clinics"');
    expect(html).not.toContain("Peer-learning clinics");
  });
});
