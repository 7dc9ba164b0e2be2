import { describe, expect, it } from "vitest";
import { loadLexicon } from "../src/lexicon/load-lexicon.ts";
import { extractArticle } from "../src/pipeline.ts";

// English standing facts (PARENT_OF, LOCATED_IN) in the shapes wire copy gives them, on invented sentences.
const lexicon = loadLexicon();

function extract(text: string) {
  return extractArticle({ id: "a", file: "a.txt", text, lang: "en", published: "2024-06-20" }, lexicon);
}

/** Standing facts of one type as "source TYPE target". */
function facts(text: string, type: "PARENT_OF" | "LOCATED_IN"): string[] {
  const x = extract(text);
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.filter((r) => r.type === type).map((r) => `${name.get(r.source)} ${type} ${name.get(r.target)}`);
}

const names = (text: string) => extract(text).entities.map((e) => `${e.type}:${e.name}`);

describe("English standing facts: an office left, said after it ('Emperor Emeritus X')", () => {
  it("keeps 'Emeritus' out of the name, so the kin named is the one person", () => {
    const text = "Tomas Leal, 59, succeeded his father, Emperor Emeritus Omar Leal, who retired in May.";
    expect(facts(text, "PARENT_OF")).toEqual(["Omar Leal PARENT_OF Tomas Leal"]);
    expect(names(text)).not.toContain("PERSON:Emeritus Omar Leal");
  });
});

describe("English standing facts: a date word before a comma and a place", () => {
  it("reads no place named 'July' in 'signed in July, Seoul is ...', and still places an unknown town before its country", () => {
    expect(facts("Under the contract signed in July, Seoul is to supply Warsaw with tanks.", "LOCATED_IN")).toEqual([]);
    expect(facts("The plant in Gliwice, Poland, opened on Monday.", "LOCATED_IN")).toEqual(["Gliwice LOCATED_IN Poland"]);
  });
});

describe("English standing facts: kin named after a possessive", () => {
  it("reads 'his eldest son X' as the pronoun's person's child, past words that describe the kin", () => {
    const text = "President Emmerson Mnangagwa toured a mine on Monday. His eldest son David Mnangagwa was also there.";
    expect(facts(text, "PARENT_OF")).toEqual(["Emmerson Mnangagwa PARENT_OF David Mnangagwa"]);
  });

  it("reads 'X's father Y' and 'Y, X's father,' both ways round", () => {
    expect(facts("Pakistani Prime Minister Shehbaz Sharif said Maryam Nawaz's father Nawaz Sharif would return.", "PARENT_OF")).toEqual([
      "Nawaz Sharif PARENT_OF Maryam Nawaz",
    ]);
    expect(facts("Voters cheered former prime minister Nawaz Sharif, Maryam Nawaz's father, in Lahore.", "PARENT_OF")).toEqual([
      "Nawaz Sharif PARENT_OF Maryam Nawaz",
    ]);
  });

  it("reads a kin word joined onto an apposition's office: 'X, the president of Y and father of Z,'", () => {
    const text = "Hun Sen, the president of the Cambodian Senate and father of Hun Manet, criticised the plan.";
    expect(facts(text, "PARENT_OF")).toEqual(["Hun Sen PARENT_OF Hun Manet"]);
  });

  it("keeps a kin's given name before a known surname as someone else of the family", () => {
    expect(names("His daughter Sarah Putin spoke.")).toContain("PERSON:Sarah Putin");
    expect(names("His daughter Sarah Putin spoke.")).not.toContain("PERSON:Vladimir Putin");
  });

  it("reads 'X, whose father (and namesake) Y' as Y the parent of X", () => {
    expect(facts("Jonas Lindqvist, whose father Erik Lindqvist led Kenya for a decade, spoke on Monday.", "PARENT_OF")).toEqual([
      "Erik Lindqvist PARENT_OF Jonas Lindqvist",
    ]);
    expect(facts("Jonas Lindqvist, whose father and namesake Erik Lindqvist ruled Kenya, spoke.", "PARENT_OF")).toEqual([
      "Erik Lindqvist PARENT_OF Jonas Lindqvist",
    ]);
    expect(facts("Jonas Lindqvist, whose party backed Erik Sundqvist, spoke.", "PARENT_OF")).toEqual([]);
  });

  it("reads no kin from a sibling, or from a kin word with no name after it", () => {
    expect(facts("Former president Mahinda Rajapaksa, Mr Gotabaya's brother, spoke in Colombo.", "PARENT_OF")).toEqual([]);
    expect(facts("Ali Khamenei said his son was not a candidate.", "PARENT_OF")).toEqual([]);
  });
});

