// Vietnamese entities and standing facts (OFFICIAL_OF, PARENT_OF, LOCATED_IN), each tested on an invented
// sentence named after the construction it covers. The bundled lexicon is used: it knows the countries.
import { describe, expect, it } from "vitest";
import { vietnamese } from "../src/lang/vi/index.ts";
import { splitGluedWords } from "../src/lang/vi/split-glued-words.ts";
import { loadLexicon } from "../src/lexicon/load-lexicon.ts";
import { extractArticle } from "../src/pipeline.ts";
import { recognizeMentions } from "../src/recognize/recognize-mentions.ts";
import { tokenize } from "../src/text/tokenize.ts";

const lexicon = loadLexicon();

function extract(text: string) {
  const x = extractArticle({ id: "a", file: "a.txt", text, lang: "vi", published: "2024-06-18" }, lexicon);
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return { x, name };
}

/** Triples of the given types, as "Source TYPE Target". */
function facts(text: string, types = ["OFFICIAL_OF", "PARENT_OF", "LOCATED_IN"]): string[] {
  const { x, name } = extract(text);
  return x.relations
    .filter((r) => types.includes(r.type))
    .map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)}`)
    .sort();
}

/** The article's people, sorted. */
function people(text: string): string[] {
  return extract(text)
    .x.entities.filter((e) => e.type === "PERSON")
    .map((e) => e.name)
    .sort();
}

describe("Vietnamese offices: fields and bodies inside a title", () => {
  it("a ministry's field is no name: 'Bộ trưởng Giáo dục và Đào tạo X'", () => {
    const text = "Bộ trưởng Giáo dục và Đào tạo Lưu Quang Khải thăm một trường học ở Lào.";
    expect(people(text)).toEqual(["Lưu Quang Khải"]);
    expect(facts(text)).toEqual(["Lưu Quang Khải OFFICIAL_OF Vietnam"]);
  });

  it("a field the lexicon also knows as a body's name is the field: 'Bộ trưởng Lao động Y X' (not the paper 'Lao Động')", () => {
    expect(facts("Bộ trưởng Lao động Uruguay Martín Rivas tới Đà Nẵng.")).toEqual(["Martín Rivas OFFICIAL_OF Uruguay"]);
    expect(facts("Ông Martín Rivas, Bộ trưởng Lao động Uruguay, tới Đà Nẵng.")).toEqual(["Martín Rivas OFFICIAL_OF Uruguay"]);
    expect(facts("Ông Martín Rivas, Bộ trưởng Lao động, tới Đà Nẵng.")).toEqual([]);
  });

  it("the ministry word, then its field: 'Bộ trưởng Bộ Tài nguyên và Môi trường X'", () => {
    expect(people("Bộ trưởng Bộ Tài nguyên và Môi trường Hồ Đức Tâm phát biểu.")).toEqual(["Hồ Đức Tâm"]);
  });

  it("a province's people's committee: 'Chủ tịch UBND tỉnh X Y' is held in the province's committee, named after it", () => {
    const text = "Chủ tịch UBND tỉnh Quảng Ninh Vũ Thanh Hà tiếp đoàn doanh nghiệp Hàn Quốc.";
    expect(people(text)).toEqual(["Vũ Thanh Hà"]);
    expect(facts(text)).toEqual(["Vũ Thanh Hà OFFICIAL_OF Quảng Ninh People's Committee"]);
  });

  it("a city's people's committee spelled out or abbreviated, a capital as its city: 'Phó Chủ tịch Ủy ban nhân dân TP X Y'", () => {
    const { x, name } = extract(
      "Phó Chủ tịch Ủy ban nhân dân TP Đà Nẵng Lò Thị Mai đã gặp Đại sứ Phần Lan. Chủ tịch UBND thành phố Hà Nội Tạ Quang Vinh cũng dự.",
    );
    const held = x.relations.filter((r) => r.type === "OFFICIAL_OF").map((r) => `${name.get(r.source)} ${name.get(r.target)}`);
    expect(held.sort()).toEqual(["Lò Thị Mai Đà Nẵng People's Committee", "Tạ Quang Vinh Hà Nội People's Committee"]);
    // The body as written is an alias, which names it as the press does.
    const body = x.entities.find((e) => e.name === "Đà Nẵng People's Committee");
    expect(body?.type).toBe("ORGANIZATION");
    expect(body?.aliases).toContain("Ủy ban nhân dân TP Đà Nẵng");
  });

  it("a local body that is no people's committee keeps the country: 'Bí thư Tỉnh ủy X Y'", () => {
    expect(facts("Bí thư Tỉnh ủy Sơn La Quàng Văn Dũng tiếp đoàn Lào.")).toEqual(["Quàng Văn Dũng OFFICIAL_OF Vietnam"]);
  });

  it("a city's party committee: 'Bí thư Thành ủy Hà Nội X'", () => {
    expect(people("Bí thư Thành ủy Hà Nội Đặng Minh Khôi dự lễ khánh thành.")).toEqual(["Đặng Minh Khôi"]);
  });
});

describe("Vietnamese offices: long and stacked titles", () => {
  it("a body's organ named by its kind before a body the lexicon knows: 'Chủ tịch Ủy ban Y X' holds office in Y", () => {
    expect(facts("Chủ tịch Ủy ban Liên minh châu Phi Kwame Mensah kêu gọi đối thoại.")).toEqual(["Kwame Mensah OFFICIAL_OF African Union"]);
  });

  it("a Bantu 'wa' inside a foreign name: 'Tổng thống Y A wa B'", () => {
    expect(people("Tổng thống Zambia Chanda wa Mulenga đã tới Harare.")).toEqual(["Chanda wa Mulenga"]);
  });

  it("a state that no longer exists is still a country: 'Ngoại trưởng Nam Tư X'", () => {
    expect(facts("Ngoại trưởng Nam Tư Dragan Petrović đã tới Moskva.", ["OFFICIAL_OF"])).toEqual([
      "Dragan Petrović OFFICIAL_OF Yugoslavia",
    ]);
  });

  it("'nguyên' before an office is former, not 'nguyên thủ' (head of state): 'nguyên Thủ tướng Y X'", () => {
    const text = "Sáng nay, nguyên Thủ tướng Na Uy Erik Solvang đã thăm Hà Nội.";
    expect(people(text)).toEqual(["Erik Solvang"]);
    expect(facts(text)).toEqual(["Erik Solvang OFFICIAL_OF Norway"]);
  });

  it("'nguyên thủ' alone still heads the state: 'Nguyên thủ Y X'", () => {
    expect(facts("Nguyên thủ Chile Rafael Ortega đã tới Lima.")).toEqual(["Rafael Ortega OFFICIAL_OF Chile"]);
  });

  it("a state's style inside the title: 'Thủ tướng Chính phủ Hoàng gia Y X'", () => {
    expect(facts("Thủ tướng Chính phủ Hoàng gia Thái Lan Somchai Wongsa phát biểu.")).toEqual(["Somchai Wongsa OFFICIAL_OF Thailand"]);
  });

  it("a second office after 'kiêm' with a committee's long name: '... kiêm Chủ nhiệm Văn phòng Ủy ban Công tác ... X'", () => {
    const text = "Bộ trưởng Ngoại giao Mông Cổ kiêm Chủ nhiệm Văn phòng Ủy ban Công tác Đối ngoại Trung ương Batbayar Ganbold phát biểu.";
    expect(facts(text)).toEqual(["Batbayar Ganbold OFFICIAL_OF Mongolia"]);
  });

  it("a permanent representative at an organization serves the country: 'Đại diện Thường trực Y tại Liên Hợp Quốc X'", () => {
    expect(facts("Đại diện Thường trực Peru tại Liên Hợp Quốc Diego Salas phát biểu.")).toEqual(["Diego Salas OFFICIAL_OF Peru"]);
  });
});

describe("Vietnamese offices: whose office, told otherwise", () => {
  it("'nước này' in a title is the country the sentence named last: 'Y ... Đại sứ nước này tại Z X'", () => {
    expect(facts("Chính phủ Peru vừa bổ nhiệm Đại sứ nước này tại Chile Diego Salas làm Thứ trưởng.")).toEqual([
      "Diego Salas OFFICIAL_OF Peru",
    ]);
  });

  it("'nước này' with no country named before says nothing", () => {
    expect(facts("Đại sứ nước này Diego Salas đã được triệu hồi.")).toEqual([]);
  });

  it("a bare office, a seat word and a place below a country: 'đón Tổng thống tại X có A' says where, not whose office", () => {
    const text =
      "Tổng thống Chile Mateo Rivas tới Nhật Bản hôm qua. Đón Tổng thống tại sân bay Haneda có Bộ trưởng Ngoại giao Nhật Bản Kenji Sato.";
    expect(facts(text, ["MET"])).toEqual(["Kenji Sato MET Mateo Rivas"]);
    // A body named before the seat word keeps it: "Trưởng Đại diện X tại Y Z".
    expect(facts("Trưởng Đại diện UNICEF tại Đà Nẵng Laura Brandt phát biểu.", ["OFFICIAL_OF"])).toEqual([
      "Laura Brandt OFFICIAL_OF UNICEF",
    ]);
  });

  it("an abbreviated office: 'TT Y X' (Tổng thống)", () => {
    expect(facts("TT Chile Rafael Ortega phát biểu tại Santiago.")).toEqual(["Rafael Ortega OFFICIAL_OF Chile"]);
  });

  it("a one-word country after an office stays the country even after a capitalized word: 'Ảnh TT Đức đi ...'", () => {
    const tokens = tokenize("Ảnh TT Đức đi tàu đến Kiev.", []);
    const titled = recognizeMentions(tokens, lexicon, vietnamese.mentions)[0]!;
    expect(titled.kind === "descriptor" && titled.title.affiliation?.entry?.name).toBe("Germany");
  });
});

describe("Vietnamese offices: who holds it, by the copula", () => {
  it("an office, its country, the copula, then its holder: 'Quân vương Y là Emir X'", () => {
    expect(facts("Tuần trước, Quân vương Qatar là Emir Khalid Al-Mansour đã chủ trì lễ khai mạc.")).toEqual([
      "Khalid Al-Mansour OFFICIAL_OF Qatar",
    ]);
  });

  it("with an honorific one word is enough: 'Người phát ngôn Bộ Ngoại giao Y là ông X'", () => {
    expect(facts("Người phát ngôn Bộ Ngoại giao Chile là ông Ramos.")).toEqual([
      "Ramos OFFICIAL_OF Bộ Ngoại giao Chile",
      "Ramos OFFICIAL_OF Chile",
    ]);
  });

  it("a country or a common noun after the copula holds nothing: 'Chủ tịch ASEAN năm nay là Lào', 'là người ...'", () => {
    expect(facts("Tổng thống Chile là người đầu tiên lên tiếng.")).toEqual([]);
    expect(facts("Chủ tịch ASEAN là Lào.")).toEqual([]);
  });
});

describe("Vietnamese offices: the country of a list", () => {
  it("an office without a country listed after a titled name shares its country: 'Tổng thống Y A và Thủ tướng B'", () => {
    const text = "Ông Jean Mareau gặp Tổng thống Kenya Amos Kiptoo và Thủ tướng Daniel Mwangi tại Nairobi.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Amos Kiptoo OFFICIAL_OF Kenya", "Daniel Mwangi OFFICIAL_OF Kenya"]);
  });
  it("after a comma too: 'Tổng thống Y A, Bộ trưởng Nội vụ B'", () => {
    const text = "Mỹ trừng phạt Tổng thống Colombia Gustavo Petro, Bộ trưởng Nội vụ Armando Velez và nhiều quan chức khác.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Armando Velez OFFICIAL_OF Colombia", "Gustavo Petro OFFICIAL_OF Colombia"]);
  });
  it("not the same office twice: 'Ngoại trưởng Y A và Ngoại trưởng B' says nothing of B's country", () => {
    const text = "Ngoại trưởng Kenya Amos Kiptoo và Ngoại trưởng Daniel Mwangi đã hội đàm.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Amos Kiptoo OFFICIAL_OF Kenya"]);
  });
  it("not across a verb: 'Tổng thống Y A đã gặp Thủ tướng B' says nothing of B's country", () => {
    const text = "Tổng thống Kenya Amos Kiptoo đã gặp Thủ tướng Daniel Mwangi.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Amos Kiptoo OFFICIAL_OF Kenya"]);
  });
});

describe("Vietnamese offices: one office over two countries, its holders in order", () => {
  it("'Ngoại trưởng hai nước A và B là X và Y': X is A's, Y is B's", () => {
    const text = "Ngoại trưởng hai nước Paraguay và Uruguay là Rubén Ortiz và Martín Silva đã ký biên bản ghi nhớ.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Martín Silva OFFICIAL_OF Uruguay", "Rubén Ortiz OFFICIAL_OF Paraguay"]);
  });
  it("the office with the first country, then the second: 'Thủ tướng A và B, ông X và ông Y,'", () => {
    const text = "Thủ tướng Estonia và Latvia, ông Jaan Tamm và ông Andris Ozols, đã gặp nhau tại Riga.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Andris Ozols OFFICIAL_OF Latvia", "Jaan Tamm OFFICIAL_OF Estonia"]);
  });
  it("the countries send the office's holders: 'A và B cử Bộ trưởng Quốc phòng là các ông X và Y'", () => {
    const text = "Paraguay và Uruguay cử Bộ trưởng Quốc phòng là các ông Rubén Ortiz và Martín Silva tới Lima.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Martín Silva OFFICIAL_OF Uruguay", "Rubén Ortiz OFFICIAL_OF Paraguay"]);
  });
  it("not a longer list of people, nor people who are no apposition: 'Ngoại trưởng A và B đã gặp X và Y'", () => {
    expect(facts("Ngoại trưởng Paraguay và Uruguay, Rubén Ortiz, Martín Silva và Diego Paz đã hội đàm.", ["OFFICIAL_OF"])).toEqual([]);
    expect(facts("Ngoại trưởng Paraguay và Uruguay đã gặp ông Rubén Ortiz và ông Martín Silva.", ["OFFICIAL_OF"])).toEqual([]);
  });
});

describe("Vietnamese offices: who sends the holder", () => {
  it("an office without a country sent by a titled person serves the sender's country: 'Tổng thống Y A cử Đặc phái viên B'", () => {
    const text = "Tổng thống Kenya Amos Kiptoo đã cử Đặc phái viên Daniel Mwangi sang Addis Ababa.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Amos Kiptoo OFFICIAL_OF Kenya", "Daniel Mwangi OFFICIAL_OF Kenya"]);
  });
  it("sent by a country: 'Y cử Bộ trưởng Nội vụ B dẫn đầu phái đoàn'", () => {
    const text = "Kenya cử Bộ trưởng Nội vụ Daniel Mwangi dẫn đầu phái đoàn tới dự lễ.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Daniel Mwangi OFFICIAL_OF Kenya"]);
  });
  it("an election is no sending: 'A đắc cử Tổng thống B' gives B no country of A's", () => {
    const text = "Ngoại trưởng Kenya Amos Kiptoo chúc mừng sau cuộc bầu cử Tổng thống Daniel Mwangi.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Amos Kiptoo OFFICIAL_OF Kenya"]);
  });
});

describe("Vietnamese offices: the country told later", () => {
  it("an office without a country, then the office with it standing for the person: 'Ngoại trưởng X ... Ngoại trưởng Y'", () => {
    const text = "Ngoại trưởng Sergio Ramos đã tới Hà Nội hôm qua. Trong cuộc hội đàm, Ngoại trưởng Chile cảm ơn Việt Nam.";
    expect(facts(text)).toEqual(["Sergio Ramos OFFICIAL_OF Chile"]);
  });

  it("another office's country gives none: 'Ngoại trưởng X ... Thủ tướng Y'", () => {
    const text = "Ngoại trưởng Sergio Ramos đã tới Hà Nội hôm qua. Thủ tướng Chile cảm ơn Việt Nam.";
    expect(facts(text)).toEqual([]);
  });
});

describe("Vietnamese delegations: whose side", () => {
  it("a side that opens a clause after a leading phrase: 'Tham dự hội đàm, phía Y có Ngoại trưởng X ...'", () => {
    expect(facts("Tham dự hội đàm, phía Chile có Ngoại trưởng Sergio Ramos và Bộ trưởng Kinh tế Tomás Vidal.")).toEqual([
      "Sergio Ramos OFFICIAL_OF Chile",
      "Tomás Vidal OFFICIAL_OF Chile",
    ]);
  });

  it("a delegation's country: 'Đoàn Y gồm Ngoại trưởng X ...'", () => {
    expect(facts("Đoàn Chile gồm Ngoại trưởng Sergio Ramos và Bộ trưởng Kinh tế Tomás Vidal.")).toEqual([
      "Sergio Ramos OFFICIAL_OF Chile",
      "Tomás Vidal OFFICIAL_OF Chile",
    ]);
  });

  it("a side named later in the sentence, not opening a clause, gives nothing: '... hội đàm với phía Y'", () => {
    expect(facts("Ngoại trưởng Sergio Ramos hội đàm với phía Chile.")).toEqual([]);
  });

  it("a group of office holders named one by one: 'Hai Ngoại trưởng A và B đã hội đàm'", () => {
    expect(people("Hai Ngoại trưởng Sergio Ramos và Diego Salas đã hội đàm.")).toEqual(["Diego Salas", "Sergio Ramos"]);
  });
});

describe("Vietnamese offices: an office the lexicon writes into a name", () => {
  it("a monarch named with the title the lexicon gives him holds it: 'Vua Charles III', 'Nhật hoàng Naruhito'", () => {
    expect(facts("Tổng thống Chile đã hội kiến Vua Charles III và Nhật hoàng Naruhito.")).toEqual([
      "Charles III OFFICIAL_OF United Kingdom",
      "Naruhito OFFICIAL_OF Japan",
    ]);
  });
});

describe("Vietnamese offices: an office after the name", () => {
  it("taking office: 'ông X nhậm chức Thủ tướng Y'", () => {
    expect(facts("Ấn Độ chúc mừng ông Ernst Vogel nhậm chức Thủ tướng Đức.")).toEqual(["Ernst Vogel OFFICIAL_OF Germany"]);
  });

  it("an office taken, then another's title past a comma: 'X nhậm chức Thủ tướng, Tổng thống Y Z ...'", () => {
    const text = "Kể từ khi ông Ernst Vogel nhậm chức Thủ tướng, Tổng thống Ba Lan Jan Novak đã hai lần thăm Berlin.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Jan Novak OFFICIAL_OF Poland"]);
  });

  it("a party office stacked before a state office is held in that state's ruling party: 'Tổng Bí thư, Chủ tịch nước Y X'", () => {
    expect(facts("Hôm qua, Tổng Bí thư, Chủ tịch nước Trung Quốc Lý Minh Khải nói rằng hai nước là láng giềng tốt.")).toEqual([
      "Lý Minh Khải OFFICIAL_OF China",
      "Lý Minh Khải OFFICIAL_OF Communist Party of China",
    ]);
  });

  it("an office's remit between its body and its holder: 'Phó Thủ tướng Y phụ trách kinh tế X'", () => {
    expect(facts("Phó Thủ tướng Ba Lan phụ trách kinh tế Jan Novak thăm Ấn Độ.")).toEqual(["Jan Novak OFFICIAL_OF Poland"]);
  });

  it("a place in the remit is what the office deals with, not whose it is: 'Đặc phái viên về Y X', 'Điều phối viên phụ trách khu vực Z X'", () => {
    expect(facts("Đặc phái viên về Myanmar Anders Holm sẽ tới Jakarta.")).toEqual([]);
    expect(people("Điều phối viên phụ trách khu vực Trung Đông Anders Holm sẽ tới Amman.")).toEqual(["Anders Holm"]);
    expect(facts("Đặc phái viên Na Uy về Myanmar Anders Holm sẽ tới Jakarta.")).toEqual(["Anders Holm OFFICIAL_OF Norway"]);
  });

  it("a remit told by 'về' before the holder: 'Đặc phái viên của Tổng thống về năng lượng X' is still X's office", () => {
    expect(people("Đi cùng Thủ tướng có Đặc phái viên của Thủ tướng về năng lượng Anders Holm.")).toEqual(["Anders Holm"]);
  });

  it("'về' as a verb after a bare office reads no body: 'Tổng thống về thăm Y', 'Chủ tịch Quốc hội về Z dự lễ'", () => {
    expect(facts("Tổng thống về thăm Hà Nội hôm qua. Chủ tịch Quốc hội về Huế dự lễ.")).toEqual([]);
  });

  it("a remit that leads on with a linking word names no holder: 'Bộ trưởng Y phụ trách quan hệ với Z cho biết X ...'", () => {
    expect(facts("Bộ trưởng Ba Lan phụ trách quan hệ với Ấn Độ cho biết Jan Novak sẽ tới.")).toEqual([]);
  });

  it("a state body's name runs on over its lower-case words to the country: 'Chủ tịch Hội đồng Quản trị Nhà nước Y'", () => {
    expect(facts("Thống tướng Ko Ko Aung, Chủ tịch Hội đồng Quản trị Nhà nước Ba Lan, đã tiếp đoàn Ấn Độ.")).toEqual([
      "Ko Ko Aung OFFICIAL_OF Poland",
    ]);
  });

  it("a leading phrase's name is not the office after its comma: 'Theo ông X, nhà lãnh đạo Y sẽ ...'", () => {
    expect(facts("Theo ông Marek Novak, nhà lãnh đạo Ba Lan sẽ thăm Ấn Độ vào tháng tới.")).toEqual([]);
  });

  it("an apposition closed by its comma still gives the office: 'Ông X, nhà lãnh đạo Y, sẽ ...'", () => {
    expect(facts("Ông Marek Novak, nhà lãnh đạo Ba Lan, sẽ thăm Ấn Độ vào tháng tới.")).toEqual(["Marek Novak OFFICIAL_OF Poland"]);
  });

  it("a verb between name and office: 'ông X hiện là Tổng thư ký NATO'", () => {
    expect(facts("Ông Lars Eriksen hiện là Tổng thư ký NATO.")).toEqual(["Lars Eriksen OFFICIAL_OF NATO"]);
  });

  it("elected to an office: 'ông X được bầu làm Tổng thống Y'", () => {
    expect(facts("Ông Rafael Ortega được bầu làm Tổng thống Chile hồi tháng trước.")).toEqual(["Rafael Ortega OFFICIAL_OF Chile"]);
  });

  it("an office held before: 'ông X từng là Thủ tướng Y' is former", () => {
    const { x } = extract("Ông Henrik Dahl từng là Thủ tướng Đan Mạch.");
    expect(x.relations.map((r) => [r.type, r.properties.former])).toEqual([["OFFICIAL_OF", true]]);
  });

  it("a former office in apposition: 'X, cựu Thủ tướng Y,' and 'ông X, nguyên Bộ trưởng Y,'", () => {
    expect(facts("Arvid Lindqvist, cựu Thủ tướng Thụy Điển, đã tới Nairobi.")).toEqual(["Arvid Lindqvist OFFICIAL_OF Sweden"]);
    const { x } = extract("Ông Tomás Rivera, nguyên Bộ trưởng Quốc phòng Chile, phát biểu tại hội thảo.");
    expect(x.relations.map((r) => [r.type, r.properties.former])).toEqual([["OFFICIAL_OF", true]]);
  });

  it("an unknown organization after the office: 'ông X, Chủ tịch Tập đoàn Y'", () => {
    expect(facts("Ông Lê Văn Thuận, Chủ tịch Tập đoàn Hải Đăng, cho biết lợi nhuận tăng.")).toEqual([
      "Lê Văn Thuận OFFICIAL_OF Tập đoàn Hải Đăng",
    ]);
  });

  it("a state oil company the lexicon knows, bare before its officer: 'Chủ tịch Petrobras X' (not a name 'Petrobras X')", () => {
    expect(facts("Chủ tịch Petrobras Luís Carvalho chỉ trích quyết định của Bolivia.")).toEqual(["Luís Carvalho OFFICIAL_OF Petrobras"]);
  });

  it("an unknown organization before the name: 'Chủ tịch Tập đoàn Y X' parts at the family name", () => {
    expect(facts("Chủ tịch Tập đoàn Hải Đăng Lê Văn Thuận cho biết lợi nhuận tăng.")).toEqual([
      "Lê Văn Thuận OFFICIAL_OF Tập đoàn Hải Đăng",
    ]);
  });

  it("a name the lexicon knows as a short form does not swallow a cue: 'Chủ tịch Tập đoàn Y' is no 'Chủ tịch Tập'", () => {
    expect(people("Chủ tịch Tập đoàn Hải Đăng phát biểu tại hội nghị.")).toEqual([]);
  });

  it("the office, a comma, then the person with an honorific: 'Người phát ngôn Bộ Ngoại giao Y, bà X'", () => {
    expect(facts("Người phát ngôn Bộ Ngoại giao Argentina, bà Lucía Ferrer, cho biết.")).toEqual([
      "Lucía Ferrer OFFICIAL_OF Argentina",
      "Lucía Ferrer OFFICIAL_OF Bộ Ngoại giao Argentina",
    ]);
  });

  it("but not a person the lexicon places in another country: 'Theo Ngoại trưởng Mỹ, ông Putin ...'", () => {
    expect(facts("Theo Ngoại trưởng Mỹ, ông Putin không muốn đàm phán.")).toEqual([]);
  });
});

describe("Vietnamese offices stacked in apposition", () => {
  it("offices after the name up to the body: 'đồng chí X, Ủy viên Bộ Chính trị, Bí thư ... Đảng Cộng sản Y'", () => {
    const text = "Đồng chí Roberto Morales Ojeda, Ủy viên Bộ Chính trị, Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Cuba, phát biểu.";
    expect(facts(text)).toEqual(["Roberto Morales Ojeda OFFICIAL_OF Communist Party of Cuba"]);
  });

  it("past a comma, a verb ends the stack: '..., Thường trực Ban Bí thư tiếp đoàn ... Đảng Cộng sản Y'", () => {
    const text = "Đồng chí Trần Cẩm Vân, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư tiếp đoàn Đảng Cộng sản Cuba.";
    // Party offices of a Vietnamese holder are held in the ruling party too; not in Cuba's.
    expect(facts(text)).toEqual(["Trần Cẩm Vân OFFICIAL_OF Communist Party of Vietnam", "Trần Cẩm Vân OFFICIAL_OF Vietnam"]);
  });

  it("a Central Committee member is a party office: 'X, Ủy viên Trung ương Đảng,' and '..., Ủy viên Ban Chấp hành Trung ương Đảng Y'", () => {
    expect(facts("Ông Đỗ Văn Khiêm, Ủy viên Trung ương Đảng, phát biểu tại hội thảo.")).toEqual([
      "Đỗ Văn Khiêm OFFICIAL_OF Communist Party of Vietnam",
      "Đỗ Văn Khiêm OFFICIAL_OF Vietnam",
    ]);
    expect(facts("Bà Ana Lúcia Tavares, Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Cuba, đã tới Huế.")).toEqual([
      "Ana Lúcia Tavares OFFICIAL_OF Communist Party of Cuba",
    ]);
  });

  it("a ministry's office stacked after a party office: 'X, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Y,' is held in the ministry", () => {
    expect(facts("Thiếu tướng Đỗ Văn Khiêm, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an, đã tiếp đoàn.")).toEqual([
      "Đỗ Văn Khiêm OFFICIAL_OF Bộ Công an Việt Nam",
      "Đỗ Văn Khiêm OFFICIAL_OF Communist Party of Vietnam",
      "Đỗ Văn Khiêm OFFICIAL_OF Vietnam",
    ]);
    expect(facts("Ông Đỗ Văn Khiêm, Ủy viên Bộ Chính trị, Thứ trưởng Bộ Xây dựng cho biết.")).toContain(
      "Đỗ Văn Khiêm OFFICIAL_OF Bộ Xây dựng Việt Nam",
    );
  });

  it("but not an office whose holder is named after it: 'X, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Y Z'", () => {
    const text = "Đồng chí Đỗ Văn Khiêm, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Xây dựng Lý Thị Hằng đã tới dự.";
    expect(facts(text).filter((f) => f.startsWith("Đỗ"))).toEqual([
      "Đỗ Văn Khiêm OFFICIAL_OF Communist Party of Vietnam",
      "Đỗ Văn Khiêm OFFICIAL_OF Vietnam",
    ]);
  });

  it("a cue word alone after an office is no name: 'lãnh đạo Đảng, Nhà nước'", () => {
    expect(people("Thay mặt lãnh đạo Đảng, Nhà nước, đồng chí Lương Văn Cường chúc mừng.")).toEqual(["Lương Văn Cường"]);
  });
});

describe("Vietnamese callings and spouses before names", () => {
  it("words of honour after a style of address belong to the style, before a person the lexicon knows: 'Samdech Techo Hun Sen'", () => {
    expect(facts("Hôm 2/6, Chủ tịch Thượng viện Campuchia Samdech Techo Hun Sen tiếp đoàn Lào.", ["OFFICIAL_OF"])).toEqual([
      "Hun Sen OFFICIAL_OF Cambodia",
    ]);
  });

  it("a first lady's style is a spouse's, no office: 'Đệ nhất phu nhân Y X' holds nothing of Y, and meets as herself", () => {
    const text = "Bà Laura Mendes đã tiếp Đệ nhất phu nhân Ghana Ama Owusu tại dinh thự.";
    expect(facts(text, ["OFFICIAL_OF", "MET"])).toEqual(["Ama Owusu MET Laura Mendes"]);
    expect(facts("Đệ nhất phu nhân Ama Owusu đã thăm Accra.", ["OFFICIAL_OF"])).toEqual([]);
  });

  it("a calling or royal style, a country, then the name: 'nhà báo Y X', 'Công chúa Y Z' is the person, who holds nothing of Y", () => {
    const text = "Nhà báo Chile Tomás Urrutia đã tới thăm Bolivia.";
    expect(facts(text, ["OFFICIAL_OF", "VISITED"])).toEqual(["Tomás Urrutia VISITED Bolivia"]);
    // A royal style names her by one given name; a capital's name opening a full name is a given name.
    expect(facts("Công chúa Na Uy Ingrid đã tới thăm Iceland.", ["OFFICIAL_OF", "VISITED"])).toEqual(["Ingrid VISITED Iceland"]);
    expect(facts("Hoàng hậu Bỉ Mathilde sẽ tới thăm Ghana.", ["OFFICIAL_OF", "VISITED"])).toEqual(["Mathilde VISITED Ghana"]);
    expect(people("Tỷ phú Anh Lima Hartley đã tới thăm Kenya.")).toEqual(["Lima Hartley"]);
    // Other callings keep a full name: one capitalized word after the country names no one.
    expect(people("Các chuyên gia Nhật Bản Hôm nay sẽ tới Lào.")).toEqual([]);
  });

  it("a calling makes a person without an office: 'nhà ngoại giao X'", () => {
    const text = "Nhà ngoại giao Omar Qasimi phát biểu tại hội thảo ở Hà Nội.";
    expect(people(text)).toEqual(["Omar Qasimi"]);
    expect(facts(text)).toEqual([]);
  });

  it("a spouse's title names a person: 'Thủ tướng X và Phu nhân Y'", () => {
    expect(people("Thủ tướng Đan Mạch Henrik Dahl và Phu nhân Ingrid Dahl đến Hà Nội.")).toEqual(["Henrik Dahl", "Ingrid Dahl"]);
  });

  it("an office after a spouse's title is the spouse's: 'Phu nhân Thủ tướng Y X' holds no office", () => {
    const text = "Phu nhân Thủ tướng Đan Mạch Ingrid Dahl thăm một trường học.";
    expect(people(text)).toEqual(["Ingrid Dahl"]);
    expect(facts(text)).toEqual([]);
  });
});

describe("Vietnamese kinship", () => {
  it("a name that kin in apposition describe is a person wherever it stands: 'Mỹ trừng phạt A, con gái của B'", () => {
    const text = "Mỹ đã trừng phạt Anna Rostova, con gái của Tổng thống Belarus Pavel Rostov.";
    expect(facts(text, ["PARENT_OF"])).toEqual(["Pavel Rostov PARENT_OF Anna Rostova"]);
  });
  it("a counted kin word names every person of the list before it: 'A và B, hai con gái của C'", () => {
    const text = "Mỹ đã trừng phạt Anna Rostova và Elena Rostova, hai con gái của Tổng thống Belarus Pavel Rostov.";
    expect(facts(text, ["PARENT_OF"])).toEqual(["Pavel Rostov PARENT_OF Anna Rostova", "Pavel Rostov PARENT_OF Elena Rostova"]);
  });
  it("a counted kin word names the list a preposition opens: 'trừng phạt đối với A và B, hai con gái của C'", () => {
    const text =
      "Canada hôm thứ Sáu tuyên bố trừng phạt đối với Anna Rostova và Elena Rostova, hai con gái của Tổng thống Ba Lan Jan Novak.";
    expect(facts(text, ["PARENT_OF"])).toEqual(["Jan Novak PARENT_OF Anna Rostova", "Jan Novak PARENT_OF Elena Rostova"]);
  });
  it("the kin word's modifiers before the possessive: 'A, con trai trưởng thành của B'", () => {
    const text = "Ông Karim Tanjung, con trai trưởng thành của Tổng thống Indonesia Budi Tanjung, đã tới Hà Nội.";
    expect(facts(text, ["PARENT_OF"])).toEqual(["Budi Tanjung PARENT_OF Karim Tanjung"]);
  });
  it("an age with its unit before the kin word: 'A, 37 tuổi, con trai cả của B'", () => {
    const text = "Ông Karim Tanjung, 37 tuổi, con trai cả của Tổng thống Indonesia Budi Tanjung, đã tới Hà Nội.";
    expect(facts(text, ["PARENT_OF"])).toEqual(["Budi Tanjung PARENT_OF Karim Tanjung"]);
  });
  it("kin joined after a spouse are the couple's: 'A cùng phu nhân B và con gái C'", () => {
    const text = "Tổng thống Pháp Jean Mareau cùng phu nhân Claire Mareau và con gái Léa đã tới Hà Nội hôm 3/5.";
    expect(facts(text, ["PARENT_OF"])).toEqual(["Claire Mareau PARENT_OF Léa", "Jean Mareau PARENT_OF Léa"]);
  });
  it("a counted kin word joined after a spouse names each given name of its list: 'A cùng phu nhân B và hai con gái C và D'", () => {
    const text = "Tổng thống Pháp Jean Mareau cùng phu nhân Claire Mareau và hai con gái Léa và Nora đã tới Hà Nội.";
    expect(facts(text, ["PARENT_OF"])).toEqual([
      "Claire Mareau PARENT_OF Léa",
      "Claire Mareau PARENT_OF Nora",
      "Jean Mareau PARENT_OF Léa",
      "Jean Mareau PARENT_OF Nora",
    ]);
  });
  it("kin joined after someone who is no spouse are that person's only: 'A cùng ông B và con gái C'", () => {
    const text = "Tổng thống Pháp Jean Mareau cùng ông Paul Girard và con gái Léa đã tới Hà Nội.";
    expect(facts(text, ["PARENT_OF"])).toEqual(["Paul Girard PARENT_OF Léa"]);
  });
  it("a royal kinsman's style names a person in apposition to kin: 'con trai ông, Hoàng thân X,'", () => {
    const text = "Ông Jean Mareau cho biết con trai ông, Hoàng thân Sisowath Kiri, cũng có mặt.";
    expect(facts(text, ["PARENT_OF"])).toEqual(["Jean Mareau PARENT_OF Sisowath Kiri"]);
  });
  it("a capitalized run after a seat word is no person kin describe: 'Tại X, con gái của B ...'", () => {
    expect(people("Tại Velmora, con gái của ông Karl Brenner đã gặp báo chí.")).not.toContain("Velmora");
  });
  it("a birth-order kin word: 'A là con trai cả của ông B'", () => {
    expect(facts("Ông Marek Novak là con trai cả của ông Jan Novak.")).toEqual(["Jan Novak PARENT_OF Marek Novak"]);
  });

  it("kin, their owner, then their names: 'hai con trai ông là A và B'", () => {
    expect(facts("Ông Ivan Petrov sinh năm 1950. Hai con trai ông là Pavel Petrov và Oleg Petrov.")).toEqual([
      "Ivan Petrov PARENT_OF Oleg Petrov",
      "Ivan Petrov PARENT_OF Pavel Petrov",
    ]);
  });

  it("a parent named after the owner: 'cha ông là ông X'", () => {
    expect(facts("Ông Reza Karimi sinh năm 1970. Cha ông là ông Hassan Karimi.")).toEqual(["Hassan Karimi PARENT_OF Reza Karimi"]);
  });

  it("kin of a person named by a calling: 'ông là con trai của nhà ngoại giao X'", () => {
    expect(facts("Ông Reza Karimi sinh năm 1970. Ông là con trai của nhà ngoại giao Hassan Karimi.")).toEqual([
      "Hassan Karimi PARENT_OF Reza Karimi",
    ]);
  });

  it("given names before a known person's surname name another of the family: 'cố Tổng thống A Aliyev' beside 'Ilham Aliyev'", () => {
    expect(facts("Cố Tổng thống Rasul Aliyev là cha của Tổng thống Ilham Aliyev.", ["PARENT_OF"])).toEqual([
      "Rasul Aliyev PARENT_OF Ilham Aliyev",
    ]);
  });

  it("a place's name after an honorific, more names after it, is a given name: 'bà Saida X'", () => {
    expect(people("Bà Saida Karimova đã gặp Ngoại trưởng Hàn Quốc.")).toEqual(["Saida Karimova"]);
  });

  it("kin listed after a kin word's owner are that owner's: 'A, vợ ông, con trai B và Bộ trưởng C'", () => {
    expect(
      facts("Mỹ trừng phạt Tổng thống Ba Lan Jan Novak, vợ ông, con trai Pavel Novak và Bộ trưởng Nội vụ Adam Wolski.", ["PARENT_OF"]),
    ).toEqual(["Jan Novak PARENT_OF Pavel Novak"]);
  });

  it("both parents joined after the kin word, one a queen mother: 'A, con trai của cố Quốc vương B và Thái hoàng Thái hậu C'", () => {
    const text = "Quốc vương Ba Lan Piotr Novak, con trai của cố Quốc vương Jan Novak và Thái hoàng Thái hậu Anna Kowalska, đã tới Ấn Độ.";
    expect(facts(text, ["PARENT_OF"])).toEqual(["Anna Kowalska PARENT_OF Piotr Novak", "Jan Novak PARENT_OF Piotr Novak"]);
  });

  it("a companion with kin after the name's comma: 'A, cùng con gái B,'", () => {
    expect(facts("Tổng thống Ba Lan Jan Novak, cùng con gái Anna Novak, đã tới Ấn Độ.", ["PARENT_OF"])).toEqual([
      "Jan Novak PARENT_OF Anna Novak",
    ]);
  });

  it("a description opened by a noun for a person stands between the possessive and the parent: 'con gái của người anh hùng dân tộc X'", () => {
    const text = "Cảnh sát đã bắt giữ bà Lena Novak, con gái của người anh hùng dân tộc Jan Novak, tại Hà Nội.";
    expect(people(text)).toEqual(["Jan Novak", "Lena Novak"]);
    expect(facts(text, ["PARENT_OF"])).toEqual(["Jan Novak PARENT_OF Lena Novak"]);
    expect(facts("Ông Marek Kowal là con trai của vị tướng huyền thoại Adam Kowal.", ["PARENT_OF"])).toEqual([
      "Adam Kowal PARENT_OF Marek Kowal",
    ]);
  });

  it("without a noun for a person, a longer run of words before the name is no description: 'con trai của mình đã gặp X'", () => {
    expect(facts("Ông Marek Kowal cho biết con trai của mình đã gặp gỡ ông Adam Kowal.", ["PARENT_OF"])).toEqual([]);
  });

  it("the copula after an age's apposition: 'A, 30 tuổi, là con gái út của B'", () => {
    const text = "Bà Lena Novak, 30 tuổi, là con gái út của cố lãnh đạo Jan Novak.";
    expect(facts(text, ["PARENT_OF"])).toEqual(["Jan Novak PARENT_OF Lena Novak"]);
  });

  it("a companion after the kin apposition's comma is no parent: 'A, con gái của B, cùng C'", () => {
    const text = "Quân đội đã bắt giữ bà Lena Novak, con gái của ông Jan Novak, cùng Tổng thống Marek Kowal.";
    expect(facts(text, ["PARENT_OF"])).toEqual(["Jan Novak PARENT_OF Lena Novak"]);
  });

  it("a known person's short name that more names follow opens another's name: 'Ông Kim Yong Chol'", () => {
    expect(people("Ông Kim Yong Chol thăm Nga.")).toEqual(["Kim Yong Chol"]);
  });

  it("a known person's surname alone is still that person: 'Tổng thống Aliyev'", () => {
    expect(people("Tổng thống Aliyev tiếp Bộ trưởng Ngoại giao Pháp.")).toEqual(["Ilham Aliyev"]);
  });

  it("a pronoun and the copula with one capitalized word is no name: 'con gái bà là Giám ...'", () => {
    expect(people("Bà Maria Lopez sinh năm 1960. Con gái bà là Giám đốc một công ty.")).toEqual(["Maria Lopez"]);
  });
});

describe("Vietnamese: an office that names its country", () => {
  it("'Đại diện Thương mại Mỹ X', also with the body's abbreviation before the name: '(USTR) X'", () => {
    expect(facts("Bộ trưởng Nguyễn Văn Bình đã làm việc với Đại diện Thương mại Mỹ Mark Allen.", ["OFFICIAL_OF"])).toContain(
      "Mark Allen OFFICIAL_OF United States",
    );
    expect(facts("Ông Bình gặp Đại diện Thương mại Mỹ (USTR) John Peters tại Washington.", ["OFFICIAL_OF"])).toEqual([
      "John Peters OFFICIAL_OF United States",
    ]);
  });
  it("a trade representative of a firm is no office of a country: 'là đại diện thương mại của công ty tại X'", () => {
    expect(facts("Bà Lan là đại diện thương mại của công ty tại Chile.", ["OFFICIAL_OF"])).toEqual([]);
  });
});

describe("Vietnamese: foreign names with particles", () => {
  it("two particles together stay inside the name: 'Luis de la Fuente', 'Jan van der Berg'", () => {
    expect(people("Ông Luis de la Fuente và ông Jan van der Berg đã tới Chile.")).toEqual(["Jan van der Berg", "Luis de la Fuente"]);
  });
  it("a particle elided before an apostrophe stays inside the name: 'Pierre d'Aubigny'", () => {
    expect(facts("Chủ tịch Đại hội đồng LHQ Pierre d'Aubigny phát biểu tại New York.", ["OFFICIAL_OF"])).toEqual([
      "Pierre d'Aubigny OFFICIAL_OF United Nations General Assembly",
    ]);
  });
  it("a particle with no capitalized word after it ends the name: 'ông Jan van'", () => {
    expect(people("Bà Ana de và ông Jan van đã tới Chile.")).not.toContain("Ana de");
  });
});

describe("Vietnamese offices in a story of one foreign country", () => {
  const story = (extra: string) =>
    [
      "Biểu tình lan rộng ở Paraguay",
      "Hàng nghìn người đã xuống đường tại Paraguay để phản đối luật thuế mới.",
      `Tổng thống Ramón Ortiz kêu gọi người dân bình tĩnh.${extra}`,
      "Chính phủ Paraguay cho biết sẽ xem xét lại dự luật.",
    ].join("\n");
  it("a bare office before an unknown foreign name is the country the story is about: 'Tổng thống X'", () => {
    expect(facts(story(""), ["OFFICIAL_OF"])).toEqual(["Ramón Ortiz OFFICIAL_OF Paraguay"]);
  });
  it("a holder the story gives another country keeps that one only: 'Tổng thống X', then 'Tổng thống Uruguay X'", () => {
    const text = story(" Trước đó, Tổng thống Uruguay Ramón Ortiz đã gọi điện cho Asunción.");
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Ramón Ortiz OFFICIAL_OF Uruguay"]);
  });
  it("a story of two foreign countries names no country for a bare office", () => {
    const text = [
      "Ecuador và Paraguay ký thỏa thuận thương mại",
      "Ecuador và Paraguay đã ký thỏa thuận tại Quito; Ecuador và Paraguay sẽ giảm thuế.",
      "Tổng thống Ramón Ortiz hoan nghênh thỏa thuận.",
    ].join("\n");
    expect(facts(text, ["OFFICIAL_OF"])).toEqual([]);
  });
  it("with two countries named as often, the one the headline opens on: 'Ecuador: ... sang Paraguay'", () => {
    const text = [
      "Ecuador: Tổng thống bỏ sang Paraguay",
      "Tổng thống Ecuador đã rời Quito và bay sang Paraguay.",
      "Chủ tịch Quốc hội Ramón Ortiz kêu gọi bình tĩnh; Paraguay và Ecuador chưa bình luận.",
    ].join("\n");
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Ramón Ortiz OFFICIAL_OF Ecuador"]);
  });
  it("a country named far more often than the headline's stays the story's", () => {
    const text = [
      "Ecuador: Tổng thống bỏ sang Paraguay",
      "Tổng thống Ecuador đã bay sang Paraguay. Chính phủ Paraguay họp khẩn; dư luận Paraguay lo ngại.",
      "Chủ tịch Quốc hội Ramón Ortiz kêu gọi bình tĩnh ở Paraguay.",
    ].join("\n");
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Ramón Ortiz OFFICIAL_OF Paraguay"]);
  });
});

describe("Vietnamese places", () => {
  it("a building named by its kind, then its own name, lies where the sentence puts it: 'nhà máy đóng tàu X (Y)', 'khách sạn X ở Y'", () => {
    expect(facts("Tàu tuần tra được hạ thủy tại Nhà máy đóng tàu Sông Lam (Đà Nẵng).", ["LOCATED_IN"])).toEqual([
      "Nhà máy đóng tàu Sông Lam LOCATED_IN Đà Nẵng",
    ]);
    expect(facts("Hai ngoại trưởng gặp nhau tại khách sạn Marina ở Osaka.", ["LOCATED_IN"])).toEqual(["khách sạn Marina LOCATED_IN Osaka"]);
    expect(facts("Đoàn đã thăm bảo tàng Louvre ở Paris.", ["LOCATED_IN"])).toEqual(["bảo tàng Louvre LOCATED_IN Paris"]);
  });
  it("a body's seat: 'Công ty X có trụ sở tại Y'", () => {
    expect(facts("Công ty Velmora Trading có trụ sở tại Dubai đã ký thỏa thuận với Việt Nam.", ["LOCATED_IN"])).toEqual([
      "Công ty Velmora Trading LOCATED_IN Dubai",
    ]);
  });
  it("a seat after the body's comma, its place then placed in turn: 'công ty X, có trụ sở tại thành phố Y, tỉnh Z, W'", () => {
    const text = "Mỹ trừng phạt công ty Velmora Trading, có trụ sở tại thành phố Vũ Hán, tỉnh Hồ Bắc, Trung Quốc.";
    expect(facts(text, ["LOCATED_IN"])).toEqual(["Hubei LOCATED_IN China", "Velmora Trading LOCATED_IN Wuhan", "Wuhan LOCATED_IN Hubei"]);
  });
  it("a seat after a few words of the body's kind: 'X, tập đoàn có trụ sở tại Y'", () => {
    const text = "Quy định ảnh hưởng tới Tập đoàn Velmora, tập đoàn công nghệ có trụ sở tại Osaka.";
    expect(facts(text, ["LOCATED_IN"])).toEqual(["Tập đoàn Velmora LOCATED_IN Osaka"]);
  });
  it("a seat told of someone else after a verb places no body: 'X cho biết Y có trụ sở tại Z'", () => {
    const text = "Tập đoàn Velmora cho biết đối tác mới có trụ sở tại Osaka.";
    expect(facts(text, ["LOCATED_IN"])).toEqual([]);
  });
  it("a known place named by its kind lies where the lexicon puts it: 'tỉnh X', 'bang Y', 'thành phố Z'", () => {
    const text = "Đoàn công tác đã tới tỉnh Nghệ An, sau đó sang bang Bavaria và thành phố Abidjan để khảo sát.";
    expect(facts(text, ["LOCATED_IN"])).toEqual([
      "Abidjan LOCATED_IN Ivory Coast",
      "Bavaria LOCATED_IN Germany",
      "Nghệ An LOCATED_IN Vietnam",
    ]);
  });
  it("a peninsula or a port named by its kind lies where the lexicon puts it: 'bán đảo X', 'cảng Y'", () => {
    const text = "Tàu khảo sát rời bán đảo Kamchatka hôm thứ Hai và sẽ cập cảng Latakia vào cuối tháng.";
    expect(facts(text, ["LOCATED_IN"])).toEqual(["Kamchatka LOCATED_IN Russia", "Latakia LOCATED_IN Syria"]);
    // A peninsula of several countries is placed in none; an island may be named only to say how far a thing lies.
    expect(facts("Các nước trên bán đảo Scandinavia tăng chi tiêu quốc phòng.", ["LOCATED_IN"])).toEqual([]);
    expect(facts("Rạn san hô nằm cách đảo Mindanao khoảng 150 km.", ["LOCATED_IN"])).toEqual([]);
  });
  it("a building or site the lexicon names with its kind lies in its country: 'sân bay X', 'căn cứ không quân Y'", () => {
    const text = "Chuyên cơ cất cánh từ sân bay Narita và hạ cánh xuống căn cứ không quân Ramstein sau mười giờ bay.";
    expect(facts(text, ["LOCATED_IN"])).toEqual(["Narita International Airport LOCATED_IN Japan", "Ramstein Air Base LOCATED_IN Germany"]);
    expect(facts("Đoàn đại biểu rời sân bay quốc tế Changi lúc nửa đêm.", ["LOCATED_IN"])).toEqual(["Changi Airport LOCATED_IN Singapore"]);
    // The bare name places nothing: no kind word says it is the building.
    expect(facts("Đoàn đại biểu rời Heathrow lúc nửa đêm.", ["LOCATED_IN"])).toEqual([]);
  });
  it("a port city named by its kind and no country lies where the lexicon puts it: 'thành phố cảng X'", () => {
    expect(facts("Hạm đội ghé thành phố cảng Busan trước khi về nước.", ["LOCATED_IN"])).toEqual(["Busan LOCATED_IN South Korea"]);
  });
  it("provinces and cities of the region the lexicon knows: 'tỉnh X', 'thành phố Y'", () => {
    const text = "Đoàn doanh nghiệp đã khảo sát tỉnh Champasak rồi sang thành phố Pattaya.";
    expect(facts(text, ["LOCATED_IN"])).toEqual(["Champasak LOCATED_IN Laos", "Pattaya LOCATED_IN Thailand"]);
  });
  it("a kind the lexicon does not name the place by places nothing: 'tỉnh X' of a place known as 'dải X'", () => {
    expect(facts("Các kỹ sư sang giúp nông dân ở tỉnh Subic trồng ngô.", ["LOCATED_IN"])).toEqual([]);
  });
  it("a place named by its kind whose container the text gives is placed there only: 'thành phố X, tỉnh Y'", () => {
    expect(facts("Nhà máy đặt tại thành phố Tô Châu, tỉnh Giang Tô.", ["LOCATED_IN"])).not.toContain("Suzhou LOCATED_IN China");
  });
  it("a compass side after the comma: 'thị trấn X, phía bắc Y', 'tỉnh X ở phía nam Y'", () => {
    expect(facts("Đoàn cứu trợ đã tới thị trấn Kasese, phía tây Uganda.")).toEqual(["Kasese LOCATED_IN Uganda"]);
    expect(facts("Lũ lụt tàn phá tỉnh Balochistan ở phía nam Pakistan.")).toEqual(["Balochistan LOCATED_IN Pakistan"]);
  });
  it("an address with a compass side is no list: 'thị trấn A, bang B, phía nam C'", () => {
    expect(facts("Bệnh viện dã chiến đóng tại thị trấn Torit, bang Equatoria, phía nam Nam Sudan.")).toEqual([
      "Equatoria LOCATED_IN South Sudan",
      "Torit LOCATED_IN Equatoria",
    ]);
  });
  it("'phía Y' alone after a place's comma is Y's side, not where the place lies: 'tại X, phía Y có ...'", () => {
    expect(facts("Hội đàm diễn ra tại Mombasa, phía Tanzania có Bộ trưởng Ngoại giao.", ["LOCATED_IN"])).toEqual([]);
  });
  it("a kind word before a known place, then whose: 'tỉnh X của Y'", () => {
    expect(facts("Đoàn đã đến tỉnh Chiang Mai của Thái Lan.")).toEqual(["Chiang Mai LOCATED_IN Thailand"]);
  });

  it("kind words that end in a place word, then whose: 'thành phố cảng X của Y'", () => {
    expect(facts("Hội nghị diễn ra tại thành phố cảng Vladivostok của Nga.")).toEqual(["Vladivostok LOCATED_IN Russia"]);
  });

  it("a port city the lexicon does not know is the city, not its port: 'tới thành phố cảng X'", () => {
    const text = "Tổng thống Chile Gabriel Boric sẽ tới thành phố cảng Taltal và thăm một mỏ đồng.";
    expect(facts(text, ["VISITED"])).toEqual(["Gabriel Boric VISITED Taltal"]);
    expect(facts("Đoàn đã tới thành phố cảng Taltal của Chile.", ["LOCATED_IN"])).toEqual(["Taltal LOCATED_IN Chile"]);
  });

  it("a region of the country in apposition: 'bang X, miền nam nước Y'", () => {
    expect(facts("Vụ việc xảy ra ở bang Texas, miền nam nước Mỹ.")).toEqual(["Texas LOCATED_IN United States"]);
  });

  it("the country in brackets: 'thành phố X (Y)'", () => {
    expect(facts("Hội chợ diễn ra ở thành phố Huế (Việt Nam) trong ba ngày.")).toEqual(["Huế LOCATED_IN Vietnam"]);
  });

  it("a bracket that does not close after the place says nothing of it: 'eo biển X (Ảnh: ...)'", () => {
    expect(facts("Một tàu khu trục đi qua eo biển Đài Loan (Ảnh: Reuters).")).toEqual([]);
  });

  it("a clause of where the place lies: 'căn cứ không quân X nằm ở tỉnh Y của Z'", () => {
    expect(facts("Căn cứ không quân Tarnova nằm ở tỉnh Velika của Bulgaria.")).toEqual([
      "Căn cứ không quân Tarnova LOCATED_IN Velika",
      "Velika LOCATED_IN Bulgaria",
    ]);
  });

  it("a located clause after the place's comma: 'làng X, thuộc tỉnh Y'", () => {
    expect(facts("Quân đội pháo kích làng Dobrin, thuộc tỉnh Velika.")).toEqual(["Dobrin LOCATED_IN Velika"]);
  });

  it("a plant named by its kind, then where it lies: 'nhà máy điện X ở thành phố Y'", () => {
    expect(facts("Đoàn đã thăm nhà máy điện Borovo ở thành phố Kalvik.")).toEqual(["nhà máy điện Borovo LOCATED_IN Kalvik"]);
  });

  it("places joined by the conjunction lie where the last lies: 'huyện A và huyện B thuộc tỉnh C'", () => {
    expect(facts("Người dân chạy về thị trấn Dobra và thị trấn Zelen thuộc tỉnh Varna.")).toEqual([
      "Dobra LOCATED_IN Varna",
      "Zelen LOCATED_IN Varna",
    ]);
  });

  it("a kind of place in apposition, then where it lies: 'X, thủ phủ tỉnh Y'", () => {
    expect(facts("Phiến quân kiểm soát Malvik, thủ phủ tỉnh Oster.")).toEqual(["Malvik LOCATED_IN Oster"]);
  });

  it("a kind with its modifiers after it, then whose: 'X, thành phố lớn thứ hai của Y'", () => {
    expect(facts("Hội nghị diễn ra ở Plovdiv, thành phố lớn thứ hai của Bulgaria.")).toEqual(["Plovdiv LOCATED_IN Bulgaria"]);
  });

  it("a province after a person's name is no kind of place: 'ông A, tỉnh B'", () => {
    // The province is placed in its country by the lexicon, the person nowhere.
    expect(facts("Ông Nguyễn Văn An, tỉnh Quảng Nam, phát biểu.")).toEqual(["Quảng Nam LOCATED_IN Vietnam"]);
  });

  it("an address: each place in the next, of another kind: 'thôn A, xã B, huyện C, tỉnh D'", () => {
    expect(facts("Đoàn công tác đã tới thôn Làng Mới, xã Tân Phong, huyện Yên Bình, tỉnh Hà Giang.")).toEqual([
      "Hà Giang LOCATED_IN Vietnam",
      "Làng Mới LOCATED_IN Tân Phong",
      "Tân Phong LOCATED_IN Yên Bình",
      "Yên Bình LOCATED_IN Hà Giang",
    ]);
  });

  it("places of one kind listed are no address: 'tỉnh A, tỉnh B và tỉnh C'", () => {
    // Each is placed in its country by the lexicon, none in another.
    expect(facts("Lũ quét tràn qua tỉnh Hà Giang, tỉnh Lào Cai và tỉnh Yên Bái.")).toEqual([
      "Hà Giang LOCATED_IN Vietnam",
      "Lào Cai LOCATED_IN Vietnam",
      "Yên Bái LOCATED_IN Vietnam",
    ]);
  });

  it("a visit to an address is to its first place, not the places that hold it: 'tới thôn A, xã B, huyện C'", () => {
    expect(facts("Bộ trưởng Ba Lan Jan Novak đã tới thôn Làng Mới, xã Tân Phong, huyện Yên Bình.", ["VISITED"])).toEqual([
      "Jan Novak VISITED Làng Mới",
    ]);
  });

  it("a place's proper name runs on over lower-case name words: 'Trung tâm Hội nghị Quốc gia ở X'", () => {
    expect(facts("Hội nghị khai mạc tại Trung tâm Hội nghị Quốc gia ở Hà Nội.")).toEqual(["Trung tâm Hội nghị Quốc gia LOCATED_IN Hà Nội"]);
  });

  it("a located clause after a comma, and a territory in apposition: 'X ở Y, vùng lãnh thổ tự trị thuộc Z'", () => {
    expect(facts("Đoàn đã tới căn cứ vũ trụ Norrby ở tây bắc Greenland, vùng lãnh thổ tự trị thuộc Đan Mạch.")).toEqual([
      "Greenland LOCATED_IN Denmark",
      "căn cứ vũ trụ Norrby LOCATED_IN Greenland",
    ]);
  });

  it("an unknown name inside a place named by its kind is a place: 'tại X thuộc bang Y'", () => {
    expect(facts("Tàu sân bay đặt cảng nhà tại Varnok thuộc bang Oster.")).toEqual(["Varnok LOCATED_IN Oster"]);
  });

  it("an unknown name put in apposition to a place named by its kind is a place: 'tại X, tỉnh Y'", () => {
    expect(facts("Lũ quét đã cuốn trôi nhiều nhà ở Varnok, tỉnh Oster.", ["LOCATED_IN"])).toEqual(["Varnok LOCATED_IN Oster"]);
    // The kind may open a place the lexicon knows: "tỉnh Ontario".
    expect(facts("Hội nghị sẽ khai mạc tại Marlowe, tỉnh Ontario.", ["LOCATED_IN"])).toEqual([
      "Marlowe LOCATED_IN Ontario",
      "Ontario LOCATED_IN Canada",
    ]);
    // A personal name before the comma is someone from the place, not a place.
    expect(people("Phóng viên đã gặp chị Trần Thị Mai, phường Bến Nghé.")).toEqual(["Trần Thị Mai"]);
  });

  it("a place beside a city lies in the city's country: 'căn cứ X gần Y', 'X ở ngoại ô Y', 'X, cách Y 60 km'", () => {
    expect(facts("Lô máy bay đầu tiên đã tới căn cứ không quân Kalvik gần Oslo hôm thứ Sáu.", ["LOCATED_IN"])).toEqual([
      "căn cứ không quân Kalvik LOCATED_IN Norway",
    ]);
    expect(facts("Chiếc máy bay vận tải hạ cánh xuống căn cứ không quân Kalvik ở ngoại ô Oslo.", ["LOCATED_IN"])).toEqual([
      "căn cứ không quân Kalvik LOCATED_IN Norway",
    ]);
    expect(facts("Đoàn đã thăm khu công nghiệp Tarvik, cách Oslo khoảng 60 km về phía bắc.", ["LOCATED_IN"])).toEqual([
      "Tarvik LOCATED_IN Norway",
    ]);
    // A country by its own name is a neighbour; "cách" with no distance is a way of doing.
    expect(facts("Quân đội tập trận tại căn cứ không quân Kalvik gần Na Uy.", ["LOCATED_IN"])).toEqual([]);
    expect(facts("Người dân khu công nghiệp Tarvik ủng hộ cách Oslo xử lý vụ việc.", ["LOCATED_IN"])).toEqual([]);
  });

  it("a region of several countries lies in no city: 'các nguyên thủ châu Phi tại X', 'nhà ngoại giao phương Tây ở Y'", () => {
    expect(facts("Phái đoàn gồm bốn nguyên thủ châu Phi tại Johannesburg đã gặp Tổng thống Kenya.", ["LOCATED_IN"])).toEqual([]);
    expect(facts("Một nhà ngoại giao phương Tây ở Thượng Hải cho rằng tình hình đã ổn định.", ["LOCATED_IN"])).toEqual([]);
  });

  it("a person's name after an honorific stays a person before 'thuộc tỉnh Y'", () => {
    expect(people("Ông Jan Novak thuộc tỉnh Oster phát biểu.")).toEqual(["Jan Novak"]);
  });

  it("a county named by its kind: 'lâu đài X ở hạt Y'", () => {
    expect(facts("Nhà vua tiếp đoàn tại lâu đài Ashcombe ở hạt Wessex.")).toEqual(["lâu đài Ashcombe LOCATED_IN Wessex"]);
  });

  it("the centre of a country as a region: 'tỉnh X ở miền Trung Y'", () => {
    expect(facts("Ông tới tỉnh Lomza ở miền Trung Ba Lan.")).toEqual(["Lomza LOCATED_IN Poland"]);
  });

  it("a feature on a sea: 'đảo X trên Biển Đông' (capitalized, the sea's name, not 'at sea')", () => {
    expect(facts("Tàu cá bị xua đuổi gần đảo Phú Lâm trên Biển Đông.")).toEqual(["Woody Island LOCATED_IN South China Sea"]);
  });
});

describe("Vietnamese names glued to the next word", () => {
  it("a name glued to a Vietnamese word is parted: 'của BrazilÔng X', 'Ngoại trưởng Y XTổng thống'", () => {
    expect(splitGluedWords("đối tác của BrazilÔng Lula")).toBe("đối tác của Brazil Ông Lula");
    expect(splitGluedWords("Ngoại trưởng Nga Sergei LavrovTổng thống")).toBe("Ngoại trưởng Nga Sergei Lavrov Tổng thống");
  });

  it("every seam of a word is parted, wherever the word stands: 'củaNgaÔng', 'tạiAPL'", () => {
    expect(splitGluedWords("(củaNgaÔng Putin) thi đấu tạiAPL 2024")).toBe("(của Nga Ông Putin) thi đấu tại APL 2024");
    expect(splitGluedWords("Không có chỗ dính nào.")).toBe("Không có chỗ dính nào.");
  });

  it("brand names without a Vietnamese mark stay whole: 'TikTok', 'iPhone', 'VinFast'", () => {
    expect(splitGluedWords("TikTok, iPhone và VinFast")).toBe("TikTok, iPhone và VinFast");
  });

  it("a name glued to the next block's office keeps its own: 'Bộ trưởng Y XThủ tướng Z W'", () => {
    expect(facts("Bộ trưởng Quốc phòng Ba Lan Piotr KowalskiThủ tướng Ba Lan Marek Zielinski phát biểu.")).toEqual([
      "Marek Zielinski OFFICIAL_OF Poland",
      "Piotr Kowalski OFFICIAL_OF Poland",
    ]);
  });
});

describe("Vietnamese names without a title", () => {
  it("a plural honorific goes over its list: 'các ông A, B và C'", () => {
    expect(people("Cùng dự có các ông Nguyễn Văn Tùng, Trần Quốc Bảo và Lê Hữu Phước.")).toEqual([
      "Lê Hữu Phước",
      "Nguyễn Văn Tùng",
      "Trần Quốc Bảo",
    ]);
  });

  it("a singular honorific does not: 'ông A và Công ty B'", () => {
    expect(people("Ông Nguyễn Văn Tùng và Công ty Hải Đăng ký hợp đồng.")).toEqual(["Nguyễn Văn Tùng"]);
  });

  it("a Vietnamese full name needs no title: 'Nguyễn Văn A, 45 tuổi, ...'", () => {
    expect(people("Nguyễn Văn Tùng, 45 tuổi, là giám đốc một công ty ở Hà Nội.")).toEqual(["Nguyễn Văn Tùng"]);
  });

  it("a long capitalized run that opens on a name word is no person: 'Văn Miếu Quốc Tử Giám'", () => {
    expect(people("Đoàn đã tham quan Văn Miếu Quốc Tử Giám.")).toEqual([]);
  });

  it("two-syllable capitalized runs are not taken for names without a title: 'Cao Bằng'", () => {
    expect(people("Đoàn đã tới Cao Bằng và Hà Giang.")).toEqual([]);
  });
});

describe("Vietnamese: foreign names without an honorific", () => {
  it("a given name's initial before a transliterated surname the lexicon knows: 'Tổng thống Y A. Lu-ca-sen-cô'", () => {
    expect(facts("Chiều 4/3, Tổng thống Bê-la-rút A. Lu-ca-sen-cô tiếp đoàn doanh nghiệp Lào.", ["OFFICIAL_OF"])).toEqual([
      "Alexander Lukashenko OFFICIAL_OF Belarus",
    ]);
  });

  it("a full foreign name with its office in apposition: 'X Y, Ngoại trưởng Z, cho biết'", () => {
    expect(facts("Sergio Ramos, Ngoại trưởng Chile, cho biết nước này muốn hợp tác.")).toEqual(["Sergio Ramos OFFICIAL_OF Chile"]);
  });

  it("a bare surname stands for the person named in full before: 'Ramos cho biết'", () => {
    const text = "Ngoại trưởng Chile Sergio Ramos tới Hà Nội. Ramos ca ngợi Việt Nam.";
    expect(facts(text, ["PRAISED"])).toEqual(["Sergio Ramos PRAISED Vietnam"]);
  });

  it("a Vietnamese word at a sentence start is no surname: 'Chính phủ' after 'Thủ tướng Phạm Minh Chính'", () => {
    expect(people("Thủ tướng Phạm Minh Chính tiếp đoàn. Chính phủ Việt Nam ca ngợi Chile.")).toEqual(["Phạm Minh Chính"]);
    expect(facts("Thủ tướng Phạm Minh Chính tiếp đoàn. Chính phủ Việt Nam ca ngợi Chile.", ["PRAISED"])).toEqual(["Vietnam PRAISED Chile"]);
  });

  it("a medium or place before a comma and an office is no person: 'trên trang Facebook, Bộ trưởng Y ...'", () => {
    expect(people("Trên trang Facebook, Bộ trưởng Y tế Chile viết rằng dịch bệnh đã được kiểm soát.")).toEqual([]);
  });

  it("an outlet's acronym before a dash is no person: 'TPO - Tổng thống Y X ...'", () => {
    expect(people("TPO - Tổng thống Chile Rafael Ortega sẽ thăm Peru.")).toEqual(["Rafael Ortega"]);
  });

  it("an office before a full name the lexicon knows leaves the whole name: 'Chủ tịch Tập Cận Bình và Thủ tướng X'", () => {
    expect(facts("Chủ tịch Tập Cận Bình và Thủ tướng Ấn Độ Narendra Modi đã có cuộc gặp ngắn.", ["MET", "OFFICIAL_OF"])).toEqual([
      "Narendra Modi MET Xi Jinping",
      "Narendra Modi OFFICIAL_OF India",
      "Xi Jinping OFFICIAL_OF China",
    ]);
  });

  it("a foreign name written without its foreign marks is the lexicon's: 'Khurelsukh' is 'Khürelsükh'", () => {
    expect(people("Tổng thống Mông Cổ Ukhnaagiin Khurelsukh tiếp ông Luis Soto. Tổng thống Khurelsukh cảm ơn ông Soto.")).toEqual([
      "Luis Soto",
      "Ukhnaagiin Khürelsükh",
    ]);
  });

  it("a bare name opened by a landmark head is the landmark: 'Hồ Hoàn Kiếm' is a lake, 'ông Hồ Quang Minh' a man", () => {
    expect(people("Ông Luis Soto dạo quanh Hồ Hoàn Kiếm cùng ông Hồ Quang Minh.")).toEqual(["Hồ Quang Minh", "Luis Soto"]);
  });
});

describe("Vietnamese tours of an ocean's region", () => {
  it("an ocean spans many countries: a tour of it is no visit to a place ('mở đầu chuyến công du khu vực Thái Bình Dương')", () => {
    const text = "Ngoại trưởng Chile Pablo Herrera đã hội đàm với Thủ tướng Fiji tại Suva, mở đầu chuyến công du khu vực Thái Bình Dương.";
    expect(facts(text, ["VISITED"]).join()).not.toContain("Pacific");
  });
});

describe("Vietnamese capitals in their common spellings", () => {
  it("'Viên Chăn' is Vientiane, not Vienna ('Viên') with a word after it", () => {
    expect(facts("Ngoại trưởng Đức Lena Vogt ngày 2/4 đã tới Viên Chăn.", ["VISITED"])).toEqual(["Lena Vogt VISITED Laos"]);
  });
});

describe("Vietnamese rotating chairs", () => {
  it("'luân phiên' (in turn) between an office and its body: 'Chủ tịch luân phiên ASEAN, Thủ tướng X Y'", () => {
    expect(facts("Chủ tịch luân phiên ASEAN, Thủ tướng Lào Bounmy Keo, phát biểu khai mạc.")).toEqual([
      "Bounmy Keo OFFICIAL_OF ASEAN",
      "Bounmy Keo OFFICIAL_OF Laos",
    ]);
  });
});

describe("Vietnamese coreference", () => {
  it("'nước chủ nhà' is the country visited: 'thăm Y, gặp Thủ tướng nước chủ nhà, ông X'", () => {
    expect(facts("Ngoại trưởng Ba Lan đang thăm Oman, đã gặp Thủ tướng nước chủ nhà, ông Hamad Al Busaidi.", ["OFFICIAL_OF"])).toEqual([
      "Hamad Al Busaidi OFFICIAL_OF Oman",
    ]);
  });

  it("'nước chủ nhà' is no country an office was named with: 'Tổng thống Y A và Tổng thống nước chủ nhà B'", () => {
    expect(facts("Bà Anna Novak đã gặp Tổng thống Brazil Pedro Alves và Tổng thống nước chủ nhà Luis Ferro.", ["OFFICIAL_OF"])).toEqual([
      "Pedro Alves OFFICIAL_OF Brazil",
    ]);
  });

  it("'ông' stands for the sentence before's subject, not whom its leading phrase named: 'Theo lời mời của X, Y ... . Ông ...'", () => {
    const text =
      "Theo lời mời từ Tổng thống Indonesia Ravi Menon, Tổng thống Ba Lan Jan Novak bay tới Jakarta sáng 3/5. Ông đã gặp Thủ tướng Indonesia Arjun Rao.";
    expect(facts(text, ["MET"])).toEqual(["Arjun Rao MET Jan Novak"]);
  });

  it("'hai nhà lãnh đạo' leaves out a former leader named since: 'A ... cha ông, cựu Tổng thống B ... hai nhà lãnh đạo'", () => {
    const text =
      "Tổng thống Ba Lan Piotr Novak bay tới Jakarta sáng 3/5. Cùng đi có cha ông, cựu Tổng thống Jan Novak. Sau buổi hội đàm với Thủ tướng Indonesia Ravi Menon, hai nhà lãnh đạo đã ký ba văn kiện.";
    expect(facts(text, ["MET", "SIGNED", "PARENT_OF"])).toEqual([
      "Jan Novak PARENT_OF Piotr Novak",
      "Piotr Novak MET Ravi Menon",
      "Piotr Novak SIGNED Ravi Menon",
    ]);
  });
});

describe("Vietnamese coreference: the head of a seat of government", () => {
  it("'ông chủ' (the master) of a seat is its head, named before: 'Ông chủ Điện Kremlin cảm ơn ...'", () => {
    const text = "Tổng thống Nga Ivan Sokolov đã tiếp Thủ tướng Mông Cổ Bat Erdene. Ông chủ Điện Kremlin cảm ơn Mông Cổ.";
    expect(facts(text, ["THANKED"])).toEqual(["Ivan Sokolov THANKED Mongolia"]);
  });

  it("'ông Chủ tịch ...' stays an honorific before the office 'Chủ tịch'", () => {
    expect(facts("Ông Chủ tịch Quốc hội Lê Văn Hòa đã tới Lào.", ["OFFICIAL_OF"])).toEqual(["Lê Văn Hòa OFFICIAL_OF Vietnam"]);
  });
});

describe("Vietnamese coreference: the guest", () => {
  it("'vị khách' is the person last talked of who is not Vietnamese, not the host who was the subject", () => {
    const text = "Thủ tướng Lê Văn Hòa đã tiếp Thủ tướng New Zealand Liam Carter. Vị khách cảm ơn Việt Nam về sự đón tiếp.";
    expect(facts(text, ["THANKED"])).toEqual(["Liam Carter THANKED Vietnam"]);
  });

  it("with a demonstrative too: 'Vị khách này đánh giá cao ...'", () => {
    const text = "Chủ tịch nước Lê Văn Hòa đã hội đàm với Tổng thống Mông Cổ Bat Erdene. Vị khách này đánh giá cao Việt Nam.";
    expect(facts(text, ["PRAISED"])).toEqual(["Bat Erdene PRAISED Vietnam"]);
  });

  it("no guest without a foreign person named: 'Thủ tướng A thăm Y. Vị khách ...' says nothing", () => {
    expect(facts("Thủ tướng Lê Văn Hòa tới Đà Nẵng. Vị khách cảm ơn Lào.", ["THANKED"])).toEqual([]);
  });
});

describe("Vietnamese coreference: the one who says it", () => {
  it("'C cho biết bà sẽ gặp D': after a verb of saying right after a name, the pronoun is that speaker, not the subject", () => {
    const text = "Ông Rahimi cảm ơn Lào, trong khi Ngoại trưởng Chile Rosa Medina cho biết bà sẽ sớm gặp người đồng cấp Peru Luis Vargas.";
    expect(facts(text, ["MET", "THANKED"])).toEqual(["Luis Vargas MET Rosa Medina", "Rahimi THANKED Laos"]);
  });

  it("not across an aside: 'A, người đã gặp B, cho biết ông ...' is A", () => {
    const text =
      "Tổng thống Chile Rosa Medina đã tiếp Thủ tướng Peru Luis Vargas. Thủ tướng Lào Somsak Vong, người đã gặp ông Vargas, cho biết ông sẽ tới Chile.";
    // Vargas, received by Chile's president, is in Chile (receptionsAtHome).
    expect(facts(text, ["VISITED"])).toEqual(["Luis Vargas VISITED Chile", "Somsak Vong VISITED Chile"]);
  });
});

describe("Vietnamese coreference: a surname that opens on its particles", () => {
  it("'ông del Campo' is the person named before, not a pronoun for the last subject", () => {
    const text =
      "Ngoại trưởng Chile Hillary Moss đã tiếp Bộ trưởng Peru Mateo del Campo. Bà Moss cảm ơn Lào. Ông del Campo cảm ơn Chile và chỉ trích Bolivia.";
    expect(facts(text, ["THANKED", "CRITICIZED"])).toEqual([
      "Hillary Moss THANKED Laos",
      "Mateo del Campo CRITICIZED Bolivia",
      "Mateo del Campo THANKED Chile",
    ]);
  });

  it("a particle before a country the lexicon knows opens no name: 'ông la Mỹ' stays a pronoun and a country", () => {
    expect(people("Tổng thống Chile Rosa Medina tới Hà Nội. Ông la Mỹ.")).toEqual(["Rosa Medina"]);
  });
});

describe("Vietnamese coreference: a one-word short name of a well-known person", () => {
  it("'bà Hoa' of a story that never names China is an ordinary person, not China's spokeswoman", () => {
    expect(people("Bà Hoa, chủ một quán ăn ở Đà Lạt, cho biết giá rau tăng. Bà Hoa cảm ơn Thái Lan.")).toEqual(["Hoa"]);
  });

  it("the country named, the short name is the lexicon's person: 'Trung Quốc ... bà Hoa cho biết'", () => {
    expect(people("Trung Quốc phản đối quyết định của Canada. Bà Hoa cho biết Bắc Kinh sẽ đáp trả.")).toEqual(["Hua Chunying"]);
  });
});

describe("Vietnamese coreference: given names by their initials", () => {
  it("'G.Mendes', 'V.Ra-mốt' stand for the person named in full whose family name they end with", () => {
    const text =
      "Tổng thống Chile Gabriel T. Mendes đã tiếp Thủ tướng Peru Vích-to Ra-mốt. Ông G.Mendes cảm ơn Peru. Ông V.Ra-mốt chỉ trích Bolivia.";
    expect(people(text)).toEqual(["Gabriel T. Mendes", "Vích-to Ra-mốt"]);
    expect(facts(text, ["THANKED", "CRITICIZED"])).toEqual(["Gabriel T. Mendes THANKED Peru", "Vích-to Ra-mốt CRITICIZED Bolivia"]);
  });

  it("another initial is another person: 'ông J.Mendes' is not Gabriel Mendes", () => {
    expect(people("Ông Gabriel Mendes tới Lima. Ông J.Mendes cho biết.")).toEqual(["Gabriel Mendes", "J.Mendes"]);
  });

  it("initials glued by their dots are part of the name: 'Phó Tổng thống Y R.K. Santoso'", () => {
    expect(facts("Phó Tổng thống Philippines R.K. Santoso đã tới Huế.", ["OFFICIAL_OF"])).toEqual(["R.K. Santoso OFFICIAL_OF Philippines"]);
  });
});

describe("Vietnamese coreference: the delegation stands for its head", () => {
  it("a bare 'Đoàn' is who the article named with the delegation: 'A cùng Đoàn đại biểu ... Đoàn sẽ thăm Y'", () => {
    const text =
      "Tổng thống Chile Rosa Medina cùng Đoàn đại biểu cấp cao Chile đã tới Hà Nội. Theo lịch trình, Đoàn sẽ thăm Campuchia trước khi về nước.";
    expect(facts(text, ["VISITED"])).toEqual(["Chile VISITED Vietnam", "Rosa Medina VISITED Cambodia", "Rosa Medina VISITED Vietnam"]);
  });

  it("a Vietnamese delegation abroad: 'đoàn' is its Vietnamese head, not the foreign host named since", () => {
    const text =
      "Thủ tướng Lê Văn Hòa và Đoàn đại biểu Việt Nam đã tới Chile. Tổng thống Chile Rosa Medina đã tiếp ông Hòa. Chiều cùng ngày, đoàn tới Argentina.";
    expect(facts(text, ["VISITED"])).toEqual(["Lê Văn Hòa VISITED Argentina", "Lê Văn Hòa VISITED Chile", "Vietnam VISITED Chile"]);
  });

  it("a delegation received is not led by its host: 'A tiếp Đoàn đại biểu Y ... đoàn đã thăm Z' is not A", () => {
    const text = "Thủ tướng Lê Văn Hòa đã tiếp Đoàn đại biểu Quốc hội Lào. Chiều cùng ngày, đoàn đã thăm Campuchia.";
    expect(facts(text, ["VISITED"])).toEqual([]);
  });

  it("its leader named before it and joined to it: 'A tiếp B và Đoàn đại biểu Y ... đoàn đã thăm Z' is B", () => {
    const text =
      "Thủ tướng Lê Văn Hòa đã tiếp Thủ tướng Lào Somsak Vong và Đoàn đại biểu cấp cao Lào. Chiều cùng ngày, đoàn đã thăm Campuchia.";
    expect(facts(text, ["VISITED"])).toEqual(["Somsak Vong VISITED Cambodia", "Somsak Vong VISITED Vietnam"]);
  });

  it("its leader named after it: 'Đoàn công tác ... do Thượng tướng X dẫn đầu', not the host named since", () => {
    const text =
      "Đoàn công tác của Bộ Quốc phòng do Thượng tướng Trần Minh Khoa dẫn đầu đã tới Viêng Chăn. Bộ trưởng Quốc phòng Lào Somsak Vong đã tiếp ông Khoa. Chiều cùng ngày, đoàn đã thăm Campuchia.";
    expect(facts(text, ["VISITED"])).toEqual(["Trần Minh Khoa VISITED Cambodia", "Trần Minh Khoa VISITED Laos"]);
  });

  it("with no delegation named before, 'đoàn' is the guest: 'A tiếp B ... Chiều cùng ngày, đoàn thăm Y'", () => {
    const text = "Thủ tướng Lê Văn Hòa đã tiếp Thủ tướng New Zealand Liam Carter. Chiều cùng ngày, đoàn đã thăm Campuchia.";
    expect(facts(text, ["VISITED"])).toEqual(["Liam Carter VISITED Cambodia", "Liam Carter VISITED Vietnam"]);
  });

  it("not opening its clause, with no head named, it is no one: the guest is not the delegation welcomed", () => {
    const text = "Thủ tướng Lê Văn Hòa đã tiếp Đại sứ Lào Somsak Vong. Sau đó, Bộ trưởng Trần Minh Khoa đón đoàn tại sân bay.";
    expect(facts(text, ["MET"])).toEqual(["Lê Văn Hòa MET Somsak Vong"]);
  });

  it("as whom a welcome is for: 'Đón Đoàn tại sân bay có Bộ trưởng X'", () => {
    const text =
      "Tổng thống Chile Rosa Medina cùng Đoàn đại biểu cấp cao Chile đã tới Hà Nội. Đón Đoàn tại sân bay có Bộ trưởng Ngoại giao Trần Minh Khoa.";
    expect(facts(text, ["MET"])).toEqual(["Rosa Medina MET Trần Minh Khoa"]);
  });

  it("not a delegation sent, counted or a compound's word: 'cử một phái đoàn', 'tập đoàn', 'công đoàn'", () => {
    const text = "Tổng thống Chile Rosa Medina đã tới Hà Nội. Bộ Công Thương sẽ cử một phái đoàn sang Campuchia. Công đoàn đã tới Lào.";
    expect(facts(text, ["VISITED"])).toEqual(["Rosa Medina VISITED Vietnam"]);
  });
});

describe("Vietnamese coreference: the partner side", () => {
  it("'phía bạn' is the country last talked of that is not Vietnam: 'A hội đàm với Thủ tướng Y B. Phía bạn cảm ơn Việt Nam'", () => {
    const text = "Thủ tướng Lê Văn Hòa đã hội đàm với Thủ tướng New Zealand Liam Carter. Phía bạn cảm ơn Việt Nam về sự đón tiếp.";
    expect(facts(text, ["THANKED"])).toEqual(["New Zealand THANKED Vietnam"]);
  });

  it("'nước bạn' as an object: 'Việt Nam ủng hộ nước bạn'", () => {
    const text = "Tổng thống Mông Cổ Bat Erdene đã tới Hà Nội. Việt Nam luôn ủng hộ nước bạn.";
    expect(facts(text, ["SUPPORTED"])).toEqual(["Vietnam SUPPORTED Mongolia"]);
  });

  it("'nước bạn Y' names its country; 'các nước bạn', 'nước bạn bè' are no one country", () => {
    expect(facts("Chủ tịch nước tới Viêng Chăn. Nước bạn Campuchia cảm ơn Việt Nam.", ["THANKED"])).toEqual(["Cambodia THANKED Vietnam"]);
    const text = "Tổng thống Mông Cổ Bat Erdene đã tới Hà Nội. Việt Nam cảm ơn các nước bạn và cảm ơn nước bạn bè.";
    expect(facts(text, ["THANKED"])).toEqual([]);
  });
});

describe("Vietnamese coreference: a noun with a demonstrative takes up a person", () => {
  it("a calling with 'này' is the person just talked of: 'Ngoại trưởng Y X tới Z. Nhà ngoại giao này hội đàm với W'", () => {
    const text = "Ngoại trưởng Pháp Jean Mareau tới Hà Nội hôm 2/5. Nhà ngoại giao này đã hội đàm với Thủ tướng Lê Văn Hòa.";
    expect(facts(text, ["MET"])).toEqual(["Jean Mareau MET Lê Văn Hòa"]);
  });
  it("a leader's noun with 'này' is the leader just named, whatever the office: 'Nhà lãnh đạo này ...'", () => {
    const text = "Tổng thống Chile Ana Ruiz đã tới Hà Nội hôm 2/5. Nhà lãnh đạo này cảm ơn Việt Nam.";
    expect(facts(text, ["THANKED"])).toEqual(["Ana Ruiz THANKED Vietnam"]);
  });
  it("a lower-case office after the classifier, then 'này': 'vị bộ trưởng này'", () => {
    const text = "Bộ trưởng Quốc phòng Đức Karl Brenner tới Hà Nội hôm 2/5. Hôm sau, vị bộ trưởng này cảm ơn Việt Nam.";
    expect(facts(text, ["THANKED"])).toEqual(["Karl Brenner THANKED Vietnam"]);
  });
  it("an office with 'này' is its holder before the topic: 'X gặp Thủ tướng Y. Thủ tướng này ...' is Y", () => {
    const text = "Ngoại trưởng Pháp Jean Mareau gặp Thủ tướng Lê Văn Hòa hôm 2/5. Thủ tướng này cảm ơn Pháp.";
    expect(facts(text, ["THANKED"])).toEqual(["Lê Văn Hòa THANKED France"]);
  });
  it("a noun for a person without a demonstrative takes up no one: 'Nhà ngoại giao cảm ơn ...'", () => {
    const text = "Ngoại trưởng Pháp Jean Mareau tới Hà Nội hôm 2/5. Nhà ngoại giao cảm ơn Việt Nam.";
    expect(facts(text, ["THANKED"])).toEqual([]);
  });
  it("a country's noun with 'này' opening the sentence is the last sentence's subject: 'Y trừng phạt Z. Nước này cũng ...'", () => {
    const text = "Nhật Bản tuyên bố trừng phạt Belarus hôm 3/5. Nước này cũng cáo buộc Belarus hỗ trợ Nga.";
    expect(facts(text, ["ACCUSED"])).toEqual(["Japan ACCUSED Belarus"]);
  });
  it("a body's noun with 'này' opening the sentence: 'Khối này ...', 'Công ty này ...'", () => {
    const text = "Liên minh châu Âu lên án Nga hôm 3/5. Khối này cũng tuyên bố trừng phạt Belarus.";
    expect(facts(text, ["SANCTIONED"])).toEqual(["European Union SANCTIONED Belarus"]);
  });
  it("a country's noun with 'này' after a reporting verb is the speaker's country: 'X cho biết nước này sẽ ...'", () => {
    const text = "Ngoại trưởng Đức Karl Brenner tới Kiev hôm 3/5. Ông Brenner cho biết nước này sẽ tiếp tục ủng hộ Ukraine.";
    expect(facts(text, ["SUPPORTED"])).toEqual(["Germany SUPPORTED Ukraine"]);
  });
  it("a country's noun with 'này' as an object stands for no one: 'Y trừng phạt nước này'", () => {
    const text = "Ông Karl Brenner tới Iran hôm 3/5. Ông cho rằng Nhật Bản đã trừng phạt nước này.";
    expect(facts(text, ["SANCTIONED"])).toEqual([]);
  });
});

describe("Vietnamese state groups the lexicon knows", () => {
  const bodies = (text: string) =>
    extract(text)
      .x.entities.filter((e) => e.type === "ORGANIZATION")
      .map((e) => e.name)
      .sort();

  it("a dash inside a known name is part of it: 'Tập đoàn Than - Khoáng sản Việt Nam', 'Tập đoàn Công nghiệp - Viễn thông Quân đội'", () => {
    expect(bodies("Tập đoàn Than - Khoáng sản Việt Nam ký hợp đồng với một hãng của Peru.")).toEqual(["Vinacomin"]);
    expect(bodies("Tập đoàn Công nghiệp - Viễn thông Quân đội mở chi nhánh ở Bolivia.")).toEqual(["Viettel"]);
  });

  it("a group by its former name: 'Tập đoàn Viễn thông Quân đội' is Viettel", () => {
    expect(bodies("Tập đoàn Viễn thông Quân đội khai trương mạng di động ở Bolivia.")).toEqual(["Viettel"]);
  });

  it("a state group's officer serves the group: 'Chủ tịch Tập đoàn Hóa chất Việt Nam X'", () => {
    expect(facts("Chủ tịch Tập đoàn Hóa chất Việt Nam Đinh Quốc Vượng đã gặp Bộ trưởng Công nghiệp Ai Cập.")).toContain(
      "Đinh Quốc Vượng OFFICIAL_OF Vinachem",
    );
  });
});

describe("Vietnamese bodies the lexicon does not know, as actors", () => {
  it("a company's name runs on over its lower-case syllables to a clear end: 'Công ty Cổ phần Xây dựng X (ABC)'", () => {
    const { x } = extract("Công ty Cổ phần Xây dựng Minh Long (MLC) đã ký hợp đồng với Campuchia.");
    expect(x.entities.filter((e) => e.type === "ORGANIZATION").map((e) => e.name)).toEqual(["Công ty Cổ phần Xây dựng Minh Long"]);
  });

  it("but not over a verb after the name: 'Tập đoàn X xây dựng nhà máy ...'", () => {
    const { x } = extract("Tập đoàn Minh Long xây dựng nhà máy ở Campuchia.");
    expect(x.entities.filter((e) => e.type === "ORGANIZATION").map((e) => e.name)).toEqual(["Tập đoàn Minh Long"]);
  });

  it("a company's name runs on over a place the lexicon knows when capitalized words follow it: 'Công ty Thương mại Danube Xanh'", () => {
    const bodies = (text: string) =>
      extract(text)
        .x.entities.filter((e) => e.type === "ORGANIZATION")
        .map((e) => e.name);
    expect(bodies("Công ty Thương mại Danube Xanh đã ký hợp đồng với Lào.")).toEqual(["Công ty Thương mại Danube Xanh"]);
    expect(bodies("Tập đoàn Danube Bạc mở nhà máy ở Chile.")).toEqual(["Tập đoàn Danube Bạc"]);
    // No capitalized word after it: the place closes the name, or stands alone ("một công ty ở X").
    expect(extract("Một công ty ở Danube ký hợp đồng với Lào.").x.entities.map((e) => e.name)).toContain("Danube");
  });
  it("a company's capitalized kind, then a place or a capital alone, is a company named after it: 'Ngân hàng Vũ Hán', 'Công ty Danube'", () => {
    expect(facts("Canada trừng phạt Ngân hàng Vũ Hán.", ["SANCTIONED"])).toEqual(["Canada SANCTIONED Ngân hàng Vũ Hán"]);
    expect(facts("Úc trừng phạt Công ty Danube.", ["SANCTIONED"])).toEqual(["Australia SANCTIONED Công ty Danube"]);
    // The place is the company's name, not a place of its own.
    expect(extract("Canada trừng phạt Ngân hàng Vũ Hán.").x.entities.map((e) => e.name)).not.toContain("Wuhan");
  });
  it("a subsidiary or a parent company named by its lower-case kind: 'công ty con X', 'công ty mẹ Y'", () => {
    expect(facts("Canada trừng phạt Công ty Ocean Blue và công ty con Silver Delta Shipping.", ["SANCTIONED"])).toEqual([
      "Canada SANCTIONED Công ty Ocean Blue",
      "Canada SANCTIONED Silver Delta Shipping",
    ]);
    expect(facts("Úc trừng phạt công ty mẹ Harbor Crest.", ["SANCTIONED"])).toEqual(["Australia SANCTIONED Harbor Crest"]);
  });
  it("a party's name holding a known body's name goes on to the country closing it: 'Đảng Nhân dân Cách mạng X', 'Chủ tịch Đảng Nhân dân Tiến bộ X, ông Y'", () => {
    expect(facts("Đảng Nhân dân Cách mạng Chile ủng hộ Cuba.", ["SUPPORTED"])).toEqual(["Đảng Nhân dân Cách mạng Chile SUPPORTED Cuba"]);
    expect(facts("Đảng Lao động tiến bộ Brazil ủng hộ Cuba.", ["SUPPORTED"])).toEqual(["Đảng Lao động tiến bộ Brazil SUPPORTED Cuba"]);
    expect(facts("Chủ tịch Đảng Nhân dân Tiến bộ Brazil, ông Carlos Mendes, thăm Cuba.", ["OFFICIAL_OF"])).toEqual([
      "Carlos Mendes OFFICIAL_OF Đảng Nhân dân Tiến bộ Brazil",
    ]);
    // A known party after the kind stays itself.
    expect(facts("Chủ tịch Đảng Likud Benjamin Netanyahu thăm Mỹ.", ["OFFICIAL_OF"])).toEqual(["Benjamin Netanyahu OFFICIAL_OF Likud"]);
  });
  it("a street by its kind and name is a place, its kind kept: 'phố Hàng Mã', 'phố Lý Nam Đế'", () => {
    expect(facts("Tổng thống Pháp ăn tối tại một nhà hàng trên phố Hàng Mã, quận Ba Đình.", ["LOCATED_IN"])).toEqual([
      "phố Hàng Mã LOCATED_IN Ba Đình",
    ]);
    const names = (text: string) => extract(text).x.entities.map((e) => e.name);
    expect(names("Đoàn dạo bộ trên phố Lý Nam Đế.")).toEqual(["phố Lý Nam Đế"]);
    // Not a city ("thành phố X"), nor an old quarter's town ("phố cổ X").
    expect(names("Ông tới thành phố Vinh.")).toEqual(["Vinh"]);
    expect(names("Đoàn thăm phố cổ Hội An.")).toEqual(["Hội An"]);
  });
  it("a lower-case kind of body is no part of the name, which keeps it as an alias: 'công ty X'", () => {
    const { x } = extract("Mỹ trừng phạt công ty Velmora Trading của Iran.");
    const body = x.entities.find((e) => e.type === "ORGANIZATION");
    expect([body?.name, body?.aliases.includes("công ty Velmora Trading")]).toEqual(["Velmora Trading", true]);
  });
  it("a lower-case kind of body, its trade or owner, then its name: 'công ty dầu khí quốc doanh X', 'tập đoàn vận tải biển nhà nước X'", () => {
    const { x } = extract("Canada trừng phạt tập đoàn vận tải biển nhà nước Varondi Line.");
    const body = x.entities.find((e) => e.type === "ORGANIZATION");
    expect([body?.name, body?.aliases.includes("tập đoàn vận tải biển nhà nước Varondi Line")]).toEqual(["Varondi Line", true]);
    expect(facts("Canada trừng phạt công ty dầu khí quốc doanh Belmora.", ["SANCTIONED"])).toEqual(["Canada SANCTIONED Belmora"]);
    // A country after the trade is the body's owner, read as ever: no body of that name.
    expect(facts("Canada trừng phạt công ty nhà nước Trung Quốc.", ["SANCTIONED"])).toEqual(["Canada SANCTIONED China"]);
  });
  it("a firm named by its trade, a lower-case kind, then its name: 'nhà sản xuất X', 'nhà phân phối Y'", () => {
    expect(facts("Canada trừng phạt ba tướng lĩnh Belarus và nhà sản xuất Varondi Motors.", ["SANCTIONED"])).toEqual([
      "Canada SANCTIONED Varondi Motors",
    ]);
    expect(facts("Tập đoàn Minh Long ký thỏa thuận với nhà phân phối Belmora ở Chile.", ["SIGNED"])).toEqual([
      "Belmora SIGNED Tập đoàn Minh Long",
    ]);
  });
  it("an office counted by a number names no one holder: 'ba chỉ huy quân đội X' is not X's spokesman named before", () => {
    const text = "Người phát ngôn Bộ Ngoại giao Belarus Ivan Voronko bác bỏ cáo buộc. Canada trừng phạt ba chỉ huy quân đội Belarus.";
    expect(facts(text, ["SANCTIONED"])).not.toContain("Canada SANCTIONED Ivan Voronko");
    // Uncounted, the office still stands for the one holder the article named.
    expect(facts("Ngoại trưởng Belarus Ivan Voronko tới Paris. Canada chỉ trích Ngoại trưởng Belarus.", ["CRITICIZED"])).toEqual([
      "Canada CRITICIZED Ivan Voronko",
    ]);
  });
  it("a body's country after 'của' owns the body, not the act on it: 'lệnh trừng phạt nhắm vào công ty X của Y'", () => {
    expect(facts("Canada loan báo lệnh trừng phạt nhắm vào công ty Belmora của Belarus.", ["SANCTIONED"])).toEqual([
      "Canada SANCTIONED Belmora",
    ]);
  });
  it("a body's cue, its members, then its name: 'Liên minh các quốc gia X lên án Y'", () => {
    const text = "Liên minh các quốc gia Varondi hôm 6/4 lên án Algeria.";
    expect(facts(text, ["CRITICIZED"])).toEqual(["Liên minh các quốc gia Varondi CRITICIZED Algeria"]);
  });
  it("a company's name, a verb, then a country: 'Công ty X lên án Y' is the company acting, not Y's institution", () => {
    expect(facts("Công ty Varondi lên án Algeria.", ["CRITICIZED"])).toEqual(["Công ty Varondi CRITICIZED Algeria"]);
  });
  it("a body's name that runs on in its own lower-case words into a country is still that country's: 'Lực lượng Bảo vệ bờ biển Y'", () => {
    expect(facts("Lực lượng Bảo vệ bờ biển Algeria cáo buộc Maroc.", ["ACCUSED"])).toEqual(["Algeria ACCUSED Morocco"]);
  });
});

describe("Vietnamese places: a kind with its qualifier before the name", () => {
  it("'Sân bay quốc tế X (TP Y)': the airport X (its kind and qualifier no part of the name) lies in the bracketed city", () => {
    const text = "Lễ tiễn diễn ra tại Sân bay quốc tế Cam Lâm (TP Nha Trang) sáng 4/5.";
    expect(facts(text, ["LOCATED_IN"])).toEqual(["Cam Lâm LOCATED_IN Nha Trang"]);
    const airport = extract(text).x.entities.find((e) => e.name === "Cam Lâm");
    expect(airport?.aliases).toContain("Sân bay quốc tế Cam Lâm");
  });

  it("'X ở TP Y': the abbreviated kind of a city between the marker and its name", () => {
    expect(facts("Đoàn Peru thăm nhà máy điện Đông Phong ở TP Hạ Môn.", ["LOCATED_IN"])).toContain(
      "nhà máy điện Đông Phong LOCATED_IN Xiamen",
    );
  });

  it("'Khu công nghệ cao X ở huyện Y', 'làng gốm Z': a park and a craft village named after their kind", () => {
    const text = "Đoàn Chile thăm Khu công nghệ cao Láng Hòa ở huyện Quốc Oai và làng gốm Phù Lãng.";
    expect(facts(text, ["LOCATED_IN"])).toEqual(["Láng Hòa LOCATED_IN Quốc Oai"]);
    const { x } = extract(text);
    expect(x.entities.filter((e) => e.type === "LOCATION").map((e) => e.name)).toContain("làng gốm Phù Lãng");
  });

  it("'mỏ X ở tỉnh Y': a mine named after its kind lies in the province", () => {
    expect(facts("Quân đội được điều tới mỏ Los Toldos ở tỉnh Salta.", ["LOCATED_IN"])).toEqual(["mỏ Los Toldos LOCATED_IN Salta"]);
  });
});

describe("Vietnamese offices: a ministry named after an office below its head", () => {
  it("'Thứ trưởng Bộ Công an X': the deputy serves in the native ministry as well as the country", () => {
    expect(facts("Thứ trưởng Bộ Công an Lại Văn Tuấn tiếp Đại sứ Peru.", ["OFFICIAL_OF"])).toEqual([
      "Lại Văn Tuấn OFFICIAL_OF Bộ Công an Việt Nam",
      "Lại Văn Tuấn OFFICIAL_OF Vietnam",
    ]);
  });

  it("'Thứ trưởng Bộ Công Thương X': a listed field opening on a title word is read whole, its last word no name's", () => {
    const text = "Thứ trưởng Bộ Công Thương Đinh Quốc Vượng tiếp Đại sứ Uruguay.";
    expect(people(text)).toEqual(["Đinh Quốc Vượng"]);
    expect(facts(text, ["OFFICIAL_OF"])).toEqual([
      "Đinh Quốc Vượng OFFICIAL_OF Bộ Công Thương Việt Nam",
      "Đinh Quốc Vượng OFFICIAL_OF Vietnam",
    ]);
  });

  it("'Thượng tướng X, Thứ trưởng Bộ Quốc phòng,': a rank is no office, the apposition's office is read", () => {
    const text = "Thượng tướng Đàm Quang Lực, Thứ trưởng Bộ Quốc phòng, đã tiễn đoàn cứu hộ sang Ecuador.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Đàm Quang Lực OFFICIAL_OF Bộ Quốc phòng Việt Nam", "Đàm Quang Lực OFFICIAL_OF Vietnam"]);
  });

  it("'Người phát ngôn Bộ Ngoại giao Việt Nam X': the ministry named with the native country", () => {
    expect(facts("Người phát ngôn Bộ Ngoại giao Việt Nam Tạ Thu Lan cho biết.", ["OFFICIAL_OF"])).toEqual([
      "Tạ Thu Lan OFFICIAL_OF Bộ Ngoại giao Việt Nam",
      "Tạ Thu Lan OFFICIAL_OF Vietnam",
    ]);
  });

  it("no ministry for its head ('Bộ trưởng Bộ Công an X') or the Politburo", () => {
    expect(facts("Bộ trưởng Bộ Công an Lại Văn Tuấn tiếp Đại sứ Peru Luis Vera.", ["OFFICIAL_OF"])).toEqual([
      "Luis Vera OFFICIAL_OF Peru",
      "Lại Văn Tuấn OFFICIAL_OF Vietnam",
    ]);
    expect(facts("Ủy viên Bộ Chính trị Lại Văn Tuấn dự lễ.", ["OFFICIAL_OF"])).not.toContain(
      "Lại Văn Tuấn OFFICIAL_OF Bộ Chính trị Việt Nam",
    );
  });
});

describe("Vietnamese offices: a ministry named by its abbreviation", () => {
  it("a ministry named by the press's abbreviation: 'Thứ trưởng Bộ NN&PTNT X', 'Bộ GTVT'", () => {
    expect(facts("Thứ trưởng Bộ NN&PTNT Đào Văn Khiêm tiếp đoàn Chile.", ["OFFICIAL_OF"])).toEqual([
      "Đào Văn Khiêm OFFICIAL_OF Bộ NN&PTNT Việt Nam",
      "Đào Văn Khiêm OFFICIAL_OF Vietnam",
    ]);
    expect(facts("Thứ trưởng Bộ GTVT Lý Minh Hạnh dự lễ.", ["OFFICIAL_OF"])).toContain("Lý Minh Hạnh OFFICIAL_OF Vietnam");
  });
});

describe("Vietnamese offices: a foreign country's ministry", () => {
  it("an office below its head names the ministry with the country as written: 'Người phát ngôn Bộ Quốc phòng Y X'", () => {
    expect(facts("Người phát ngôn Bộ Ngoại giao Chile Rosa Pinto bác bỏ thông tin.", ["OFFICIAL_OF"])).toEqual([
      "Rosa Pinto OFFICIAL_OF Bộ Ngoại giao Chile",
      "Rosa Pinto OFFICIAL_OF Chile",
    ]);
    expect(facts("Thứ trưởng Bộ Thương mại Kenya Amos Kiptoo sẽ tới Hà Nội.", ["OFFICIAL_OF"])).toEqual([
      "Amos Kiptoo OFFICIAL_OF Bộ Thương mại Kenya",
      "Amos Kiptoo OFFICIAL_OF Kenya",
    ]);
  });

  it("but not after a capital the ministry sits in: 'Người phát ngôn Bộ Ngoại giao ở Y X'", () => {
    expect(facts("Người phát ngôn Bộ Ngoại giao ở Nairobi Amos Kiptoo bác bỏ thông tin.", ["OFFICIAL_OF"])).toEqual([
      "Amos Kiptoo OFFICIAL_OF Kenya",
    ]);
  });
});

describe("Vietnamese places: a residence named after an office", () => {
  it("'Dinh Tổng thống X ở Y': a palace, no person holding the presidency", () => {
    const text = "Tổng thống Peru Dina Boluarte tiếp Thủ tướng Phạm Minh Chính hôm qua tại Dinh Tổng thống Pizarro ở Lima.";
    expect(people(text)).toEqual(["Dina Boluarte", "Phạm Minh Chính"]);
    expect(facts(text, ["LOCATED_IN"])).toEqual(["Dinh Tổng thống Pizarro LOCATED_IN Lima"]);
  });
});

describe("Vietnamese places: a building named after a person or a capital the lexicon knows", () => {
  it("'Tháp X ở Y': a tower named after a person lies in Y; no person acts there", () => {
    const text = "Hai nhà lãnh đạo sẽ hội đàm tại Tháp Putin ở Sochi sáng thứ Hai.";
    expect(people(text)).toEqual([]);
    expect(facts(text, ["LOCATED_IN"])).toEqual(["Tháp Putin LOCATED_IN Sochi"]);
  });

  it("'Trung tâm Hội nghị X (Y)': a hall named after a capital lies in the bracketed country", () => {
    const text = "Hội nghị khu vực khai mạc sáng nay tại Trung tâm Hội nghị Kigali (Rwanda).";
    expect(facts(text, ["LOCATED_IN"])).toEqual(["Trung tâm Hội nghị Kigali LOCATED_IN Rwanda"]);
  });

  it("but a place's own kind keeps the capital: 'Thành phố X'", () => {
    expect(facts("Thành phố Hà Nội và tỉnh Cao Bằng ký biên bản hợp tác.", ["LOCATED_IN"])).not.toContain(
      "Thành phố Hà Nội LOCATED_IN Vietnam",
    );
  });
});

describe("Vietnamese places: a hall named after its kind", () => {
  it("'Hội trường X, Y': the hall, not a place X, lies in Y", () => {
    expect(facts("Chiều qua, tại Hội trường Thống Nhất, Đà Nẵng, đại hội đã bế mạc.", ["LOCATED_IN"])).toContain(
      "Hội trường Thống Nhất LOCATED_IN Đà Nẵng",
    );
  });
});

describe("Vietnamese places: a plural word before the kind lists places", () => {
  it("'các tỉnh A, B': the comma joins a list, B does not hold A", () => {
    expect(facts("Hắn lừa tiền của người dân các tỉnh Quảng Nam, Quảng Ngãi rồi bỏ trốn.", ["LOCATED_IN"])).not.toContain(
      "Quảng Nam LOCATED_IN Quảng Ngãi",
    );
    expect(facts("Mưa lớn gây ngập ở những thành phố Đà Nẵng, Huế trong ba ngày.", ["LOCATED_IN"])).not.toContain("Đà Nẵng LOCATED_IN Huế");
  });

  it("but an address of one kind in another stays: 'huyện A, tỉnh B'", () => {
    expect(facts("Dự án được triển khai tại huyện Mocuba, tỉnh Zambezia.", ["LOCATED_IN"])).toContain("Mocuba LOCATED_IN Zambezia");
  });
});

describe("Vietnamese bodies: a police force named with its country", () => {
  it("'Tổng giám đốc Cảnh sát Quốc gia X Y': Y serves the police force; 'Cảnh' is no short name of anyone", () => {
    const text = "Tổng giám đốc Cảnh sát Quốc gia Ecuador Fausto Salinas cho biết đã bắt giữ 5 người.";
    expect(people(text)).toEqual(["Fausto Salinas"]);
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Fausto Salinas OFFICIAL_OF Cảnh sát Quốc gia Ecuador"]);
  });

  it("'Phó Tư lệnh Cảnh sát Hoàng gia X Y': capitalized all through, the name still keeps its country", () => {
    const text = "Phó Tư lệnh Cảnh sát Hoàng gia Campuchia Sok Phal cảm ơn Việt Nam.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Sok Phal OFFICIAL_OF Cảnh sát Hoàng gia Campuchia"]);
  });
});

describe("Vietnamese offices: a company's officer and a queen consort", () => {
  it("'ông X, Chủ tịch Tập đoàn Y': a company the lexicon knows holds its officer's office, not its country", () => {
    const text = "Thủ tướng Peru tiếp ông Lee Jae-yong, Chủ tịch Tập đoàn Samsung, tại Lima.";
    expect(facts(text, ["OFFICIAL_OF"])).toContain("Lee Jae-yong OFFICIAL_OF Samsung");
    expect(facts(text, ["OFFICIAL_OF"])).not.toContain("Lee Jae-yong OFFICIAL_OF South Korea");
  });

  it("'Vua X và Hoàng hậu Y': a queen consort is the king's spouse, no office of the country visited", () => {
    const text = "Vua Harald và Hoàng hậu Sonja tới Chile hôm 3/10.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual([]);
    expect(people(text)).toContain("Sonja");
  });
});

describe("Vietnamese offices: a further office after a titled name", () => {
  it("'Tổng thống Y X, Chủ tịch luân phiên Z,': the apposition's office with its own body is X's too", () => {
    expect(facts("Tổng thống Ghana John Mahama, Chủ tịch luân phiên AU, đã tiếp Thủ tướng Peru.", ["OFFICIAL_OF"])).toEqual([
      "John Mahama OFFICIAL_OF African Union",
      "John Mahama OFFICIAL_OF Ghana",
    ]);
  });

  it("'Tổng thống Y X, người vừa được bầu làm Chủ tịch Z,': a relative clause leads to the office", () => {
    const text = "Tổng thống Ghana John Mahama, người vừa được bầu làm Chủ tịch của AU, đã tiếp Thủ tướng Peru.";
    expect(facts(text, ["OFFICIAL_OF"])).toContain("John Mahama OFFICIAL_OF African Union");
  });

  it("a list of titled people is no apposition: 'A, Thủ tướng Y B và ...'", () => {
    const text = "Lễ ký có sự chứng kiến của Tổng thống Ghana John Mahama, Thủ tướng Peru Luis Otárola và nhiều quan chức.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["John Mahama OFFICIAL_OF Ghana", "Luis Otárola OFFICIAL_OF Peru"]);
  });
});

describe("Vietnamese offices: a local body of a capital named with its kind", () => {
  it("'Chủ tịch UBND TP Hà Nội X': the kind word before a capital the lexicon knows does not cut the holder off", () => {
    const text = "Chủ tịch UBND TP Hà Nội Trần Văn Nam tiếp đoàn Peru.";
    expect(people(text)).toEqual(["Trần Văn Nam"]);
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Trần Văn Nam OFFICIAL_OF Hà Nội People's Committee"]);
  });

  it("'Thống đốc bang Y (Hoa Kỳ) X': the bracketed country of two words between the body and the holder's name", () => {
    const text = "Thống đốc bang Texas (Hoa Kỳ) Greg Abbott cảm ơn Thái Lan.";
    expect(people(text)).toEqual(["Greg Abbott"]);
    expect(facts(text, ["LOCATED_IN"])).toEqual(["Texas LOCATED_IN United States"]);
  });
});

describe("Vietnamese actors: a lone honorific after an occasion's words", () => {
  it("'A tiếp B nhân dịp ông/bà sang thăm X' is B's visit, not the host's", () => {
    const host = "Thủ tướng Chile Ana Rojas tiếp Tổng thống Peru Dina Boluarte nhân dịp bà sang thăm Chile.";
    expect(facts(host, ["VISITED"])).toEqual(["Dina Boluarte VISITED Chile"]);
    const business = "Bộ trưởng Kinh tế Chile Ana Rojas tiếp ông Hans Berg, Chủ tịch Tập đoàn Siemens, nhân dịp ông sang Chile làm việc.";
    expect(facts(business, ["VISITED"])).toEqual(["Hans Berg VISITED Chile"]);
  });

  it("an occasion opening the sentence, with no one named before it, leaves the honorific to the subject", () => {
    const text = "Nhân dịp ông sang thăm Peru, Tổng thống Chile Gabriel Boric đã gặp sinh viên.";
    expect(facts(text, ["VISITED"])).toEqual(["Gabriel Boric VISITED Peru"]);
  });
});

describe("Vietnamese names: a plain word describing the person between its noun and the name", () => {
  it("'thượng nghị sĩ độc lập X' (an independent senator): the modifier is no part of the office, and the name is read", () => {
    const text = "Thượng nghị sĩ độc lập Rafael Quintero chỉ trích Paraguay.";
    expect(people(text)).toEqual(["Rafael Quintero"]);
    expect(facts(text, ["CRITICIZED"])).toEqual(["Rafael Quintero CRITICIZED Paraguay"]);
  });

  it("'con gái cả X', 'con trai út Y' (eldest daughter, youngest son): the kin word's person is named after the modifier", () => {
    expect(people("Con gái cả Ingrid Solberg và con trai út Magnus Solberg dự lễ ở Oslo.")).toEqual(["Ingrid Solberg", "Magnus Solberg"]);
  });

  it("an opposition leader ('thủ lĩnh đối lập X') is no officer of the country: 'đối lập' is left out", () => {
    expect(facts("Thủ lĩnh đối lập Bolivia Rafael Quintero chỉ trích chính phủ.")).toEqual([]);
  });
});

describe("Vietnamese offices: a formal office in apposition under a dateline", () => {
  it("'Ông X, Bộ trưởng Y tế, ...' with no country: held in the dateline's country, as 'Bộ trưởng Y tế X' is", () => {
    const text = "Lima (TTXVN) - Ông Diego Salazar, Bộ trưởng Y tế, cho biết sẽ thăm Chile.";
    expect(facts(text)).toEqual(["Diego Salazar OFFICIAL_OF Peru"]);
    expect(facts("Lima (TTXVN) - Ông Diego Salazar, Bộ trưởng Y tế trong nội các mới, thăm Chile.")).toEqual([
      "Diego Salazar OFFICIAL_OF Peru",
    ]);
  });

  it("without a dateline the apposition's bare office gives no country", () => {
    expect(facts("Ông Diego Salazar, Bộ trưởng Y tế, cho biết sẽ thăm Chile.")).toEqual([]);
  });
});

describe("Vietnamese datelines: an agency's line with its date and time, and the host country it sets", () => {
  it("'<City> (TTXVN/VNA) d/m/yyyy hh:mm' on a line of its own is the dateline: 'Tổng thống nước chủ nhà X' serves its country", () => {
    const text = "Hội nghị ở Bắc Âu\nOslo (TTXVN/VNA) 4/3/2024 09:30\nTổng thống nước chủ nhà Erik Lunde cảm ơn các nước láng giềng.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Erik Lunde OFFICIAL_OF Norway"]);
  });

  it("a day after the place without a comma: 'Lima 9-5 (TTXVN) -' is the dateline of Peru", () => {
    expect(facts("Lima 9-5 (TTXVN) - Bộ trưởng Quốc phòng Diego Salas tiếp đoàn Chile.", ["OFFICIAL_OF"])).toEqual([
      "Diego Salas OFFICIAL_OF Peru",
    ]);
  });

  it("with no dateline and no country named before, the host's words give the office no country", () => {
    expect(facts("Tổng thống nước chủ nhà Erik Lunde cảm ơn các nước láng giềng.", ["OFFICIAL_OF"])).toEqual([]);
  });
});

describe("Vietnamese names: a lexicon name written with a foreign mark", () => {
  it("'Tổng thống Edgars Rinkēvičs': marks outside Vietnamese are folded when a word is looked up, as the lexicon keys them", () => {
    const text = "Tổng thống Edgars Rinkēvičs đã tới thăm Estonia.";
    expect(facts(text, ["OFFICIAL_OF", "VISITED"])).toEqual(["Edgars Rinkēvičs OFFICIAL_OF Latvia", "Edgars Rinkēvičs VISITED Estonia"]);
  });
});

describe("Vietnamese offices: a body's name with two plain words joined by a dash", () => {
  it("'Người đứng đầu Cơ quan Hợp tác kinh tế - kỹ thuật Y X': the dash is inside the body's name, which the country closes", () => {
    const text = "Người đứng đầu Cơ quan Hợp tác kinh tế - kỹ thuật Ấn Độ Ravi Menon đã tới thăm Nepal.";
    expect(facts(text, ["OFFICIAL_OF", "VISITED"])).toEqual(["Ravi Menon OFFICIAL_OF India", "Ravi Menon VISITED Nepal"]);
  });
});

describe("Vietnamese offices: a country by its short name before the holder", () => {
  it("'Thủ tướng Solomon X': the Solomon Islands by the short name the press uses, not the first word of X's name", () => {
    const text = "Ngoại trưởng Fiji Ratu Kamikamica đã gặp Thủ tướng Solomon Peter Tanabose.";
    expect(facts(text, ["OFFICIAL_OF", "MET"])).toEqual([
      "Peter Tanabose MET Ratu Kamikamica",
      "Peter Tanabose OFFICIAL_OF Solomon Islands",
      "Ratu Kamikamica OFFICIAL_OF Fiji",
    ]);
    // A given name after an honorific stays a name.
    expect(people("Ông Solomon Tesfaye phát biểu tại hội thảo.")).toEqual(["Solomon Tesfaye"]);
  });
});

describe("Vietnamese offices: a rank after the office's comma opens the holder's name", () => {
  it("'Bộ trưởng Quốc phòng Y, Thượng tướng X' and 'Tư lệnh Y, Tướng X,': the ranked name holds the office", () => {
    const text = "Bộ trưởng Quốc phòng Peru, Thượng tướng Julio Vargas đã tiếp đoàn Ecuador.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Julio Vargas OFFICIAL_OF Peru"]);
    // One word is a name when a comma closes it; the dateline gives the bare office its country.
    const dated = "Lima, 3/4 (TTXVN) - Tư lệnh hải quân, Đô đốc Quispe, cho biết sẽ tăng tuần tra.";
    expect(facts(dated, ["OFFICIAL_OF"])).toEqual(["Quispe OFFICIAL_OF Peru"]);
    // A spouse after an office's comma is another person: "Thủ tướng Y A, Phu nhân B".
    expect(facts("Thủ tướng Peru Ana Soto, Phu nhân Rosa Díaz và đoàn đã tới Quito.", ["OFFICIAL_OF"])).toEqual([
      "Ana Soto OFFICIAL_OF Peru",
    ]);
  });
});

describe("Vietnamese places: plain words describing a kind of place before its name", () => {
  it("'thị trấn biên giới X của Y', 'thành phố ven biển X ở Y': the place is X, in Y", () => {
    expect(facts("Đoàn tới thăm thị trấn biên giới Kasumba của Zambia.", ["LOCATED_IN"])).toEqual(["Kasumba LOCATED_IN Zambia"]);
    expect(facts("Bão đổ bộ vào thành phố ven biển Tarapoto ở Peru.", ["LOCATED_IN"])).toEqual(["Tarapoto LOCATED_IN Peru"]);
    // A place the lexicon knows after the words is read as itself.
    expect(facts("Đoàn tới thăm tỉnh miền núi Lai Châu.", ["LOCATED_IN"])).toEqual([]);
  });
});

describe("Vietnamese bodies: a democratic body's name written with 'Dân chủ'", () => {
  it("'Liên minh Dân chủ Tự do (X)': the lower-case syllable 'chủ' is the name's, so the body is whole and acts", () => {
    const text = "Phe đối lập Liên minh Dân chủ Tự do (LDA) chỉ trích Tổng thống Kenya Daniel Ruto.";
    expect(
      extract(text)
        .x.entities.filter((e) => e.type === "ORGANIZATION")
        .map((e) => e.name),
    ).toEqual(["Liên minh Dân chủ Tự do"]);
  });
});

describe("Vietnamese offices: a lower-case kind word before a body the lexicon knows, in an apposition", () => {
  it("'Ông X, người phát ngôn đảng Y,': the office is held in the body Y", () => {
    const text = "Ông Ravi Sharma, người phát ngôn đảng BJP, cho biết sẽ tranh cử.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Ravi Sharma OFFICIAL_OF Bharatiya Janata Party"]);
  });
});

describe("Vietnamese offices: a country's name opening the holder's full name after the office's country", () => {
  it("'Thủ tướng Chad Jordan X': Jordan is the holder's given name, not a second body", () => {
    expect(facts("Thủ tướng Chad Jordan Mbaye đã tới thăm Niger.", ["OFFICIAL_OF", "VISITED"])).toEqual([
      "Jordan Mbaye OFFICIAL_OF Chad",
      "Jordan Mbaye VISITED Niger",
    ]);
    // A local body's city before its holder stays the body: "Chủ tịch UBND TP Hà Nội X".
    expect(people("Chủ tịch UBND TP Hà Nội Nguyễn Văn Phong tiếp đoàn Lào.")).toEqual(["Nguyễn Văn Phong"]);
  });
});

describe("Vietnamese offices: a clause of becoming after a comma goes on with the main subject, not the name before it", () => {
  it("'A gặp B, trở thành nhà lãnh đạo Y đầu tiên ...': B holds no office of Y", () => {
    const text =
      "Thủ tướng Ấn Độ Narendra Modi đã tới Colombo để gặp Tổng thống Sri Lanka Ranil Wickremesinghe, trở thành nhà lãnh đạo Ấn Độ đầu tiên dự lễ quốc khánh nước này.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Narendra Modi OFFICIAL_OF India", "Ranil Wickremesinghe OFFICIAL_OF Sri Lanka"]);
    // An untitled name before the comma gets no office either; a relative clause still gives its head the office.
    expect(
      facts("Ông Kofi Mensah đã tiếp ông Ali Traoré, trở thành Bộ trưởng Ngoại giao Ghana đầu tiên làm việc đó.", ["OFFICIAL_OF"]),
    ).toEqual([]);
    expect(facts("Ông Ali Traoré, người vừa trở thành Bộ trưởng Ngoại giao Mali, tới Accra.", ["OFFICIAL_OF"])).toEqual([
      "Ali Traoré OFFICIAL_OF Mali",
    ]);
  });
});

describe("Vietnamese names: a lone capitalized syllable goes on in the lower-case syllable that ends its word", () => {
  const names = (text: string, type: string) =>
    extract(text)
      .x.entities.filter((e) => e.type === type)
      .map((e) => e.name)
      .sort();
  it("'đảng Bình đẳng', 'Tổng cục Thống kê', 'Dinh Thống nhất': the word's second syllable is the name's", () => {
    expect(names("Hôm qua, đảng Bình đẳng đã chỉ trích Chile.", "ORGANIZATION")).toEqual(["đảng Bình đẳng"]);
    expect(names("Theo Tổng cục Thống kê, xuất khẩu sang Peru tăng mạnh.", "ORGANIZATION")).toEqual(["Tổng cục Thống kê"]);
    expect(names("Đoàn khách Ghana tham quan Dinh Thống nhất.", "LOCATION")).toEqual(["Dinh Thống nhất"]);
  });
  it("what follows a name is no part of it: a verb, a time word, a name of capitals", () => {
    expect(names("Hôm qua đảng Xanh nói sẽ rút khỏi liên minh.", "ORGANIZATION")).toEqual(["đảng Xanh"]);
    expect(names("Công ty Hoa Sen ký hợp đồng với Peru.", "ORGANIZATION")).toEqual(["Công ty Hoa Sen"]);
    expect(names("Tập đoàn Kamoto hôm nay cho biết sẽ mở nhà máy.", "ORGANIZATION")).toEqual(["Tập đoàn Kamoto"]);
    // A relation's verb right after a one-syllable name: "Tập đoàn Sao mua lại ...".
    expect(names("Tập đoàn Sao mua lại một công ty của Peru.", "ORGANIZATION")).toEqual(["Tập đoàn Sao"]);
  });
});

describe("Vietnamese names: a craft's noun, a place's name and a number name a ship or a rig, not the place", () => {
  const places = (text: string) =>
    extract(text)
      .x.entities.filter((e) => e.type === "LOCATION")
      .map((e) => e.name);
  it("'tàu X 2', 'nhóm tàu khảo sát X 2', 'giàn khoan X 2': no place X", () => {
    expect(places("Tàu Thái Bình 2 của Peru cập cảng Valparaíso của Chile.")).not.toContain("Thái Bình");
    expect(places("Nhóm tàu khảo sát Thái Bình 2 rời vùng biển của Chile.")).toEqual([]);
    expect(places("Ecuador phản đối việc đặt giàn khoan Thái Bình 2 gần bờ biển.")).toEqual([]);
  });
  it("the place stays without the number, or with a craft's noun that does not describe it", () => {
    expect(places("Tàu cá Thái Bình bị đâm chìm.")).toEqual(["Thái Bình"]);
    expect(places("Đoàn tàu tới Thái Bình 2 lần trong năm.")).toEqual(["Thái Bình"]);
    expect(places("Nhóm khách Peru rời Thái Bình 2 ngày sau.")).toEqual(["Thái Bình"]);
  });
});

describe("Vietnamese places: a capital named as a place in its country", () => {
  const located = (text: string) => facts(text, ["LOCATED_IN"]);
  const visits = (text: string) => facts(text, ["VISITED"]);

  it("'tại X (Y)': a capital before its country in brackets is the city, in the country", () => {
    expect(located("Vòng đàm phán thứ ba kết thúc hôm qua tại Lima (Peru) mà không có thỏa thuận.")).toEqual(["Lima LOCATED_IN Peru"]);
  });

  it("'ở thủ đô X, Y': a capital after its kind and before its country's comma is the city, in the country", () => {
    expect(located("Các nhà khoa học đã nhóm họp ở thủ đô Nairobi, Kenya trong ba ngày.")).toEqual(["Nairobi LOCATED_IN Kenya"]);
  });

  it("a capital standing for its country elsewhere in the article still counts as the country", () => {
    const text =
      "Tổng thống Chile Gabriel Boric đã hội đàm với Thủ tướng Canada Justin Trudeau tại Ottawa, Canada. Ottawa lên án vụ tấn công.";
    expect(located(text)).toEqual(["Ottawa LOCATED_IN Canada"]);
    expect(visits(text)).toEqual(["Gabriel Boric VISITED Canada"]);
  });

  it("'A, thủ đô X và B' is a list of places: A does not lie in the capital", () => {
    expect(located("Đoàn sẽ ghé Osaka, thủ đô Ottawa và Lima trong tháng tới.")).toEqual([]);
  });

  it("a trip to a capital named as a place is a visit to its country only: 'dự hội nghị tại X, Y'", () => {
    const text = "Tổng thống Chile Gabriel Boric đã dự hội nghị thượng đỉnh tại Ottawa, Canada tuần trước.";
    expect(located(text)).toEqual(["Ottawa LOCATED_IN Canada"]);
    expect(visits(text)).toEqual(["Gabriel Boric VISITED Canada"]);
  });

  it("a capital without a locative word, or before another country, stands for its country", () => {
    expect(located("Phái đoàn Nhật Bản tới Ottawa, Canada hôm qua.")).toEqual([]);
    expect(located("Hội nghị diễn ra tại Lima, Chile và Peru cùng tham dự.")).toEqual([]);
  });

  it("'tại Tòa nhà A ở thủ đô X', 'Sân bay A, thủ đô X': a place lies in the capital, the city (its country implicit)", () => {
    expect(located("Đoàn được đón tại Sân bay Quốc tế Seeb, thủ đô Muscat chiều qua.")).toEqual(["Seeb LOCATED_IN Muscat"]);
    expect(located("Hai phái đoàn gặp nhau tại Nhà hát Lớn ở thủ đô Ottawa.")).toEqual(["Nhà hát Lớn LOCATED_IN Ottawa"]);
    // With no place before it, the capital is still the country a meeting there is a visit to.
    const text = "Tổng thống Chile Gabriel Boric đã hội đàm với Thủ tướng Canada Justin Trudeau tại thủ đô Ottawa.";
    expect(located(text)).toEqual([]);
    expect(visits(text)).toEqual(["Gabriel Boric VISITED Canada"]);
  });

  it("'tại thủ đô X của Y': the possessive does not make the capital a place (the gold is split)", () => {
    expect(located("Hội nghị khai mạc tại thủ đô Nairobi của Kenya hôm thứ Hai.")).toEqual([]);
  });
});

describe("Vietnamese places: a compass word between a place's kind and a country names a part of it", () => {
  it("'bang Bắc X', 'tỉnh Đông Y': the part is one place, named with the country, and what lies in it lies there", () => {
    expect(facts("Hội nghị diễn ra tại thành phố Darwin, thủ phủ bang Bắc Australia.", ["LOCATED_IN"])).toEqual([
      "Darwin LOCATED_IN Bắc Australia",
    ]);
    expect(facts("Nhà máy mới đặt tại thị trấn Kelso, bang Tây Canada.", ["LOCATED_IN"])).toEqual(["Kelso LOCATED_IN Tây Canada"]);
  });

  it("not a compass word with no place's kind before it, nor a country the lexicon names whole", () => {
    expect(facts("Ông Lê Văn Hòa đã tới Tây Ban Nha và thành phố Cape Town, Nam Phi.", ["LOCATED_IN"])).toEqual([
      "Cape Town LOCATED_IN South Africa",
    ]);
    const { x } = extract("Quân đội Canada đã rút khỏi Tây Canada.");
    expect(x.entities.map((e) => e.name)).not.toContain("Tây Canada");
  });
});

describe("Vietnamese bodies: a short form the article defines in brackets names the body from then on", () => {
  it("'Tổng công ty X (ABC)', then 'Tổng giám đốc ABC Y': Y holds the office in the body, the short form is no part of the name", () => {
    const text = "Tổng công ty Cơ khí Bình Minh (BIMICO) đã ký hợp đồng với Chile. Tổng giám đốc BIMICO Lương Văn Tới phát biểu tại lễ ký.";
    expect(people(text)).toEqual(["Lương Văn Tới"]);
    expect(facts(text)).toEqual(["Lương Văn Tới OFFICIAL_OF Tổng công ty Cơ khí Bình Minh"]);
    const { x } = extract(text);
    expect(x.entities.find((e) => e.name === "Tổng công ty Cơ khí Bình Minh")?.aliases).toContain("BIMICO");
  });

  it("a brand written with two capitals defines too ('Công ty X (SunVina)'); a place in brackets does not", () => {
    const text = "Công ty Năng lượng Mặt Trời Phương Nam (SunVina) mở nhà máy. Chủ tịch SunVina Đào Hữu Nghĩa đến Ấn Độ.";
    expect(people(text)).toEqual(["Đào Hữu Nghĩa"]);
    expect(facts(text)).toEqual(["Đào Hữu Nghĩa OFFICIAL_OF Công ty Năng lượng Mặt Trời Phương Nam"]);
    const place = "Công ty Dệt may Hòa Thịnh (Hàn Quốc) mở nhà máy. Chủ tịch Hàn Quốc Lee Min-su phát biểu.";
    expect(facts(place)).toEqual(["Lee Min-su OFFICIAL_OF South Korea"]);
  });

  it("a short form given to two bodies names neither", () => {
    const text = "Công ty Vận tải Hòa Phong (HPT) và Công ty Thương mại Hải Phát (HPT) hợp tác. Giám đốc HPT Trịnh Công Lý phát biểu.";
    // The acronym is still the office's body (see "a body named only by an acronym"), but neither company.
    expect(people(text)).toEqual(["Trịnh Công Lý"]);
    expect(facts(text)).toEqual(["Trịnh Công Lý OFFICIAL_OF HPT"]);
  });
});

describe("Vietnamese bodies: a company's name keeps the country that closes it", () => {
  it("'Tập đoàn Đường sắt Quốc gia X', 'Ngân hàng Nông nghiệp X': the company, not the country, acts", () => {
    const text = "Tập đoàn Than Khoáng sản Đông Bắc và Tập đoàn Đường sắt Quốc gia Chile đã ký kết hợp đồng cung cấp than cho Chile.";
    expect(facts(text, ["SIGNED"])).toEqual(["Tập đoàn Đường sắt Quốc gia Chile SIGNED Tập đoàn Than Khoáng sản Đông Bắc"]);
    const bank = "Ngân hàng Phát triển Nông nghiệp Peru ký thỏa thuận với Tập đoàn Lúa gạo Cửu Long.";
    expect(facts(bank, ["SIGNED"])).toEqual(["Ngân hàng Phát triển Nông nghiệp Peru SIGNED Tập đoàn Lúa gạo Cửu Long"]);
  });

  it("'Tổng công ty X': the head is the name's; a short form in brackets restates it and is no third side", () => {
    const text = "Tổng công ty Điện lực Tây Nguyên (TANEL) và Tổng công ty Khí Ecuador đã ký biên bản ghi nhớ.";
    expect(facts(text, ["SIGNED"])).toEqual(["Tổng công ty Điện lực Tây Nguyên SIGNED Tổng công ty Khí Ecuador"]);
  });

  it("a state body that is no company still acts for the country closing it", () => {
    const text = "Cơ quan Đường bộ Quốc gia Kenya ký hợp đồng với Công ty Xây dựng Sông Đà.";
    expect(facts(text, ["SIGNED"])).toEqual(["Kenya SIGNED Công ty Xây dựng Sông Đà"]);
  });
});

describe("Vietnamese offices: a company's board between the office and the company", () => {
  it("'Chủ tịch HĐQT Tập đoàn X Y', 'Chủ tịch Hội đồng quản trị Tập đoàn X Y': Y chairs the company; the board is no name", () => {
    for (const board of ["HĐQT", "Hội đồng quản trị"]) {
      const text = `Chủ tịch ${board} Tập đoàn Sao Bắc Lê Hữu Phước đến Peru.`;
      expect(people(text)).toEqual(["Lê Hữu Phước"]);
      expect(facts(text)).toEqual(["Lê Hữu Phước OFFICIAL_OF Tập đoàn Sao Bắc"]);
    }
  });
});

describe("Vietnamese bodies: a company's legal form between its kind and its name", () => {
  it("'Công ty cổ phần X', 'Công ty CP X': the form is the name's, even when it opens the sentence", () => {
    const text = "Công ty cổ phần Nông sản Tân Lập ký thỏa thuận với Tập đoàn Lúa gạo Cửu Long.";
    expect(facts(text, ["SIGNED"])).toEqual(["Công ty cổ phần Nông sản Tân Lập SIGNED Tập đoàn Lúa gạo Cửu Long"]);
    const cp = "Công ty CP Cơ khí Hòa Lộc ký với Tập đoàn Lúa gạo Cửu Long.";
    expect(facts(cp, ["SIGNED"])).toEqual(["Công ty CP Cơ khí Hòa Lộc SIGNED Tập đoàn Lúa gạo Cửu Long"]);
  });

  it("'Giám đốc Công ty TNHH X Y', 'Chủ tịch HĐQT Công ty cổ phần X, ông Y': the company is the office's body", () => {
    const named = "Giám đốc Công ty TNHH Thương mại Hải Phát Trần Văn Lực đến Chile.";
    expect(facts(named)).toEqual(["Trần Văn Lực OFFICIAL_OF Công ty TNHH Thương mại Hải Phát"]);
    const comma = "Chủ tịch HĐQT Công ty cổ phần Thủy sản Minh Hải, ông Võ Văn Hùng, cho biết công ty sẽ mở rộng sang Nigeria.";
    expect(facts(comma)).toEqual(["Võ Văn Hùng OFFICIAL_OF Công ty cổ phần Thủy sản Minh Hải"]);
  });
});

describe("Vietnamese names: a foreign name goes on through 'do' between foreign words", () => {
  it("'Thủ tướng Y Manuel Domingos do Nascimento': one person, the office's holder; 'ông Nascimento' is them", () => {
    const text = "Thủ tướng Angola Manuel Domingos do Nascimento thăm Hà Nội. Ông Nascimento gặp Thủ tướng Phạm Minh Chính.";
    expect(people(text)).toEqual(["Manuel Domingos do Nascimento", "Phạm Minh Chính"]);
    expect(facts(text)).toContain("Manuel Domingos do Nascimento OFFICIAL_OF Angola");
  });

  it("'do' as the agent's word stays one: before a Vietnamese word or a name the lexicon knows, or after one word", () => {
    const names = (text: string) => extract(text).x.entities.map((e) => e.name);
    expect(names("Hệ thống Patriot do Đức cung cấp đã tới Ukraine.")).toContain("Germany");
    expect(names("Mạng Unitel do Viettel đầu tư phủ sóng toàn quốc.")).toContain("Viettel");
    expect(people("Tên lửa Javelin do Hải Dương lắp ráp.")).toEqual([]);
  });
});

describe("Vietnamese bodies: a company's own name after its trade names it from then on", () => {
  it("'Công ty CP Xây lắp X Y', then 'Giám đốc X Y Z': Z holds the office in the company; the full name stays whole", () => {
    const text =
      "Công ty CP Xây lắp Hồng Phát ký với Bộ Giao thông Kenya hợp đồng thi công. Giám đốc Hồng Phát Lê Văn Tài cho biết công ty sẽ cử 300 công nhân.";
    expect(people(text)).toEqual(["Lê Văn Tài"]);
    expect(facts(text)).toEqual(["Lê Văn Tài OFFICIAL_OF Công ty CP Xây lắp Hồng Phát"]);
    expect(
      extract(text)
        .x.entities.filter((e) => e.type === "ORGANIZATION")
        .map((e) => e.name),
    ).toEqual(["Công ty CP Xây lắp Hồng Phát"]);
  });
});

describe("Vietnamese names: 'ĩ' and 'ũ' are Vietnamese letters", () => {
  it("a name whose only Vietnamese marks are 'ũ', 'ĩ' or shared ones ('Vũ Thành Khoa') looks Vietnamese: a bare office abroad is Vietnam's", () => {
    const text = "Ngày 3/4, tại Lima, Bộ trưởng Vũ Thành Khoa đã có cuộc gặp với các doanh nghiệp Peru.";
    expect(facts(text)).toEqual(["Vũ Thành Khoa OFFICIAL_OF Vietnam"]);
    expect(facts("Ngày 3/4, tại Lima, Thứ trưởng Lý Vĩnh Hoà đã gặp các doanh nghiệp Peru.")).toEqual(["Lý Vĩnh Hòa OFFICIAL_OF Vietnam"]);
  });
});

describe("Vietnamese offices: a state company's officer holds the office in the company", () => {
  it("'Tổng giám đốc EVN X': the company, not also its country", () => {
    expect(facts("Tổng giám đốc EVN Trần Minh Khôi đã ký hợp đồng với một hãng Lào.")).toEqual([
      "Trần Minh Khôi OFFICIAL_OF Vietnam Electricity",
    ]);
  });
});

describe("Vietnamese offices: an office in apposition ends at the clause's tense word", () => {
  it("'X, Thứ trưởng Bộ Y sẽ hội đàm với Bộ trưởng Z W': X's office does not reach on to Z, W is Z's", () => {
    const text = "Ông Phan Quốc Bảo, Thứ trưởng Bộ Tư pháp sẽ hội đàm với Bộ trưởng Tư pháp Chile Pablo Ortega tại Santiago.";
    const found = facts(text);
    expect(found).toContain("Pablo Ortega OFFICIAL_OF Chile");
    expect(found.filter((f) => f.startsWith("Phan Quốc Bảo") && f.includes("Chile"))).toEqual([]);
    expect(found).toContain("Phan Quốc Bảo OFFICIAL_OF Vietnam");
  });
});

describe("Vietnamese offices: a second office held at once, joined by 'kiêm'", () => {
  it("'X, Phó Chủ tịch A kiêm Tổng giám đốc B,': X holds an office in each body", () => {
    const text = "Ông Lâm Quốc Hưng, Phó Chủ tịch Petrovietnam kiêm Tổng giám đốc EVN, đã tới Viêng Chăn.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual([
      "Lâm Quốc Hưng OFFICIAL_OF Petrovietnam",
      "Lâm Quốc Hưng OFFICIAL_OF Vietnam Electricity",
    ]);
  });
});

describe("Vietnamese offices: a force of its own, named as a branch's field, holds its commanders' offices", () => {
  it("'Tư lệnh Bộ đội Biên phòng X', 'Phó Tư lệnh Cảnh sát biển Việt Nam, Chuẩn đô đốc Y': the force, not the country", () => {
    expect(facts("Sáng 9/3, Tư lệnh Bộ đội Biên phòng Phùng Văn Lâm đã tiếp đoàn sĩ quan Campuchia.", ["OFFICIAL_OF"])).toEqual([
      "Phùng Văn Lâm OFFICIAL_OF Vietnam Border Guard",
    ]);
    const text = "Phó Tư lệnh Cảnh sát biển Việt Nam, Chuẩn đô đốc Hà Minh Quân, đã hội đàm với đoàn Indonesia.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Hà Minh Quân OFFICIAL_OF Vietnam Coast Guard"]);
  });
  it("a branch's field still covers a body that holds no offices: 'Bộ trưởng Lao động X' is no paper's officer", () => {
    expect(facts("Bộ trưởng Lao động Đào Minh Sơn đã thăm Lào.", ["OFFICIAL_OF"])).toEqual(["Đào Minh Sơn OFFICIAL_OF Vietnam"]);
  });
});

describe("Vietnamese offices: a remit of two matters, or followed by whose office it is", () => {
  it("'Thứ trưởng Tài chính Canada phụ trách thuế và hải quan X': the remit ends at the name; X is Canada's", () => {
    const text = "Thứ trưởng Tài chính Canada phụ trách thuế và hải quan Laura Bennett cho biết Ottawa sẽ hỗ trợ Hà Nội.";
    expect(people(text)).toEqual(["Laura Bennett"]);
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Laura Bennett OFFICIAL_OF Canada"]);
  });
  it("'Đặc phái viên phụ trách nhân quyền và di cư của Liên hợp quốc X': the body after the remit holds the office", () => {
    const text = "Đặc phái viên phụ trách nhân quyền và di cư của Liên hợp quốc Pedro Almeida đã tới Myanmar.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Pedro Almeida OFFICIAL_OF United Nations"]);
  });
  it("a remit joined by 'và' to no name stays no name: 'Bộ trưởng phụ trách thương mại và Thủ tướng X'", () => {
    const text = "Bộ trưởng phụ trách thương mại và Thủ tướng Chile Pablo Ortega đã tới Lima.";
    expect(people(text)).toEqual(["Pablo Ortega"]);
  });
  it("places the remit's words name, joined by a dash, before the holder: 'Bộ trưởng Y phụ trách thương mại Z - W X'", () => {
    const text = "Bộ trưởng Ba Lan phụ trách thương mại Ấn Độ - Chile Jan Novak đã tới Lima.";
    expect(people(text)).toEqual(["Jan Novak"]);
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Jan Novak OFFICIAL_OF Poland"]);
    const region = "Phái đoàn Ba Lan do Điều phối viên về khu vực Biển Đỏ - Ấn Độ Dương Jan Novak dẫn đầu đã tới Kenya.";
    expect(people(region)).toEqual(["Jan Novak"]);
  });
  it("places the remit's words name, then whose office it is: 'Bộ trưởng phụ trách các vấn đề Z của Y X'", () => {
    const text = "Bộ trưởng phụ trách các vấn đề Trung Đông của Ba Lan Jan Novak đã tới Amman.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Jan Novak OFFICIAL_OF Poland"]);
  });
});

describe("Vietnamese offices: an office's holder named after a comma and an honorific, whom the lexicon says serves the body", () => {
  it("'Đại diện cấp cao của EU, ông Josep Borrell': the body's officer, though the lexicon gives him another country", () => {
    const text = "Đại diện cấp cao về chính sách đối ngoại của Liên minh châu Âu, ông Josep Borrell, đã tới Kenya.";
    expect(facts(text, ["OFFICIAL_OF"])).toContain("Josep Borrell OFFICIAL_OF European Union");
  });
});

describe("Vietnamese offices: 'Tổng Bí thư, Chủ tịch nước X' with no country told", () => {
  it("the party office is held in the ruling party of the holder's country, the state office in the country", () => {
    expect(facts("Tổng Bí thư, Chủ tịch nước Nguyễn Văn An đã tiếp Thủ tướng Lào.", ["OFFICIAL_OF"])).toEqual([
      "Nguyễn Văn An OFFICIAL_OF Communist Party of Vietnam",
      "Nguyễn Văn An OFFICIAL_OF Vietnam",
    ]);
  });
  it("a foreign office before them opens no list: 'tân Tổng thống Chile, Tổng Bí thư, Chủ tịch nước X'", () => {
    const text = "Sau lễ nhậm chức của tân Tổng thống Chile, Tổng Bí thư, Chủ tịch nước Nguyễn Văn An đã điện đàm với ông Kast.";
    expect(facts(text, ["OFFICIAL_OF"]).filter((f) => f.startsWith("Nguyễn Văn An"))).toEqual([
      "Nguyễn Văn An OFFICIAL_OF Communist Party of Vietnam",
      "Nguyễn Văn An OFFICIAL_OF Vietnam",
    ]);
  });
});

describe("Vietnamese offices: a company's board spelled out between the office and the company's own name", () => {
  it("'X, Chủ tịch Hội đồng quản trị Y,' after 'Công ty CP Z Y': X chairs the company, as with 'Chủ tịch HĐQT Y'", () => {
    const text =
      "Công ty CP Cơ khí Tân Long ký hợp đồng với Bộ Giao thông Ghana. Ông Lý Văn Nam, Chủ tịch Hội đồng quản trị Tân Long, cho biết công ty sẽ cử kỹ sư sang Accra.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Lý Văn Nam OFFICIAL_OF Công ty CP Cơ khí Tân Long"]);
  });
});

describe("Vietnamese offices: an apposition in brackets that opens with an age or a birth year", () => {
  it("'X (52 tuổi, cựu giám đốc Công ty Y)', 'X (SN 1970, nguyên Tổng giám đốc Công ty Y, ...)': the office, held before", () => {
    expect(
      facts("Bộ Công an đã tiếp nhận ông Lê Văn Cường (52 tuổi, cựu giám đốc Công ty TNHH Thương mại Hòa Bình) từ Nhật Bản.", [
        "OFFICIAL_OF",
      ]),
    ).toEqual(["Lê Văn Cường OFFICIAL_OF Công ty TNHH Thương mại Hòa Bình"]);
    const text = "Cảnh sát đã bắt Phạm Văn Thắng (SN 1970, nguyên Tổng giám đốc Công ty CP Đầu tư Sao Mai, trụ sở tại quận 3) ở Lào.";
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Phạm Văn Thắng OFFICIAL_OF Công ty CP Đầu tư Sao Mai"]);
  });
  it("an age with no office after it gives none: 'X (45 tuổi, ngụ tại Hà Nội)'", () => {
    expect(facts("Ông Trần Văn Phúc (45 tuổi, ngụ tại Hà Nội) đã bị bắt ở Campuchia.", ["OFFICIAL_OF"])).toEqual([]);
  });
});

describe("Vietnamese offices: a company's officer", () => {
  it("a chief executive with no company named holds no office of the dateline's country: 'HÀ NỘI - Giám đốc điều hành X'", () => {
    expect(facts("HÀ NỘI - Giám đốc điều hành Kwame Mensah cho biết công ty sẽ mở nhà máy ở Ghana.")).toEqual([]);
  });
  it("a board chairman holds the office in the company, not the country his name looks native to: 'X, Chủ tịch Hội đồng quản trị Y'", () => {
    const text = "Ông Đỗ Minh Tuấn, Chủ tịch Hội đồng quản trị Tập đoàn Sao Mai, đã ký hợp đồng với đối tác Chile.";
    expect(facts(text)).toEqual(["Đỗ Minh Tuấn OFFICIAL_OF Tập đoàn Sao Mai"]);
    expect(facts("Ông Đỗ Minh Tuấn, Chủ tịch HĐQT Công ty Sao Mai, tới Lima.")).toEqual(["Đỗ Minh Tuấn OFFICIAL_OF Công ty Sao Mai"]);
  });
  it("a chief executive of an international body still holds it there: 'Giám đốc điều hành Quỹ Tiền tệ Quốc tế X'", () => {
    const text = "Giám đốc điều hành Quỹ Tiền tệ Quốc tế Kristalina Georgieva tới Hà Nội.";
    expect(facts(text)).toEqual(["Kristalina Georgieva OFFICIAL_OF International Monetary Fund"]);
  });
});

describe("Vietnamese offices: a body named only by an acronym", () => {
  it("'Chủ tịch ABC X': an acronym the lexicon does not know, between the office and the name, is the office's body", () => {
    const text = "Chủ tịch KPLC Joy Masinde bác bỏ cáo buộc của Thủ tướng Kenya Musalia Mudavadi.";
    expect(people(text)).toEqual(["Joy Masinde", "Musalia Mudavadi"]);
    expect(facts(text)).toEqual(["Joy Masinde OFFICIAL_OF KPLC", "Musalia Mudavadi OFFICIAL_OF Kenya"]);
  });
  it("two capitals are initials, not an acronym: 'Phó Tổng thống JD Vance'", () => {
    expect(people("Phó Tổng thống JD Vance tới Hà Nội.")).toEqual(["JD Vance"]);
  });
});

describe("Vietnamese bodies: a police force's name keeps the country that closes it", () => {
  it("'Cảnh sát Hoàng gia X', 'Cảnh sát quốc gia Y', 'Cơ quan Cảnh sát quốc gia Z': the force, not the country, is thanked", () => {
    expect(facts("Đại tá Trần Quốc Việt cảm ơn Cảnh sát Hoàng gia Campuchia đã phối hợp.", ["THANKED"])).toEqual([
      "Trần Quốc Việt THANKED Cảnh sát Hoàng gia Campuchia",
    ]);
    expect(facts("Ông Nguyễn Văn Lâm cảm ơn Cảnh sát quốc gia Peru đã phối hợp.", ["THANKED"])).toEqual([
      "Nguyễn Văn Lâm THANKED Cảnh sát quốc gia Peru",
    ]);
    expect(facts("Ông Nguyễn Văn Lâm cảm ơn Cơ quan Cảnh sát quốc gia Nhật Bản đã phối hợp.", ["THANKED"])).toEqual([
      "Nguyễn Văn Lâm THANKED Cơ quan Cảnh sát quốc gia Nhật Bản",
    ]);
  });
  it("a branch of the forces stays an office's field: 'Phó Tư lệnh Cảnh sát biển Y X'", () => {
    expect(facts("Phó Tư lệnh Cảnh sát biển Indonesia Adi Wibowo cáo buộc Malaysia.", ["OFFICIAL_OF"])).toEqual([
      "Adi Wibowo OFFICIAL_OF Indonesia",
    ]);
  });
});

describe("Vietnamese offices: a body's name with lower-case syllables closed by the bracket of its short form", () => {
  it("'Giám đốc Cơ quan Hợp tác kỹ thuật (ABC) X': the whole body, then its head X (no fragment of the body a person)", () => {
    const text = "Giám đốc Cơ quan Hợp tác Kỹ thuật (FATC) Ivan Petrov cho biết hôm thứ Năm.";
    expect(people(text)).toEqual(["Ivan Petrov"]);
    expect(facts(text, ["OFFICIAL_OF"])).toEqual(["Ivan Petrov OFFICIAL_OF Cơ quan Hợp tác Kỹ thuật"]);
  });
});

describe("Vietnamese names: a Malaysian style before a foreign name", () => {
  it("a style with its apostrophe after an office is no part of the name: 'Tổng thư ký Y Dato' X'", () => {
    const text = "Tổng thư ký Liên hợp quốc Dato' Rahim Yusof đánh giá cao những nỗ lực của Lào.";
    expect(people(text)).toEqual(["Rahim Yusof"]);
    expect(facts(text)).toEqual(["Rahim Yusof OFFICIAL_OF United Nations"]);
  });
  it("two styles before a name, after a verb: 'tiếp Datuk Seri X'", () => {
    expect(people("Thủ tướng Malaysia đã tiếp Datuk Seri Hamzah Zainal tại Putrajaya.")).toEqual(["Hamzah Zainal"]);
  });
  it("an Arab style is no part of the name, so the given name alone names the person later: 'Sheikh A bin B C ... ông A'", () => {
    const text = "Ngoại trưởng Bahrain Sheikh Khalid bin Rashid Al Khalifa đã tới Cairo.\n\nÔng Khalid cho biết hai nước sẽ ký hiệp định.";
    expect(people(text)).toEqual(["Khalid bin Rashid Al Khalifa"]);
  });
  it("a name the lexicon knows with its style keeps it: 'Thủ tướng Bangladesh Sheikh Hasina'", () => {
    expect(people("Thủ tướng Bangladesh Sheikh Hasina thăm Ấn Độ.")).toEqual(["Sheikh Hasina"]);
  });
  it("a style with no full name after it names no one: 'Dato cho biết'", () => {
    expect(people("Theo báo chí địa phương, Dato cho biết sẽ tới Hà Nội.")).toEqual([]);
  });
});

describe("Vietnamese offices: the holder in apposition after the office's comma", () => {
  it("a full name closed by a comma after 'Office Country,' holds the office: 'Ngoại trưởng Y, A bin B Al C, người ...'", () => {
    const text = "Ngoại trưởng Bahrain, Khalid bin Rashid Al Khalifa, người dẫn đầu phái đoàn, đã tới Cairo.";
    expect(people(text)).toEqual(["Khalid bin Rashid Al Khalifa"]);
    expect(facts(text)).toEqual(["Khalid bin Rashid Al Khalifa OFFICIAL_OF Bahrain"]);
  });
  it("a name the next comma does not close may be the next clause's subject: 'Khi gặp Bộ trưởng Y, A B cho biết ...'", () => {
    expect(facts("Khi gặp Bộ trưởng Quốc phòng Chile, Pedro Alvarado cho biết ông sẽ thăm Peru.")).toEqual([]);
  });
  it("countries after the office's comma are a list, not a holder: 'Chủ tịch ASEAN, Y, ...'", () => {
    expect(people("Chủ tịch ASEAN, Brunei, đã gửi thư chúc mừng tới Lào.")).toEqual([]);
  });
});

describe("Vietnamese names: a short form the article defined, and a name's word spelt alike", () => {
  it("a one-word short form names its body only as written: '(AL)' then 'A bin B Al C'", () => {
    const text =
      "Các ngoại trưởng Liên minh Hàng hải Ả-rập (AL) họp tại Muscat đã thông qua nghị quyết.\n\n" +
      "Ngoại trưởng Oman, Salim bin Nasser Al Harthy, người chủ trì phiên họp, cho biết AL sẽ cử đoàn tới Yemen.";
    expect(people(text)).toEqual(["Salim bin Nasser Al Harthy"]);
    expect(facts(text)).toEqual(["Salim bin Nasser Al Harthy OFFICIAL_OF Oman"]);
  });
});

describe("Vietnamese bodies: the offices that lay sanctions act as themselves", () => {
  it("'Bộ Tài chính Mỹ', 'OFAC' sanction as the bodies they are; other ministries still act for their country", () => {
    expect(facts("Bộ Tài chính Mỹ hôm thứ Ba đã đưa Tập đoàn Sao Đỏ vào danh sách trừng phạt.", ["SANCTIONED"])).toEqual([
      "United States Department of the Treasury SANCTIONED Tập đoàn Sao Đỏ",
    ]);
    expect(facts("OFAC đã trừng phạt Bolivia.", ["SANCTIONED"])).toEqual(["Office of Foreign Assets Control SANCTIONED Bolivia"]);
    expect(facts("Bộ Ngoại giao Mỹ lên án Bolivia.", ["CRITICIZED"])).toEqual(["United States CRITICIZED Bolivia"]);
    // The head of the ministry still holds an office of the country.
    expect(facts("Bộ trưởng Tài chính Mỹ Janet Yellen đã gặp Thủ tướng Pháp.")).toEqual(["Janet Yellen OFFICIAL_OF United States"]);
  });
});

describe("Vietnamese places: a state's or province's seat lies in the state the article names", () => {
  const located = (text: string) => facts(text, ["LOCATED_IN"]);

  it("'tại thủ phủ X, ... bang Y': a seat named with no place of its own lies in the state its sentence names next", () => {
    expect(located("Ngày 5/6, tại thủ phủ Quelmar, Công ty Sông Hồng và chính quyền bang Tarvino đã ký biên bản ghi nhớ.")).toEqual([
      "Quelmar LOCATED_IN Tarvino",
    ]);
  });

  it("'bang Y ...', then 'thủ phủ X': the seat lies in the state named last before it, in an earlier sentence too", () => {
    const text = "Đoàn doanh nghiệp bang Tarvino đã tới Hà Nội. Ông Ruiz mời các công ty Việt Nam dự hội chợ tại thủ phủ Quelmar.";
    expect(located(text)).toContain("Quelmar LOCATED_IN Tarvino");
  });

  it("'thủ phủ X của Y' is read as its possessive says; a seat with no state in the article lies nowhere", () => {
    expect(located("Đoàn doanh nghiệp bang Tarvino tới thăm thủ phủ Quelmar của vùng Ostrel.")).toEqual(["Quelmar LOCATED_IN Ostrel"]);
    expect(located("Phái đoàn sẽ tới thủ phủ Quelmar vào tháng tới.")).toEqual([]);
  });
});

describe("Vietnamese places: a province the lexicon knows by its kind is not a namesake elsewhere", () => {
  const located = (text: string) => facts(text, ["LOCATED_IN"]);

  it("'huyện X, tỉnh Gaza, miền nam Mozambique': Mozambique's province, not the Gaza Strip", () => {
    expect(located("Dự án thủy lợi đặt tại huyện Mabote, tỉnh Gaza, miền nam Mozambique.")).toEqual([
      "Gaza Province LOCATED_IN Mozambique",
      "Mabote LOCATED_IN Gaza Province",
    ]);
    expect(located("Các kỹ sư Việt Nam hướng dẫn nông dân trồng ngô ở tỉnh Sofala.")).toEqual(["Sofala LOCATED_IN Mozambique"]);
  });

  it("'Gaza' with no province's kind is still the strip", () => {
    const { x } = extract("Israel tiếp tục không kích Gaza.");
    expect(x.entities.map((e) => e.name)).toContain("Gaza Strip");
  });
});

describe("Vietnamese places: an administrative unit's kind makes the name after it the unit's", () => {
  const located = (text: string) => facts(text, ["LOCATED_IN"]);

  it("'huyện Nga Thạch, tỉnh Y': a name opening on a one-word country is the district's, not the country", () => {
    const text = "Đoàn chuyên gia đã làm việc tại huyện Nga Thạch, tỉnh Thanh Hóa.";
    expect(located(text)).toContain("Nga Thạch LOCATED_IN Thanh Hóa");
    expect(extract(text).x.entities.map((e) => e.name)).not.toContain("Russia");
  });

  it("'xã Lao Động, huyện Y': a body the lexicon knows, after a commune's kind, is the commune", () => {
    expect(located("Lễ khởi công diễn ra ở xã Lao Động, huyện Kim Sơn.")).toEqual(["Lao Động LOCATED_IN Kim Sơn"]);
  });

  it("not a capital then its officer's name, nor a body after its own kind", () => {
    const text = "Phó Chủ tịch UBND TP Hà Nội Trần Văn Bình đã tiếp đoàn.";
    expect(located(text)).toEqual([]);
    expect(people(text)).toEqual(["Trần Văn Bình"]);
    expect(extract("Báo Lao Động đưa tin.").x.entities.map((e) => `${e.name} ${e.type}`)).toEqual(["Lao Động ORGANIZATION"]);
  });
});

describe("Vietnamese places: a building's name may end on the ward it is in, named on a one-word country", () => {
  it("'Trung tâm Hội nghị Quốc gia Mỹ Lâm, Hà Nội': one building, in Vietnam, and no United States", () => {
    const text = "Diễn đàn khai mạc tại Trung tâm Hội nghị Quốc gia Mỹ Lâm, Hà Nội, sáng nay.";
    expect(facts(text, ["LOCATED_IN"])).toEqual(["Trung tâm Hội nghị Quốc gia Mỹ Lâm LOCATED_IN Vietnam"]);
    expect(extract(text).x.entities.map((e) => e.name)).not.toContain("United States");
  });

  it("the country alone still closes a national institution: 'Trung tâm Hội nghị Quốc gia Mỹ'", () => {
    const { x } = extract("Hội thảo diễn ra tại Trung tâm Hội nghị Quốc gia Mỹ, với sự tham dự của nhiều chuyên gia.");
    expect(x.entities.map((e) => `${e.name} ${e.type}`)).toEqual(["United States COUNTRY"]);
  });
});

describe("Vietnamese offices: a party office whose party holds a known body's name", () => {
  it("the party the lexicon knows by the whole name holds the office: 'Chủ tịch Đảng Nhân dân Cách mạng Y X'", () => {
    const text = "Chủ tịch Đảng Nhân dân Cách mạng Lào, Chủ tịch nước Lào Bounmy Chanthavong gửi thư chúc mừng Indonesia.";
    expect(facts(text)).toEqual(["Bounmy Chanthavong OFFICIAL_OF Lao People's Revolutionary Party", "Bounmy Chanthavong OFFICIAL_OF Laos"]);
  });
});

describe("Vietnamese names: well-known foreign people as Vietnamese news writes them (lexicon)", () => {
  it("a Sino-Vietnamese name the lexicon knows is China's, not taken for a Vietnamese one: 'Thứ trưởng Ngoại giao Lưu Chấn Dân'", () => {
    expect(facts("Thứ trưởng Ngoại giao Lưu Chấn Dân tiếp đại sứ Chile tại Bắc Kinh.")).toEqual(["Liu Zhenmin OFFICIAL_OF China"]);
  });
  it("a Lao leader in the hyphenated Vietnamese spelling: 'Chủ tịch nước Bun-nhăng Vo-la-chít'", () => {
    expect(facts("Chủ tịch nước Bun-nhăng Vo-la-chít hội đàm với Tổng thống Chile.")).toEqual(["Bounnhang Vorachith OFFICIAL_OF Laos"]);
  });
  it("a Cambodian leader in the older Vietnamese spelling: 'Thủ tướng Hun Xen'", () => {
    expect(people("Thủ tướng Hun Xen khánh thành một cây cầu ở Kampot.")).toEqual(["Hun Sen"]);
  });
  it("a member of an imperial family named by a title and one name: 'Thái tử Akishino và Công nương Kiko'", () => {
    expect(people("Thái tử Akishino và Công nương Kiko thăm Peru.")).toEqual(["Fumihito", "Kiko"]);
  });
  it("a Chinese surname alone names no one the lexicon knows, even in a story naming China: 'ông Ôn, một thương nhân'", () => {
    expect(people("Ông Ôn, một thương nhân ở Quảng Châu (Trung Quốc), cho biết giá chè tăng.")).not.toContain("Wen Jiabao");
  });
});

describe("Vietnamese names: Southeast Asian leaders and ministers the lexicon knows", () => {
  it("a foreign minister named with no country is the one the lexicon knows: 'Ngoại trưởng Marty Natalegawa'", () => {
    expect(facts("Ngoại trưởng Marty Natalegawa thăm Chile và Peru.")).toEqual(["Marty Natalegawa OFFICIAL_OF Indonesia"]);
  });
  it("a Sino-Vietnamese reading that is also a common Vietnamese name is no alias: 'ông Trần Đức Minh, Chủ tịch UBND huyện'", () => {
    expect(people("Ông Trần Đức Minh, Chủ tịch UBND huyện Thanh Chương, kiểm tra công trình đê.")).toEqual(["Trần Đức Minh"]);
  });
});
