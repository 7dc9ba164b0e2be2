import { describe, expect, it } from "vitest";
import { indexDocument } from "../src/core/data/document-index.ts";
import { NO_FILTERS } from "../src/core/filters/filter-state.ts";
import { relationFilter } from "../src/core/filters/relation-filter.ts";
import { buildGraph } from "../src/core/graph/build-graph.ts";
import { shownUndirected } from "../src/core/graph/shown-undirected.ts";
import { focusSet } from "../src/core/neighbourhood/focus-set.ts";
import { neighbourhood } from "../src/core/neighbourhood/neighbourhood.ts";
import { createExplorations } from "../src/core/paths/explorations.ts";
import { pathSteps } from "../src/core/paths/path-steps.ts";
import { relationsBetween } from "../src/core/paths/relations-between.ts";
import { shortestPaths } from "../src/core/paths/shortest-paths.ts";
import { miniGraph } from "./fixtures/load-fixture.ts";

// The fixture's relations as undirected pairs (worked out by hand from mini-graph.json):
// Kim–Putin (MET, SIGNED, INVITED, THANKED), Putin–Bình Nhưỡng, Putin–Nga, Mỹ–Triều Tiên, Triều Tiên–Nga,
// Choe–Lavrov, Kim–Triều Tiên, Peskov–Điện Kremlin, Lavrov–Nga, Choe–Triều Tiên, Bình Nhưỡng–Triều Tiên.
const document = miniGraph();
const index = indexDocument(document);
const graph = buildGraph(document);
const shownBy = (filters: typeof NO_FILTERS) => {
  const shown = relationFilter(index, filters);
  return (edge: string) => shown(index.relations.get(edge)!);
};
const everything = shownUndirected(graph, shownBy(NO_FILTERS));
const sorted = (set: Iterable<string>) => [...set].sort();

describe("neighbourhoods", () => {
  it("takes the entities within N steps, either direction", () => {
    expect(sorted(neighbourhood(everything, "person:vladimir-putin", 1))).toEqual([
      "country:nga",
      "location:binh-nhuong",
      "person:kim-jong-un",
      "person:vladimir-putin",
    ]);
    expect(sorted(neighbourhood(everything, "person:vladimir-putin", 2))).toEqual([
      "country:nga",
      "country:trieu-tien",
      "location:binh-nhuong",
      "person:kim-jong-un",
      "person:sergei-lavrov",
      "person:vladimir-putin",
    ]);
    expect(sorted(neighbourhood(everything, "person:dmitry-peskov", 3))).toEqual(["organization:dien-kremlin", "person:dmitry-peskov"]);
  });

  it("adds the direct neighbours of each expanded entity", () => {
    expect(sorted(focusSet(everything, { center: "person:vladimir-putin", hops: 1, expanded: ["country:nga"] }))).toEqual([
      "country:nga",
      "country:trieu-tien",
      "location:binh-nhuong",
      "person:kim-jong-un",
      "person:sergei-lavrov",
      "person:vladimir-putin",
    ]);
  });

  it("keeps only the centre when the filters leave it no relation", () => {
    const view = shownUndirected(graph, shownBy({ ...NO_FILTERS, hiddenRelationTypes: new Set(["OFFICIAL_OF"]) }));
    expect(sorted(neighbourhood(view, "person:dmitry-peskov", 2))).toEqual(["person:dmitry-peskov"]);
  });
});

describe("shortest paths", () => {
  it("finds every shortest path between Lavrov and Kim Jong Un", () => {
    const found = shortestPaths(everything, "person:sergei-lavrov", "person:kim-jong-un", 10)!;
    expect(found.count).toBe(3);
    expect(found.paths.map((path) => path.join(" ")).sort()).toEqual([
      "person:sergei-lavrov country:nga country:trieu-tien person:kim-jong-un",
      "person:sergei-lavrov country:nga person:vladimir-putin person:kim-jong-un",
      "person:sergei-lavrov person:choe-son-hui country:trieu-tien person:kim-jong-un",
    ]);
    expect(sorted(found.nodes)).toEqual([
      "country:nga",
      "country:trieu-tien",
      "person:choe-son-hui",
      "person:kim-jong-un",
      "person:sergei-lavrov",
      "person:vladimir-putin",
    ]);
    expect(found.steps.map((step) => step.join(" ")).sort()).toEqual([
      "country:nga country:trieu-tien",
      "country:nga person:vladimir-putin",
      "country:trieu-tien person:kim-jong-un",
      "person:choe-son-hui country:trieu-tien",
      "person:sergei-lavrov country:nga",
      "person:sergei-lavrov person:choe-son-hui",
      "person:vladimir-putin person:kim-jong-un",
    ]);
  });

  it("lists no more paths than asked, and counts them all", () => {
    const found = shortestPaths(everything, "person:sergei-lavrov", "person:kim-jong-un", 2)!;
    expect(found.paths).toHaveLength(2);
    expect(found.count).toBe(3);
  });

  it("walks only the relations the filters show", () => {
    // Without OFFICIAL_OF, Lavrov's only tie is his meeting with Choe, who has no other.
    const view = shownUndirected(graph, shownBy({ ...NO_FILTERS, hiddenRelationTypes: new Set(["OFFICIAL_OF"]) }));
    expect(shortestPaths(view, "person:sergei-lavrov", "person:kim-jong-un", 10)).toBeUndefined();
  });

  it("names every shown relation of a step, both directions", () => {
    expect(relationsBetween(graph, "person:kim-jong-un", "person:vladimir-putin", () => true)).toEqual([
      "r-invited",
      "r-met",
      "r-signed",
      "r-thanked",
    ]);
    expect(relationsBetween(graph, "person:vladimir-putin", "person:kim-jong-un", (edge) => edge !== "r-met")).toEqual([
      "r-invited",
      "r-signed",
      "r-thanked",
    ]);
  });

  it("spells out each listed path step by step, with every shown relation of each step", () => {
    const explore = createExplorations(graph, index);
    const { path } = explore({ filters: NO_FILTERS, path: ["person:sergei-lavrov", "person:kim-jong-un"] });
    const listing = pathSteps(path!, graph, index);
    expect([listing.from.name, listing.to.name, listing.count]).toEqual(["Sergei Lavrov", "Kim Jong Un", 3]);
    const viaPutin = listing.paths.find((steps) => steps[1]?.to.id === "person:vladimir-putin")!;
    expect(viaPutin.map((step) => [step.from.id, step.to.id, step.relations.map((r) => r.id).sort()])).toEqual([
      ["person:sergei-lavrov", "country:nga", ["r-lavrov-nga"]],
      ["country:nga", "person:vladimir-putin", ["r-putin-nga"]],
      ["person:vladimir-putin", "person:kim-jong-un", ["r-invited", "r-met", "r-signed", "r-thanked"]],
    ]);
  });
});