describe("English standing facts: places named with their kind", () => {
  it("reads 'X province', 'the X region' and 'X Island' as places, the kind no part of the name", () => {
    const found = names("Floods hit Quang Nam province and the Kherson region, and troops landed on Jeju Island.");
    expect(found).toEqual(expect.arrayContaining(["LOCATION:Quang Nam", "LOCATION:Kherson", "LOCATION:Jeju"]));
  });

  it("reads 'the city of X' and 'the port of X' as X, the kind no part of the place the lexicon does not know", () => {
    const found = names("Talks were held in the port city of Bellmarsh, Chile's second port, and later in the port of Ostravel.");
    expect(found).toEqual(expect.arrayContaining(["LOCATION:Bellmarsh", "LOCATION:Ostravel"]));
    expect(found.filter((n) => n.includes(" of "))).toEqual([]);
  });

  it("does not read a state's name from 'Islamic State' or a lower-case word before a kind", () => {
    const found = names("Islamic State claimed the attack on a border region.");
    expect(found.filter((n) => n.startsWith("LOCATION:"))).toEqual([]);
  });

  it("reads a place owned by a country: 'Russia's Belgorod region', 'China's Sichuan province'", () => {
    expect(facts("Troops moved to Russia's Belgorod region and then to China's Sichuan province.", "LOCATED_IN")).toEqual([
      "Belgorod LOCATED_IN Russia",
      "Sichuan LOCATED_IN China",
    ]);
  });

  it("reads 'X, (the) capital of Y's Z' as X in Z, and Z in Y", () => {
    expect(facts("The delegation flew to Chengdu, capital of southwest China's Sichuan province.", "LOCATED_IN")).toEqual([
      "Sichuan LOCATED_IN China",
      "Chengdu LOCATED_IN Sichuan",
    ]);
  });

  it("reads 'the <nationality> island of X' as X in the country, the kind opening X's mention", () => {
    expect(facts("A ferry ran aground off the Greek island of Crete.", "LOCATED_IN")).toEqual(["Crete LOCATED_IN Greece"]);
    expect(facts("Refugees crossed from Syria into the city of Tyre.", "LOCATED_IN")).toEqual([]);
  });

  it("reads 'the <nationality> state of X' as a place, and 'Y, a town in the <nationality> state of X' as Y in X", () => {
    expect(facts("Rebels struck Jalingo, a town in the northeastern Nigerian state of Borno, on Monday.", "LOCATED_IN")).toEqual([
      "Jalingo LOCATED_IN Borno",
      "Borno LOCATED_IN Nigeria",
    ]);
    expect(names("Leaders discussed the state of the economy.")).toEqual([]);
  });

  it("reads 'X in Y's Z region' as X in Z, and Z in Y", () => {
    expect(facts("Rescuers reached Chengdu in China's Sichuan province by noon.", "LOCATED_IN")).toEqual([
      "Sichuan LOCATED_IN China",
      "Chengdu LOCATED_IN Sichuan",
    ]);
  });

  it("reads 'X, a/an <any description> <kind> in Y' as X in Y", () => {
    expect(facts("The summit will be held in Hoi An, an ancient town in Quang Nam province.", "LOCATED_IN")).toEqual([
      "Hội An LOCATED_IN Quang Nam",
    ]);
    expect(facts("Talks opened in Gyeongju, a historic city in North Gyeongsang Province.", "LOCATED_IN")).toEqual([
      "Gyeongju LOCATED_IN North Gyeongsang",
    ]);
  });

  it("reads 'X, the capital of Y' and 'the municipality of Y' with Y a place the lexicon does not know", () => {
    expect(facts("The envoy flew on to Bhopal, the capital of Madhya Pradesh, on Monday.", "LOCATED_IN")).toEqual([
      "Bhopal LOCATED_IN Madhya Pradesh",
    ]);
    expect(facts("Police sealed off Dolni Vrh, a village in the municipality of Strezovac in eastern Serbia.", "LOCATED_IN")).toEqual([
      "Dolni Vrh LOCATED_IN Strezovac",
      "Strezovac LOCATED_IN Serbia",
    ]);
  });

  it("reads 'X, a <kind> in <compass point> Y's Z' as X in Z: the compass point as a noun before the owner", () => {
    expect(facts("The ministers met in Yantai, a port city in east China's Shandong province, on Friday.", "LOCATED_IN")).toEqual([
      "Shandong LOCATED_IN China",
      "Yantai LOCATED_IN Shandong",
    ]);
  });

  it("reads a place owned past words of direction or kind: 'Y's western X region', 'Y's eastern province of X'", () => {
    expect(facts("Shells fell on Russia's western Bryansk region overnight.", "LOCATED_IN")).toEqual(["Bryansk LOCATED_IN Russia"]);
    expect(facts("Inspectors visited a refinery in China's eastern province of Zhejiang.", "LOCATED_IN")).toEqual([
      "Zhejiang LOCATED_IN China",
    ]);
    // Not past other words: "Ukraine's forces entered X" places nothing.
    expect(facts("Ukraine's troops entered Bryansk on Monday.", "LOCATED_IN")).toEqual([]);
  });

  it("reads 'the X region of (neighbouring) Y' and 'the X and Z regions of Y' as each in Y", () => {
    expect(facts("Miners dug in the Samarkand region of central Uzbekistan.", "LOCATED_IN")).toEqual(["Samarkand LOCATED_IN Uzbekistan"]);
    expect(facts("Drones struck the Kursk and Belgorod regions of Russia on Monday.", "LOCATED_IN")).toEqual([
      "Kursk LOCATED_IN Russia",
      "Belgorod LOCATED_IN Russia",
    ]);
    // "of" after a kind with no place after it names nothing.
    expect(facts("Leaders of the Kherson region of the opposition met.", "LOCATED_IN")).toEqual([]);
  });

  it("reads 'X, in (southern) Y', 'X, in Y's Z' and 'X, in the south-eastern region of Y' with X a place not known", () => {
    expect(facts("Raids went on in Tubas, in the occupied West Bank, and in Tarnow, in southern Poland.", "LOCATED_IN")).toEqual([
      "Tarnow LOCATED_IN Poland",
      "Tubas LOCATED_IN West Bank",
    ]);
    expect(facts("The ship will stop at Las Palmas, in Spain's Canary Islands, next week.", "LOCATED_IN")).toEqual([
      "Las Palmas LOCATED_IN Canary Islands",
      "Canary Islands LOCATED_IN Spain",
    ]);
    expect(facts("She will train in Cartagena, in the south-eastern region of Murcia.", "LOCATED_IN")).toEqual([
      "Cartagena LOCATED_IN Murcia",
    ]);
    expect(facts("The forum opens in Cuiaba, in Brazil's Mato Grosso state, in May.", "LOCATED_IN")).toEqual([
      "Cuiaba LOCATED_IN Mato Grosso",
      "Mato Grosso LOCATED_IN Brazil",
    ]);
  });

  it("reads no place from 'X, in what Y called ...' nor a state's kind with no owner", () => {
    expect(facts("Drones fell near Kidal town, in what the Sahel juntas called an attack.", "LOCATED_IN")).toEqual([]);
    expect(names("Israel calls itself the Jewish state.")).toEqual(["COUNTRY:Israel"]);
  });

  it("reads a located clause after a place's comma: 'X, located in (southern) Y', 'X, which lies within Y'", () => {
    expect(facts("Shelling hit Kharkiv, located in eastern Ukraine, overnight.", "LOCATED_IN")).toEqual(["Kharkiv LOCATED_IN Ukraine"]);
    expect(facts("Floods hit Chengdu, which lies in China's Sichuan province, on Monday.", "LOCATED_IN")).toEqual([
      "Sichuan LOCATED_IN China",
      "Chengdu LOCATED_IN Sichuan",
    ]);
    // "near" places nothing inside anything.
    expect(facts("Crowds gathered in Geneva, located near France.", "LOCATED_IN")).toEqual([]);
  });

  it("reads a place said to be part of another: 'X is part of Y', 'X, which forms part of Y'", () => {
    expect(facts("Fishing is banned because Hokkaido is part of Japan.", "LOCATED_IN")).toEqual(["Hokkaido LOCATED_IN Japan"]);
    expect(facts("Storms hit Sapporo, which forms part of Hokkaido, on Monday.", "LOCATED_IN")).toEqual(["Sapporo LOCATED_IN Hokkaido"]);
    // Once part of a place is not where it lies now.
    expect(facts("Few recall that Hokkaido was part of Japan.", "LOCATED_IN")).toEqual([]);
  });

  it("reads no place from a clause after the comma: 'X, which is in Y' is not an apposition of kind", () => {
    expect(facts("Leaders met in Chengdu, where the capital of Sichuan hosted them.", "LOCATED_IN")).toEqual([]);
  });
});

