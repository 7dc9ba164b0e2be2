import { describe, expect, it } from "vitest";
import { cleanText } from "../src/clean.ts";
import { findDates } from "../src/dates/find-dates.ts";
import { EN_DATES } from "../src/lang/en/date-patterns.ts";
import { english } from "../src/lang/en/index.ts";
import { loadLexicon } from "../src/lexicon/load-lexicon.ts";
import { extractArticle } from "../src/pipeline.ts";

// The English pack on invented sentences.
const lexicon = loadLexicon();

function read(text: string, published: string | undefined = "2024-06-20") {
  const x = extractArticle({ id: "a", file: "a.txt", text, lang: "en", published }, lexicon);
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  const list = x.relations.map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)} [${r.status}]`);
  return { x, list };
}

describe("English pack: titles and coreference", () => {
  it("reads demonym + office + name, and a possessive country before the office", () => {
    const { list } = read("Brazilian President Luiz Inacio Lula da Silva met India's Prime Minister Narendra Modi in New Delhi.");
    expect(list).toContain("Narendra Modi OFFICIAL_OF India [occurred]");
    expect(list).toContain("Luiz Inácio Lula da Silva OFFICIAL_OF Brazil [occurred]");
    expect(list).toContain("Luiz Inácio Lula da Silva MET Narendra Modi [occurred]");
  });

  it("reads an apposition after the name and an affiliation after 'of'", () => {
    const { list } = read("Olaf Scholz, the German chancellor, met Foreign Minister Ana Ruiz of Chile in Berlin.");
    expect(list).toContain("Olaf Scholz OFFICIAL_OF Germany [occurred]");
    expect(list).toContain("Ana Ruiz OFFICIAL_OF Chile [occurred]");
    expect(list).toContain("Ana Ruiz MET Olaf Scholz [occurred]");
  });

  it("resolves pronouns, bare surnames, 'the president' and 'his counterpart'", () => {
    const { list } = read(
      [
        "French President Emmanuel Macron arrived in New Delhi on Monday.",
        "He praised Indian Prime Minister Narendra Modi.",
        "Macron later thanked Modi.",
        "The president said he expects to meet his Indian counterpart again next year.",
      ].join("\n"),
    );
    expect(list).toEqual(
      expect.arrayContaining([
        "Emmanuel Macron VISITED India [occurred]",
        "Emmanuel Macron PRAISED Narendra Modi [occurred]",
        "Emmanuel Macron THANKED Narendra Modi [occurred]",
        "Emmanuel Macron MET Narendra Modi [planned]",
      ]),
    );
  });

  it("introduces an unknown name by its apposition, and reads the three leaders", () => {
    const { list } = read(
      ["Ana Ruiz, a senior aide to the Chilean president, met Modi.", "Lula met Modi and Scholz. The three leaders condemned Russia."].join(
        "\n",
      ),
    );
    expect(list).toEqual(
      expect.arrayContaining([
        "Ana Ruiz OFFICIAL_OF Chile [occurred]",
        "Ana Ruiz MET Narendra Modi [occurred]",
        "Luiz Inácio Lula da Silva CRITICIZED Russia [occurred]",
        "Narendra Modi CRITICIZED Russia [occurred]",
        "Olaf Scholz CRITICIZED Russia [occurred]",
      ]),
    );
  });

  it("reads a list with a possessive inside and the talks it held", () => {
    const { list } = read("French President Emmanuel Macron and his Brazilian counterpart Luiz Inacio Lula da Silva held talks in Paris.");
    expect(list).toContain("Emmanuel Macron MET Luiz Inácio Lula da Silva [occurred]");
  });

  it("reads kinship told with a possessive pronoun", () => {
    const { list } = read("Donald Trump and his son Donald Trump Jr. visited Scotland.");
    expect(list).toContain("Donald Trump PARENT_OF Donald Trump Jr. [occurred]");
  });

  it("pairs those who act during talks, not those who criticize talks", () => {
    const { list } = read(
      ["Modi and Scholz agreed on a plan during talks in Berlin.", "Brazil and Chile criticized the talks."].join("\n"),
    );
    expect(list).toContain("Narendra Modi MET Olaf Scholz [occurred]");
    expect(list.some((t) => t.includes("Brazil MET"))).toBe(false);
  });

  it("reads the two leaders as the two people just named", () => {
    const { list } = read("Putin flew to Beijing to meet Chinese President Xi Jinping. The two leaders signed a treaty.");
    expect(list).toContain("Vladimir Putin SIGNED Xi Jinping [occurred]");
    expect(list).toContain("Vladimir Putin VISITED China [occurred]");
  });
});

describe("English pack: events and their status", () => {
  it("reads an owner's visit, a passive and a supply with its recipient", () => {
    const { list } = read(
      [
        "Macron's visit to Brazil ended on Friday.",
        "Iran was sanctioned by the European Union.",
        "Germany delivered tanks to Ukraine.",
      ].join("\n"),
    );
    expect(list).toEqual(
      expect.arrayContaining([
        "Emmanuel Macron VISITED Brazil [occurred]",
        "European Union SANCTIONED Iran [occurred]",
        "Germany SUPPLIED Ukraine [occurred]",
      ]),
    );
  });

  it("reads 'the visit of X to Y', a passive meeting and a relative clause's doer", () => {
    const { list } = read(
      [
        "The visit of Modi to Berlin was short.",
        "It followed a trip to Tokyo by Lula.",
        "Scholz was received by Lula.",
        "Modi met Macron, who praised Brazil.",
      ].join("\n"),
    );
    expect(list).toEqual(
      expect.arrayContaining([
        "Narendra Modi VISITED Germany [occurred]",
        "Luiz Inácio Lula da Silva VISITED Japan [occurred]",
        "Luiz Inácio Lula da Silva MET Olaf Scholz [occurred]",
        "Emmanuel Macron PRAISED Brazil [occurred]",
      ]),
    );
  });

  it("reads 'provided X with goods', 'discussed ... with', a courtesy call, and a demonym that names a person", () => {
    const { list } = read(
      [
        "Germany provided Ukraine with tanks.",
        "Macron discussed trade with Modi.",
        "Scholz paid a courtesy call on Lula.",
        "A Brazilian official held talks with an Indian diplomat.",
      ].join("\n"),
    );
    expect(list).toEqual(
      expect.arrayContaining([
        "Germany SUPPLIED Ukraine [occurred]",
        "Emmanuel Macron MET Narendra Modi [occurred]",
        "Luiz Inácio Lula da Silva MET Olaf Scholz [occurred]",
      ]),
    );
    expect(list.some((t) => t.includes("Brazil MET") || t.includes("MET India"))).toBe(false);
  });

  it("reads who is invited to do what, and keeps objects inside their clause", () => {
    const { list } = read(["Modi invited Macron to visit India.", "Germany criticized the decision, saying it helped Russia."].join("\n"));
    expect(list).toEqual(
      expect.arrayContaining(["Narendra Modi INVITED Emmanuel Macron [occurred]", "Emmanuel Macron VISITED India [planned]"]),
    );
    // "the decision" takes up the act the article reports (Modi's invitation), never Russia past the comma.
    expect(list.some((t) => t.includes("Narendra Modi VISITED") || t.includes("CRITICIZED Russia"))).toBe(false);
  });

  it("marks plans and allegations, and drops denials, negations and hypotheses", () => {
    const { list } = read(
      [
        "Scholz is expected to visit Japan.",
        "Lula and Macron are due to meet in Paris.",
        "Iran reportedly sent drones to Russia.",
        "Modi refused to meet Putin.",
        "If Scholz visits Moscow, Germany will back Ukraine less.",
        "Macron did not condemn Brazil.",
        "Lula cancelled a meeting with Scholz.",
        "Iranian officials were sanctioned over arms deliveries to Russia.",
      ].join("\n"),
    );
    expect(list.filter((t) => !t.includes("OFFICIAL_OF"))).toEqual(
      expect.arrayContaining([
        "Olaf Scholz VISITED Japan [planned]",
        "Emmanuel Macron MET Luiz Inácio Lula da Silva [planned]",
        "Iran SUPPLIED Russia [alleged]",
      ]),
    );
    expect(list.some((t) => t.includes("Vladimir Putin") || t.includes("Russia [occurred]"))).toBe(false);
    expect(list.some((t) => t.includes("CRITICIZED") || t.includes("SANCTIONED") || t.includes("MET Olaf Scholz"))).toBe(false);
  });
});

describe("English pack: dates, datelines and furniture", () => {
  const values = (text: string, published = "2024-06-20") => findDates(text, EN_DATES, published).map((d) => d.value);

  it("resolves dates against the publication date", () => {
    expect(values("on Tuesday")).toEqual(["2024-06-18"]);
    expect(values("on March 3, 2021")).toEqual(["2021-03-03"]);
    expect(values("on June 19")).toEqual(["2024-06-19"]);
    expect(values("last month")).toEqual(["2024-05"]);
    expect(values("next year")).toEqual(["2025"]);
    expect(values("in 2000")).toEqual(["2000"]);
    expect(values("she may go")).toEqual([]);
  });

  it("resolves 'last week', 'next week' and 'earlier this month' to the precision their days share", () => {
    // 2024-06-20 is a Thursday: last week is June 10-16, next week June 24-30, this month June.
    expect(values("last week")).toEqual(["2024-06"]);
    expect(values("next week")).toEqual(["2024-06"]);
    expect(values("earlier this month")).toEqual(["2024-06"]);
    // 2024-07-03 is a Wednesday: last week is June 24-30; 2024-06-27's next week is July 1-7.
    expect(values("last week", "2024-07-03")).toEqual(["2024-06"]);
    expect(values("next week", "2024-06-27")).toEqual(["2024-07"]);
    // 2024-06-04 is a Tuesday: last week, May 27 - June 2, spans two months: only its year is known.
    expect(values("last week", "2024-06-04")).toEqual(["2024"]);
    // 2025-01-02 is a Thursday: last week, December 23-29, is the year before.
    expect(values("last week", "2025-01-02")).toEqual(["2024-12"]);
    // 2025-01-06 is a Monday: last week, December 30 - January 5, spans two years: nothing is known.
    expect(values("last week", "2025-01-06")).toEqual([]);
  });

  it("takes a dateline with a year as the publication date and strips it from the text", () => {
    const text = "Leaders meet\nOSLO, March 3, 2024 (Reuters) - Modi met Scholz on Friday.";
    const x = extractArticle({ id: "a", file: "a.txt", text, lang: "en" }, lexicon);
    expect(x.article.published).toBe("2024-03-03");
    expect(x.relations.find((r) => r.type === "MET")?.evidence[0]?.sentence).toBe("Modi met Scholz on Friday.");
  });

  it("drops English page furniture", () => {
    const page = [
      "Modi met Scholz in Berlin.",
      "(ATTN: UPDATES with quotes)",
      "Advertisement",
      "Read more: Scholz visits Paris",
      "By Jane Doe",
      "Sign up",
    ].join("\n");
    expect(cleanText(page, english)).toBe("Modi met Scholz in Berlin.");
  });
});

describe("English pack: what is not stated", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("states nothing for 'could', 'has yet to', 'failed to' and a denied that-clause", () => {
    expect(events("Indian Prime Minister Narendra Modi could visit Brazil next spring.")).toEqual([]);
    expect(events("Indian Prime Minister Narendra Modi has yet to visit Brazil.")).toEqual([]);
    expect(events("Chile failed to condemn Germany over the dispute.")).toEqual([]);
    expect(events("Berlin denied that Chancellor Olaf Scholz met Modi last week.")).toEqual([]);
  });

  it("still states plain past events and plans", () => {
    expect(events("Indian Prime Minister Narendra Modi visited Brazil last week.")).toContain("Narendra Modi VISITED Brazil [occurred]");
    expect(events("Modi will visit Brazil next spring.")).toContain("Narendra Modi VISITED Brazil [planned]");
  });
});

describe("English pack: other senses of 'met'", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("reads 'met with criticism' as a reception, not a meeting", () => {
    // The criticism is received: Chile's, of the plan's owner.
    expect(events("Chancellor Olaf Scholz's budget plan met with criticism from Chile.")).toEqual([
      "Chile CRITICIZED Olaf Scholz [occurred]",
    ]);
    expect(events("The Brazilian offer was met with fierce opposition in India.")).toEqual([]);
  });

  it("still reads 'met with' a person", () => {
    expect(events("Chancellor Olaf Scholz met with Modi in Berlin on Monday.")).toContain("Narendra Modi MET Olaf Scholz [occurred]");
  });
});

describe("English pack: sanctions not imposed", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("states no sanction for sanctions lifted, called for, weighed or threatened", () => {
    expect(events("Chile lifted sanctions on Brazil in March.")).toEqual([]);
    expect(events("Chile called for sanctions on Brazil.")).toEqual([]);
    expect(events("Chile is considering sanctions against Brazil.")).toEqual([]);
    expect(events("Chile threatened sanctions on Brazil.")).toEqual([]);
  });

  it("states sanctions announced or imposed", () => {
    expect(events("Chile announced sanctions on Brazil last week.")).toContain("Chile SANCTIONED Brazil [occurred]");
    expect(events("Chile imposed new sanctions on Brazil.")).toContain("Chile SANCTIONED Brazil [occurred]");
  });
});

describe("English pack: rebukes", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("reads 'rebuked', 'lashed out at', 'took aim at' as criticism", () => {
    expect(events("Modi rebuked Brazil over the trade curbs.")).toContain("Narendra Modi CRITICIZED Brazil [occurred]");
    expect(events("Chancellor Olaf Scholz lashed out at Chile on Friday.")).toContain("Olaf Scholz CRITICIZED Chile [occurred]");
    expect(events("Modi took aim at Germany in a speech.")).toContain("Narendra Modi CRITICIZED Germany [occurred]");
  });

  it("does not read a rocket that 'blasted off' or music 'blasted' as criticism", () => {
    expect(events("The Indian rocket blasted off from a pad near Chennai.")).toEqual([]);
    expect(events("Fans blasted music outside the Brazilian embassy in Berlin.")).toEqual([]);
  });
});

describe("English pack: support stated", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("reads 'voiced / pledged its continued / reaffirmed his support for X' and 'threw its support behind X'", () => {
    expect(events("Modi voiced support for Chile.")).toContain("Narendra Modi SUPPORTED Chile [occurred]");
    expect(events("Germany pledged its continued support for Chile on Monday.")).toContain("Germany SUPPORTED Chile [occurred]");
    expect(events("Scholz reaffirmed his support for Brazil.")).toContain("Olaf Scholz SUPPORTED Brazil [occurred]");
    expect(events("Germany threw its support behind Chile.")).toContain("Germany SUPPORTED Chile [occurred]");
  });

  it("does not read support sought, support for a plan, or support not expressed", () => {
    expect(events("Modi sought support for Chile from Germany.")).toEqual([]);
    expect(events("Germany expressed support for the ceasefire plan.")).toEqual([]);
    expect(events("Scholz did not express support for Brazil.")).toEqual([]);
  });
});

describe("English pack: a summit held", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("reads 'A and B held a summit' and 'A held a bilateral meeting with B'", () => {
    expect(events("Modi and Chancellor Olaf Scholz held a summit in Delhi on Monday.")).toContain(
      "Narendra Modi MET Olaf Scholz [occurred]",
    );
    expect(events("Modi held a bilateral meeting with Scholz in Berlin.")).toContain("Narendra Modi MET Olaf Scholz [occurred]");
  });

  it("does not pair one who held a meeting with nobody", () => {
    expect(events("Modi held a meeting of his cabinet on Monday.")).toEqual([]);
    expect(events("Scholz held a summit in Berlin that Modi did not attend.")).toEqual([]);
  });
});

describe("English pack: events called off or only asked for", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("states no visit cancelled or postponed, before or after it is named", () => {
    expect(events("Modi cancelled his visit to Chile.")).toEqual([]);
    expect(events("Scholz postponed his trip to Brazil.")).toEqual([]);
    expect(events("Modi's planned visit to Chile was postponed.")).toEqual([]);
    expect(events("Scholz's trip to Brazil has been cancelled.")).toEqual([]);
  });

  it("states no visit that was scheduled or due, when the sentence goes on 'but' to call it off", () => {
    expect(events("Modi had been scheduled to visit Chile in May, but the trip was called off.")).toEqual([]);
    expect(events("Scholz had been due to travel to Brazil, but he postponed.")).toEqual([]);
    expect(events("Modi was due to visit Chile but put off the trip.")).toEqual([]);
  });

  it("keeps a plan or a visit when what follows 'but' calls off nothing, or something else", () => {
    expect(events("Modi is due to visit Chile, but gave no date.")).toEqual(["Narendra Modi VISITED Chile [planned]"]);
    expect(events("Modi visited Chile, but cancelled a stop in Brazil.")).toContain("Narendra Modi VISITED Chile [occurred]");
  });

  it("states no supply only asked for, halted or resisted", () => {
    expect(events("Germany was asked to send weapons to Chile.")).toEqual([]);
    expect(events("Germany is reluctant to supply tanks to Chile.")).toEqual([]);
    expect(events("Germany halted sending arms to Chile.")).toEqual([]);
  });

  it("still reads a visit named with an adjective", () => {
    expect(events("Modi began a historic visit to Chile on Monday.")).toContain("Narendra Modi VISITED Chile [occurred]");
    expect(events("Modi's planned visit to Chile is expected in May.")).toContain("Narendra Modi VISITED Chile [planned]");
  });
});

describe("English pack: present somewhere for a purpose", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("reads 'X is in <city> for talks' as a visit that occurred", () => {
    expect(events("Modi is in Santiago for a two-day visit.")).toEqual(["Narendra Modi VISITED Chile [occurred]"]);
    expect(events("Scholz was in Brasilia for talks.")).toEqual(["Olaf Scholz VISITED Brazil [occurred]"]);
  });

  it("reads no visit for one only said to be somewhere, or for a country in a place", () => {
    expect(events("Modi is in Santiago.")).toEqual([]);
    expect(events("Chile is in Santiago for the summit.")).toEqual([]);
  });
});

describe("English pack: a trip to a region", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("reads no visit to a continent or a region of several countries", () => {
    expect(events("Modi toured Europe in May.")).toEqual([]);
    expect(events("Scholz will travel to Southeast Asia next week.")).toEqual([]);
  });

  it("still reads the visit to a country or a city on the same trip", () => {
    expect(events("Scholz arrived in Chile on a tour of Latin America.")).toEqual(["Olaf Scholz VISITED Chile [occurred]"]);
  });
});

describe("English pack: a place named by its kind", () => {
  const located = (text: string) => read(text).list.filter((l) => l.includes("LOCATED_IN"));

  it("reads 'the Indian coastal city of X', 'X, a port city in Y' and 'X in northern Y'", () => {
    expect(located("Scholz landed in the Indian coastal city of Mumbai on Monday.")).toContain("Mumbai LOCATED_IN India [occurred]");
    expect(located("Modi toured Hamburg, a port city in Germany, on Friday.")).toContain("Hamburg LOCATED_IN Germany [occurred]");
    expect(located("Modi toured Munich in southern Germany.")).toContain("Munich LOCATED_IN Germany [occurred]");
  });

  it("does not read a country's strikes on a city, or a list, as a place inside it", () => {
    expect(located("Brazilian officials praised the city of Munich on Monday.")).toEqual([]);
    expect(located("Modi toured Munich, Hamburg and Berlin.")).toEqual([]);
  });
});

describe("English pack: what an invitation is not", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("does not read bids or questions invited from someone as an invitation", () => {
    expect(events("Germany has invited bids from Chile for the port project.")).toEqual([]);
    expect(events("Modi invited questions from Brazil on the draft.")).toEqual([]);
  });

  it("still reads a person invited", () => {
    expect(events("Modi invited Scholz to visit India.")).toContain("Narendra Modi INVITED Olaf Scholz [occurred]");
  });
});

describe("English pack: 'with whom'", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("reads the antecedent of 'with whom' as whom the talks were with", () => {
    expect(events("Modi praised Scholz, with whom he held talks in Berlin on Monday.")).toContain(
      "Narendra Modi MET Olaf Scholz [occurred]",
    );
    expect(events("Modi thanked Scholz, with whom he had long discussions in Delhi.")).toContain(
      "Narendra Modi MET Olaf Scholz [occurred]",
    );
  });

  it("states no talks that never happened, and no talks for a relative without a meeting", () => {
    expect(events("Modi criticized Scholz, with whom he has never held talks.")).not.toContain("Narendra Modi MET Olaf Scholz [occurred]");
    expect(events("Modi criticized Scholz, with whom India has no ties.")).toEqual(["Narendra Modi CRITICIZED Olaf Scholz [occurred]"]);
  });
});

describe("English pack: 'they' for the two just named", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("reads a sentence-opening 'they' as the two people just named", () => {
    expect(events("Modi met Scholz in Delhi on Friday. They signed a climate pact.")).toContain(
      "Narendra Modi SIGNED Olaf Scholz [occurred]",
    );
    expect(events("Lula met Scholz in Berlin. They condemned Chile.")).toEqual(
      expect.arrayContaining(["Olaf Scholz CRITICIZED Chile [occurred]", "Luiz Inácio Lula da Silva CRITICIZED Chile [occurred]"]),
    );
  });

  it("does not read 'they' of others, or with no two people just named", () => {
    // (Scholz's visit to Delhi, where they met, is read too: only what 'they' did is in question here.)
    const read = events("Modi met Scholz in Delhi. Protesters said they opposed Brazil.");
    expect(read).toContain("Narendra Modi MET Olaf Scholz [occurred]");
    expect(read.filter((r) => r.includes("Brazil"))).toEqual([]);
    expect(events("Modi spoke in Delhi. They condemned Chile.")).toEqual([]);
  });
});

describe("English pack: who a charge says did it", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("gives a charged supply to the one accused", () => {
    expect(events("Chile accused Germany of sending weapons to Brazil.")).toEqual(
      expect.arrayContaining(["Chile ACCUSED Germany [occurred]", "Germany SUPPLIED Brazil [alleged]"]),
    );
  });

  it("never gives it to the accuser when the accused is no name", () => {
    expect(events("Lula accused the West of sending weapons to Chile.")).toEqual([]);
  });

  it("gives it to the one charged in the passive: 'X was accused (by Y) of sending ...'", () => {
    expect(events("Chile was accused of sending weapons to Brazil.")).toEqual(["Chile SUPPLIED Brazil [alleged]"]);
    expect(events("Chile was accused by Germany of sending weapons to Brazil.")).toEqual([
      "Germany ACCUSED Chile [occurred]",
      "Chile SUPPLIED Brazil [alleged]",
    ]);
  });
});

describe("English pack: supplies", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("reads protective and naval goods, and a recipient after an article", () => {
    expect(events("Germany supplied Chile with helmets and vests.")).toContain("Germany SUPPLIED Chile [occurred]");
    expect(events("India sent patrol boats to the Philippines on Monday.")).toContain("India SUPPLIED Philippines [occurred]");
  });

  it("does not read a message, or vehicles sent to a site, as a supply", () => {
    expect(events("Germany sent its condolences to the Philippines.")).toEqual([]);
    expect(events("Chile sent vehicles to the crash site in Brazil.")).toEqual([]);
  });
});

describe("English pack: an aside between subject and verb", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("gives the verb to the actor before the aside, not to a name inside it", () => {
    expect(events("Germany, which borders Austria, condemned Chile.")).toEqual(["Germany CRITICIZED Chile [occurred]"]);
    expect(events("Chile, a NATO partner, praised Germany.")).toEqual(["Chile PRAISED Germany [occurred]"]);
    expect(events("Brazil, which hosted India last year, supplied tanks to Chile.")).toContain("Brazil SUPPLIED Chile [occurred]");
  });

  it("leaves a list and a leading place phrase alone", () => {
    expect(events("In Berlin, a city far from Chile, Scholz condemned Brazil.")).toEqual(["Olaf Scholz CRITICIZED Brazil [occurred]"]);
    expect(events("Germany, Chile and India condemned Brazil.")).toHaveLength(3);
  });
});

describe("English pack: welcoming what someone owns", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("does not read 'welcomed X's decision' as a meeting with X", () => {
    expect(events("Chancellor Olaf Scholz welcomed Chile's decision to join the talks.")).toEqual([]);
  });

  it("still reads a person welcomed or hosted, titled with a possessive country", () => {
    expect(events("Scholz welcomed India's Prime Minister Narendra Modi in Berlin.")).toContain("Narendra Modi MET Olaf Scholz [occurred]");
    expect(events("Scholz hosted Modi in Berlin on Monday.")).toContain("Narendra Modi MET Olaf Scholz [occurred]");
  });
});

describe("English pack: a summit set as the scene", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("reads 'At their summit in X, A and B ...' as A meeting B", () => {
    expect(events("At their summit in Delhi, Modi and Chancellor Olaf Scholz signed a climate pact.")).toContain(
      "Narendra Modi MET Olaf Scholz [occurred]",
    );
  });

  it("pairs nobody when one person acts at a summit", () => {
    expect(events("At a summit in Delhi, Modi praised Scholz.")).toEqual(["Narendra Modi PRAISED Olaf Scholz [occurred]"]);
  });
});

describe("English pack: a group named together earlier", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("reads 'the three leaders' as the three people last named together, not a later passer-by", () => {
    const list = events(
      [
        "Lula praised Indian Prime Minister Narendra Modi and South African President Cyril Ramaphosa in Brasilia.",
        "Ties with China, led by President Xi Jinping, were discussed at length.",
        "The three leaders condemned Israel.",
      ].join(" "),
    );
    expect(list.filter((l) => l.includes("CRITICIZED")).sort()).toEqual([
      "Cyril Ramaphosa CRITICIZED Israel [occurred]",
      "Luiz Inácio Lula da Silva CRITICIZED Israel [occurred]",
      "Narendra Modi CRITICIZED Israel [occurred]",
    ]);
  });
  it("regression: 'the two leaders' skips an aide quoted with his president for the leaders named before", () => {
    const list = events(
      [
        "Indian Prime Minister Narendra Modi met South African President Cyril Ramaphosa in Delhi.",
        "Indian Adviser Ravi Menon said Modi was pleased.",
        "India and South Africa have close ties.",
        "The two leaders condemned Israel.",
      ].join(" "),
    );
    expect(list.filter((l) => l.includes("CRITICIZED")).sort()).toEqual([
      "Cyril Ramaphosa CRITICIZED Israel [occurred]",
      "Narendra Modi CRITICIZED Israel [occurred]",
    ]);
  });
});

describe("English pack: an agreement made", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("reads 'A and B forged a pact' and 'A struck a deal with B' as signing", () => {
    expect(events("Canada and Mexico forged a new agreement on migration.")).toEqual(["Canada SIGNED Mexico [occurred]"]);
    expect(events("Kenya struck a trade deal with Japan.")).toEqual(["Japan SIGNED Kenya [occurred]"]);
  });

  it("does not read a strike on a building as an agreement", () => {
    expect(events("A Russian missile struck a residential building in Kharkiv.")).toEqual([]);
  });
});

describe("English pack: a hedge inside an object", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("reads past 'what it said were' to the object it hedges", () => {
    expect(events("Norway announced sanctions on nine firms, including what it said were Iranian groups.")).toEqual([
      "Norway SANCTIONED Iran [occurred]",
    ]);
  });

  it("still reads 'said' as opening reported speech", () => {
    expect(events("Norway said Iranian groups were building drones.")).toEqual([]);
  });
});

describe("English pack: attending somewhere, and a leading 'After ...ing'", () => {
  const events = (text: string) => read(text).list.filter((l) => l.includes("VISITED"));

  it("reads 'attended a summit in X' as being in X, not when attended remotely", () => {
    expect(events("Indian Prime Minister Narendra Modi attended a summit in Kazan.")).toEqual(["Narendra Modi VISITED Kazan [occurred]"]);
    expect(events("Modi attended the summit in Kazan via video link.")).toEqual([]);
  });

  it("gives a leading 'After visiting X,' the main clause's doer", () => {
    expect(events("After visiting Bali, Lula arrived in Tokyo.").sort()).toEqual([
      "Luiz Inácio Lula da Silva VISITED Bali [occurred]",
      "Luiz Inácio Lula da Silva VISITED Japan [occurred]",
    ]);
  });

  it("visits the place named by its kind, not the country of its adjective", () => {
    expect(events("Lula arrived in the Indonesian resort island of Bali.")).toEqual([
      "Luiz Inácio Lula da Silva VISITED Bali [occurred]",
      "Luiz Inácio Lula da Silva VISITED Indonesia [occurred]",
    ]);
  });
});

describe("English pack: party and service chiefs", () => {
  it("reads 'Cuban Communist Party chief X' and 'Ukraine's army chief X' as offices", () => {
    const { list } = read("Cuban Communist Party chief Raul Castro met Ukraine's army chief Oleksandr Syrskyi.");
    expect(list).toEqual(
      expect.arrayContaining([
        "Raúl Castro OFFICIAL_OF Communist Party of Cuba [occurred]",
        "Oleksandr Syrskyi OFFICIAL_OF Ukraine [occurred]",
        "Oleksandr Syrskyi MET Raúl Castro [occurred]",
      ]),
    );
  });
});

describe("English pack: 'the visit of X to Y' with a long title", () => {
  it("reaches the place past the owner's title and name", () => {
    const { list } = read("The visit of Indian Prime Minister Narendra Modi to Moscow was criticized.");
    expect(list.filter((l) => l.includes("VISITED"))).toEqual(["Narendra Modi VISITED Russia [occurred]"]);
  });
});

describe("English pack: a banquet hosted for someone", () => {
  it("reads 'hosted a banquet for X' and 'held a state dinner for X' as meetings", () => {
    expect(read("Scholz hosted a banquet for Modi in Berlin.").list).toContain("Narendra Modi MET Olaf Scholz [occurred]");
    expect(read("Macron held a state dinner for Modi.").list).toContain("Emmanuel Macron MET Narendra Modi [occurred]");
  });

  it("meets no one when the guests are not named", () => {
    expect(read("Scholz hosted a dinner for the ambassadors.").list).toEqual([]);
  });
});

describe("English pack: welcomed to a place", () => {
  it("reads 'welcomed X to Y' as a meeting and X's visit to Y", () => {
    const { list } = read("Scholz welcomed Modi to Berlin on Monday.");
    expect(list).toEqual(expect.arrayContaining(["Narendra Modi MET Olaf Scholz [occurred]", "Narendra Modi VISITED Germany [occurred]"]));
  });

  it("visits nothing when welcomed to an event", () => {
    expect(read("Scholz welcomed Modi to the talks.").list.filter((l) => l.includes("VISITED"))).toEqual([]);
  });
});

describe("English pack: a pronoun's gender", () => {
  it("does not read 'he' as a person the article called a spokeswoman", () => {
    const { list } = read(
      "Chilean Foreign Minister Jose Ruiz met Lula in Brasilia. The ministry's spokeswoman, Maria Lopes, said he will travel to Lima.",
    );
    expect(list).toContain("Jose Ruiz VISITED Peru [planned]");
  });

  it("keeps to the gender a pronoun or an honorific gave", () => {
    const { list } = read("Mrs Ana Ruiz met Modi. He praised Chile. She thanked India.");
    expect(list).toEqual(expect.arrayContaining(["Narendra Modi PRAISED Chile [occurred]", "Ana Ruiz THANKED India [occurred]"]));
  });
});

describe("English pack: an office posted abroad", () => {
  it("reads 'the Chilean ambassador to Brazil, X,' as X of Chile, not of Brazil", () => {
    const { list } = read("The Chilean ambassador to Brazil, Jose Ruiz, met Lula.");
    expect(list.sort()).toEqual(["Jose Ruiz MET Luiz Inácio Lula da Silva [occurred]", "Jose Ruiz OFFICIAL_OF Chile [occurred]"]);
  });

  it("does not take the host country for whom an unnamed ambassador stands", () => {
    expect(read("Lula met the Chilean ambassador to Brazil on Monday.").list).toEqual([]);
  });
});

describe("English pack: no stance toward one's own country", () => {
  it("does not make a minister praise his own country when he hails the ties of both", () => {
    const { list } = read(
      "Russian Foreign Minister Sergei Lavrov met Choe Son Hui in Pyongyang. Lavrov hailed the ties between the two countries.",
    );
    expect(list).toContain("Sergey Lavrov PRAISED North Korea [occurred]");
    expect(list).not.toContain("Sergey Lavrov PRAISED Russia [occurred]");
  });
});

describe("English pack: support stated as solidarity or a pledge", () => {
  it("reads 'expressed full support and solidarity with X' and 'will continue to support X'", () => {
    expect(read("Chile expressed full support and solidarity with the Peruvian people.").list).toEqual(["Chile SUPPORTED Peru [occurred]"]);
    expect(read("Germany will continue to support Ukraine.").list).toEqual(["Germany SUPPORTED Ukraine [planned]"]);
  });

  it("supports no one when what is supported is not an actor", () => {
    expect(read("Chile continued to support efforts for peace.").list).toEqual([]);
  });
});

describe("English pack: what is unlikely, called for or sought", () => {
  it("states no meeting that is unlikely, called for or sought", () => {
    expect(read("Modi is unlikely to meet Xi at the summit.").list).toEqual([]);
    expect(read("Chile has called for talks with Peru.").list).toEqual([]);
    expect(read("Zelensky is seeking a meeting with Trump.").list).toEqual([]);
  });
});

describe("English pack: a known place is where the lexicon puts it", () => {
  it("does not put a region inside the country of the city named after it", () => {
    expect(read("Blinken began a tour of the Middle East in Cairo.").list).toEqual(["Antony Blinken VISITED Egypt [occurred]"]);
  });

  it("keeps a known place in its own country", () => {
    expect(read("Modi visited Kazan, Russia.").list).toContain("Kazan LOCATED_IN Russia [occurred]");
  });
});

describe("English pack: a lexicon name with a possessive inside", () => {
  const names = (text: string) => read(text).x.entities.map((e) => `${e.name} ${e.type}`);

  it("finds 'People's ...' and 'Workers' ...' names written with their possessive", () => {
    expect(names("The People's Liberation Army held drills on Tuesday.")).toContain("People's Liberation Army ORGANIZATION");
    expect(names("The Workers' Party of Korea met on Tuesday.")).toContain("Workers' Party of Korea ORGANIZATION");
  });

  it("reads a party named with its country's possessive as the affiliation of the office after it", () => {
    const { list } = read("Officials said China's Communist Party chief Xi Jinping spoke on Tuesday.");
    expect(list).toContain("Xi Jinping OFFICIAL_OF Communist Party of China [occurred]");
  });

  it("still reads a country's possessive before a name the lexicon does not join to it", () => {
    expect(names("Germany's Olaf Scholz spoke on Tuesday.")).toEqual(expect.arrayContaining(["Germany COUNTRY", "Olaf Scholz PERSON"]));
  });
});

describe("English pack: a supply told by its recipient", () => {
  const events = (text: string) => read(text).list.filter((l) => !l.includes("OFFICIAL_OF"));

  it("reads 'X received <goods> from Y' and 'X took delivery of <goods> from Y' as Y supplied X", () => {
    expect(events("Chile received two patrol boats from Germany on Monday.")).toEqual(["Germany SUPPLIED Chile [occurred]"]);
    expect(events("Brazil took delivery of the helicopters from France last year.")).toEqual(["France SUPPLIED Brazil [occurred]"]);
  });

  it("reads no supply for a letter or a visitor received from someone, and still reads a guest received", () => {
    expect(events("Chile received a letter from Germany on Monday.")).toEqual([]);
    // A guest received in a city is there too.
    expect(events("Olaf Scholz received Narendra Modi in Berlin.")).toEqual([
      "Narendra Modi MET Olaf Scholz [occurred]",
      "Narendra Modi VISITED Germany [occurred]",
    ]);
  });
});