describe("English standing facts: kin told by an owner or an apposition with an article", () => {
  const pairs = (text: string) => {
    const x = extractArticle({ id: "a", file: "a.txt", text, lang: "en", published: "2024-06-20" }, loadLexicon());
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    return x.relations.filter((r) => r.type === "PARENT_OF").map((r) => `${name.get(r.source)} PARENT_OF ${name.get(r.target)}`);
  };

  it("reads 'his son X' as the owner's child, never the other way", () => {
    expect(pairs("Boric pardoned his son Tomas Boric.")).toEqual(["Gabriel Boric PARENT_OF Tomas Boric"]);
    expect(pairs("Boric met Noboa with his daughter Rosa Vidal.")).toEqual(["Gabriel Boric PARENT_OF Rosa Vidal"]);
  });

  it("reads 'X, the (eldest) son of Y' and 'X, the mother of President Y'", () => {
    expect(pairs("Rosa Vidal, the eldest daughter of former leader Gabriel Boric, met Noboa.")).toEqual([
      "Gabriel Boric PARENT_OF Rosa Vidal",
    ]);
    expect(pairs("Rosa Vidal, the mother of Chilean President Gabriel Boric, spoke.")).toEqual(["Rosa Vidal PARENT_OF Gabriel Boric"]);
  });

  it("gives the kin's office to the one who holds it, not to the one named first", () => {
    const x = extractArticle(
      {
        id: "a",
        file: "a.txt",
        text: "Rosa Vidal, the daughter of Chilean President Gabriel Boric, spoke.",
        lang: "en",
        published: "2024-06-20",
      },
      loadLexicon(),
    );
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    expect(x.relations.filter((r) => r.type === "OFFICIAL_OF").map((r) => name.get(r.source))).toEqual(["Gabriel Boric"]);
  });
});

describe("English standing facts: 'X, (age,) the son of (a described) Y'", () => {
  it("reads a kin apposition after an article, past an age and past the words that describe the parent", () => {
    expect(facts("Defense Minister Juan Vega, the son of Carlos Vega, met Pashinyan.", "PARENT_OF")).toEqual([
      "Carlos Vega PARENT_OF Juan Vega",
    ]);
    expect(facts("Defense Minister Juan Vega met Pashinyan. Vega, 52, the son of steel tycoon Carlos Vega, spoke.", "PARENT_OF")).toEqual([
      "Carlos Vega PARENT_OF Juan Vega",
    ]);
  });

  it("reads no kin when the apposition names no kin word", () => {
    expect(facts("Defense Minister Juan Vega, 52, the friend of steel tycoon Carlos Vega, met Pashinyan.", "PARENT_OF")).toEqual([]);
  });
});

describe("English offices: a title that is part of a name", () => {
  it("holds no office when the lexicon's own name opens on it: 'Pope Francis'", () => {
    const x = extract("Pope Francis met the Chilean president in Rome on Monday.");
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    expect(x.entities.some((e) => e.name === "Pope Francis")).toBe(true);
    expect(x.relations.filter((r) => r.type === "OFFICIAL_OF").map((r) => name.get(r.source))).not.toContain("Pope Francis");
  });
});

describe("English standing facts: first-level divisions of large countries (lexicon data)", () => {
  it("knows a state or province as a place with no kind word or country named beside it", () => {
    expect(names("Storms cut power across Queensland and flooded farms in Saskatchewan.")).toEqual([
      "LOCATION:Queensland",
      "LOCATION:Saskatchewan",
    ]);
    // A stated place inside the division still reads through it.
    expect(facts("Troops were sent to Ufa, the capital of Bashkortostan.", "LOCATED_IN")).toEqual(["Ufa LOCATED_IN Bashkortostan"]);
  });

  it("reads 'Y's northern X state' with X a division the lexicon knows", () => {
    expect(facts("The firm will build a plant in Mexico's northern Sonora state.", "LOCATED_IN")).toEqual(["Sonora LOCATED_IN Mexico"]);
  });
});

describe("English standing facts: a known place named by a compass point and its kind ('the southern city of X')", () => {
  it("places it in the country the lexicon gives, whatever else the sentence names", () => {
    expect(facts("The delegation will fly on Friday to the southern city of Guangzhou.", "LOCATED_IN")).toEqual([
      "Guangzhou LOCATED_IN China",
    ]);
    // Troops of another country in the sentence do not move the city: Kherson stays in Ukraine.
    expect(facts("Russian troops shelled the southern city of Kherson again on Sunday.", "LOCATED_IN")).toEqual([
      "Kherson LOCATED_IN Ukraine",
    ]);
  });

  it("reads nothing from a kind with no compass point, or from a place the lexicon does not know", () => {
    expect(facts("Cargo was loaded at the port of Rajin on Monday.", "LOCATED_IN")).toEqual([]);
    expect(facts("Rain flooded the northern town of Valmora overnight.", "LOCATED_IN")).toEqual([]);
  });
});

describe("English standing facts: 'X, a city in the southern province of Y'", () => {
  it("puts X in Y when the place words after 'in' end in a kind and its 'of'", () => {
    expect(facts("Xi toured a mill in Yichun, a city in the southern province of Jiangxi, on Monday.", "LOCATED_IN")).toEqual([
      "Yichun LOCATED_IN Jiangxi",
      "Jiangxi LOCATED_IN China",
    ]);
    expect(facts("Rain hit Valmora, a town in the province of Tarapaca, overnight.", "LOCATED_IN")).toEqual([
      "Valmora LOCATED_IN Tarapaca",
    ]);
  });
});

describe("English standing facts: a resort named by its country ('the Peruvian resort of X')", () => {
  it("reads a resort as a kind of place in the country before it, and nothing from a resort unnamed", () => {
    expect(facts("The talks were held in the Peruvian resort of Paracas.", "LOCATED_IN")).toEqual(["Paracas LOCATED_IN Peru"]);
    expect(facts("Tourists crowded the seaside resort in Chile on Sunday.", "LOCATED_IN")).toEqual([]);
  });
});

describe("English standing facts: a building where leaders meet ('at the Marble Hall of X in Berlin, Germany')", () => {
  it("reads a run ending in a building's head word after 'at the' as a place, in the city or country after it", () => {
    const text = "Olaf Scholz met Petr Fiala at the Marble Hall of the Federal Chancellery in Berlin, Germany on Monday.";
    expect(facts(text, "LOCATED_IN")).toEqual(["Marble Hall of the Federal Chancellery LOCATED_IN Germany"]);
    expect(facts("Emmanuel Macron met Lula da Silva at the Planalto Palace in Brasilia.", "LOCATED_IN")).toEqual([
      "Planalto Palace LOCATED_IN Brazil",
    ]);
  });

  it("makes no place of a person's name that ends in such a word, nor of a building with no setting word", () => {
    expect(names("Stuart Hall said Kenya would send observers.")).not.toContain("LOCATION:Stuart Hall");
    expect(names("Pedro Sanchez toured the Moncloa Palace.")).not.toContain("LOCATION:Moncloa Palace");
  });
});

describe("English standing facts: an unknown place before a compass word and its country ('X, northern Ghana')", () => {
  it("reads the name as a place in that country", () => {
    expect(facts("Floods hit Tamale, northern Ghana, overnight.", "LOCATED_IN")).toEqual(["Tamale LOCATED_IN Ghana"]);
  });

  it("still makes a person of a name whose apposition is an office of the country", () => {
    expect(names("Ana Ruiz, southern Chile's governor, spoke.")).toContain("PERSON:Ana Ruiz");
  });
});

describe("English standing facts: a building no sentence places lies at the article's dateline", () => {
  it("puts an unknown palace or hall in the dateline's country (a capital) or the dateline's place", () => {
    const text = "NAIROBI (AP) — President William Ruto received Chilean President Gabriel Boric at the Harambee Palace on Monday.";
    expect(facts(text, "LOCATED_IN")).toEqual(["Harambee Palace LOCATED_IN Kenya"]);
  });

  it("places nothing without a dateline, or where the sentence names another place", () => {
    expect(facts("President William Ruto received Gabriel Boric at the Harambee Palace on Monday.", "LOCATED_IN")).toEqual([]);
    const abroad = "NAIROBI (AP) — Boric will speak at the Moneda Hall in Chile next week.";
    expect(facts(abroad, "LOCATED_IN")).toEqual(["Moneda Hall LOCATED_IN Chile"]);
  });
});

describe("English standing facts: an unknown place after 'based in' or a compass bearing, set in a province", () => {
  it("reads 'based in X in Y province' and 'west of X in Y province' as X in Y", () => {
    expect(facts("Baoli Petrochemical, based in Yantai in Hebei province, bought oil from Venezuela.", "LOCATED_IN")).toEqual([
      "Yantai LOCATED_IN Hebei",
    ]);
    expect(facts("The reef lies west of Dasol in Pangasinan province, officials said.", "LOCATED_IN")).toEqual([
      "Dasol LOCATED_IN Pangasinan",
    ]);
  });

  it("reads an industry word at the end of an unknown name as a company's", () => {
    expect(names("Baoli Petrochemical bought oil from Venezuela.")).toContain("ORGANIZATION:Baoli Petrochemical");
    expect(names("Kestrel Mining signed a deal with Peru.")).toContain("ORGANIZATION:Kestrel Mining");
  });
});

describe("English standing facts: a company of the country named before its kind ('the Chilean state-owned mining company X')", () => {
  it("puts the company in the country whose adjective or possessive opens the words before its kind", () => {
    expect(facts("Peru fined the Chilean state-owned mining company Norvaltech on Monday.", "LOCATED_IN")).toEqual([
      "Norvaltech LOCATED_IN Chile",
    ]);
    expect(facts("Peru imposed sanctions on Bolivian mining company Minerva.", "LOCATED_IN")).toEqual(["Minerva LOCATED_IN Bolivia"]);
  });

  it("places nothing when the country is a clause's subject, not the company's adjective", () => {
    expect(facts("Japan imposed sanctions on company Norvaltech on Tuesday.", "LOCATED_IN")).toEqual([]);
    expect(facts("Kenya signed a deal with the mining company Norvaltech.", "LOCATED_IN")).toEqual([]);
  });
});
