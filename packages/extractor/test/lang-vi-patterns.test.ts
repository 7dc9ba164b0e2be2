// Vietnamese constructions, each tested on an invented sentence named after the pattern it covers.
import { describe, expect, it } from "vitest";
import { cleanText } from "../src/clean.ts";
import { findDates } from "../src/dates/find-dates.ts";
import { VI_DATES } from "../src/lang/vi/date-patterns.ts";
import { vietnamese } from "../src/lang/vi/index.ts";
import { compileLexicon } from "../src/lexicon/lexicon.ts";
import { LexiconData } from "../src/lexicon/lexicon-data.ts";
import { extractArticle } from "../src/pipeline.ts";
import { testLexiconData } from "./fixtures/test-lexicon.ts";

const lexicon = compileLexicon([
  testLexiconData,
  LexiconData.parse({
    countries: [
      { name: "France", aliases: ["Pháp"], capitals: ["Paris"] },
      { name: "China", aliases: ["Trung Quốc"], capitals: ["Bắc Kinh"] },
      { name: "India", aliases: ["Ấn Độ"], capitals: ["New Delhi"] },
      { name: "Cuba", aliases: ["Cuba"], capitals: ["La Habana"] },
      { name: "Laos", aliases: ["Lào"], capitals: ["Viêng Chăn"] },
      { name: "Norway", aliases: ["Na Uy"], capitals: ["Oslo"] },
      { name: "United Arab Emirates", aliases: ["Các Tiểu vương quốc Ả Rập Thống nhất", "UAE"], capitals: ["Abu Dhabi"] },
    ],
    locations: [
      { name: "Akasaka Palace", aliases: ["Cung điện Akasaka"], country: "Japan" },
      { name: "Tomb of the Unknown Soldier", aliases: ["Mộ Chiến sĩ Vô danh"], country: "Russia" },
      { name: "Yamato Airport", aliases: ["sân bay Yamato"], country: "Japan" },
      { name: "Oregon", aliases: [], country: "United States" },
      { name: "Sabah", aliases: [], country: "Malaysia" },
    ],
    organizations: [
      { name: "Lao People's Revolutionary Party", aliases: ["Đảng Nhân dân Cách mạng Lào"], country: "Laos", ruling: true },
      { name: "Communist Party of Cuba", aliases: ["Đảng Cộng sản Cuba"], country: "Cuba", ruling: true },
      { name: "Airbus", aliases: ["Airbus", "Tập đoàn Airbus"], country: "France" },
      { name: "Lao Skyways", aliases: ["Lao Skyways", "Hãng hàng không Lao Skyways"], country: "Laos" },
    ],
    people: [{ name: "Omar Haddad", aliases: [], short: ["Haddad"], country: "Laos" }],
    offices: [
      { cue: "Tổng Bí thư", role: "general secretary", leader: true, party: true },
      { cue: "Chủ tịch nước", role: "president", leader: true },
      { cue: "Bộ trưởng", role: "minister" },
      { cue: "Tham mưu trưởng", role: "chief of staff" },
      { cue: "Nguyên thủ", role: "head of state", leader: true },
      { cue: "Thị trưởng", role: "mayor", local: true },
      { cue: "Thống đốc", role: "governor", local: true },
      { cue: "Thủ hiến", role: "state premier", local: true },
      { cue: "Đại sứ", role: "ambassador" },
      { cue: "Điều phối viên", role: "coordinator" },
      { cue: "Thứ trưởng", role: "deputy minister" },
      { cue: "Thư ký", role: "secretary" },
      { cue: "Giám đốc", role: "director" },
      { cue: "Nhà vua", role: "king", leader: true },
      { cue: "Quốc vương", role: "king", leader: true },
    ],
  }),
]);

function triples(text: string, published = "2024-06-18"): string[] {
  const x = extractArticle({ id: "a", file: "a.txt", text, published }, lexicon);
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)} [${r.status}]`).sort();
}

describe("Vietnamese patterns", () => {
  it("a country whose name ends in a nominalizer's word still acts: 'Pháp lên án chính sách của Mỹ'", () => {
    expect(triples("Pháp lên án chính sách thuế quan của Mỹ.")).toEqual(["France CRITICIZED United States [occurred]"]);
  });
});

describe("Vietnamese praise and congratulation", () => {
  it("congratulating someone on an achievement praises them: 'chúc mừng X tái đắc cử'", () => {
    expect(triples("Ngoại trưởng Nhật Bản Taro Suzuki chúc mừng ông Vladimir Putin tái đắc cử.")).toContain(
      "Taro Suzuki PRAISED Vladimir Putin [occurred]",
    );
  });

  it("season's greetings are not praise: 'gửi lời chúc mừng năm mới tới X'", () => {
    expect(triples("Đức gửi lời chúc mừng năm mới tới nhân dân Việt Nam.")).toEqual([]);
  });

  it("praise reaches whose achievement it is: 'đánh giá cao những thành tựu ... của X'", () => {
    expect(triples("Đức đánh giá cao những thành tựu phát triển kinh tế của Việt Nam.")).toEqual(["Germany PRAISED Vietnam [occurred]"]);
  });

  it("congratulates a list of countries: 'chúc mừng A, B và C vì ...'", () => {
    expect(triples("Pháp chúc mừng Nga, Nhật Bản và Ấn Độ vì thành quả đàm phán.")).toEqual([
      "France PRAISED India [occurred]",
      "France PRAISED Japan [occurred]",
      "France PRAISED Russia [occurred]",
    ]);
  });
});

describe("Vietnamese aid and gifts of goods", () => {
  it("what one acts under names no source: 'Theo hợp đồng, X sẽ cung cấp ... cho Y'", () => {
    expect(triples("Theo hợp đồng, Nhật Bản sẽ cung cấp 12 tàu tuần tra cho Việt Nam.")).toContain("Japan SUPPLIED Vietnam [planned]");
  });

  it("'theo đó' (under which) names no source: 'ký thỏa thuận, theo đó X sẽ viện trợ ... cho Y'", () => {
    expect(triples("Thủ tướng Đức Hans Vogel đã ký thỏa thuận, theo đó Nhật Bản sẽ viện trợ 2 tỷ euro cho Ukraine.")).toContain(
      "Japan SUPPLIED Ukraine [planned]",
    );
  });

  it("relief goods supplied to a recipient: 'cung cấp hàng cứu trợ cho X'", () => {
    expect(triples("Nhật Bản cung cấp hàng cứu trợ khẩn cấp cho Việt Nam.")).toEqual(["Japan SUPPLIED Vietnam [occurred]"]);
  });

  it("a gift with the recipient before the goods: 'trao tặng X 20 xe cứu thương'", () => {
    expect(triples("Đức trao tặng Ukraine 20 xe cứu thương.")).toEqual(["Germany SUPPLIED Ukraine [occurred]"]);
  });

  it("a gift with the recipient after 'cho': 'tặng gạo cho X'", () => {
    expect(triples("Việt Nam tặng 5.000 tấn gạo cho Cuba.")).toEqual(["Vietnam SUPPLIED Cuba [occurred]"]);
  });

  it("handing over is no supply: 'bàn giao dự án cho X'", () => {
    expect(triples("Nhật Bản bàn giao hệ thống cấp nước cho Việt Nam.")).toEqual([]);
  });

  it("a letter sent to someone is no supply: 'gửi X thư'", () => {
    expect(triples("Đức gửi Ukraine một bức thư.")).toEqual([]);
  });

  it("people sent to help are aid as goods are: 'gửi đội y tế sang X', 'gửi lực lượng cứu hộ tới Y', 'gửi cảnh sát tới Z'", () => {
    expect(triples("Na Uy gửi một đội y tế gồm 20 bác sĩ sang Cuba.")).toEqual(["Norway SUPPLIED Cuba [occurred]"]);
    expect(triples("Ấn Độ đã gửi lực lượng cứu hộ tới Lào sau trận lũ.")).toEqual(["India SUPPLIED Laos [occurred]"]);
    expect(triples("Pháp sẽ gửi cảnh sát tới Cuba.")).toEqual(["France SUPPLIED Cuba [planned]"]);
    // A message to doctors sends no one.
    expect(triples("Na Uy gửi thư tới các bác sĩ Cuba.")).toEqual([]);
  });

  it("the vaccine as the press spells it is goods: 'vắc-xin', 'vắc xin'", () => {
    expect(triples("Na Uy đã cung cấp vắc-xin cho Cuba.")).toEqual(["Norway SUPPLIED Cuba [occurred]"]);
  });

  it("a deal a supply is made under, signed with no signer named, is the supplier's and the recipient's: 'theo hợp đồng ký năm N'", () => {
    expect(triples("Pháp đã bắt đầu chuyển giao các hệ thống radar cho Ấn Độ theo hợp đồng ký năm 2017.")).toEqual([
      "France SIGNED India [occurred]",
      "France SUPPLIED India [occurred]",
    ]);
    expect(triples("Na Uy đã chuyển giao 2 tàu chiến cho Cuba theo hợp đồng trị giá 300 triệu USD ký năm 2019.")).toEqual([
      "Cuba SIGNED Norway [occurred]",
      "Norway SUPPLIED Cuba [occurred]",
    ]);
    // A deal signed by others named is theirs.
    expect(triples("Pháp gửi 5 máy bay cho Cuba theo thỏa thuận Lào ký với Ấn Độ.")).toContain("India SIGNED Laos [occurred]");
    expect(triples("Pháp gửi 5 máy bay cho Cuba theo thỏa thuận Lào ký với Ấn Độ.")).not.toContain("Cuba SIGNED France [occurred]");
  });

  it("what a thanker thanks unnamed senders for does not go to the aid's last recipient: 'cảm ơn 30 nước đã gửi ...'", () => {
    const text = "Ấn Độ gửi 20 tấn gạo cho Lào. Thủ tướng Na Uy cảm ơn hơn 30 quốc gia đã gửi lực lượng cứu hộ.";
    expect(triples(text)).toEqual(["India SUPPLIED Laos [occurred]"]);
    expect(triples("Ấn Độ gửi 20 tấn gạo cho Lào. Sau đó Pháp cũng gửi lực lượng cứu hộ.")).toContain("France SUPPLIED Laos [occurred]");
  });
});

describe("Vietnamese requests and targets", () => {
  it("what a call asks for has not happened: 'kêu gọi X cung cấp ...' is planned", () => {
    expect(triples("Ngoại trưởng Nhật Bản Taro Suzuki kêu gọi Đức cung cấp thêm xe tăng cho Ukraine.")).toContain(
      "Germany SUPPLIED Ukraine [planned]",
    );
  });

  it("what a demand asks for has not happened: 'yêu cầu X trừng phạt Y' is planned", () => {
    expect(triples("Nga yêu cầu Nhật Bản trừng phạt Iran.")).toEqual(["Japan SANCTIONED Iran [planned]"]);
  });

  it("at someone's request the event did happen: 'theo yêu cầu của A, B gặp C'", () => {
    expect(triples("Theo yêu cầu của Nga, Nhật Bản đã gặp Iran.")).toEqual(["Iran MET Japan [occurred]"]);
  });

  it("a request to lift sanctions does not make the sanctions planned: 'yêu cầu X dỡ bỏ lệnh cấm vận'", () => {
    expect(triples("Nga yêu cầu Mỹ dỡ bỏ lệnh cấm vận đối với Iran.")).toEqual(["United States SANCTIONED Iran [occurred]"]);
  });

  it("a target year or a bound is no event's date: 'đến năm 2030', 'trước tháng 6/2026'", () => {
    const values = (text: string) => findDates(text, VI_DATES, "2024-06-18").map((d) => d.value);
    expect(values("mục tiêu đến năm 2030 nâng kim ngạch lên gấp đôi")).toEqual([]);
    expect(values("hoàn tất trước tháng 6/2026")).toEqual([]);
    expect(values("hai nước ký hiệp định năm 2019")).toEqual(["2019"]);
  });
});

describe("Vietnamese criticism and accusations", () => {
  it("a judgement reaches past what it judges to whose it is: 'quan ngại sâu sắc trước kế hoạch mở rộng ... của X'", () => {
    expect(triples("Thủ tướng Đức Hans Vogel bày tỏ quan ngại sâu sắc trước kế hoạch mở rộng khu định cư trái phép của Iran.")).toContain(
      "Hans Vogel CRITICIZED Iran [occurred]",
    );
    // A rejection keeps its short reach: turning down someone's offer is no criticism of them.
    expect(triples("Nhật Bản bác bỏ đề nghị đối thoại lâu dài của Iran.")).toEqual([]);
  });

  it("a verb joined by 'và' after a clause made a noun is the main clause's: 'lên án việc dẫn độ và cáo buộc X'", () => {
    expect(triples("Ngoại trưởng Nga Sergei Lavrov lên án việc dẫn độ và cáo buộc Mỹ gây sức ép.")).toContain(
      "Sergei Lavrov ACCUSED United States [occurred]",
    );
  });

  it("a leader's administration stands for the leader's country: 'chỉ trích chính quyền Tổng thống X'", () => {
    expect(triples("Ngoại trưởng Đức Hans Vogel chỉ trích chính quyền Tổng thống Vladimir Putin.")).toContain(
      "Hans Vogel CRITICIZED Russia [occurred]",
    );
    expect(triples("Ngoại trưởng Đức Hans Vogel chỉ trích Tổng thống Vladimir Putin.")).toContain(
      "Hans Vogel CRITICIZED Vladimir Putin [occurred]",
    );
  });

  it("an administration that acts is its leader's country's: 'chính quyền Tổng thống X trừng phạt Y'", () => {
    const found = triples("Chính quyền Tổng thống Vladimir Putin loan báo lệnh trừng phạt nhắm vào Ukraine.");
    expect(found).toContain("Russia SANCTIONED Ukraine [occurred]");
    expect(found.filter((t) => t.startsWith("Vladimir Putin SANCTIONED"))).toEqual([]);
  });

  it("rebutting someone's argument criticizes them: 'phản bác lập luận của X'", () => {
    expect(triples("Ấn Độ phản bác lập luận của Trung Quốc.")).toEqual(["India CRITICIZED China [occurred]"]);
  });

  it("rejecting someone's charge criticizes them, who charged the denier: 'bác bỏ cáo buộc của X'", () => {
    expect(triples("Trung Quốc bác bỏ cáo buộc của Nhật Bản về vụ va chạm.")).toEqual([
      "China CRITICIZED Japan [occurred]",
      "Japan ACCUSED China [occurred]",
    ]);
  });

  it("'tố X ...' is a charge, as 'tố cáo' is", () => {
    expect(triples("Nga tố Mỹ can thiệp vào bầu cử.")).toEqual(["Russia ACCUSED United States [occurred]"]);
  });

  it("'yếu tố', 'nhân tố' (factor) are no charge", () => {
    expect(triples("Nga coi Mỹ là yếu tố gây bất ổn.")).toEqual([]);
  });
});

describe("Vietnamese party offices and long state names", () => {
  it("a party office is held in the party: 'Tổng Bí thư Đảng ... X'", () => {
    expect(triples("Tổng Bí thư Đảng Nhân dân Cách mạng Lào Bounmy Keola gặp ông Vladimir Putin.")).toContain(
      "Bounmy Keola OFFICIAL_OF Lao People's Revolutionary Party [occurred]",
    );
  });

  it("the first word of a long state name is no person: 'Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào X'", () => {
    const x = extractArticle(
      {
        id: "a",
        file: "a.txt",
        text: "Ông Vladimir Putin gặp Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào Bounmy Keola.",
        published: "2024-06-18",
      },
      lexicon,
    );
    expect(x.entities.map((e) => e.name).sort()).toEqual(["Bounmy Keola", "Laos", "Vladimir Putin"]);
  });
});

describe("Vietnamese leading phrases", () => {
  it("a visit named in a leading phrase is the main clause doer's: 'Trong chuyến thăm X, ông A ...'", () => {
    expect(triples("Trong chuyến thăm Đức, ông Vladimir Putin cho biết Nga muốn hòa bình.")).toContain(
      "Vladimir Putin VISITED Germany [occurred]",
    );
  });

  it("what a leading phrase's event acts on lies inside the phrase: 'Trong buổi hội đàm, ông A ... B'", () => {
    expect(triples("Trong buổi hội đàm, ông Vladimir Putin khẳng định quan hệ Nga - Nhật Bản rất tốt.")).toEqual([]);
  });
});

describe("Vietnamese standing facts", () => {
  it("kin named with the reflexive are the subject's kin: 'A ..., cận vệ của cha mình (B)'", () => {
    expect(triples("Ông Kim Jong Un được thăng chức, trở thành cận vệ của cha mình (cố lãnh đạo Kim Jong Il).")).toContain(
      "Kim Jong Il PARENT_OF Kim Jong Un [occurred]",
    );
  });

  it("a child named with the reflexive: 'A đi cùng con trai mình, ông B'", () => {
    expect(triples("Bà Lê Thị Hoa đi cùng con trai mình, ông Trần Văn Bình.")).toEqual(["Lê Thị Hoa PARENT_OF Trần Văn Bình [occurred]"]);
  });

  it("a place in a capital: 'X ở thủ đô Y'", () => {
    expect(triples("Lễ đón diễn ra tại Cung điện Akasaka ở thủ đô Tokyo.")).toEqual(["Akasaka Palace LOCATED_IN Tokyo [occurred]"]);
  });
});

describe("Vietnamese visits told from the host side", () => {
  it("a country welcoming a visitor is where the visit goes: 'Việt Nam đón X tới thăm'", () => {
    expect(triples("Việt Nam nồng nhiệt đón ông Vladimir Putin tới thăm chính thức.")).toContain(
      "Vladimir Putin VISITED Vietnam [occurred]",
    );
  });

  it("a visit with its own place keeps it: 'Nhật Bản đón X thăm Osaka'", () => {
    // The place is the visit's; its country is visited too, as the place's country (countryOfVisits), not as the host.
    expect(triples("Nhật Bản đón ông Vladimir Putin thăm Osaka.")).toEqual([
      "Vladimir Putin VISITED Japan [occurred]",
      "Vladimir Putin VISITED Osaka [occurred]",
    ]);
  });
});

describe("Vietnamese visits to a place inside a country", () => {
  it("a foreign visitor's visit to a city is a visit to its country too: 'Tổng thống Pháp X sẽ tới Y' (Y in Z)", () => {
    const text = "Tổng thống Pháp Jean Morel cho biết ông sẽ tới Osaka vào tháng sau. Quan hệ Pháp và Nhật Bản đang tốt đẹp.";
    expect(triples(text)).toEqual(expect.arrayContaining(["Jean Morel VISITED Osaka [planned]", "Jean Morel VISITED Japan [planned]"]));
  });

  it("a city of the visitor's own country is no visit abroad: 'Thủ tướng Nhật Bản X tới Y' (Y in Japan)", () => {
    const text = "Thủ tướng Nhật Bản Kenji Arai đã tới Osaka để gặp cử tri.";
    expect(triples(text)).not.toContain("Kenji Arai VISITED Japan [occurred]");
  });

  it("a country the article never names is not visited: 'X tới Y' (Y's country unnamed)", () => {
    expect(triples("Tổng thống Pháp Jean Morel đã tới Osaka.")).not.toContain("Jean Morel VISITED Japan [occurred]");
  });
});

describe("Vietnamese visits to sites", () => {
  it("paying respects at a site visits it: 'viếng X', 'đặt vòng hoa tại X'", () => {
    expect(triples("Ngoại trưởng Nhật Bản Taro Suzuki đã viếng Mộ Chiến sĩ Vô danh.")).toContain(
      "Taro Suzuki VISITED Tomb of the Unknown Soldier [occurred]",
    );
    expect(triples("Ông Vladimir Putin đặt vòng hoa tại Cung điện Akasaka.")).toEqual(["Vladimir Putin VISITED Akasaka Palace [occurred]"]);
  });

  it("a palace one is received in is the visit to its country, when the article tells that visit: 'đón A tại Cung điện X'", () => {
    const text =
      "Thủ tướng Đức Hans Vogel đã tới Nhật Bản tối qua. Sáng nay, Thủ tướng Nhật Bản Ken Aoki đón ông Vogel tại Cung điện Akasaka.";
    const visits = triples(text).filter((t) => t.includes("VISITED"));
    expect(visits).toEqual(["Hans Vogel VISITED Japan [occurred]"]);
    // An airport one lands at is so too: "hạ cánh xuống sân bay X".
    const landed = "Thủ tướng Đức Hans Vogel đã tới Nhật Bản tối qua. Chuyên cơ chở ông Vogel hạ cánh xuống sân bay Yamato.";
    expect(triples(landed).filter((t) => t.includes("VISITED"))).toEqual(["Hans Vogel VISITED Japan [occurred]"]);
  });
});

describe("Vietnamese delegation lists", () => {
  it("offices listed for one side belong to its country: 'Về phía Nhật Bản có Bộ trưởng ... X; phía Nga có ... Y'", () => {
    expect(
      triples(
        "Về phía Nhật Bản có Bộ trưởng Quốc phòng Ken Sato, Người phát ngôn Aiko Mori; phía Nga có Bộ trưởng Quốc phòng Ivan Petrov.",
      ),
    ).toEqual([
      "Aiko Mori OFFICIAL_OF Japan [occurred]",
      "Ivan Petrov OFFICIAL_OF Russia [occurred]",
      "Ken Sato OFFICIAL_OF Japan [occurred]",
    ]);
  });

  it("a side word inside the sentence is a direction, not a delegation: 'tiến về phía X'", () => {
    expect(triples("Quân đội tiến về phía Ukraine, Bộ trưởng Quốc phòng Ken Sato nói.")).toEqual([]);
  });

  it("the lexicon's country of a known person outweighs the side", () => {
    expect(triples("Về phía Nhật Bản, Ngoại trưởng Taro Suzuki hoan nghênh đề xuất mà Tổng thống Vladimir Putin đưa ra.")).not.toContain(
      "Vladimir Putin OFFICIAL_OF Japan [occurred]",
    );
  });
});

describe("Vietnamese invitations to come", () => {
  it("an invitation to visit: 'mời X sang thăm Y'", () => {
    expect(triples("Thủ tướng Nhật Bản Taro Suzuki mời Tổng thống Vladimir Putin sang thăm Tokyo.")).toContain(
      "Taro Suzuki INVITED Vladimir Putin [occurred]",
    );
  });

  it("an invitation to attend reaches past an unnamed list tail: 'mời A, B và ba nước khác tham dự'", () => {
    expect(triples("Đức mời Nhật Bản, Ấn Độ và ba nước khác tham dự hội nghị.")).toEqual([
      "Germany INVITED India [occurred]",
      "Germany INVITED Japan [occurred]",
    ]);
  });

  it("asking a guest to do something on the spot is protocol, not an invitation: 'mời X cắt băng'", () => {
    expect(triples("Tổng thống Vladimir Putin mời Thủ tướng Taro Suzuki cắt băng khánh thành nhà máy.")).not.toContainEqual(
      expect.stringContaining("INVITED"),
    );
  });

  it("a name after the asked act ends the search for a visit word: 'mời X chào Đội Danh dự'", () => {
    expect(triples("Tổng thống Vladimir Putin mời Thủ tướng Taro Suzuki chào Đội Danh dự.")).not.toContainEqual(
      expect.stringContaining("INVITED"),
    );
  });
});

describe("Vietnamese arrivals", () => {
  it("going in or out along the country is a trip after a tense or travel word: 'sẽ vào X làm việc', 'đã ra Y'", () => {
    expect(triples("Thủ tướng Đức Hans Vogel sẽ vào Osaka làm việc với doanh nghiệp.")).toContain("Hans Vogel VISITED Osaka [planned]");
    expect(triples("Thủ tướng Nhật Bản Ken Aoki đã bay ra Kiev dự lễ.")).toContain("Ken Aoki VISITED Ukraine [occurred]");
    expect(triples("Đức đầu tư vào Ukraine nhiều tỷ USD.")).not.toContainEqual(expect.stringContaining("VISITED"));
    expect(triples("Nhật Bản nhằm vào Ukraine.")).not.toContainEqual(expect.stringContaining("VISITED"));
  });

  it("an intent to go on parts no doer from a motion verb: 'A dự định tiếp tục bay sang X' (planned)", () => {
    expect(triples("Thủ tướng Đức Hans Vogel dự định tiếp tục bay sang Kiev.")).toContain("Hans Vogel VISITED Ukraine [planned]");
    expect(triples("Thủ tướng Nhật Bản Ken Aoki dự kiến sẽ tiếp tục bay sang Kiev.")).toContain("Ken Aoki VISITED Ukraine [planned]");
  });

  it("a motion verb after the 'và' that closes what an earlier verb acted on is its doer's: 'A hội kiến B, C và sang X'", () => {
    const text = "Thủ tướng Đức Hans Vogel sẽ hội kiến Thủ tướng Nhật Bản Ken Aoki, Tổng thống Vladimir Putin và sang Kiev.";
    const visits = triples(text).filter((t) => t.includes("VISITED"));
    expect(visits).toContain("Hans Vogel VISITED Ukraine [planned]");
    expect(visits.filter((t) => !t.startsWith("Hans Vogel"))).toEqual([]);
  });

  it("a motion verb after 'trước khi'/'sau khi' goes on with the doer before: 'A hội đàm với B trước khi lên đường sang X'", () => {
    expect(triples("Thủ tướng Đức Hans Vogel đã hội đàm với Thủ tướng Nhật Bản Ken Aoki trước khi lên đường sang Ukraine.")).toContain(
      "Hans Vogel VISITED Ukraine [occurred]",
    );
    expect(triples("Thủ tướng Nhật Bản Ken Aoki sẽ gặp Thủ tướng Đức Hans Vogel trước khi tới Kiev.")).toContain(
      "Ken Aoki VISITED Ukraine [planned]",
    );
  });

  it("a vehicle's passenger is who arrives: 'chuyên cơ chở X hạ cánh xuống sân bay ... ở Y'", () => {
    expect(triples("Chuyên cơ chở Thủ tướng Nhật Bản Taro Suzuki hạ cánh xuống sân bay quốc tế ở Mátxcơva.")).toContain(
      "Taro Suzuki VISITED Russia [occurred]",
    );
  });

  it("an arrival at a kind of place reaches the place past the kind's modifiers or setting: 'tới thành phố cổ X', 'tới căn cứ ở Y'", () => {
    expect(triples("Ông Ahmed Karimi sẽ tới thành phố cổ Osaka vào tuần tới.")).toContain("Ahmed Karimi VISITED Osaka [planned]");
    expect(triples("Ông Ahmed Karimi đã đến thị trấn biên giới Osaka hôm 3/2.")).toContain("Ahmed Karimi VISITED Osaka [occurred]");
    expect(triples("Ông Ahmed Karimi đã tới căn cứ hải quân ở thành phố Osaka.")).toContain("Ahmed Karimi VISITED Osaka [occurred]");
    // A kind with no name after it arrives nowhere named, however far a place is named on.
    expect(triples("Ông Ahmed Karimi đã tới thành phố này, cách Osaka 50 km.")).toEqual([]);
  });

  it("landing 'tại' a place visits it: 'máy bay chở X đã hạ cánh tại Y'", () => {
    expect(triples("Chiếc máy bay chở Thủ tướng Nhật Bản Taro Suzuki đã hạ cánh tại Berlin.")).toContain(
      "Taro Suzuki VISITED Germany [occurred]",
    );
  });
});

describe("Vietnamese short asides", () => {
  it("a bracketed photo position parts no list: 'A (thứ hai từ trái) và B hội đàm'", () => {
    expect(triples("Thủ tướng Nhật Bản Taro Suzuki (thứ hai từ trái) và Tổng thống Vladimir Putin hội đàm tại Tokyo.")).toContain(
      "Taro Suzuki MET Vladimir Putin [occurred]",
    );
  });
});

describe("Vietnamese groups of two", () => {
  const met = "Tổng thống Nga Vladimir Putin đón Thủ tướng Nhật Bản Taro Suzuki tại Điện Kremlin. ";
  it("'N hai nước' stands for the two leaders: 'Nguyên thủ hai nước đã ký ...'", () => {
    expect(triples(`${met}Nguyên thủ hai nước đã ký một hiệp định.`)).toContain("Taro Suzuki SIGNED Vladimir Putin [occurred]");
  });

  it("any leader noun makes the pair: 'Người đứng đầu hai quốc gia'", () => {
    expect(triples(`${met}Người đứng đầu hai quốc gia đã ký một hiệp định.`)).toContain("Taro Suzuki SIGNED Vladimir Putin [occurred]");
  });

  it("a pair after 'và' opens its own clause, no comma needed: 'A hội đàm với B và hai nhà lãnh đạo đã ký ...'", () => {
    const told = "Thủ tướng Nhật Bản Taro Suzuki đã hội đàm với Tổng thống Nga Vladimir Putin và hai nhà lãnh đạo đã ký một hiệp định.";
    expect(triples(told)).toContain("Taro Suzuki SIGNED Vladimir Putin [occurred]");
  });

  it("a counted honorific with no name after it is the pair: 'Sau hội đàm, hai ông đã ký ...'", () => {
    expect(triples(`${met}Sau hội đàm, hai ông đã ký một hiệp định về năng lượng.`)).toContain(
      "Taro Suzuki SIGNED Vladimir Putin [occurred]",
    );
  });

  it("a counted honorific that heads names is no pair: 'gặp cả hai ông A và B'", () => {
    const found = triples(
      "Tổng thống Pháp Marc Olivier thăm Lào. Thủ tướng Đức Hans Vogel thăm Cuba. " +
        "Thủ tướng Nhật Bản Taro Suzuki hội đàm với Tổng thống Nga Vladimir Putin. " +
        "Ông Putin cho biết sẽ tới Geneva để gặp cả hai ông Olivier và Vogel.",
    );
    expect(found).toContain("Marc Olivier MET Vladimir Putin [planned]");
    expect(found).toContain("Hans Vogel MET Vladimir Putin [planned]");
  });
});

describe("Vietnamese sides of talks", () => {
  const talks = "Tổng thống Pháp Claire Dubois đã hội đàm với Thủ tướng Ấn Độ Ravi Menon tại Paris. ";
  it("'Sau hội đàm, hai bên đã ký ...': the two sides are the people who met, not a meeting of their countries", () => {
    const found = triples(`${talks}Sau hội đàm, hai bên đã ký bản ghi nhớ về y tế.`);
    expect(found).toContain("Claire Dubois MET Ravi Menon [occurred]");
    expect(found).toContain("France SIGNED India [occurred]");
    expect(found.filter((t) => t.startsWith("France MET") || t.startsWith("India MET"))).toEqual([]);
  });

  it("'hai bên nhất trí khởi động đàm phán ...': negotiations the sides agree to open are no meeting of countries", () => {
    const found = triples(`${talks}Hai bên cũng nhất trí khởi động đàm phán hiệp định thương mại.`);
    expect(found.filter((t) => t.includes(" MET ") && !t.startsWith("Claire Dubois"))).toEqual([]);
  });

  it("'cuộc đàm phán giữa hai nước' still names a meeting of the two countries", () => {
    const found = triples("Pháp và Ấn Độ sẽ tổ chức cuộc đàm phán giữa hai nước vào tháng tới.");
    expect(found).toContain("France MET India [planned]");
  });
});

describe("Vietnamese negation", () => {
  it("a charge rejected with nothing after it charges no one: 'X bác bỏ mọi cáo buộc và chỉ trích Y' is stated", () => {
    expect(triples("Pháp bác bỏ mọi cáo buộc và chỉ trích Trung Quốc.")).toEqual(["France CRITICIZED China [occurred]"]);
    expect(triples("Pháp bác bỏ cáo buộc, chỉ trích Trung Quốc.")).toEqual(["France CRITICIZED China [occurred]"]);
  });

  it("a negated verb of holding back intensifies: 'không ngần ngại chỉ trích X'", () => {
    expect(triples("Tổng thống Vladimir Putin không ngần ngại chỉ trích Mỹ.")).toContain(
      "Vladimir Putin CRITICIZED United States [occurred]",
    );
  });

  it("'không tiếc lời khen ngợi X' is praise", () => {
    expect(triples("Đức không tiếc lời khen ngợi Nhật Bản.")).toEqual(["Germany PRAISED Japan [occurred]"]);
  });

  it("a look-alike that overlaps the cue still negates: 'không chỉ trích X' (not 'không chỉ', not only)", () => {
    expect(triples("Tổng thống Vladimir Putin không chỉ trích Mỹ.")).not.toContainEqual(expect.stringContaining("CRITICIZED"));
  });
});

describe("Vietnamese clauses of criticism and charges", () => {
  it("a charged act is done by one named inside the charge, not the accuser: 'N mà A cáo buộc đã bán X cho B'", () => {
    expect(triples("Đức trừng phạt ba công ty mà Pháp cáo buộc đã bán vũ khí cho Iran.")).toEqual([]);
    expect(triples("Pháp cáo buộc Lào đã bán vũ khí cho Iran.")).toContain("Laos SUPPLIED Iran [alleged]");
  });

  it("an opener inside a two-word opener opens nothing: 'A bác bỏ ..., trong khi tố cáo B ...'", () => {
    expect(triples("Pháp bác bỏ cáo buộc, trong khi tố cáo Đức gây rối.")).toContain("France ACCUSED Germany [occurred]");
  });

  it("the head of 'A của Bộ Ngoại giao X' acts, not its owner: '... phản bác tuyên bố của Y'", () => {
    expect(triples("Người phát ngôn Taro Suzuki của Bộ Ngoại giao Nhật Bản phản bác tuyên bố của Mỹ.")).toEqual([
      "Taro Suzuki CRITICIZED United States [occurred]",
    ]);
  });

  it("the speaker after a quotation is no object of what the quotation says", () => {
    const text =
      'Người phát ngôn Bộ Ngoại giao Nhật Bản Taro Suzuki trả lời báo chí. "Nhật Bản kiên quyết phản đối điều đó," người phát ngôn của Tokyo nói.';
    expect(triples(text)).not.toContainEqual(expect.stringContaining("CRITICIZED"));
  });

  it("a ministry set in a capital belongs to its country: 'Người phát ngôn Bộ Ngoại giao ở Tokyo X'", () => {
    expect(triples("Người phát ngôn Bộ Ngoại giao ở Tokyo Taro Suzuki lên án Nga.")).toEqual([
      "Taro Suzuki CRITICIZED Russia [occurred]",
      "Taro Suzuki OFFICIAL_OF Japan [occurred]",
    ]);
  });
});

describe("Vietnamese visitors and their places", () => {
  it("a delegation chain with a spouse between: 'A và Phu nhân cùng Đoàn đại biểu B thăm Y'", () => {
    expect(
      triples(
        "Tổng thống Đức chào mừng Thủ tướng Nhật Bản Taro Suzuki và Phu nhân cùng Đoàn đại biểu Cấp cao Nhật Bản thăm chính thức Đức.",
      ),
    ).toContain("Taro Suzuki VISITED Germany [occurred]");
  });

  it("a motion verb reaches the place past its head word: 'đến thủ đô Y'", () => {
    expect(triples("Ông Lê Văn Nam đã đến thủ đô Bắc Kinh.")).toEqual(["Lê Văn Nam VISITED China [occurred]"]);
  });

  it("a verb that carries a named visit gives it its doer: 'kết thúc tốt đẹp chuyến thăm tới Y'", () => {
    expect(triples("Thủ tướng Nhật Bản Taro Suzuki đã về đến Tokyo, kết thúc tốt đẹp chuyến thăm chính thức tới Ấn Độ.")).toContain(
      "Taro Suzuki VISITED India [occurred]",
    );
  });

  it("a copula's subject does what its description does: 'A là nhà lãnh đạo đầu tiên của X đến thăm Y'", () => {
    expect(
      triples(
        "Ông Lê Văn Nam là nhà lãnh đạo đầu tiên của Việt Nam đến thăm Ấn Độ, và ông Trần Văn Minh là người gần nhất đến thăm Nhật Bản.",
      ),
    ).toEqual([
      "Lê Văn Nam OFFICIAL_OF Vietnam [occurred]",
      "Lê Văn Nam VISITED India [occurred]",
      "Trần Văn Minh VISITED Japan [occurred]",
    ]);
  });
});

describe("Vietnamese charges governed by a preposition", () => {
  it("'A phong tỏa B với cáo buộc B ...': the clause's doers charge, not the name before 'với'", () => {
    expect(triples("Pháp cùng Đức phong tỏa Iran với cáo buộc Iran tài trợ khủng bố.")).toEqual([
      "France ACCUSED Iran [occurred]",
      "Germany ACCUSED Iran [occurred]",
    ]);
  });
});

describe("Vietnamese recognition", () => {
  it("recognizing someone as a state or a leader backs them: 'công nhận X là ...'; not 'công nhận X đã ...'", () => {
    expect(triples("Nhật Bản và Đức đã công nhận Ukraine là quốc gia độc lập.")).toEqual([
      "Germany SUPPORTED Ukraine [occurred]",
      "Japan SUPPORTED Ukraine [occurred]",
    ]);
    expect(triples("Nhật Bản công nhận Ukraine đã có nhiều nỗ lực.")).toEqual([]);
  });
});

describe("Vietnamese serial predicates and thanks", () => {
  it("support thanked for, said as a verb, goes to whom it names: 'A cảm ơn B vì đã ủng hộ C'", () => {
    const told = triples("Thủ tướng Đức Hans Vogel cảm ơn Nhật Bản vì đã ủng hộ Ukraine trong suốt cuộc xung đột.");
    expect(told).toContain("Japan SUPPORTED Ukraine [occurred]");
    expect(told).not.toContain("Japan SUPPORTED Hans Vogel [occurred]");
    // Said as a noun, its owner is no one it goes to: "vì sự ủng hộ của C".
    const noun = triples("Thủ tướng Đức Hans Vogel cảm ơn ông Luc Marchand vì sự ủng hộ của Liên minh châu Âu.");
    expect(noun).not.toContain("Luc Marchand SUPPORTED European Union [occurred]");
  });

  it("goods one is thanked for sending, no recipient named, went to the thanker: 'A cảm ơn B đã gửi hàng cứu trợ'", () => {
    expect(triples("Việt Nam cảm ơn Nhật Bản và Đức đã nhanh chóng gửi hàng cứu trợ tới vùng bị lũ.")).toEqual([
      "Germany SUPPLIED Vietnam [occurred]",
      "Japan SUPPLIED Vietnam [occurred]",
      "Vietnam THANKED Germany [occurred]",
      "Vietnam THANKED Japan [occurred]",
    ]);
  });

  it("a person who thanks for goods stands for their country: 'Thủ tướng X A cảm ơn B đã gửi lương thực'", () => {
    expect(triples("Thủ tướng Lào Somsak Vongvichit cảm ơn Nhật Bản đã gửi lương thực và thuốc men.")).toContain(
      "Japan SUPPLIED Laos [occurred]",
    );
  });

  it("thanks for what is no goods, or for goods sent to another named, give the thanker nothing: 'cảm ơn B đã gửi thư'", () => {
    expect(triples("Thủ tướng Lào Somsak Vongvichit cảm ơn Nhật Bản đã gửi thư chúc mừng.").join()).not.toContain("SUPPLIED");
    expect(triples("Việt Nam cảm ơn Nhật Bản đã gửi hàng cứu trợ cho Cuba.")).toContain("Japan SUPPLIED Cuba [occurred]");
    expect(triples("Việt Nam cảm ơn Nhật Bản đã gửi hàng cứu trợ cho Cuba.")).not.toContain("Japan SUPPLIED Vietnam [occurred]");
  });

  it("thanks for a reason name its giver after 'mà' or 'của': 'cảm ơn về sự đón tiếp mà X dành cho'", () => {
    expect(triples("Ông Lê Văn Nam cảm ơn về sự đón tiếp nồng hậu mà Chính phủ Đức dành cho đoàn.")).toEqual([
      "Lê Văn Nam THANKED Germany [occurred]",
    ]);
  });

  it("a relative clause's names do not act in the predicates after it: '...; cảm ơn về ... mà A dành cho B; đánh giá cao C'", () => {
    expect(
      triples(
        "Ông Lê Văn Nam bày tỏ vui mừng; cảm ơn về sự đón tiếp mà Chính phủ Đức dành cho ông và Đoàn đại biểu Nhật Bản; đánh giá cao vai trò của Đức.",
      ),
    ).toEqual(["Lê Văn Nam PRAISED Germany [occurred]", "Lê Văn Nam THANKED Germany [occurred]"]);
  });

  it("reported speech's subject does not act after it: 'A ..., khẳng định X luôn coi trọng ...; cảm ơn Y'", () => {
    expect(triples("Ông Lê Văn Nam đến Tokyo, khẳng định Việt Nam luôn coi trọng quan hệ với Nhật Bản; cảm ơn Nhật Bản.")).toContain(
      "Lê Văn Nam THANKED Japan [occurred]",
    );
  });

  it("whom one thanks did what the thanks name: 'cảm ơn B trong những năm qua đã hỗ trợ C'", () => {
    expect(triples("Ông Lê Văn Nam cảm ơn Nhật Bản trong những năm qua đã hỗ trợ Việt Nam.")).toEqual([
      "Japan SUPPORTED Vietnam [occurred]",
      "Lê Văn Nam THANKED Japan [occurred]",
    ]);
  });
});

describe("Vietnamese stacked offices and departures", () => {
  it("offices stacked before one name are all that person's: 'Tổng Bí thư Đảng ... Lào, Chủ tịch nước Lào X'", () => {
    expect(triples("Tổng Bí thư Đảng Nhân dân Cách mạng Lào, Chủ tịch nước Lào Khamla Vongsa đón Thủ tướng Taro Suzuki.")).toEqual(
      expect.arrayContaining([
        "Khamla Vongsa OFFICIAL_OF Lao People's Revolutionary Party [occurred]",
        "Khamla Vongsa OFFICIAL_OF Laos [occurred]",
      ]),
    );
  });

  it("the place one leaves is no doer: 'A rời Hà Nội đi thăm Y'", () => {
    expect(triples("Ông Lê Văn Nam rời Hà Nội đi thăm Nhật Bản.")).toEqual(["Lê Văn Nam VISITED Japan [occurred]"]);
  });
});

describe("Vietnamese kin, aid in goods and places by kind", () => {
  it("kin after a copula: 'A là con trai của cựu Thủ tướng B'", () => {
    expect(triples("Ông Lê Văn Nam là con trai của cựu Thủ tướng Lê Văn Hải.")).toContain("Lê Văn Hải PARENT_OF Lê Văn Nam [occurred]");
  });

  it("support given in goods is a supply: 'hỗ trợ X 50 xe tăng', 'hỗ trợ vũ khí cho X'; bare support stays support", () => {
    expect(triples("Đức hỗ trợ Ukraine 50 xe tăng.")).toEqual(["Germany SUPPLIED Ukraine [occurred]"]);
    expect(triples("Đức hỗ trợ vũ khí cho Ukraine.")).toEqual(["Germany SUPPLIED Ukraine [occurred]"]);
    expect(triples("Đức hỗ trợ Ukraine.")).toEqual(["Germany SUPPORTED Ukraine [occurred]"]);
  });

  it("a place named by its kind: 'tỉnh X của Y' is X, in Y, with 'tỉnh X' kept as an alias", () => {
    const x = extractArticle(
      { id: "a", file: "a.txt", text: "Ông Lê Văn Nam đến tỉnh Aichi của Nhật Bản. Tỉnh Aichi có nhiều nhà máy.", published: "2024-06-18" },
      lexicon,
    );
    const places = x.entities.filter((e) => e.type === "LOCATION");
    expect(places.map((e) => e.name)).toEqual(["Aichi"]);
    expect(places[0]!.aliases).toEqual(expect.arrayContaining(["tỉnh Aichi", "Tỉnh Aichi"]));
    expect(triples("Ông Lê Văn Nam đến tỉnh Aichi của Nhật Bản.")).toContain("Aichi LOCATED_IN Japan [occurred]");
  });
});

describe("Vietnamese targets and name hygiene", () => {
  it("a target set is planned, and its year no date: 'đặt mục tiêu ký ... đến năm 2030'", () => {
    expect(triples("Đức và Nhật Bản đặt mục tiêu ký hiệp định thương mại đến năm 2030.")).toEqual(["Germany SIGNED Japan [planned]"]);
  });

  it("an initial does not cut a name short: 'ông J. Smith'", () => {
    expect(triples("Ông J. Smith gặp ông Lê Văn Nam.")).toEqual(["J. Smith MET Lê Văn Nam [occurred]"]);
  });

  it("a single letter names no one: 'ông A'", () => {
    const x = extractArticle({ id: "a", file: "a.txt", text: "Ông A gặp ông Lê Văn Nam.", published: "2024-06-18" }, lexicon);
    expect(x.entities.map((e) => e.name)).toEqual(["Lê Văn Nam"]);
  });
});

describe("Vietnamese offices named before their holder", () => {
  it("an office with its country stands for the one holder of that office named later: 'Ngoại trưởng X ... Ngoại trưởng Suzuki'", () => {
    expect(triples("Ngoại trưởng Nhật Bản lên án Nga. Ngoại trưởng Suzuki cho biết Tokyo sẽ tiếp tục theo dõi.")).toContain(
      "Suzuki CRITICIZED Russia [occurred]",
    );
  });
});

describe("Vietnamese event relations: denials and passives", () => {
  it("a denial that opens its clause negates it: 'A phủ nhận đã gửi ... cho B'", () => {
    expect(triples("Ấn Độ phủ nhận đã gửi máy bay không người lái cho Iran.")).toEqual([]);
    expect(triples("Pháp bác bỏ đã chuyển giao tên lửa cho Ukraine.")).toEqual([]);
  });

  it("a passive with no doer names no accuser: 'X bị cáo buộc gửi ... sang Y'", () => {
    expect(triples("Lào bị cáo buộc gửi vũ khí sang Iran.")).toEqual(["Laos SUPPLIED Iran [alleged]"]);
  });

  it("a passive with its doer keeps it: 'X bị Y cáo buộc ...'", () => {
    expect(triples("Lào bị Pháp cáo buộc gửi vũ khí sang Iran.")).toEqual([
      "France ACCUSED Laos [occurred]",
      "Laos SUPPLIED Iran [alleged]",
    ]);
  });
});

describe("Vietnamese supplies with no verb of giving, and sending verbs", () => {
  it("goods that flow from one actor to another are a supply: 'hàng viện trợ từ A đã tới B'", () => {
    expect(triples("Chuyến hàng cứu trợ khẩn cấp từ Ấn Độ đã tới Lào sáng 12/6.")).toEqual(["India SUPPLIED Laos [occurred]"]);
  });

  it("a flow keeps the status of the word that takes it to the recipient: 'vũ khí từ A sẽ được chuyển sang B'", () => {
    expect(triples("Lô vũ khí đầu tiên từ Pháp sẽ được chuyển sang Ukraine.")).toEqual(["France SUPPLIED Ukraine [planned]"]);
  });

  it("arms fired from one country at another are no supply: 'tên lửa phóng từ A bay tới B'", () => {
    expect(triples("Tên lửa phóng từ Iran bay tới Ấn Độ.")).toEqual([]);
  });

  it("a vehicle from one country to another may carry travellers, no supply: 'máy bay từ A tới B'", () => {
    expect(triples("Máy bay từ Pháp tới Ấn Độ chở theo nhiều du khách.")).toEqual([]);
  });

  it("the recipient right after a sending verb, the goods after it: 'gửi tới X thêm 20 xe tăng' is no visit", () => {
    expect(triples("Pháp gửi tới Ukraine thêm 20 xe tăng.")).toEqual(["France SUPPLIED Ukraine [occurred]"]);
  });

  it("money and vehicles are goods: 'hỗ trợ 500.000 USD cho X', 'trao tặng X 100 xe buýt'", () => {
    expect(triples("Ấn Độ hỗ trợ 500.000 USD cho Lào.")).toEqual(["India SUPPLIED Laos [occurred]"]);
    expect(triples("Trung Quốc trao tặng Lào 100 xe buýt điện.")).toEqual(["China SUPPLIED Laos [occurred]"]);
  });
});

describe("Vietnamese event status from time words", () => {
  it("an event dated after publication is planned: 'chuyến thăm X của Y diễn ra vào tháng tới'", () => {
    expect(triples("Chuyến thăm Ấn Độ của Thủ tướng Nhật Bản Taro Suzuki diễn ra vào tháng tới.")).toContain(
      "Taro Suzuki VISITED India [planned]",
    );
    expect(triples("Thủ tướng Nhật Bản Taro Suzuki thăm Ấn Độ từ ngày 20 đến 22/7/2024.")).toContain("Taro Suzuki VISITED India [planned]");
  });

  it("a date of the publication month is no future: 'ngày 15/6' in an article of June", () => {
    expect(triples("Thủ tướng Nhật Bản Taro Suzuki thăm Ấn Độ ngày 15/6.", "2024-06")).toContain("Taro Suzuki VISITED India [occurred]");
  });

  it("what goes on is no plan, even said of the future: 'sẽ tiếp tục hỗ trợ X', 'sẽ vẫn ủng hộ X'", () => {
    expect(triples("Pháp sẽ tiếp tục hỗ trợ Ukraine.")).toEqual(["France SUPPORTED Ukraine [occurred]"]);
    expect(triples("Đức sẽ vẫn ủng hộ Ukraine.")).toEqual(["Germany SUPPORTED Ukraine [occurred]"]);
  });

  it("what is being considered has not happened: 'đang xem xét cung cấp ... cho X'", () => {
    expect(triples("Nhật Bản đang xem xét cung cấp thêm lương thực cho Lào.")).toEqual(["Japan SUPPLIED Laos [planned]"]);
  });
});

describe("Vietnamese invitations and signed agreements told from the document", () => {
  it("the pair that signs a pact 'giữa hai nước' signed it with each other too: 'A và B đã ký hiệp ước giữa hai nước'", () => {
    const signed = triples("Tổng thống Pháp Marc Olivier và Thủ tướng Đức Hans Vogel đã ký hiệp ước biên giới giữa hai nước.");
    expect(signed).toContain("France SIGNED Germany [occurred]");
    expect(signed).toContain("Hans Vogel SIGNED Marc Olivier [occurred]");
    // Those who watch the signing ceremony do not sign.
    const watched = triples("Tổng thống Pháp Marc Olivier và Thủ tướng Đức Hans Vogel đã chứng kiến lễ ký ba văn kiện giữa hai nước.");
    expect(watched).not.toContain("Hans Vogel SIGNED Marc Olivier [occurred]");
  });

  it("the other party of a signing may follow 'cùng' (together with): 'A đã ký văn kiện cùng B'", () => {
    expect(triples("Tổng thống Pháp Marc Olivier đã ký văn kiện cùng Thủ tướng Đức Hans Vogel.")).toContain(
      "Hans Vogel SIGNED Marc Olivier [occurred]",
    );
  });

  it("the invited act may stand between invitation and inviter: 'nhận lời mời thăm X của A'", () => {
    expect(triples("Thủ tướng Nhật Bản Taro Suzuki đã nhận lời mời thăm Ấn Độ của Tổng thống Vladimir Putin.")).toContain(
      "Vladimir Putin INVITED Taro Suzuki [occurred]",
    );
  });

  it("a person in the invited act is no inviter: 'lời mời gặp ông A của B' stops at the guest", () => {
    expect(triples("Ông Lê Văn Nam từ chối lời mời gặp ông Vladimir Putin của Nhật Bản.")).not.toContain(
      "Japan INVITED Lê Văn Nam [occurred]",
    );
  });

  it("an agreement between two parties signed in the passive: 'Hiệp định giữa A và B được ký kết năm 2019'", () => {
    expect(triples("Hiệp định thương mại tự do giữa Ấn Độ và Lào được ký kết năm 2019.")).toEqual(["India SIGNED Laos [occurred]"]);
  });
});

describe("Vietnamese leading clauses", () => {
  it("the comma that closes a leading 'khi' clause ends its object: 'Sau khi gặp A, B phát biểu'", () => {
    expect(triples("Sau khi gặp Thủ tướng Taro Suzuki, ông Lê Văn Nam phát biểu tại hội nghị.")).toEqual([
      "Lê Văn Nam MET Taro Suzuki [occurred]",
    ]);
  });

  it("a list inside the leading clause stays a list: 'Khi gặp A, B và C, D phát biểu'", () => {
    expect(triples("Khi gặp Pháp, Đức và Nhật Bản, ông Lê Văn Nam phát biểu.")).toEqual([
      "France MET Lê Văn Nam [occurred]",
      "Germany MET Lê Văn Nam [occurred]",
      "Japan MET Lê Văn Nam [occurred]",
    ]);
  });

  it("a 'khi' clause after a reported clause is the reported subject's act: 'X cho biết A sẽ nêu ... khi gặp B'", () => {
    expect(triples("Phủ Tổng thống Pháp cho biết ông Lê Văn Nam sẽ nêu vấn đề thuế khi gặp Thủ tướng Taro Suzuki.")).toContain(
      "Lê Văn Nam MET Taro Suzuki [planned]",
    );
    expect(triples("Chính phủ Lào thông báo ông Lê Văn Nam đã bàn về đường sắt khi tiếp Thủ tướng Taro Suzuki.")).toEqual([
      "Lê Văn Nam MET Taro Suzuki [occurred]",
    ]);
  });

  it("a 'khi' clause after a relative clause is its subject's act: 'bản ghi nhớ mà A ký khi thăm X'", () => {
    expect(triples("Bản ghi nhớ mà ông Lê Văn Nam ký khi thăm Ấn Độ đã hết hạn.")).toContain("Lê Văn Nam VISITED India [occurred]");
  });

  it("a visit named in a leading phrase after a reported subject is that subject's: 'X cho biết A, trong chuyến thăm Y, đã ...'", () => {
    expect(triples("Đại sứ Lào cho biết ông Lê Văn Nam, trong chuyến thăm Ấn Độ năm 2019, đã nhất trí mở đường bay.")).toEqual([
      "Lê Văn Nam VISITED India [occurred]",
    ]);
  });

  it("not a contrast that ends in 'khi': 'X cho biết A ... trong khi chỉ trích B' is X's", () => {
    expect(triples("Pháp cho biết Ấn Độ sẽ mở cửa thị trường trong khi chỉ trích Lào.")).not.toContain("India CRITICIZED Laos [occurred]");
  });

  it("not past the clause right before the 'khi' clause: 'A cho biết B nói C sẽ ... khi gặp D'", () => {
    expect(triples("Nhật Bản cho biết Lào nói ông Lê Văn Nam sẽ bàn về thuế khi gặp Thủ tướng Taro Suzuki.")).not.toContain(
      "Japan MET Taro Suzuki [planned]",
    );
  });
});

describe("Vietnamese sources and parts of the day", () => {
  it("the comma after a leading source closes it: 'Theo A, B đã ...'", () => {
    expect(triples("Theo Nhật Bản, Nga và Iran đã ký hiệp định quân sự.")).toEqual(["Iran SIGNED Russia [occurred]"]);
  });

  it("a leading intelligence source alleges what follows: 'Theo tình báo A, B đã gửi ... cho C'", () => {
    expect(triples("Theo tình báo Ukraine, Triều Tiên đã gửi đạn pháo cho Nga.")).toEqual(["North Korea SUPPLIED Russia [alleged]"]);
  });

  it("parts of today and yesterday, and calendar weeks, are dates: 'sáng nay', 'tối qua', 'tuần trước'", () => {
    const values = (text: string) => findDates(text, VI_DATES, "2024-06-18").map((d) => d.value);
    expect(values("Thủ tướng tới Hà Nội sáng nay")).toEqual(["2024-06-18"]);
    expect(values("Tối qua, hai bên đã ký")).toEqual(["2024-06-17"]);
    expect(values("tuần trước")).toEqual(["2024-06"]);
    expect(values("điều tối quan trọng trong thời gian qua")).toEqual([]);
  });
});

describe("Vietnamese gifts to a people or a government", () => {
  it("a country's people stand for it after the recipient's marker: 'gửi hàng viện trợ cho người dân X'", () => {
    expect(triples("Nhật Bản đã gửi hàng viện trợ nhân đạo cho người dân Ukraine.")).toEqual(["Japan SUPPLIED Ukraine [occurred]"]);
  });

  it("a country's people or government stand for it: 'trao tặng nhân dân X 5.000 tấn gạo'", () => {
    expect(triples("Ấn Độ trao tặng nhân dân Lào 5.000 tấn gạo.")).toEqual(["India SUPPLIED Laos [occurred]"]);
  });

  it("the goods may follow an epithet of the recipient: 'tặng nhân dân X anh em 3.000 tấn gạo'", () => {
    expect(triples("Pháp tặng nhân dân Lào anh em 3.000 tấn gạo.")).toEqual(["France SUPPLIED Laos [occurred]"]);
  });
});

describe("Vietnamese blacklists", () => {
  it("putting someone on a blacklist sanctions them: 'đưa X vào danh sách đen', 'bổ sung X vào danh sách trừng phạt'", () => {
    expect(triples("Mỹ đưa Trung Quốc vào danh sách đen.")).toEqual(["United States SANCTIONED China [occurred]"]);
    expect(triples("Nhật Bản đã bổ sung Iran vào danh sách trừng phạt.")).toEqual(["Japan SANCTIONED Iran [occurred]"]);
  });

  it("other lists and other places one is taken to are no sanction: 'đưa X vào danh sách đối tác', 'đưa X lên vị trí'", () => {
    expect(triples("Ấn Độ đưa Lào vào danh sách đối tác ưu tiên.")).toEqual([]);
    expect(triples("Nhật Bản đưa Việt Nam lên vị trí đối tác hàng đầu.")).toEqual([]);
    expect(triples("Nga đưa Ukraine.")).toEqual([]);
  });

  it("lists of terrorist groups and their sponsors punish too, and one may be put back on them: 'đưa X trở lại danh sách ...'", () => {
    expect(triples("Mỹ đã đưa Iran trở lại danh sách các nước bảo trợ khủng bố.")).toEqual(["United States SANCTIONED Iran [occurred]"]);
    expect(triples("Nhật Bản sẽ xếp Triều Tiên vào danh sách bảo trợ khủng bố.")).toEqual(["Japan SANCTIONED North Korea [planned]"]);
    expect(triples("Ấn Độ đưa Lào trở lại danh sách đối tác ưu tiên.")).toEqual([]);
  });

  it("a short form in brackets does not part the listed from the list: 'đưa X (ABC) vào danh sách đen'", () => {
    expect(triples("Đức đưa Liên minh châu Âu (EU) vào danh sách đen.")).toEqual(["Germany SANCTIONED European Union [occurred]"]);
  });
});

describe("Vietnamese sanctions on a target's parts", () => {
  it("a possessive inside a measure's target names whose the target is: 'các biện pháp trừng phạt nhắm vào các ngành ... của X'", () => {
    expect(
      triples("Nhật Bản áp đặt các biện pháp trừng phạt kinh tế nhắm vào các ngành ngân hàng, quốc phòng và năng lượng của Cuba."),
    ).toEqual(["Japan SANCTIONED Cuba [occurred]"]);
    expect(triples("Pháp đã áp đặt các biện pháp trừng phạt đối với ngành khai khoáng của Lào.")).toEqual([
      "France SANCTIONED Laos [occurred]",
    ]);
  });

  it("after a target named, the possessive is still the measure's doer: 'các biện pháp trừng phạt đối với A của X'", () => {
    expect(triples("Ấn Độ lên án các biện pháp trừng phạt đối với Cuba của Nhật Bản.")).toContain("Japan SANCTIONED Cuba [occurred]");
  });
});

describe("Vietnamese constructions of unseen news", () => {
  it("a visit named in a trailing phrase is the clause's doer's: 'A hội đàm với B, trong khuôn khổ chuyến thăm X'", () => {
    expect(
      triples("Thủ tướng Trần Văn Minh đã hội đàm với Tổng thống Pháp Henri Dubois, trong khuôn khổ chuyến thăm chính thức Pháp."),
    ).toContain("Trần Văn Minh VISITED France [occurred]");
  });

  it("an office whose body a name follows titles that name, not the one before the comma: 'Khi gặp ông A, Tổng thống Pháp B'", () => {
    expect(triples("Khi gặp ông Marco Ruiz, Tổng thống Pháp Henri Dubois nhấn mạnh quan hệ hai nước.")).toEqual([
      "Henri Dubois MET Marco Ruiz [occurred]",
      "Henri Dubois OFFICIAL_OF France [occurred]",
    ]);
  });

  it("a kin aside between a subject and its verb names no doer: 'A, em gái ông B, chỉ trích C'", () => {
    expect(triples("Bà Ana Soto, em gái ông Luis Soto, đã chỉ trích Mỹ.")).toEqual(["Ana Soto CRITICIZED United States [occurred]"]);
  });

  it("a kin apposition may leave out the possessive: 'A, con trai cựu Thủ tướng B'", () => {
    expect(triples("Ông Mateo Vidal, con trai cựu Thủ tướng Pháp Paul Vidal, tới thăm Đức.")).toEqual([
      "Mateo Vidal VISITED Germany [occurred]",
      "Paul Vidal OFFICIAL_OF France [occurred]",
      "Paul Vidal PARENT_OF Mateo Vidal [occurred]",
    ]);
  });

  it("kin joined to its owner by 'và': 'A và con gái B'", () => {
    expect(triples("Ông Luis Soto và con gái Ana Soto dự lễ khánh thành.")).toEqual(["Luis Soto PARENT_OF Ana Soto [occurred]"]);
  });

  it("kin before a name the lexicon does not know introduces that name: 'A và vợ B tới thăm C'", () => {
    expect(triples("Ông Luis Soto và vợ Carmen Vidal đã tới thăm Đức.")).toEqual([
      "Carmen Vidal VISITED Germany [occurred]",
      "Luis Soto VISITED Germany [occurred]",
    ]);
  });

  it("a welcoming ceremony is a meeting with its presider: 'A chủ trì lễ đón chính thức B thăm C'", () => {
    expect(triples("Thủ tướng Nhật Bản Kenji Mori chủ trì lễ đón chính thức Tổng thống Pháp Henri Dubois thăm Nhật Bản.")).toEqual([
      "Henri Dubois MET Kenji Mori [occurred]",
      "Henri Dubois OFFICIAL_OF France [occurred]",
      "Henri Dubois VISITED Japan [occurred]",
      "Kenji Mori OFFICIAL_OF Japan [occurred]",
    ]);
  });

  it("a guest received on a visit made was met: 'A đón B tới thăm Y'", () => {
    expect(triples("Thủ tướng Đức Karl Weber đã đón Tổng thống Pháp Henri Dubois tới thăm Berlin.")).toContain(
      "Henri Dubois MET Karl Weber [occurred]",
    );
  });

  it("welcoming a visit yet to come is no meeting: 'A sẵn sàng đón B tới thăm'", () => {
    expect(triples("Thủ tướng Đức Karl Weber sẵn sàng đón Tổng thống Pháp Henri Dubois tới thăm Berlin.")).not.toContain(
      "Henri Dubois MET Karl Weber [planned]",
    );
  });

  it("talks with someone: 'A trao đổi với B' is a meeting", () => {
    expect(triples("Ông Luis Soto đã trao đổi với Tổng thống Nga Vladimir Putin bên lề hội nghị.")).toContain(
      "Luis Soto MET Vladimir Putin [occurred]",
    );
  });

  it("an exchange of goods between two sides is no meeting: 'A và B trao đổi tù binh'", () => {
    expect(triples("Nga và Ukraine trao đổi tù binh hôm 5/6.")).toEqual([]);
  });

  it("a talk named as a noun with its doers before it: 'A và B đã có cuộc trao đổi ngắn'", () => {
    expect(triples("Tổng thống Nga Vladimir Putin và ông Luis Soto đã có cuộc trao đổi ngắn.")).toContain(
      "Luis Soto MET Vladimir Putin [occurred]",
    );
  });

  it("attending an event somewhere is being there: 'A dự hội nghị tại X'", () => {
    expect(triples("Thủ tướng Nhật Bản Kenji Mori dự hội nghị thượng đỉnh về khí hậu tại Paris.")).toEqual([
      "Kenji Mori OFFICIAL_OF Japan [occurred]",
      "Kenji Mori VISITED France [occurred]",
    ]);
  });

  it("'dự kiến' (expected) attends nothing: 'A dự kiến gặp B tại X'", () => {
    expect(triples("Thủ tướng Nhật Bản Kenji Mori dự kiến phát biểu tại Paris.")).toEqual(["Kenji Mori OFFICIAL_OF Japan [occurred]"]);
  });

  it("being in one's own country is no visit: 'Thủ tướng Pháp A dự hội nghị tại Paris'", () => {
    expect(triples("Thủ tướng Pháp Henri Dubois dự hội nghị đầu tư tại Paris.")).toEqual(["Henri Dubois OFFICIAL_OF France [occurred]"]);
  });

  it("who leads a delegation is who goes: 'A dẫn đầu đoàn đại biểu B tới X'", () => {
    expect(triples("Ông Karl Weber dẫn đầu đoàn đại biểu Đức tới Nhật Bản.")).toEqual(["Karl Weber VISITED Japan [occurred]"]);
  });

  it("whom one thanks did what the thanks name, past its people and institutions: 'cảm ơn Chính phủ và nhân dân X đã hỗ trợ Y'", () => {
    expect(triples("Ông Luis Soto cảm ơn Chính phủ và nhân dân Nhật Bản đã hỗ trợ Cuba 5.000 tấn gạo.")).toEqual([
      "Japan SUPPLIED Cuba [occurred]",
      "Luis Soto THANKED Japan [occurred]",
    ]);
  });

  it("where a place lies names no doer of the next clause: 'tại X, miền tây nước Y, và gặp B'", () => {
    const found = triples("Ông Luis Soto phát biểu tại Osaka, miền tây Nhật Bản, và gặp Tổng thống Nga Vladimir Putin.");
    expect(found).toContain("Luis Soto MET Vladimir Putin [occurred]");
    expect(found).not.toContain("Japan MET Vladimir Putin [occurred]");
  });

  it("a meeting in a leading 'sau' phrase is among the main clause's doers: 'Sau cuộc hội đàm, A và B đã ký'", () => {
    expect(triples("Sau cuộc hội đàm, Tổng thống Nga Vladimir Putin và ông Luis Soto đã ký tuyên bố chung.")).toEqual([
      "Luis Soto MET Vladimir Putin [occurred]",
      "Luis Soto SIGNED Vladimir Putin [occurred]",
      "Vladimir Putin OFFICIAL_OF Russia [occurred]",
    ]);
  });

  it("a clause made a noun keeps its own doer, even one no actor stands for: 'A lên án việc phương Tây cung cấp ...'", () => {
    expect(triples("Đức lên án việc phương Tây cung cấp vũ khí cho Ukraine.")).toEqual([]);
    expect(triples("Đức lên án việc Mỹ cung cấp vũ khí cho Ukraine.")).toEqual([
      "Germany CRITICIZED United States [occurred]",
      "United States SUPPLIED Ukraine [occurred]",
    ]);
  });

  it("a country's team plays a match, the country meets no one: 'Đội tuyển X sẽ gặp Y'", () => {
    expect(triples("Đội tuyển Nhật Bản sẽ gặp Đức tại trận bán kết.")).toEqual([]);
  });

  it("a claim charges the doer, not the owner of what was wronged: 'cho rằng nó vi phạm nghị quyết của X'", () => {
    expect(triples("Nhật Bản lên án vụ thử, cho rằng nó vi phạm các nghị quyết của Liên minh châu Âu.")).toEqual([]);
  });

  it("a claim charges the owner of a charged act made a noun: 'cho rằng hoạt động gửi ... của X là trái với'", () => {
    expect(triples("Chính phủ Pháp cho rằng hoạt động gửi đạn pháo của Cuba sang Lào là trái với luật quốc tế.")).toContain(
      "France ACCUSED Cuba [occurred]",
    );
  });

  it("a bare office in Vietnamese news is the Vietnamese holder's: 'Thủ tướng A và Thủ tướng Pháp B ... Thủ tướng hội kiến C'", () => {
    expect(triples("Thủ tướng Trần Văn Minh và Thủ tướng Pháp Henri Dubois hội đàm. Sau đó, Thủ tướng hội kiến ông Luis Soto.")).toContain(
      "Luis Soto MET Trần Văn Minh [occurred]",
    );
  });

  it("a named meeting's partner is reached from its 'với', however long the meeting is told: 'cuộc gặp kéo dài gần ba giờ với B'", () => {
    expect(triples("Ông Luis Soto đã có cuộc gặp kéo dài gần ba giờ đồng hồ với Tổng thống Nga Vladimir Putin.")).toContain(
      "Luis Soto MET Vladimir Putin [occurred]",
    );
  });

  it("a body right before a person's name is whose the person is: 'gặp thủ lĩnh của Đảng X Omar Haddad'", () => {
    expect(triples("Ông Luis Soto gặp thủ lĩnh của Đảng Nhân dân Cách mạng Lào Omar Haddad.")).toContain(
      "Luis Soto MET Omar Haddad [occurred]",
    );
  });

  it("a welcoming ceremony's host follows its guest: 'Lễ đón chính thức A do B chủ trì'", () => {
    expect(triples("Lễ đón chính thức ông Luis Soto do Tổng thống Nga Vladimir Putin chủ trì tại Điện Kremlin.")).toContain(
      "Luis Soto MET Vladimir Putin [occurred]",
    );
  });

  it("what is done at someone's invitation is done: 'Theo lời mời của A, B thăm X' occurred", () => {
    expect(triples("Theo lời mời của ông Luis Soto, Tổng thống Nga Vladimir Putin thăm Nhật Bản.")).toContain(
      "Vladimir Putin VISITED Japan [occurred]",
    );
  });

  it("as planned names no one and stays a plan: 'Theo kế hoạch, A sẽ thăm X'", () => {
    expect(triples("Theo kế hoạch, Tổng thống Nga Vladimir Putin thăm Nhật Bản.")).toContain("Vladimir Putin VISITED Japan [planned]");
  });
});

describe("Vietnamese constructions of unseen news", () => {
  it("a companion goes too: 'A tới X trước khi cùng B đến Y'", () => {
    expect(triples("Ngoại trưởng Pháp Marc Delorme tới Berlin trước khi cùng Ngoại trưởng Đức Anja Richter đến Kiev.")).toEqual([
      "Anja Richter OFFICIAL_OF Germany [occurred]",
      "Anja Richter VISITED Ukraine [occurred]",
      "Marc Delorme OFFICIAL_OF France [occurred]",
      "Marc Delorme VISITED Germany [occurred]",
      "Marc Delorme VISITED Ukraine [occurred]",
    ]);
  });

  it("a companion after a plan word goes too: 'A sẽ cùng B thăm Y'", () => {
    expect(triples("Thủ tướng Pháp Marc Delorme sẽ cùng bà Anja Richter thăm Nhật Bản.")).toContain("Anja Richter VISITED Japan [planned]");
  });
});

describe("Vietnamese invitations and settings", () => {
  it("an invitation to join is an invitation: 'mời X và Y gia nhập khối'", () => {
    expect(triples("Liên minh châu Âu mời Ukraine và Nga gia nhập khối.")).toEqual([
      "European Union INVITED Russia [occurred]",
      "European Union INVITED Ukraine [occurred]",
    ]);
  });

  it("an invitation to become a member lists its guests after 'gồm': 'mời 2 nước gồm A và B trở thành thành viên'", () => {
    expect(triples("Liên minh châu Âu quyết định mời 2 nước gồm Ukraine và Nga trở thành thành viên.")).toEqual([
      "European Union INVITED Russia [occurred]",
      "European Union INVITED Ukraine [occurred]",
    ]);
  });

  it("a country after a city and its comma is where the city lies, not who acts: 'tại thành phố X, Y, với quyết định mời Z'", () => {
    expect(triples("Hội nghị đã bế mạc tại thành phố Osaka, Nhật Bản, với quyết định mời Ukraine trở thành thành viên.")).not.toContain(
      "Japan INVITED Ukraine [occurred]",
    );
  });
});

describe("Vietnamese settings of meetings", () => {
  it("a city the sentence opens on is where those who sign there are: 'Tại X ngày D, A và B đã ký ...'", () => {
    const signed = triples("Tại Osaka ngày 3/5, Tổng thống Pháp Marc Olivier và Thủ tướng Đức Hans Vogel đã ký hiệp định.");
    expect(signed).toContain("Hans Vogel VISITED Osaka [occurred]");
    expect(signed).toContain("Marc Olivier VISITED Osaka [occurred]");
  });

  it("a setting after a fronted time still opens the sentence, and names no party: 'Ngày D, tại thủ đô X, A và B đã ký'", () => {
    const signed = triples("Ngày 3/5, tại thủ đô Paris, Ngoại trưởng Pháp Marc Delorme và Ngoại trưởng Đức Anja Richter đã ký hiệp định.");
    expect(signed).toContain("Anja Richter VISITED France [occurred]");
    expect(signed).toContain("Anja Richter SIGNED Marc Delorme [occurred]");
    expect(signed.filter((t) => t.startsWith("France SIGNED"))).toEqual([]);
  });

  it("a city named after a meeting still makes a second setting: which meeting was where is not said", () => {
    const met = triples(
      "Khi gặp ông Ken Aoki ở Osaka, Thủ tướng Đức Hans Vogel đã hội đàm với Thủ tướng Lào Somsak Vongvichit tại Hà Nội.",
    );
    expect(met.filter((t) => t.includes("VISITED Vietnam"))).toEqual([]);
  });

  it("a building the sentence opens on is no visit of its own: 'Tại Cung điện X, A và B đã ký ...'", () => {
    const signed = triples("Tại Cung điện Akasaka, Tổng thống Pháp Marc Olivier và Thủ tướng Đức Hans Vogel đã ký hiệp định.");
    expect(signed.filter((t) => t.includes("Akasaka"))).toEqual([]);
  });

  it("a meeting in a capital named with its head word puts the guest there: 'hội đàm với X tại thủ đô Y'", () => {
    expect(triples("Ngoại trưởng Đức Anja Richter hội đàm với Ngoại trưởng Pháp Marc Delorme tại thủ đô Paris.")).toEqual([
      "Anja Richter MET Marc Delorme [occurred]",
      "Anja Richter OFFICIAL_OF Germany [occurred]",
      "Anja Richter VISITED France [occurred]",
      "Marc Delorme OFFICIAL_OF France [occurred]",
    ]);
  });
});

describe("Vietnamese names of people the lexicon does not know", () => {
  it("a known name after a name's particle is the name's next part: 'Khalid bin Omar Haddad'", () => {
    expect(triples("Ông Khalid bin Omar Haddad đã thăm Pháp.")).toEqual(["Khalid bin Omar Haddad VISITED France [occurred]"]);
  });

  it("an office's body may give its short form in brackets: 'Tổng thống Các Tiểu vương quốc Ả Rập Thống nhất (UAE) X'", () => {
    expect(triples("Tổng thống Các Tiểu vương quốc Ả Rập Thống nhất (UAE) Saeed Al Qasimi đã thăm Pháp.")).toEqual([
      "Saeed Al Qasimi OFFICIAL_OF United Arab Emirates [occurred]",
      "Saeed Al Qasimi VISITED France [occurred]",
    ]);
  });
});

describe("Vietnamese thanks to a host", () => {
  it("whom one thanks, named after the host's title, did what the thanks go on to name: 'cảm ơn nước chủ nhà B và ... đã ủng hộ C'", () => {
    const told = triples("Ngoại trưởng Lào Omar Haddad cảm ơn nước chủ nhà Na Uy và các nước thành viên đã ủng hộ Lào.");
    expect(told).toContain("Norway SUPPORTED Laos [occurred]");
    expect(told).not.toContain("Omar Haddad SUPPORTED Laos [occurred]");
  });
});

describe("Vietnamese congratulations", () => {
  it("a message of congratulation sent or thanked for is protocol, no praise: 'gửi điện chúc mừng X', 'cảm ơn lời chúc mừng'", () => {
    expect(triples("Tổng thống Lào Somsak Vong gửi điện chúc mừng Tổng thống Cuba Pedro Ruiz.").join()).not.toContain("PRAISED");
    expect(triples("Tổng thống Cuba Pedro Ruiz cảm ơn lời chúc mừng của Lào.").join()).not.toContain("PRAISED");
    // Congratulating someone in person on an achievement still praises them.
    expect(triples("Tổng thống Lào Somsak Vong chúc mừng Cuba vì những thành tựu to lớn.")).toContain(
      "Somsak Vong PRAISED Cuba [occurred]",
    );
  });
});

describe("Vietnamese judgements of an act just told", () => {
  it("condemning 'this move' judges the previous sentence's doer: 'A làm X. B lên án động thái này'", () => {
    expect(triples("Nga cắt nguồn cung khí đốt cho châu Âu. Đức lên án động thái này.")).toEqual(["Germany CRITICIZED Russia [occurred]"]);
  });

  it("'these sanctions' judge whoever imposed them: 'A trừng phạt X. B lên án các biện pháp trừng phạt này'", () => {
    expect(triples("Mỹ áp đặt lệnh trừng phạt đối với Nga. Pháp lên án các biện pháp trừng phạt này.")).toContain(
      "France CRITICIZED United States [occurred]",
    );
    expect(triples("Nhật Bản cấm nhập khẩu hải sản của Trung Quốc. Ấn Độ chỉ trích những biện pháp đó.")).toEqual([
      "India CRITICIZED Japan [occurred]",
    ]);
  });

  it("sanctions that name their owner judge the owner, not the doer told before: 'lên án các biện pháp trừng phạt của Y'", () => {
    const told = triples("Mỹ áp đặt lệnh trừng phạt đối với Nga. Pháp lên án các biện pháp trừng phạt của Đức.");
    expect(told).toContain("France CRITICIZED Germany [occurred]");
    expect(told).not.toContain("France CRITICIZED United States [occurred]");
  });

  it("an act named by its verb is taken up only where that verb was told: 'A phóng X. B lên án vụ phóng'", () => {
    expect(triples("Triều Tiên phóng tên lửa ra biển. Nhật Bản lên án vụ phóng.")).toEqual(["Japan CRITICIZED North Korea [occurred]"]);
    expect(triples("Triều Tiên tổ chức duyệt binh. Nhật Bản lên án vụ phóng.")).toEqual([]);
  });

  it("an act with a doer of its own named is not the previous sentence's: 'B lên án hành động này của C'", () => {
    expect(triples("Nga cắt nguồn cung khí đốt. Đức lên án hành động này của Iran.")).toEqual(["Germany CRITICIZED Iran [occurred]"]);
  });

  it("an act named by its kind, with no one named after it, judges whoever did all the acts of that kind told: 'B lên án các lệnh trừng phạt'", () => {
    expect(
      triples("Pháp áp đặt lệnh trừng phạt đối với Cuba. Tổng thống Cuba có bài phát biểu. Ấn Độ lên án các lệnh trừng phạt."),
    ).toContain("India CRITICIZED France [occurred]");
    expect(triples('Đức cấm vận Iran. Nga tuyên bố ủng hộ Iran. Lào gọi lệnh cấm vận là "phi pháp".')).toContain(
      "Laos CRITICIZED Germany [occurred]",
    );
  });

  it("praise of a visit named by its kind praises the visitor told before: 'B đánh giá cao chuyến thăm'", () => {
    expect(triples("Tổng thống Cuba thăm Lào. Báo chí đưa tin rộng rãi. Ấn Độ đánh giá cao chuyến thăm.").join()).not.toContain(
      "India PRAISED Laos",
    );
    expect(triples("Đức thăm Lào. Báo chí đưa tin rộng rãi. Ấn Độ đánh giá cao chuyến thăm.")).toContain(
      "India PRAISED Germany [occurred]",
    );
  });

  it("not sanctions told by two doers, nor sanctions whose owner is named: 'lên án lệnh trừng phạt của Y'", () => {
    const two = triples("Pháp trừng phạt Cuba. Đức cũng trừng phạt Cuba. Nga chỉ trích tin tức. Ấn Độ lên án các lệnh trừng phạt.");
    expect(two.join()).not.toContain("India CRITICIZED");
    const owned = triples("Pháp trừng phạt Cuba. Nga chỉ trích tin tức. Ấn Độ lên án lệnh trừng phạt của Đức.");
    expect(owned).toContain("India CRITICIZED Germany [occurred]");
    expect(owned).not.toContain("India CRITICIZED France [occurred]");
  });

  it("a label laid on an act by the copula names no one judged: 'B lên án các lệnh trừng phạt là \"can thiệp\" vào công việc của Y'", () => {
    const told = triples(
      'Pháp trừng phạt Cuba. Nga chỉ trích tin tức. Ấn Độ lên án các lệnh trừng phạt là "can thiệp" vào công việc nội bộ của Lào.',
    );
    expect(told).toContain("India CRITICIZED France [occurred]");
    expect(told.join()).not.toContain("India CRITICIZED Laos");
    // Praise too: 'ca ngợi thỏa thuận là "bước ngoặt" đối với Y' does not praise Y.
    expect(triples('Na Uy ca ngợi thỏa thuận là "bước ngoặt" đối với Lào.').join()).not.toContain("PRAISED Laos");
    // Whom the judgement names before the copula is still judged.
    expect(triples('Ấn Độ lên án chính sách của Đức là "phi lý" đối với Lào.')).toContain("India CRITICIZED Germany [occurred]");
  });

  it("a label laid on an owned act or on a clause made a noun judges its owner or doer: 'gọi quyết định của Y là \"…\"', 'gọi việc Y … là \"…\"'", () => {
    expect(triples('Ngoại trưởng Nhật Bản Taro Suzuki gọi quyết định của Lào là "một nhát dao đâm sau lưng".')).toContain(
      "Taro Suzuki CRITICIZED Laos [occurred]",
    );
    expect(
      triples('Ngoại trưởng Nhật Bản Taro Suzuki gọi việc Cuba đưa tàu chiến vào vùng biển tranh chấp là hành động "khiêu khích".'),
    ).toContain("Taro Suzuki CRITICIZED Cuba [occurred]");
    expect(triples('Ngoại trưởng Nhật Bản Taro Suzuki gọi các biện pháp mới của Na Uy là "đáng tin cậy".')).toContain(
      "Taro Suzuki PRAISED Norway [occurred]",
    );
    // A label that judges no one, or no label: nothing.
    expect(triples("Ngoại trưởng Nhật Bản Taro Suzuki coi việc Cuba hợp tác với Lào là ưu tiên.").join()).not.toMatch(/CRITICIZED|PRAISED/);
    expect(triples('Ngoại trưởng Nhật Bản Taro Suzuki gọi quyết định của Lào là "bước đi tất yếu".').join()).not.toMatch(
      /CRITICIZED|PRAISED/,
    );
  });

  it("concern about or at an act just told judges its doer: 'B bày tỏ quan ngại về/trước động thái này'", () => {
    expect(triples("Cuba bắt giữ ba tàu cá của Lào. Ấn Độ bày tỏ quan ngại về động thái này.")).toEqual([
      "India CRITICIZED Cuba [occurred]",
    ]);
    expect(triples("Pháp đóng cửa biên giới phía nam. Đức bày tỏ quan ngại trước động thái này.")).toEqual([
      "Germany CRITICIZED France [occurred]",
    ]);
    expect(triples("Triều Tiên phóng vệ tinh do thám. Ấn Độ lo ngại về vụ phóng.")).toEqual(["India CRITICIZED North Korea [occurred]"]);
  });

  it("a judgement of the act the article reports judges whom the article opens on: 'B chỉ trích quyết định này', 'các biện pháp mới'", () => {
    const text = "Lào đóng cửa biên giới với Cuba\n\nLệnh có hiệu lực từ tuần sau. Tổng thống Cuba có bài phát biểu.";
    expect(triples(`${text} Ấn Độ chỉ trích quyết định này là "vô lý".`)).toContain("India CRITICIZED Laos [occurred]");
    expect(triples(`${text} Na Uy lên án các biện pháp mới.`)).toContain("Norway CRITICIZED Laos [occurred]");
    // An act owned, named or not, is its owner's: "các biện pháp mới của quân đội"; a bare "quyết định" may be anyone's.
    expect(triples(`${text} Na Uy lên án các biện pháp mới của quân đội.`).join()).not.toContain("Norway CRITICIZED");
    expect(triples(`${text} Na Uy lên án quyết định.`).join()).not.toContain("Norway CRITICIZED");
  });

  it("the agent of a phrase describing a thing does only its own verb: 'N do A chế tạo và hứa sẽ gửi ...' is not A's supply", () => {
    const told = triples("Na Uy cho biết số đạn này do Nga chế tạo và hứa sẽ gửi thêm xe tăng cho Ukraine.");
    expect(told).toContain("Norway SUPPLIED Ukraine [planned]");
    expect(told.join()).not.toContain("Russia SUPPLIED");
    // A delegation's leader still does what the delegation does; the agent of what a sentence tells still did it.
    expect(triples("Đoàn đại biểu do Thủ tướng Pháp Jean Martin dẫn đầu đã thăm Lào.")).toContain("Jean Martin VISITED Laos [occurred]");
    expect(triples("Tên lửa do Triều Tiên phóng đã bay qua Nhật Bản. Ấn Độ lên án vụ phóng.")).toContain(
      "India CRITICIZED North Korea [occurred]",
    );
  });

  it("an office said of several stands for no one person, its bodies act: 'các ngoại trưởng A', 'lãnh đạo các nước A, B', 'Lãnh đạo A, B và C'", () => {
    expect(triples("Các ngoại trưởng Na Uy lên án Nga.")).toEqual(["Norway CRITICIZED Russia [occurred]"]);
    expect(triples("Bộ trưởng Quốc phòng các nước Pháp và Ấn Độ lên án Nga.")).toEqual([
      "France CRITICIZED Russia [occurred]",
      "India CRITICIZED Russia [occurred]",
    ]);
    expect(triples("Lãnh đạo Pháp, Na Uy và Ấn Độ đã gặp nhau tại Oslo.").filter((t) => t.includes("MET"))).toEqual([
      "France MET India [occurred]",
      "France MET Norway [occurred]",
      "India MET Norway [occurred]",
    ]);
    // One office of one country, with no name, is still one person, not the country.
    expect(triples("Ngoại trưởng Na Uy lên án Nga.").join()).not.toContain("Norway CRITICIZED");
  });

  it("not a concern about a topic or a turn of events, which need not be the told doer's: 'quan ngại về tình hình/diễn biến này'", () => {
    expect(triples("Pháp đóng cửa biên giới phía nam. Đức bày tỏ quan ngại về tình hình này.").join()).not.toContain("CRITICIZED");
    expect(triples("Pháp thông báo về việc tàu Cuba tiến vào vùng biển. Đức bày tỏ quan ngại trước diễn biến này.").join()).not.toContain(
      "CRITICIZED",
    );
  });
});

describe("Vietnamese relative clauses and asides", () => {
  it("an ongoing state after a comma is the person's before it: 'hội đàm với X, đang (ở) thăm Y'", () => {
    const told = triples("Thủ tướng Đức Hans Vogel đã hội đàm với Thủ tướng Nhật Bản Ken Aoki, đang ở thăm chính thức Đức từ ngày 2/3.");
    expect(told).toContain("Ken Aoki VISITED Germany [occurred]");
    expect(told.filter((t) => t.startsWith("Hans Vogel VISITED"))).toEqual([]);
  });

  it("a relative clause is an aside before the verb, which a tense word may follow: 'X, người từng ..., đã đến Y'", () => {
    expect(triples("Ngoại trưởng Đức Anja Richter, người từng làm việc tại Pháp, đã đến Nhật Bản.")).toContain(
      "Anja Richter VISITED Japan [occurred]",
    );
  });

  it("a relative clause after a plain verb is about the person before it: 'X, người đã gặp A, tiếp tục đến Y'", () => {
    expect(triples("Ngoại trưởng Đức Anja Richter, người đã gặp ông Putin, tiếp tục đến Nhật Bản.")).toContain(
      "Anja Richter VISITED Japan [occurred]",
    );
  });

  it("a relative clause closing the sentence is about the person before it: 'Dự lễ có X, người đang có chuyến thăm Y'", () => {
    expect(triples("Dự lễ có Ngoại trưởng Đức Anja Richter, người đang có chuyến thăm chính thức Pháp.")).toContain(
      "Anja Richter VISITED France [occurred]",
    );
  });

  it("a minister of the armed forces holds an office, the field is no name: 'Bộ trưởng Quân đội X Y'", () => {
    expect(triples("Bộ trưởng Quân đội Pháp Claire Dumas đã thăm Nhật Bản.")).toEqual([
      "Claire Dumas OFFICIAL_OF France [occurred]",
      "Claire Dumas VISITED Japan [occurred]",
    ]);
  });
});

describe("Vietnamese offices with a field", () => {
  it("an office in apposition may name its branch before the body: 'X, Tham mưu trưởng Hải quân Y,'", () => {
    expect(triples("Đô đốc Ravi Menon, Tham mưu trưởng Hải quân Ấn Độ, đã thăm Nhật Bản.")).toEqual([
      "Ravi Menon OFFICIAL_OF India [occurred]",
      "Ravi Menon VISITED Japan [occurred]",
    ]);
  });

  it("an office before the name may name its branch before the body: 'Tham mưu trưởng Không quân Y X'", () => {
    expect(triples("Tham mưu trưởng Không quân Pháp Claire Dumas đã thăm Nhật Bản.")).toContain(
      "Claire Dumas OFFICIAL_OF France [occurred]",
    );
  });
});

describe("Vietnamese offices shared by joined heads", () => {
  it("offices joined before one body name as many people, in order: 'Tổng thống và Ngoại trưởng của X, A và B'", () => {
    expect(triples("Tổng thống và Ngoại trưởng của Pháp, Luc Marchand và Claire Dumas, đã thăm Nhật Bản.")).toEqual([
      "Claire Dumas OFFICIAL_OF France [occurred]",
      "Claire Dumas VISITED Japan [occurred]",
      "Luc Marchand OFFICIAL_OF France [occurred]",
      "Luc Marchand VISITED Japan [occurred]",
    ]);
  });

  it("offices joined before a body and fewer names name no one by office: 'Tổng thống và Ngoại trưởng X, A'", () => {
    expect(triples("Tổng thống và Ngoại trưởng Pháp, Luc Marchand, đã thăm Nhật Bản.")).not.toContain(
      "Luc Marchand OFFICIAL_OF France [occurred]",
    );
  });
});

describe("Vietnamese supplies stopped, cut or banned", () => {
  it("a supply stopped, cut, banned or restricted is none: 'ngừng cung cấp', 'cắt viện trợ', 'lệnh cấm bán ... cho X'", () => {
    expect(triples("Pháp tuyên bố ngừng cung cấp khí đốt cho Ấn Độ.")).toEqual([]);
    expect(triples("Pháp quyết định cắt viện trợ 5 triệu USD cho Lào.")).toEqual([]);
    expect(triples("Trung Quốc dỡ bỏ lệnh cấm bán vũ khí cho Cuba.")).toEqual([]);
    expect(triples("Pháp tuyên bố cung cấp khí đốt cho Ấn Độ.")).toEqual(["France SUPPLIED India [occurred]"]);
  });
});

describe("Vietnamese supplies told by the recipient", () => {
  it("receiving goods from someone is their supply: 'A nhận X từ B'", () => {
    expect(triples("Pháp đã nhận 12 xe tăng từ Đức.")).toEqual(["Germany SUPPLIED France [occurred]"]);
  });

  it("buying goods from someone is their supply: 'A mua X từ B'", () => {
    expect(triples("Ấn Độ sẽ mua thêm tên lửa từ Pháp.")).toEqual(["France SUPPLIED India [planned]"]);
  });

  it("receiving no goods is no supply: 'A nhận thư từ B'", () => {
    expect(triples("Pháp đã nhận thư từ Đức.")).toEqual([]);
  });
});

describe("Vietnamese kin of office holders", () => {
  it("kin of an office holder named by office is the holder's child, holding no office: 'Con trai của Tổng thống X, ông Y'", () => {
    expect(
      triples("Tổng thống Pháp Luc Marchand thăm Nhật Bản. Con trai của Tổng thống Pháp, ông Paul Marchand, cũng tham gia đoàn."),
    ).toEqual([
      "Luc Marchand OFFICIAL_OF France [occurred]",
      "Luc Marchand PARENT_OF Paul Marchand [occurred]",
      "Luc Marchand VISITED Japan [occurred]",
    ]);
  });

  it("a known surname after an honorific and a given name names another of the family: 'bà Anna Putin'", () => {
    expect(triples("Hôm qua, bà Anna Putin đã thăm Đức.")).toEqual(["Anna Putin VISITED Germany [occurred]"]);
  });
});

describe("Vietnamese datelines", () => {
  it("a dateline with its outlet places an office named without a country: 'Paris (TTXVN) - Ngoại trưởng X'", () => {
    expect(triples("Paris (TTXVN) - Ngoại trưởng Claire Dumas đã thăm Nhật Bản.")).toEqual([
      "Claire Dumas OFFICIAL_OF France [occurred]",
      "Claire Dumas VISITED Japan [occurred]",
    ]);
  });

  it("a dateline may give the day before the outlet: 'PARIS, 5/3 (TTXVN) -'", () => {
    expect(triples("PARIS, 5/3 (TTXVN) - Ngoại trưởng Claire Dumas đã thăm Nhật Bản.")).toContain(
      "Claire Dumas OFFICIAL_OF France [occurred]",
    );
  });

  it("a building named by its head word and placed by no sentence lies at the dateline: 'PARIS (TTXVN) - ... tại Dinh X'", () => {
    const text = "PARIS (TTXVN) - Tổng thống Pháp Marc Olivier đã tiếp Ngoại trưởng Đức Anja Richter tại Dinh Beauvau.";
    expect(triples(text)).toContain("Dinh Beauvau LOCATED_IN France [occurred]");
    // Another place in the sentence leaves where the building is unsaid.
    const elsewhere = "PARIS (TTXVN) - Sau chuyến đi Osaka, ông Marc Olivier đã tiếp bà Anja Richter tại Dinh Beauvau.";
    expect(triples(elsewhere).filter((t) => t.startsWith("Dinh Beauvau LOCATED_IN"))).toEqual([]);
  });
});

describe("Vietnamese leading phrases", () => {
  it("a leading phrase after a fronted time sets its event as the main doer's: 'Ngày 5/3, trong khuôn khổ chuyến thăm X, A ...'", () => {
    expect(
      triples(
        "Ngày 5/3, trong khuôn khổ chuyến thăm Nhật Bản, Ngoại trưởng Đức Anja Richter đã hội đàm với Ngoại trưởng Pháp Marc Delorme.",
      ),
    ).toContain("Anja Richter VISITED Japan [occurred]");
  });
});

describe("Vietnamese parents joined", () => {
  it("a child of two parents joined after the kin word: 'A, con trai của B và C'", () => {
    expect(triples("Ông Paul Marchand, con trai của ông Luc Marchand và bà Anne Morel, đã thăm Nhật Bản.")).toEqual([
      "Anne Morel PARENT_OF Paul Marchand [occurred]",
      "Luc Marchand PARENT_OF Paul Marchand [occurred]",
      "Paul Marchand VISITED Japan [occurred]",
    ]);
  });
});

describe("Vietnamese sanctions lists", () => {
  it("sanctions imposed after a reporting verb are the reporter's: 'X tuyên bố áp đặt lệnh trừng phạt đối với Y'", () => {
    expect(triples("Nhật Bản hôm 3/2 tuyên bố áp đặt lệnh trừng phạt đối với Iran.")).toEqual(["Japan SANCTIONED Iran [occurred]"]);
  });

  it("the members named after 'trong đó có' are sanctioned, not the country that qualifies them", () => {
    expect(triples("Đức áp đặt lệnh trừng phạt đối với bốn quan chức Iran, trong đó có ông Reza Karimi.")).toContain(
      "Germany SANCTIONED Reza Karimi [occurred]",
    );
    expect(triples("Đức áp đặt lệnh trừng phạt đối với bốn quan chức Iran, trong đó có ông Reza Karimi.")).not.toContain(
      "Germany SANCTIONED Iran [occurred]",
    );
  });

  it("a foreign name no lexicon knows, right after a measure's words, is its target: 'trừng phạt (đối với) X'", () => {
    expect(triples("Đức hôm 3/2 áp đặt lệnh trừng phạt đối với Velmora Shipping, một hãng vận tải ở Dubai.")).toContain(
      "Germany SANCTIONED Velmora Shipping [occurred]",
    );
    expect(triples("Nhật Bản trừng phạt Korvanex vì giúp Iran.")).toEqual(["Japan SANCTIONED Korvanex [occurred]"]);
    // A Vietnamese-looking name is no such target: it may be a place or a person the text goes on to name.
    expect(triples("Nhật Bản áp đặt lệnh cấm vận đối với Hòa Bình.")).toEqual([]);
  });

  it("each foreign name of a measure's list is its target: 'trừng phạt đối với A, B và C'", () => {
    expect(triples("Đức trừng phạt Velmora Shipping, Korvanex và Dravik Trading.")).toEqual([
      "Germany SANCTIONED Dravik Trading [occurred]",
      "Germany SANCTIONED Korvanex [occurred]",
      "Germany SANCTIONED Velmora Shipping [occurred]",
    ]);
  });

  it("the list a blacklisting verb requires is no sanction of its own: 'đưa X vào danh sách trừng phạt, ... Y ...'", () => {
    expect(triples("Nhật Bản đưa ông Reza Karimi vào danh sách trừng phạt, lần đầu tiên Tokyo nhắm vào Iran.")).toEqual([
      "Japan SANCTIONED Reza Karimi [occurred]",
    ]);
  });

  it("a named event a judging verb takes is not its doer's deed: 'A hoan nghênh lệnh trừng phạt và kêu gọi B ...'", () => {
    const told = triples("Ông Luc Marchand hoan nghênh lệnh trừng phạt và kêu gọi Nhật Bản làm theo.");
    expect(told.filter((t) => t.includes("SANCTIONED"))).toEqual([]);
    // The event's own owner still does it.
    expect(triples("Ông Luc Marchand hoan nghênh lệnh trừng phạt của Đức đối với Iran.")).toContain("Germany SANCTIONED Iran [occurred]");
  });

  it("one on someone's sanctions list is sanctioned by them: 'X nằm trong danh sách trừng phạt của Y'", () => {
    expect(triples("Iran đã nằm trong danh sách trừng phạt của Liên minh châu Âu từ lâu.")).toEqual([
      "European Union SANCTIONED Iran [occurred]",
    ]);
  });

  it("the owner of a sanctions list does not sanction itself by its list being named: 'danh sách trừng phạt của Y'", () => {
    expect(triples("Ông Luc Marchand phản đối danh sách trừng phạt của Mỹ.")).not.toContain(
      "Luc Marchand SANCTIONED United States [occurred]",
    );
  });
});

describe("Vietnamese counterparts", () => {
  it("a leader's counterpart is the leader a later description names: 'Tổng thống X và người đồng cấp Y Z ... Nhà lãnh đạo Y'", () => {
    expect(
      triples("Tổng thống Pháp Luc Marchand và người đồng cấp Đức Hans Vogel đã gặp nhau. Nhà lãnh đạo Đức mời ông Marchand tới Berlin."),
    ).toContain("Hans Vogel INVITED Luc Marchand [occurred]");
  });
});

describe("Vietnamese itineraries", () => {
  it("a place after 'sau' (after) does not act: 'sau X, A sẽ tới Y'", () => {
    expect(triples("Sau Pháp, Ngoại trưởng Đức Anja Richter sẽ tới Nhật Bản.")).toEqual([
      "Anja Richter OFFICIAL_OF Germany [occurred]",
      "Anja Richter VISITED Japan [planned]",
    ]);
  });

  it("a motion verb after 'rồi' (then) goes on with the doer before: 'A tới X, rồi tới Y'", () => {
    expect(triples("Ngoại trưởng Đức Anja Richter sẽ tới Nhật Bản, rồi tới Ấn Độ.")).toEqual([
      "Anja Richter OFFICIAL_OF Germany [occurred]",
      "Anja Richter VISITED India [planned]",
      "Anja Richter VISITED Japan [planned]",
    ]);
  });
});

describe("Vietnamese invitations passed on", () => {
  it("the visit right after the guest of an invitation passed on is the guest's: 'A chuyển lời mời của B tới C (tới) thăm X'", () => {
    const found = triples("Đại sứ Lê Văn Nam chuyển lời mời của Tổng thống Vladimir Putin tới Thủ tướng Taro Suzuki tới thăm Ấn Độ.");
    expect(found).toContain("Taro Suzuki VISITED India [planned]");
    expect(found.join()).not.toContain("Lê Văn Nam VISITED");
    expect(triples("Ông Lê Văn Nam đã chuyển lời mời của Tổng thống Vladimir Putin tới Thủ tướng Taro Suzuki thăm Ấn Độ.")).toContain(
      "Taro Suzuki VISITED India [planned]",
    );
  });

  it("not a visit after a guest who is no invitation's: 'A gửi thư của B tới C thăm X'", () => {
    expect(triples("Ông Lê Văn Nam gửi thư của Tổng thống Vladimir Putin tới Thủ tướng Taro Suzuki thăm Ấn Độ.").join()).not.toContain(
      "Taro Suzuki VISITED India [planned]",
    );
  });

  it("an invitation passed on to someone invites them, not its bearer: 'A chuyển lời mời của B tới C'", () => {
    expect(
      triples("Ngoại trưởng Đức Anja Richter chuyển lời mời của Thủ tướng Đức Hans Vogel tới Tổng thống Pháp Luc Marchand."),
    ).toContain("Hans Vogel INVITED Luc Marchand [occurred]");
    expect(
      triples("Ngoại trưởng Đức Anja Richter chuyển lời mời của Thủ tướng Đức Hans Vogel tới Tổng thống Pháp Luc Marchand."),
    ).not.toContain("Hans Vogel INVITED Anja Richter [occurred]");
  });

  it("the verb of inviting after 'lời mời của B' is B's: 'A chuyển lời mời của B mời C thăm X'", () => {
    const found = triples(
      "Ngoại trưởng Đức Anja Richter chuyển lời mời của Thủ tướng Đức Hans Vogel mời Tổng thống Pháp Luc Marchand thăm Đức.",
    );
    expect(found.filter((t) => t.includes("INVITED") && t.startsWith("Anja Richter"))).toEqual([]);
  });
});

describe("Vietnamese accepted invitations", () => {
  it("the one who accepts an invitation is its guest, in a reported clause too: 'A cho biết B đã nhận lời mời của C'", () => {
    const found = triples(
      "Ngoại trưởng Đức Anja Richter cho biết Tổng thống Pháp Luc Marchand đã nhận lời mời sang thăm của Thủ tướng Đức Hans Vogel.",
    );
    expect(found).toContain("Hans Vogel INVITED Luc Marchand [occurred]");
    expect(found).not.toContain("Hans Vogel INVITED Anja Richter [occurred]");
  });
});

describe("Vietnamese quoted labels", () => {
  it("a short quoted label inside the object uses up no reach: 'ủng hộ chính sách đối ngoại \"...\" của X'", () => {
    expect(triples('Nhật Bản ủng hộ chính sách đối ngoại "láng giềng thứ ba hòa bình" của Việt Nam.')).toEqual([
      "Japan SUPPORTED Vietnam [occurred]",
    ]);
  });
});

describe("Vietnamese visits, second round", () => {
  it("a setting set off by commas names no doer for the clause after it: 'A tới X, sau hành trình xuyên Y, bắt đầu chuyến thăm Z'", () => {
    const found = triples(
      "Tổng thống Nga Vladimir Putin đã tới Tokyo, sau hành trình dài xuyên Ấn Độ, bắt đầu chuyến thăm chính thức Nhật Bản.",
    );
    expect(found).toContain("Vladimir Putin VISITED Japan [occurred]");
    expect(found.join()).not.toContain("India VISITED");
  });

  it("not a clause with a verb of its own: 'A tới X, sau đó B tới Y, rồi tới Z' (B goes on)", () => {
    expect(triples("Ông Lê Văn Nam đã tới Tokyo, sau đó Tổng thống Vladimir Putin tới Ấn Độ, rồi tới Lào.")).toContain(
      "Vladimir Putin VISITED Laos [occurred]",
    );
  });

  it("the owner of a visit named with a lone office stacked before the comma: 'chuyến thăm X của Phó Thủ tướng, Bộ trưởng Y Z'", () => {
    expect(triples("Hợp đồng được ký trong chuyến thăm chính thức Ấn Độ của Phó Thủ tướng, Bộ trưởng Ngoại giao Lê Văn Nam.")).toContain(
      "Lê Văn Nam VISITED India [occurred]",
    );
  });

  it("not a country after the lone office's comma: 'chuyến thăm X của Phó Thủ tướng, Y và Z ...'", () => {
    expect(triples("Hợp đồng được ký trong chuyến thăm Ấn Độ của Phó Thủ tướng, Lào và Pháp cùng dự lễ ký.").join()).not.toContain(
      "VISITED India",
    );
  });

  it("a visit to a province or state of a country: 'tới tỉnh X của Y', 'đến bang X của Y'", () => {
    const found = triples("Thủ tướng Đức Hans Vogel đã tới tỉnh Osaka của Nhật Bản.");
    expect(found).toContain("Hans Vogel VISITED Osaka [occurred]");
    expect(found).toContain("Hans Vogel VISITED Japan [occurred]");
  });

  it("a landing: 'chuyên cơ chở A đáp xuống sân bay ở X'; 'đáp lại' answers", () => {
    expect(triples("Chuyên cơ chở Thủ tướng Đức Hans Vogel đã đáp xuống sân bay quốc tế ở Tokyo.")).toContain(
      "Hans Vogel VISITED Japan [occurred]",
    );
    expect(triples("Thủ tướng Đức Hans Vogel đáp lại lời kêu gọi của Nhật Bản.").join()).not.toContain("VISITED");
  });
});

describe("Vietnamese departures", () => {
  it("the place left is no traveller: 'A rời X đến Y' is A's visit to Y", () => {
    const found = triples("Thủ tướng Đức Hans Vogel rời Bình Nhưỡng đến Tokyo hôm 5/6.");
    expect(found).toContain("Hans Vogel VISITED Japan [occurred]");
    expect(found.join()).not.toContain("North Korea VISITED");
  });
});

describe("Vietnamese stays", () => {
  it("being somewhere in a leading clause is the main doer's visit: 'Khi ở X, A ...', 'Trong thời gian ở X, A ...'", () => {
    expect(triples("Khi ở Tokyo, Thủ tướng Đức Hans Vogel kêu gọi ngừng bắn.")).toContain("Hans Vogel VISITED Japan [occurred]");
    expect(triples("Trong thời gian ở Tokyo, Thủ tướng Đức Hans Vogel đã phát biểu.")).toContain("Hans Vogel VISITED Japan [occurred]");
  });

  it("'ở' alone only places: 'A ở X, B ...' is no visit", () => {
    expect(triples("Đại sứ quán Đức ở Tokyo, theo Thủ tướng Đức Hans Vogel, vẫn mở cửa.").join()).not.toContain("VISITED");
  });
});

describe("Vietnamese sanctions named by what they do", () => {
  it("freezing someone's assets sanctions them: 'đóng băng tài sản của X', 'phong tỏa tài sản của X'", () => {
    expect(triples("Nhật Bản đã đóng băng tài sản của Nga tại các ngân hàng trong nước.")).toEqual(["Japan SANCTIONED Russia [occurred]"]);
    expect(triples("Đức phong tỏa tài sản của Iran.")).toEqual(["Germany SANCTIONED Iran [occurred]"]);
  });

  it("an entry ban sanctions its target, in the passive too: 'cấm nhập cảnh đối với X', 'X bị A cấm nhập cảnh'", () => {
    expect(triples("Nhật Bản cấm nhập cảnh đối với Tổng thống Nga Vladimir Putin.")).toContain(
      "Japan SANCTIONED Vladimir Putin [occurred]",
    );
    expect(triples("Tổng thống Nga Vladimir Putin bị Nhật Bản cấm nhập cảnh.")).toContain("Japan SANCTIONED Vladimir Putin [occurred]");
  });
});

describe("Vietnamese goods received", () => {
  it("goods given by someone come from them: 'B tiếp nhận 5 tàu tuần tra do A tài trợ'", () => {
    expect(triples("Việt Nam tiếp nhận 5 tàu tuần tra do Nhật Bản tài trợ.")).toEqual(["Japan SUPPLIED Vietnam [occurred]"]);
  });

  it("what is no goods is no supply: 'B nhận thư do A gửi'", () => {
    expect(triples("Việt Nam đã nhận thư do Nhật Bản gửi.")).toEqual([]);
  });
});

describe("Vietnamese goods owned on their way", () => {
  it("whose aid goes to someone is a supply: 'lô hàng viện trợ của A cho B', 'hàng viện trợ của A đã tới B'", () => {
    expect(triples("Lô hàng viện trợ của Nhật Bản cho Việt Nam đã cập cảng.")).toEqual(["Japan SUPPLIED Vietnam [occurred]"]);
    expect(triples("Hàng viện trợ của Đức đã tới Ukraine.")).toEqual(["Germany SUPPLIED Ukraine [occurred]"]);
  });

  it("aid talked about is not shipped: 'bàn về vấn đề viện trợ của A cho B'", () => {
    expect(triples("Hai bên sẽ bàn về vấn đề viện trợ lương thực của Nhật Bản cho Việt Nam.").join()).not.toContain("SUPPLIED");
  });

  it("arms of a country fired at another are no supply: 'tên lửa của A bay tới B'", () => {
    expect(triples("Tên lửa của Nga bay tới Ukraine.").join()).not.toContain("SUPPLIED");
  });
});

describe("Vietnamese offices told in a later clause", () => {
  it("an apposition may open with the verb that holds the office: 'X, hiện là Bộ trưởng Y,'", () => {
    expect(triples("Ông Hans Vogel, hiện là Bộ trưởng Quốc phòng Đức, đã gặp các đối tác.")).toContain(
      "Hans Vogel OFFICIAL_OF Germany [occurred]",
    );
  });

  it("an office once held is still its holder's: 'X, từng là Bộ trưởng Y,'", () => {
    expect(triples("Ông Hans Vogel, từng là Bộ trưởng Quốc phòng Đức, đã gặp các đối tác.")).toContain(
      "Hans Vogel OFFICIAL_OF Germany [occurred]",
    );
  });
});

describe("Vietnamese visits told from the host side", () => {
  it("welcomed somewhere with no host named: 'A được đón tại sân bay ở X', 'A được chào đón tại X'", () => {
    expect(triples("Thủ tướng Đức Hans Vogel được đón tại sân bay quốc tế ở Tokyo.")).toContain("Hans Vogel VISITED Japan [occurred]");
    expect(triples("Thủ tướng Đức Hans Vogel được chào đón nồng nhiệt tại Hà Nội.")).toContain("Hans Vogel VISITED Vietnam [occurred]");
  });

  it("a proposal well received somewhere is no visit: 'A được đón nhận tại X'", () => {
    expect(triples("Đức được đón nhận tại Tokyo như một đối tác.").join()).not.toContain("VISITED");
  });

  it("being present somewhere: 'A đã có mặt ở X'", () => {
    expect(triples("Thủ tướng Đức Hans Vogel đã có mặt ở Kiev.")).toContain("Hans Vogel VISITED Ukraine [occurred]");
  });

  it("a body's headquarters is a place, not a doer: 'Tại trụ sở X, A đã hội đàm với B'", () => {
    const met = triples(
      "Chiều 4/6, tại trụ sở Đảng Nhân dân Cách mạng Lào, Thủ tướng Đức Hans Vogel hội đàm với Tổng thống Pháp Marc Olivier.",
    );
    expect(met).toContain("Hans Vogel MET Marc Olivier [occurred]");
    expect(met.filter((t) => t.startsWith("Lao People's Revolutionary Party"))).toEqual([]);
  });

  it("those listed after a welcome that opens its sentence welcomed the guest: 'Đón X tại sân bay có A và B'", () => {
    const text =
      "Tổng thống Pháp Marc Olivier tới Berlin tối 3/5. Đón Tổng thống tại sân bay có Thủ tướng Đức Hans Vogel và Bộ trưởng Đức Karl Brandt.";
    const met = triples(text).filter((t) => t.includes(" MET "));
    expect(met).toEqual(["Hans Vogel MET Marc Olivier [occurred]", "Karl Brandt MET Marc Olivier [occurred]"]);
    expect(triples("Đón lô hàng tại cảng có Bộ trưởng Đức Karl Brandt.").join()).not.toContain("MET");
  });

  it("a delegation opening the sentence acts for whom it is of: 'Đoàn công tác của X đã tới Y'", () => {
    expect(triples("Đoàn công tác của Đức đã tới Kiev hôm thứ Hai.")).toContain("Germany VISITED Ukraine [occurred]");
    expect(triples("Phái đoàn của Pháp sẽ không tới Kiev.").join()).not.toContain("VISITED");
  });

  it("a stop on the way is an arrival: 'A đã dừng chân tại X trên đường tới Y'", () => {
    expect(triples("Thủ tướng Đức Hans Vogel đã dừng chân tại Kiev trên đường tới Tokyo.")).toContain(
      "Hans Vogel VISITED Ukraine [occurred]",
    );
    expect(triples("Thủ tướng Đức Hans Vogel sẽ không dừng chân tại Kiev.").join()).not.toContain("VISITED");
  });

  it("a guest received at a named place is there: 'A đón B tại thành phố X', 'A tiếp B và C tại khu nghỉ dưỡng X'", () => {
    expect(triples("Thủ tướng Đức Hans Vogel đã đón Tổng thống Pháp Marc Olivier tại thành phố Leipzig hôm 3/5.")).toContain(
      "Marc Olivier VISITED Leipzig [occurred]",
    );
    const received = triples(
      "Thủ tướng Nhật Bản Ken Aoki tiếp Thủ tướng Đức Hans Vogel và Tổng thống Pháp Marc Olivier tại khu nghỉ dưỡng Hakone Crest.",
    );
    // The place's kind may stay in its name or not (name hygiene): only the visit is pinned here.
    expect(received.filter((t) => / VISITED .*Hakone Crest \[occurred\]$/.test(t)).map((t) => t.split(" VISITED")[0])).toEqual([
      "Hans Vogel",
      "Marc Olivier",
    ]);
  });

  it("a guest received in their own country makes no visit: 'A tiếp B tại Tokyo', B Japanese", () => {
    expect(triples("Thủ tướng Nhật Bản Ken Aoki tiếp Thủ tướng Đức Hans Vogel tại Tokyo.")).toContain(
      "Hans Vogel VISITED Japan [occurred]",
    );
    expect(triples("Thủ tướng Đức Hans Vogel tiếp Thủ tướng Nhật Bản Ken Aoki tại Tokyo.").join()).not.toContain("Ken Aoki VISITED");
  });
});

describe("Vietnamese visits to one's own people abroad", () => {
  it("whom or what is visited, then where: 'thăm binh sĩ Đức tại X', 'thăm Đại sứ quán Đức tại X'", () => {
    expect(triples("Thủ tướng Đức Hans Vogel đã tới thăm binh sĩ Đức tại Ukraine.")).toContain("Hans Vogel VISITED Ukraine [occurred]");
    expect(triples("Thủ tướng Đức Hans Vogel thăm Đại sứ quán Đức tại Nhật Bản.")).toContain("Hans Vogel VISITED Japan [occurred]");
  });

  it("the place visited stays with the country it lies in: 'thăm Osaka ở Nhật Bản'", () => {
    const found = triples("Thủ tướng Đức Hans Vogel thăm Osaka ở Nhật Bản.");
    expect(found).toContain("Hans Vogel VISITED Osaka [occurred]");
    expect(found).toContain("Hans Vogel VISITED Japan [occurred]");
  });
});

describe("Vietnamese treaties between parties", () => {
  it("a treaty between parties was signed by them: 'Hiệp ước ... giữa A và B có hiệu lực'", () => {
    expect(triples("Hiệp ước hữu nghị giữa Nhật Bản và Việt Nam có hiệu lực từ hôm nay.")).toEqual(["Japan SIGNED Vietnam [occurred]"]);
  });

  it("a treaty still negotiated is not signed: 'đàm phán hiệp định ... giữa A và B'", () => {
    expect(triples("Hai bên đang đàm phán hiệp định thương mại giữa Nhật Bản và Việt Nam.")).toEqual([]);
  });

  it("documents exchanged at a ceremony are signed: 'A và B trao đổi các văn kiện hợp tác'", () => {
    expect(triples("Nhật Bản và Việt Nam đã trao đổi các văn kiện hợp tác.")).toEqual(["Japan SIGNED Vietnam [occurred]"]);
  });
});

describe("Vietnamese offices in apposition before a motion verb", () => {
  it("the comma that closes an office in apposition parts no traveller from the verb: 'X, Bộ trưởng Y, đã tới Z'", () => {
    const found = triples("Ông Hans Vogel, Bộ trưởng Quốc phòng Đức, đã tới Tokyo.");
    expect(found).toContain("Hans Vogel OFFICIAL_OF Germany [occurred]");
    expect(found).toContain("Hans Vogel VISITED Japan [occurred]");
  });

  it("a comma that closes no apposition still parts clauses: 'Sau khi Đức lên tiếng, đã tới lúc ...'", () => {
    expect(triples("Sau khi Đức lên tiếng, đã tới lúc Nhật Bản hành động.").join()).not.toContain("VISITED");
  });
});

describe("Vietnamese visitors who are no country", () => {
  it("a country does not visit a place inside itself: 'tiếp tục chuyến thăm Nhật Bản bằng việc tới Osaka'", () => {
    expect(triples("Thủ tướng Đức Hans Vogel tiếp tục chuyến thăm Nhật Bản bằng việc tới Osaka.")).not.toContain(
      "Japan VISITED Osaka [occurred]",
    );
  });

  it("a head of state described after the copula is who visits: 'A là nguyên thủ X đầu tiên thăm Y'", () => {
    const found = triples("Tổng thống Nga Vladimir Putin là nguyên thủ Nga đầu tiên thăm Triều Tiên trong 24 năm.");
    expect(found).toContain("Vladimir Putin VISITED North Korea [occurred]");
    expect(found.join()).not.toContain("Russia VISITED");
  });
});

describe("Vietnamese offices of a place", () => {
  it("the mayor of a capital serves no country: 'Thị trưởng Kiev X'", () => {
    expect(triples("Thị trưởng Kiev Oleh Marchenko cho biết thành phố bị tấn công.").join()).not.toContain("OFFICIAL_OF");
  });

  it("the mayor of a place the lexicon puts in a country holds the office in the place, not the country: 'Thị trưởng Osaka X'", () => {
    expect(triples("Thị trưởng Osaka Hiro Tanaka đã phát biểu.")).toEqual(["Hiro Tanaka OFFICIAL_OF Osaka [occurred]"]);
  });

  it("a governor or a state premier after a state's kind holds the office in the state: 'Thống đốc bang Y X', 'Thủ hiến bang Z W'", () => {
    expect(triples("Thống đốc bang Oregon Mark Hollis đã ký thỏa thuận với tỉnh Quảng Nam.")).toContain(
      "Mark Hollis OFFICIAL_OF Oregon [occurred]",
    );
    const premier = triples("Thủ hiến bang Sabah Ahmad Karim cho biết bang sẽ mở văn phòng tại Hà Nội.");
    expect(premier).toContain("Ahmad Karim OFFICIAL_OF Sabah [occurred]");
    expect(premier.join()).not.toContain("OFFICIAL_OF Malaysia");
  });

  it("an office of the country named by its capital still serves it: 'Bộ trưởng Ukraine X'", () => {
    expect(triples("Bộ trưởng Ukraine Oleh Marchenko đã phát biểu.")).toContain("Oleh Marchenko OFFICIAL_OF Ukraine [occurred]");
  });
});

describe("Vietnamese envoys and their postings", () => {
  it("the country after the name, then the posting: 'Đại sứ X của A tại B'", () => {
    const found = triples("Đại sứ Pablo Herrera của Cuba tại Lào đã gặp ông Omar Haddad.");
    expect(found).toContain("Pablo Herrera OFFICIAL_OF Cuba [occurred]");
    expect(found.join()).not.toContain("OFFICIAL_OF Laos");
  });

  it("where an envoy is posted is not where the meeting is: 'Đại sứ A tại B X gặp Y'", () => {
    expect(triples("Đại sứ Cuba tại Lào Pablo Herrera đã gặp ông Omar Haddad.").join()).not.toContain("VISITED");
  });

  it("an envoy's apposition with the posting parts no subject from its verb: 'X, Đại sứ A tại B, đã tới C'", () => {
    expect(triples("Ông Pablo Herrera, Đại sứ Cuba tại Lào, đã tới Bắc Kinh.")).toEqual([
      "Pablo Herrera OFFICIAL_OF Cuba [occurred]",
      "Pablo Herrera VISITED China [occurred]",
    ]);
  });
});

describe("Vietnamese ranks between an office and its holder", () => {
  it("a rank after the office's country is no part of the name: 'Bộ trưởng Quốc phòng X Đại tướng Y'", () => {
    expect(triples("Bộ trưởng Quốc phòng Đức Đại tướng Ralf Kessler thăm Nhật Bản.")).toEqual([
      "Ralf Kessler OFFICIAL_OF Germany [occurred]",
      "Ralf Kessler VISITED Japan [occurred]",
    ]);
  });

  it("a title of honour names the same person without it: 'Bộ trưởng X Samdech Y', then 'bà Y'", () => {
    expect(triples("Bộ trưởng Iran Samdech Chea Sophara mời Bộ trưởng Đức Bounmy Keo sang thăm. Bà Chea Sophara cảm ơn Đức.")).toEqual([
      "Bounmy Keo OFFICIAL_OF Germany [occurred]",
      "Chea Sophara INVITED Bounmy Keo [occurred]",
      "Chea Sophara OFFICIAL_OF Iran [occurred]",
      "Chea Sophara THANKED Germany [occurred]",
    ]);
  });
});

describe("Vietnamese clauses that open on their verb", () => {
  it("a fronted meeting verb is done by the main clause's subject: 'Tiếp X hôm ..., Y ...'", () => {
    expect(triples("Tiếp Đại sứ Cuba Pablo Herrera hôm 3/4, Thủ tướng Lào Omar Haddad đánh giá cao quan hệ hai nước.")).toContain(
      "Omar Haddad MET Pablo Herrera [occurred]",
    );
  });

  it("a fronted arrival is the main subject's: 'Có mặt tại X từ ..., Y ...'", () => {
    expect(triples("Có mặt tại Bắc Kinh từ tối 3/6, Tổng thống Pháp Luc Girard đã dự lễ khai mạc.")).toContain(
      "Luc Girard VISITED China [occurred]",
    );
  });

  it("a session named by 'buổi' in a leading setting: 'Tại buổi tiếp X, Y ...'", () => {
    expect(triples("Tại buổi tiếp Ngoại trưởng Cuba Pablo Herrera, Thủ tướng Lào Omar Haddad cảm ơn Cuba.")).toContain(
      "Omar Haddad MET Pablo Herrera [occurred]",
    );
  });

  it("a working session with someone is a meeting: 'A làm việc với B'", () => {
    expect(triples("Bộ trưởng Lào Omar Haddad đã làm việc với Đại sứ Cuba Pablo Herrera.")).toContain(
      "Omar Haddad MET Pablo Herrera [occurred]",
    );
  });

  it("a press conference is no meeting: 'trong buổi họp báo cùng X'", () => {
    expect(triples("Ông Omar Haddad phát biểu trong buổi họp báo cùng Đại sứ Cuba Pablo Herrera.").join()).not.toContain("MET");
  });
});

describe("Vietnamese acts told from whom they reach", () => {
  it("support received from a list of countries: 'X nhận được sự ủng hộ của A và B'", () => {
    expect(triples("Lào đã nhận được sự ủng hộ mạnh mẽ của Pháp và Cuba.")).toEqual([
      "Cuba SUPPORTED Laos [occurred]",
      "France SUPPORTED Laos [occurred]",
    ]);
  });

  it("criticism taken from others: 'X hứng chỉ trích từ A, B'", () => {
    expect(triples("Iran đang hứng chỉ trích từ Đức và Nhật Bản.")).toEqual([
      "Germany CRITICIZED Iran [occurred]",
      "Japan CRITICIZED Iran [occurred]",
    ]);
  });
});

describe("Vietnamese signing in the passive with 'bởi'", () => {
  it("every pair of the agents after 'được ký bởi' signed: 'văn kiện được ký bởi A, B và C'", () => {
    expect(triples("Tuyên bố chung được ký bởi Đức, Nhật Bản và Iran hôm 3/5.")).toEqual([
      "Germany SIGNED Iran [occurred]",
      "Germany SIGNED Japan [occurred]",
      "Iran SIGNED Japan [occurred]",
    ]);
  });
});

describe("Vietnamese kin in appositions and companies", () => {
  it("an incumbent's office between kin word and name: 'A, cha của đương kim Thủ tướng B'", () => {
    expect(triples("Ông Omar Haddad, cha của đương kim Thủ tướng Lào Karim Haddad, đã tới Bắc Kinh.")).toContain(
      "Omar Haddad PARENT_OF Karim Haddad [occurred]",
    );
  });

  it("kin named as a companion: 'A cùng con gái B'", () => {
    expect(triples("Tổng thống Pháp Luc Girard cùng con gái Anne Girard đã tới thăm Lào.")).toContain(
      "Luc Girard PARENT_OF Anne Girard [occurred]",
    );
  });

  it("kin joined to an apposition by 'và là': 'A, Bộ trưởng Y và là con gái của cựu Thủ tướng B'", () => {
    expect(triples("Bà Anne Girard, Bộ trưởng Pháp và là con gái của cựu Thủ tướng Luc Girard, đã tới Lào.")).toContain(
      "Luc Girard PARENT_OF Anne Girard [occurred]",
    );
  });
});

describe("Vietnamese offices of a ruling party", () => {
  it("a party office with no party named is held in the party that rules the country: 'Tổng Bí thư Lào X'", () => {
    expect(triples("Tổng Bí thư Lào Somsak Vongkham đã tiếp Đại sứ Cuba.")).toEqual([
      "Somsak Vongkham OFFICIAL_OF Lao People's Revolutionary Party [occurred]",
      "Somsak Vongkham OFFICIAL_OF Laos [occurred]",
    ]);
  });

  it("a country no party rules lends it none: 'Tổng Bí thư Pháp X'", () => {
    expect(triples("Tổng Bí thư Pháp Luc Girard đã tới Lào.").join()).not.toContain("Party");
  });
});

describe("Vietnamese offices of places named by their kind", () => {
  it("a local office of a place, then its country: 'Thị trưởng thành phố X của Y Z'", () => {
    expect(triples("Thị trưởng thành phố Kobe của Nhật Bản Taro Sato đã tới Lào.")).toEqual([
      "Kobe LOCATED_IN Japan [occurred]",
      "Taro Sato OFFICIAL_OF Kobe [occurred]",
      "Taro Sato VISITED Laos [occurred]",
    ]);
  });

  it("a council of a province in apposition: 'X, Chủ tịch Hội đồng tỉnh Y thuộc Z,'", () => {
    expect(triples("Ông Anan Sakul, Bộ trưởng Hội đồng tỉnh Nakhon thuộc Lào, phản đối dự án.")).toEqual([
      "Nakhon LOCATED_IN Laos [occurred]",
    ]);
  });

  it("an arrival past the place's kind: 'có mặt tại thủ đô X'", () => {
    expect(triples("Thủ tướng Pháp Luc Girard cũng có mặt tại thủ đô Ukraine trong ngày.")).toContain(
      "Luc Girard VISITED Ukraine [occurred]",
    );
  });
});

describe("Vietnamese seats inside a title", () => {
  it("a seat word before a place the lexicon does not know ends the title: 'đón người đồng cấp A tại Samarra'", () => {
    const found = triples("Tổng thống Pháp đón người đồng cấp Lào tại Samarra.").join();
    expect(found).not.toContain("Samarra MET");
    expect(found).not.toContain("Samarra OFFICIAL_OF");
  });

  it("a resident office, its body and its seat before the name: 'Điều phối viên thường trú của A tại B X'", () => {
    expect(triples("Điều phối viên thường trú của Liên minh châu Âu tại Lào Anne Girard đã tới Bắc Kinh.")).toContain(
      "Anne Girard OFFICIAL_OF European Union [occurred]",
    );
  });
});

describe("Vietnamese returns and inspections", () => {
  it("coming back to a place is a visit: 'X sẽ trở lại Y'", () => {
    expect(triples("Thủ tướng Pháp Luc Girard cho biết ông sẽ trở lại Lào vào tháng tới.")).toContain("Luc Girard VISITED Laos [planned]");
  });

  it("inspecting a place is being there: 'X thị sát thành phố Y'", () => {
    expect(triples("Tổng thống Pháp Luc Girard đã thị sát thành phố Osaka.")).toContain("Luc Girard VISITED Osaka [occurred]");
  });

  it("returning to something that is no place is no visit: 'quay trở lại bàn đàm phán'", () => {
    expect(triples("Lào sẽ quay trở lại bàn đàm phán với Pháp.").join()).not.toContain("VISITED");
  });
});

describe("Vietnamese relative clauses of motion", () => {
  it("a bare motion verb right after the relative word is its head's: 'X, người vừa tới Y,'", () => {
    expect(triples("Pháp chỉ trích Thủ tướng Lào Omar Haddad, người vừa tới Bắc Kinh, vì quyết định này.")).toContain(
      "Omar Haddad VISITED China [occurred]",
    );
  });
});

describe("Vietnamese labels laid on someone", () => {
  it("a negative label laid on whom it names criticizes them: 'A gọi/coi X là \"kẻ độc tài\"/mối đe dọa'", () => {
    expect(triples('Pháp gọi Iran là "mối đe dọa lớn nhất" của khu vực.')).toEqual(["France CRITICIZED Iran [occurred]"]);
    expect(triples("Ấn Độ coi Cuba là một quốc gia bất hảo.")).toEqual(["India CRITICIZED Cuba [occurred]"]);
    expect(triples('Đức mô tả Lào là "liều lĩnh và vô trách nhiệm".')).toEqual(["Germany CRITICIZED Laos [occurred]"]);
  });

  it("a laudatory label praises whom it names: 'A gọi X là \"đối tác tin cậy\"'", () => {
    expect(triples('Ấn Độ gọi Lào là "người bạn thân thiết".')).toEqual(["India PRAISED Laos [occurred]"]);
  });

  it("not a plain label, a phone call or a so-called name: 'gọi X là đối tác', 'gọi điện cho X', 'cái gọi là'", () => {
    expect(triples("Ấn Độ gọi Lào là đối tác chiến lược.")).toEqual([]);
    expect(triples("Ấn Độ coi Cuba là láng giềng.")).toEqual([]);
    expect(triples("Ấn Độ gọi điện cho Cuba để bày tỏ sự phẫn nộ.").join()).not.toContain("CRITICIZED");
    expect(triples('Pháp bác bỏ cái gọi là "kế hoạch hòa bình" của Iran.').join()).not.toContain("PRAISED");
  });
});

describe("Vietnamese suspensions from a body", () => {
  it("a body suspending a member's standing sanctions it: 'A đình chỉ tư cách thành viên của X'", () => {
    expect(triples("Liên minh châu Âu đã đình chỉ tư cách thành viên của Lào sau cuộc chính biến.")).toContain(
      "European Union SANCTIONED Laos [occurred]",
    );
    expect(triples("Liên minh châu Âu tạm treo quy chế thành viên của Cuba.")).toContain("European Union SANCTIONED Cuba [occurred]");
  });

  it("not a standing restored, nor one merely threatened to be suspended: 'khôi phục tư cách thành viên', 'không đình chỉ'", () => {
    expect(triples("Liên minh châu Âu khôi phục tư cách thành viên của Lào.").join()).not.toContain("SANCTIONED");
    expect(triples("Liên minh châu Âu không đình chỉ tư cách thành viên của Lào.").join()).not.toContain("[occurred]");
  });
});

describe("Vietnamese blame and suspicion", () => {
  it("a charge told bare after a list charges everyone listed: 'A cáo buộc B và C V ...'", () => {
    expect(triples("Na Uy cáo buộc Ấn Độ và Cuba cung cấp nhiên liệu cho phiến quân.")).toEqual([
      "Norway ACCUSED Cuba [occurred]",
      "Norway ACCUSED India [occurred]",
    ]);
    expect(triples("Pháp cáo buộc Lào giúp Ấn Độ và Cuba né lệnh cấm vận.")).toContain("France ACCUSED Laos [occurred]");
    expect(triples("Pháp cáo buộc Lào giúp Ấn Độ và Cuba né lệnh cấm vận.")).not.toContain("France ACCUSED Cuba [occurred]");
  });

  it("laying the blame on someone accuses them: 'A quy trách nhiệm cho B về ...'", () => {
    expect(triples("Pháp quy trách nhiệm cho Iran về vụ tấn công.")).toEqual(["France ACCUSED Iran [occurred]"]);
  });

  it("a claim that someone is behind an act charges them: 'A cho rằng B đứng sau ...'", () => {
    expect(triples("Thủ tướng Lào Omar Haddad cho rằng Pháp đứng sau vụ phá hoại.")).toContain("Omar Haddad ACCUSED France [occurred]");
  });

  it("a suspicion with a charge accuses too: 'A nghi ngờ B đứng sau ...'", () => {
    expect(triples("Đức nghi ngờ tình báo Iran đứng sau vụ tấn công mạng.")).toContain("Germany ACCUSED Iran [occurred]");
  });

  it("a suspicion without a charge accuses no one: 'A nghi ngờ thông tin của B'", () => {
    expect(triples("Đức nghi ngờ thông tin của Iran.").join()).not.toContain("ACCUSED");
  });

  it("a claim that someone harasses, steals or plots charges them: 'A cho rằng chính B đã quấy rối ...', 'B âm mưu ...'", () => {
    expect(triples('Ấn Độ cho rằng chính Pháp đã "quấy rối" các tàu cá của Ấn Độ.')).toEqual(["India ACCUSED France [occurred]"]);
    expect(triples("Đức cho rằng Iran tìm cách đánh cắp công nghệ hạt nhân.")).toEqual(["Germany ACCUSED Iran [occurred]"]);
    expect(triples("Thủ tướng Lào Omar Haddad cho rằng Cuba âm mưu lật đổ chính phủ.")).toContain("Omar Haddad ACCUSED Cuba [occurred]");
  });

  it("a claim that someone inflames, distorts or stirs up charges them: 'A cho rằng B đang thổi phồng/kích động ...'", () => {
    expect(triples("Bộ trưởng Lào Omar Haddad cho rằng Cuba đang thổi phồng mối đe dọa từ biên giới.")).toContain(
      "Omar Haddad ACCUSED Cuba [occurred]",
    );
    expect(triples('Ấn Độ cho rằng Pháp "cố tình kích động" làn sóng biểu tình.')).toEqual(["India ACCUSED France [occurred]"]);
    expect(triples("Đức cho rằng Iran đã xuyên tạc lịch sử khu vực.")).toEqual(["Germany ACCUSED Iran [occurred]"]);
  });

  it("a claim charges each of the sides coordinated after it: 'A cho rằng B và C đang ...'", () => {
    expect(triples("Ấn Độ cho rằng Pháp và Đức đang khuếch đại căng thẳng thương mại.")).toEqual([
      "India ACCUSED France [occurred]",
      "India ACCUSED Germany [occurred]",
    ]);
  });

  it("a claim of a neutral or good deed charges no one: 'A cho rằng B đang nỗ lực ...'", () => {
    expect(triples("Ấn Độ cho rằng Pháp đang nỗ lực thúc đẩy đối thoại.").join()).not.toContain("ACCUSED");
  });
});

describe("Vietnamese invitations from several hosts and sent invitations", () => {
  it("each inviter joined by 'và' invited: 'theo lời mời của A và B'", () => {
    const found = triples("Ông Omar Haddad đã sang Pháp theo lời mời của Tổng thống Pháp Luc Girard và Ngoại trưởng Pháp Marie Dubois.");
    expect(found).toContain("Luc Girard INVITED Omar Haddad [occurred]");
    expect(found).toContain("Marie Dubois INVITED Omar Haddad [occurred]");
  });

  it("a comma closes the inviter's phrase: 'nhận lời mời của A, B sẽ thăm X' (B is the guest)", () => {
    expect(triples("Nhận lời mời của Ngoại trưởng Pháp Luc Girard, Ngoại trưởng Lào Omar Haddad sẽ thăm Pháp.")).toContain(
      "Luc Girard INVITED Omar Haddad [occurred]",
    );
  });

  it("an invitation sent to its guest: 'A gửi lời mời B sang thăm X'", () => {
    expect(triples("Thủ tướng Pháp Luc Girard đã gửi lời mời Thủ tướng Lào Omar Haddad sang thăm Pháp.")).toContain(
      "Luc Girard INVITED Omar Haddad [occurred]",
    );
  });

  it("an invitation passed on to its guest: 'A chuyển lời mời B tới thăm X', not 'chuyển lời mời của C'", () => {
    const invited = (text: string) => triples(text).filter((t) => t.includes("INVITED"));
    expect(invited("Ngoại trưởng Pháp Luc Girard cũng chuyển lời mời Thủ tướng Lào Omar Haddad tới thăm Paris.")).toEqual([
      "Luc Girard INVITED Omar Haddad [occurred]",
    ]);
    // Someone else's invitation passed on is theirs: the one who passes it on invites no one.
    expect(
      invited("Đại sứ Karl Weber đã chuyển lời mời của Ngoại trưởng Pháp Luc Girard tới Thủ tướng Lào Omar Haddad thăm Pháp.").join(),
    ).not.toContain("Karl Weber INVITED");
  });

  it("backing someone supports them: 'A hậu thuẫn B'", () => {
    expect(triples("Pháp tuyên bố kiên định hậu thuẫn Lào.")).toEqual(["France SUPPORTED Laos [occurred]"]);
  });
});

describe("Vietnamese objects the lexicon does not know", () => {
  it("an unknown name as the object: its apposition names no other object ('trừng phạt Zentrabank, ngân hàng ... của Iran')", () => {
    expect(triples("Pháp trừng phạt Zentrabank, ngân hàng lớn nhất của Iran.").join()).not.toContain("SANCTIONED Iran");
  });

  it("a list of bodies goes on past the comma: 'cảm ơn Chính phủ, Hải quân và nhân dân X'", () => {
    expect(triples("Ông Omar Haddad cảm ơn Chính phủ, Hải quân và nhân dân Pháp.")).toContain("Omar Haddad THANKED France [occurred]");
  });
});

describe("Vietnamese talks named bare after a leading word", () => {
  it("'Sau hội đàm tại X, A và B ...': the main clause's pair met, in X", () => {
    const found = triples("Sau hội đàm tại Bắc Kinh, Thủ tướng Lào Omar Haddad và Thủ tướng Pháp Luc Girard đã ký tuyên bố chung.");
    expect(found).toContain("Luc Girard MET Omar Haddad [occurred]");
  });
});

describe("Vietnamese ministers of fields no list holds", () => {
  it("a field written as a capital then lower-case words, before the country: 'Bộ trưởng Thủy lợi A X'", () => {
    expect(triples("Bộ trưởng Thủy lợi Lào Somsak Vongkham đã tới Bắc Kinh.")).toContain("Somsak Vongkham OFFICIAL_OF Laos [occurred]");
  });

  it("a ministry of joined fields: 'Thứ trưởng Bộ Công nghiệp, Thương mại và Đầu tư A X'", () => {
    expect(triples("Ông Omar Haddad đã tiếp Thứ trưởng Bộ Công nghiệp, Thương mại và Đầu tư Cuba Pablo Herrera.")).toContain(
      "Pablo Herrera OFFICIAL_OF Cuba [occurred]",
    );
  });

  it("a field joined to a known one: 'Bộ trưởng Ngoại giao và Kiều dân A X'", () => {
    expect(triples("Bộ trưởng Ngoại giao và Kiều dân Cuba Pablo Herrera đã tới Lào.")).toContain(
      "Pablo Herrera OFFICIAL_OF Cuba [occurred]",
    );
  });

  it("a short name then a verb and a country is no field: 'mời Thủ tướng Girard thăm Lào'", () => {
    const text = "Thủ tướng Lào Omar Haddad đã hội đàm với Thủ tướng Pháp Luc Girard. Ông Haddad đã mời Thủ tướng Girard thăm Lào.";
    expect(triples(text)).toContain("Omar Haddad INVITED Luc Girard [occurred]");
  });

  it("a name then a verb is no field: 'Bộ trưởng X cho biết Lào ...'", () => {
    expect(triples("Bộ trưởng Omar Haddad cho biết Lào sẽ đáp trả.")).toEqual(["Omar Haddad OFFICIAL_OF Laos [occurred]"]);
  });
});

describe("Vietnamese working trips", () => {
  it("a working trip opened somewhere: '..., mở đầu chuyến làm việc tại X'", () => {
    expect(triples("Thủ tướng Lào Omar Haddad đã tới Osaka, mở đầu chuyến làm việc ba ngày tại Nhật Bản.")).toContain(
      "Omar Haddad VISITED Japan [occurred]",
    );
  });
});

describe("Vietnamese audiences and dated subjects", () => {
  it("an audience with a head of state is a meeting, and the next verb keeps the same doer: 'yết kiến X và hội kiến Y'", () => {
    expect(
      triples("Ngoại trưởng Đức Lena Vogt vào Hoàng cung yết kiến Tổng thống Iran Reza Karimi và hội kiến Thủ tướng Iran Ali Navabi."),
    ).toEqual([
      "Ali Navabi MET Lena Vogt [occurred]",
      "Ali Navabi OFFICIAL_OF Iran [occurred]",
      "Lena Vogt MET Reza Karimi [occurred]",
      "Lena Vogt OFFICIAL_OF Germany [occurred]",
      "Reza Karimi OFFICIAL_OF Iran [occurred]",
    ]);
  });

  it("a date between the doer and a motion verb does not part them: 'A ngày 2/4 đã tới X'", () => {
    expect(triples("Ngoại trưởng Đức Lena Vogt ngày 2/4 đã tới Tokyo.")).toEqual([
      "Lena Vogt OFFICIAL_OF Germany [occurred]",
      "Lena Vogt VISITED Japan [occurred]",
    ]);
  });
});

describe("Vietnamese asides between a doer and its verb", () => {
  it("the one received in the passive stands before an aside: 'X, con trai của Y, đã được A tiếp'", () => {
    expect(triples("Bộ trưởng Đức Hans Vogel, con trai của cựu Thủ tướng Karl Vogel, đã được Thủ tướng Nhật Bản Ken Aoki tiếp.")).toContain(
      "Hans Vogel MET Ken Aoki [occurred]",
    );
  });

  it("a short aside in brackets does not part the doer from a motion verb: 'A (giữa) đã tới X'", () => {
    expect(triples("Ngoại trưởng Đức Lena Vogt (thứ hai từ trái) đã tới Tokyo.")).toEqual([
      "Lena Vogt OFFICIAL_OF Germany [occurred]",
      "Lena Vogt VISITED Japan [occurred]",
    ]);
  });
});

describe("Vietnamese body names written with only their first words capitalized", () => {
  it("a body's name runs on in lower-case words to the country that closes it: 'Thư ký Hội đồng An ninh quốc gia tối cao X Y'", () => {
    expect(triples("Thư ký Hội đồng An ninh quốc gia tối cao Iran Karim Tavana đã đến dự hội nghị.")).toContain(
      "Karim Tavana OFFICIAL_OF Iran [occurred]",
    );
  });

  it("the same body in apposition: 'Y, Giám đốc Đài Truyền hình quốc gia X,'", () => {
    expect(triples("Ông Karim Tavana, Giám đốc Đài Truyền hình quốc gia Iran, phát biểu khai mạc.")).toContain(
      "Karim Tavana OFFICIAL_OF Iran [occurred]",
    );
  });

  it("a known body closes the name as a country does: 'Thư ký Ủy ban Công tác đối ngoại Đảng X Y'", () => {
    expect(triples("Thư ký Ủy ban Công tác đối ngoại Đảng Cộng sản Cuba Lidia Ortega đã dự lễ.")).toContain(
      "Lidia Ortega OFFICIAL_OF Communist Party of Cuba [occurred]",
    );
  });

  it("a party's name keeps the country that closes it: 'Y, Thư ký Đảng Lao động tiến bộ X,'", () => {
    expect(triples("Ông Karim Tavana, Thư ký Đảng Lao động tiến bộ Iran, đã phát biểu.")).toContain(
      "Karim Tavana OFFICIAL_OF Đảng Lao động tiến bộ Iran [occurred]",
    );
  });

  it("a verb is no name word: 'Y, Thư ký Ủy ban Kinh tế tuyên bố X ...' does not make the committee X's", () => {
    expect(triples("Ông Karim Tavana, Thư ký Ủy ban Kinh tế tuyên bố Iran sẽ tham gia.")).not.toContain(
      "Karim Tavana OFFICIAL_OF Iran [occurred]",
    );
  });

  it("the country that closes an acting body's name acts for it: 'Lực lượng Bảo vệ bờ biển X lên án A'", () => {
    expect(triples("Lực lượng Bảo vệ bờ biển Iran lên án Nhật Bản.")).toEqual(["Iran CRITICIZED Japan [occurred]"]);
  });

  it("a body's lower-case syllables are its name's up to a bracket: 'Tổng cục Khí tượng Quốc gia (X)'", () => {
    const x = extractArticle(
      { id: "a", file: "a.txt", text: "Tổng cục Khí tượng Quốc gia (NAMA) ra thông báo mới.", published: "2024-06-18" },
      lexicon,
    );
    expect(x.entities.map((e) => e.name)).toContain("Tổng cục Khí tượng Quốc gia");
  });

  it("before another word they may open a verb: 'Tổng cục Khí tượng Quốc gia cảnh báo ...' ends at the last capital", () => {
    const x = extractArticle(
      { id: "a", file: "a.txt", text: "Tổng cục Khí tượng Quốc gia cảnh báo mưa lớn.", published: "2024-06-18" },
      lexicon,
    );
    expect(x.entities.map((e) => e.name).filter((name) => name.includes("cảnh"))).toEqual([]);
  });

  it("a body's possessive names whose body it is: 'Y, Thư ký Ủy ban Kinh tế của Đảng X,'", () => {
    expect(triples("Ông Karim Tavana, Thư ký Ủy ban Năng lượng của Đảng Cộng sản Cuba, vừa phát biểu.")).toContain(
      "Karim Tavana OFFICIAL_OF Communist Party of Cuba [occurred]",
    );
  });
});

describe("Vietnamese legs of a tour", () => {
  it("a leg of a tour visits where it stops: 'kết thúc chặng dừng chân tại X'", () => {
    expect(triples("Ông Vladimir Putin vừa kết thúc chặng dừng chân tại Lào.")).toContain("Vladimir Putin VISITED Laos [occurred]");
  });

  it("a place a copula names as a stop is visited: 'X là điểm dừng chân đầu tiên của Y'", () => {
    expect(triples("Lào là chặng dừng chân cuối cùng của ông Vladimir Putin.")).toEqual(["Vladimir Putin VISITED Laos [occurred]"]);
  });

  it("a person owns the tour past a place it goes to: 'chuyến công du vùng X của ông Y'", () => {
    expect(triples("Chuyến công du Osaka của ông Vladimir Putin kéo dài ba ngày.")).toContain("Vladimir Putin VISITED Osaka [occurred]");
  });
});

describe("Vietnamese entourages", () => {
  it("those accompanying a leader visit the country of the leader's trip: 'Tháp tùng ông X còn có Y và Z'", () => {
    const text =
      "Ông Vladimir Putin đã tới Lào hôm thứ Hai. Tháp tùng ông Putin trong chuyến đi còn có ông Sergei Lavrov và ông Dmitry Peskov.";
    expect(triples(text).filter((t) => t.includes("VISITED"))).toEqual([
      "Dmitry Peskov VISITED Laos [occurred]",
      "Sergei Lavrov VISITED Laos [occurred]",
      "Vladimir Putin VISITED Laos [occurred]",
    ]);
  });

  it("the trip is the one told first, not one the leader is invited to later: 'Tháp tùng ông X có Y'", () => {
    const text = "Ông Vladimir Putin đã tới Lào. Ông được mời thăm Ấn Độ năm sau. Tháp tùng ông Putin có ông Sergei Lavrov.";
    expect(triples(text)).toContain("Sergei Lavrov VISITED Laos [occurred]");
    expect(triples(text)).toContain("Vladimir Putin VISITED India [planned]");
    expect(triples(text)).not.toContain("Sergei Lavrov VISITED India [planned]");
  });

  it("a pronoun leader is left alone: 'Tháp tùng ông có Y'", () => {
    const text = "Ông Vladimir Putin đã tới Lào. Tháp tùng ông có ông Sergei Lavrov.";
    expect(triples(text).filter((t) => t.startsWith("Sergei Lavrov"))).toEqual([]);
  });
});

describe("Vietnamese attendance at an event set before", () => {
  const scene = "Ngày 3/4, tại thành phố Osaka của Nhật Bản, Thủ tướng Nhật Bản Kenji Mori đã khánh thành một bảo tàng mới.";

  it("those listed after 'có sự tham dự của' went where the event was set: 'Buổi lễ có sự tham dự của A và B'", () => {
    const found = triples(`${scene} Buổi lễ có sự tham dự của Ngoại trưởng Đức Hans Vogel và Tổng thống Nga Vladimir Putin.`);
    expect(found).toEqual(
      expect.arrayContaining([
        "Hans Vogel VISITED Japan [occurred]",
        "Hans Vogel VISITED Osaka [occurred]",
        "Vladimir Putin VISITED Japan [occurred]",
        "Vladimir Putin VISITED Osaka [occurred]",
      ]),
    );
    expect(found).not.toContain("Kenji Mori VISITED Japan [occurred]");
  });

  it("a subject 'có mặt tại buổi lễ' went there too: 'A cũng có mặt tại buổi lễ'", () => {
    expect(triples(`${scene} Ngoại trưởng Đức Hans Vogel cũng có mặt tại buổi lễ.`)).toContain("Hans Vogel VISITED Japan [occurred]");
  });

  it("no event set somewhere before, no visit: 'Buổi lễ có sự chứng kiến của A'", () => {
    const found = triples("Buổi lễ có sự chứng kiến của Ngoại trưởng Đức Hans Vogel.");
    expect(found.filter((t) => t.includes("VISITED"))).toEqual([]);
  });

  it("an attendance denied is no visit: 'A không có mặt tại buổi lễ'", () => {
    const found = triples(`${scene} Ngoại trưởng Đức Hans Vogel không có mặt tại buổi lễ.`);
    expect(found).not.toContain("Hans Vogel VISITED Japan [occurred]");
  });
});

describe("Vietnamese sanctions on a member described before its owner", () => {
  it("kin of a leader are sanctioned, not the leader: 'trừng phạt hai con trai của X'", () => {
    expect(triples("Nhật Bản trừng phạt hai con gái của ông Putin.").filter((t) => t.includes("SANCTIONED"))).toEqual([]);
  });

  it("a country's officers or envoys are sanctioned, not the country: 'trừng phạt các tướng lĩnh X', 'đại diện X'", () => {
    expect(triples("Đức trừng phạt các tướng lĩnh Iran.")).toEqual([]);
    expect(triples("Đức trừng phạt đại diện Iran tại Liên minh châu Âu.").filter((t) => t.includes("SANCTIONED"))).toEqual([]);
  });

  it("a country's faceless individuals and entities still sanction the country: 'các cá nhân và thực thể của X'", () => {
    expect(triples("Nga tuyên bố trừng phạt đối với các cá nhân và thực thể của Ukraine.")).toEqual([
      "Russia SANCTIONED Ukraine [occurred]",
    ]);
  });

  it("the country itself is still sanctioned: 'trừng phạt X'", () => {
    expect(triples("Đức trừng phạt Iran.")).toEqual(["Germany SANCTIONED Iran [occurred]"]);
  });

  it("a list goes on past a member's owner: 'trừng phạt ba chỉ huy quân đội X và Tập đoàn Y' sanctions Y", () => {
    expect(triples("Na Uy đã trừng phạt ba chỉ huy quân đội Lào và Tập đoàn Airbus.")).toEqual(["Norway SANCTIONED Airbus [occurred]"]);
  });

  it("not a second country, which owns the members too, nor one who opens a clause of its own", () => {
    expect(triples("Na Uy đã trừng phạt hai tướng lĩnh Lào và Cuba.")).toEqual([]);
    expect(triples("Na Uy đã trừng phạt hai tướng lĩnh Lào và Tập đoàn Airbus lên án động thái này.")).not.toContain(
      "Norway SANCTIONED Airbus [occurred]",
    );
  });
});

describe("Vietnamese charges denied", () => {
  it("a denied charge whose owner is named charges the country that denies it: 'A phủ nhận (các) cáo buộc của B'", () => {
    expect(triples("Lào phủ nhận các cáo buộc của Pháp.")).toEqual(["France ACCUSED Laos [occurred]"]);
    expect(triples("Ấn Độ bác bỏ những cáo buộc thiếu căn cứ của Đức.")).toContain("Germany ACCUSED India [occurred]");
  });

  it("a person who denies a charge may speak for another: no charge of the person", () => {
    expect(triples("Ngoại trưởng Lào Omar Haddad phủ nhận cáo buộc của Pháp.").filter((t) => t.includes("ACCUSED"))).toEqual([]);
  });

  it("a charge's owner is not whom it charges: 'cáo buộc của B rằng nước này ...'", () => {
    expect(triples("Cuba bác bỏ cáo buộc của Mỹ rằng nước này gây bất ổn.")).toContain("United States ACCUSED Cuba [occurred]");
  });
});

describe("Vietnamese sanctions in the passive", () => {
  it("a country's faceless members sanctioned in the passive are a sanction on it: 'các công ty của X bị A trừng phạt'", () => {
    expect(triples("Nhiều công ty và tổ chức của Cuba bị Nhật Bản trừng phạt.")).toEqual(["Japan SANCTIONED Cuba [occurred]"]);
  });

  it("a country's officers sanctioned in the passive are no sanction on it: 'các quan chức của X bị A trừng phạt'", () => {
    expect(triples("Một số quan chức của Cuba bị Nhật Bản trừng phạt.")).toEqual([]);
  });

  it("a reason after a passive is about the one acted on, not the doer: 'X bị A trừng phạt vì bán ...'", () => {
    expect(triples("Lào bị Pháp trừng phạt vì bán xe tăng cho Ấn Độ.")).toEqual([
      "France SANCTIONED Laos [occurred]",
      "Laos SUPPLIED India [occurred]",
    ]);
  });
});

describe("Vietnamese supplies by a state's officer", () => {
  it("aid an officer decides on is the state's: 'Thủ tướng X quyết định viện trợ ... cho Y'", () => {
    expect(triples("Thủ tướng Lào Omar Haddad quyết định viện trợ 50.000 USD cho Cuba.")).toContain("Laos SUPPLIED Cuba [occurred]");
    expect(triples("Thủ tướng Lào Omar Haddad quyết định viện trợ 50.000 USD cho Cuba.")).not.toContain(
      "Omar Haddad SUPPLIED Cuba [occurred]",
    );
  });
});

describe("Vietnamese transfers and aid set aside", () => {
  it("transferring goods to someone supplies them: 'chuyển thuốc sang X', 'chuyển tên lửa cho X'", () => {
    expect(triples("Ấn Độ đã chuyển 40 tấn thuốc sang Lào.")).toEqual(["India SUPPLIED Laos [occurred]"]);
    expect(triples("Đức sẽ chuyển tên lửa phòng không cho Ukraine.")).toEqual(["Germany SUPPLIED Ukraine [planned]"]);
  });

  it("moving troops, switching or passing on a message is no transfer: 'chuyển quân tới', 'chuyển sang', 'chuyển lời'", () => {
    expect(triples("Iran chuyển quân tới biên giới Ukraine.")).toEqual([]);
    expect(triples("Pháp chuyển lời mời của Đức tới Ấn Độ.").filter((t) => t.includes("SUPPLIED"))).toEqual([]);
  });

  it("aid set aside for someone: 'dành cho X khoản viện trợ', 'dành 5 triệu USD cho X'", () => {
    expect(triples("Pháp dành cho Lào khoản viện trợ không hoàn lại.")).toEqual(["France SUPPLIED Laos [occurred]"]);
    expect(triples("Đức dành 5 triệu USD cho Cuba.")).toEqual(["Germany SUPPLIED Cuba [occurred]"]);
    expect(triples("Đức dành thời gian cho Ấn Độ.")).toEqual([]);
  });

  it("ships given are goods: 'cung cấp 4 tàu cho X'", () => {
    expect(triples("Ấn Độ cung cấp cho Việt Nam 3 tàu đã qua sử dụng.")).toEqual(["India SUPPLIED Vietnam [occurred]"]);
  });

  it("a bare motion word after a verb of sending takes the goods, not the sender: 'gửi đội cứu hộ tới X' (aid, no visit)", () => {
    expect(triples("Nhật Bản gửi đội cứu hộ tới Cuba.")).toEqual(["Japan SUPPLIED Cuba [occurred]"]);
    expect(triples("Ấn Độ xuất khẩu gạo sang Cuba.")).toEqual(["India SUPPLIED Cuba [occurred]"]);
  });
});

describe("Vietnamese attendance and where events are held", () => {
  it("an attendance list with its own setting: 'Lễ ... có sự tham dự của A tại thủ đô X'", () => {
    expect(triples("Lễ khánh thành có sự tham dự của Ngoại trưởng Đức Hans Vogel tại thủ đô Viêng Chăn.")).toContain(
      "Hans Vogel VISITED Laos [occurred]",
    );
  });

  it("where an event is held sets the scene of its attendees told after: 'Hội nghị diễn ra tại X. ... có sự tham dự của A'", () => {
    expect(triples("Diễn đàn diễn ra tại thủ đô La Habana. Sự kiện có sự tham dự của Ngoại trưởng Đức Hans Vogel.")).toContain(
      "Hans Vogel VISITED Cuba [occurred]",
    );
  });

  it("a setting told sentences before, of another time, is not where a ceremony is attended (regression: a past trip set the scene)", () => {
    const text =
      "Năm 2019, trong chuyến công tác của ông Hans Vogel tại Pháp, hai bên đã ký ba thỏa thuận. Quan hệ hai nước đang phát triển tốt. Sau đó ông Vogel và ông Kim Jong Un dự buổi lễ do nước chủ nhà Lào tổ chức.";
    expect(triples(text).filter((t) => t.includes("Kim Jong Un VISITED"))).toEqual([]);
  });

  it("attending a ceremony told before is being where it is held: 'A cũng tham dự buổi lễ'", () => {
    expect(triples("Lễ tưởng niệm được tổ chức tại thủ đô New Delhi. Ngoại trưởng Đức Hans Vogel cũng tham dự buổi lễ.")).toContain(
      "Hans Vogel VISITED India [occurred]",
    );
    expect(triples("Ngoại trưởng Đức Hans Vogel tham dự lễ tưởng niệm.").filter((t) => t.includes("VISITED"))).toEqual([]);
  });
});

describe("Vietnamese delegations, former capitals and meetings among the subjects", () => {
  it("leading a delegation somewhere is going there: 'dẫn đầu phái đoàn tới X'", () => {
    expect(triples("Ngoại trưởng Đức Hans Vogel sẽ dẫn đầu phái đoàn cấp cao tới La Habana vào tuần tới.")).toContain(
      "Hans Vogel VISITED Cuba [planned]",
    );
    expect(triples("Ngoại trưởng Đức Hans Vogel dẫn đầu danh sách ứng viên tới năm 2030.").filter((t) => t.includes("VISITED"))).toEqual(
      [],
    );
    expect(triples("Ông Hans Vogel dẫn đầu danh sách ứng viên tới Hà Nội.").filter((t) => t.includes("VISITED"))).toEqual([]);
  });

  it("a country sending an unnamed delegation goes there by it: 'A sẽ cử (một) phái đoàn sang X'", () => {
    expect(triples("Pháp sẽ cử một phái đoàn sang Lào vào tháng tới.")).toContain("France VISITED Laos [planned]");
    expect(triples("Bộ trưởng Đức cho biết Đức đã cử đoàn chuyên gia nông nghiệp tới Ấn Độ.")).toContain(
      "Germany VISITED India [occurred]",
    );
    // A person who sends one stays home; one sent by name goes in their stead; troops sent are no visit.
    const visits = (text: string) => triples(text).filter((t) => t.includes("VISITED"));
    expect(visits("Ngoại trưởng Đức Hans Vogel cho biết ông sẽ cử một phái đoàn sang Cuba.")).toEqual([]);
    expect(visits("Ngoại trưởng Đức Hans Vogel sẽ cử Đại sứ Karl Weber tới Cuba.")).toEqual(["Karl Weber VISITED Cuba [planned]"]);
    expect(visits("Pháp đã cử 200 binh sĩ tới Lào.")).toEqual([]);
  });

  it("whom one receives in a delegation is its leader: 'A tiếp đoàn công tác của Z do ông Y dẫn đầu'", () => {
    const met = (text: string) => triples(text).filter((t) => t.includes("MET"));
    expect(met("Ngày 4/2, Ngoại trưởng Lào Omar Haddad đã tiếp đoàn doanh nghiệp tỉnh Alsace (Pháp) do ông Karl Weber dẫn đầu.")).toEqual([
      "Karl Weber MET Omar Haddad [occurred]",
    ]);
    // The leader's office may stand before the name, or in an aside after it.
    expect(
      met(
        "Ngoại trưởng Lào Omar Haddad đã tiếp đoàn công tác của Hãng hàng không Lao Skyways do ông Karl Weber, Cố vấn của hãng, dẫn đầu.",
      ),
    ).toEqual(["Karl Weber MET Omar Haddad [occurred]"]);
    // A delegation named after its country is the country's; a person after "do" closed by no led-by word leads nothing.
    expect(met("Ngoại trưởng Lào Omar Haddad sẽ hội đàm với phái đoàn Pháp do Đại sứ Karl Weber dẫn đầu.")).toEqual([
      "France MET Omar Haddad [planned]",
    ]);
    expect(met("Ngoại trưởng Lào Omar Haddad đã tiếp đoàn nghệ sĩ do ông Karl Weber mời sang.")).toEqual([]);
  });

  it("a delegation whose led-by phrase ends right before the verb goes by its leader: 'Đoàn của Z do ông Y, ..., dẫn đầu đã tới X'", () => {
    const visits = (text: string) => triples(text).filter((t) => t.includes("VISITED"));
    expect(
      visits("Đầu tháng 5, đoàn công tác của Hãng hàng không Lao Skyways do ông Karl Weber, Cố vấn của hãng, dẫn đầu đã sang La Habana."),
    ).toEqual(["Karl Weber VISITED Cuba [occurred]"]);
    // An aside between commas, and a delegation owned by a body that stands for a country.
    expect(visits("Một phái đoàn cấp cao của Chính phủ Pháp, do Đại sứ Karl Weber dẫn đầu, đã tới Viêng Chăn hôm thứ Sáu.")).toContain(
      "Karl Weber VISITED Laos [occurred]",
    );
    // Led by no one named: the clause's own doer stays.
    expect(visits("Ngoại trưởng Lào Omar Haddad đã tới La Habana.")).toEqual(["Omar Haddad VISITED Cuba [occurred]"]);
  });

  it("a former capital is a kind of place before its name: 'tới cố đô X'", () => {
    expect(triples("Ngoại trưởng Đức Hans Vogel đã tới cố đô Osaka.")).toContain("Hans Vogel VISITED Osaka [occurred]");
  });

  it("a meeting among the subjects has no object after 'nhau': 'A và B gặp nhau bên lề hội nghị X'", () => {
    expect(
      triples("Ngoại trưởng Đức Hans Vogel và Ngoại trưởng Lào Omar Haddad đã gặp nhau bên lề hội nghị Liên minh châu Âu.").filter((t) =>
        t.includes("MET"),
      ),
    ).toEqual(["Hans Vogel MET Omar Haddad [occurred]"]);
  });
});

describe("Vietnamese deeds inside a judgement", () => {
  it("whom a judging verb names right before a verb does it: 'A phản đối B bán vũ khí cho C'", () => {
    expect(triples("Iran phản đối Pháp bán tên lửa cho Ấn Độ.")).toEqual([
      "France SUPPLIED India [occurred]",
      "Iran CRITICIZED France [occurred]",
    ]);
  });

  it("a deal made of an act names its doer after 'của': 'phản đối thương vụ bán vũ khí của B cho C'", () => {
    expect(triples("Iran phản đối thương vụ bán tên lửa của Pháp cho Ấn Độ.")).toContain("France SUPPLIED India [occurred]");
    expect(triples("Iran phản đối thương vụ bán tên lửa của Pháp cho Ấn Độ.")).not.toContain("Iran SUPPLIED India [occurred]");
  });
});

describe("Vietnamese acts said to go on in the future", () => {
  it("an act done again that a future of going on names is planned: 'sẽ tiếp tục cung cấp', 'sẽ tiếp tục thăm'", () => {
    expect(triples("Ấn Độ sẽ tiếp tục cung cấp xe tăng cho Lào.")).toEqual(["India SUPPLIED Laos [planned]"]);
    expect(triples("Ngoại trưởng Đức Hans Vogel sẽ tiếp tục thăm Cuba.")).toContain("Hans Vogel VISITED Cuba [planned]");
  });

  it("a stance said to go on stays stated, and an act going on now is done: 'sẽ tiếp tục ủng hộ', 'tiếp tục cung cấp'", () => {
    expect(triples("Ấn Độ sẽ tiếp tục ủng hộ Lào.")).toEqual(["India SUPPORTED Laos [occurred]"]);
    expect(triples("Ấn Độ tiếp tục cung cấp xe tăng cho Lào.")).toEqual(["India SUPPLIED Laos [occurred]"]);
  });
});

describe("Vietnamese thanks answering an invitation", () => {
  it("bare thanks after an invitation answer the inviter: 'A mời B sang thăm X; B cảm ơn và ...'", () => {
    expect(triples("Thủ tướng Đức Hans Vogel mời Ngoại trưởng Lào Omar Haddad sang thăm Đức; ông Haddad cảm ơn và nhận lời.")).toContain(
      "Omar Haddad THANKED Hans Vogel [occurred]",
    );
    expect(triples("Thủ tướng Đức Hans Vogel mời Ngoại trưởng Lào Omar Haddad sang thăm Đức. Ông Haddad cảm ơn.")).toContain(
      "Omar Haddad THANKED Hans Vogel [occurred]",
    );
  });

  it("bare thanks with no invitation of the thanker before them thank no one", () => {
    const found = triples("Thủ tướng Đức Hans Vogel gặp Ngoại trưởng Lào Omar Haddad. Ông Haddad cảm ơn.");
    expect(found.filter((t) => t.includes("THANKED"))).toEqual([]);
  });
});

describe("Vietnamese acts between a person and the country they serve", () => {
  it("a country does not thank its own leader, nor meet him: 'Thủ tướng Y X ca ngợi ông Z ... và cảm ơn ông vì ...'", () => {
    const thanks = triples(
      'Tại Berlin, Thủ tướng Đức Hans Vogel ca ngợi ông Carlos Vega là "người bạn tốt nhất mà Đức từng có" và cảm ơn ông vì đã giúp giải cứu các thủy thủ.',
    );
    expect(thanks).not.toContain("Germany THANKED Hans Vogel [occurred]");
    expect(thanks).toContain("Hans Vogel PRAISED Carlos Vega [occurred]");
    const talks = triples(
      "Chiều 3/4, ngay sau lễ đón tại Phủ Thủ tướng Đức, Ngoại trưởng Lào Omar Haddad đã hội đàm với Thủ tướng Cộng hòa Liên bang Đức Hans Vogel.",
    );
    expect(talks.filter((t) => t.includes("MET"))).toEqual(["Hans Vogel MET Omar Haddad [occurred]"]);
  });

  it("kept: a leader's acts toward another country: 'Thủ tướng Y X cảm ơn Z', 'X hội đàm với Thủ tướng Z'", () => {
    expect(triples("Thủ tướng Đức Hans Vogel cảm ơn Lào.")).toContain("Hans Vogel THANKED Laos [occurred]");
    expect(triples("Lào cảm ơn Thủ tướng Đức Hans Vogel.")).toContain("Laos THANKED Hans Vogel [occurred]");
  });
});

describe("Vietnamese support a speaker quotes of their own country", () => {
  it("support quoted of the speaker's own country, opening what they say, is the speaker's alone: 'A khẳng định \"X sẽ sát cánh với Y\"'", () => {
    const found = triples('Thủ tướng Đức Hans Vogel khẳng định "Đức sẽ luôn sát cánh cùng Ukraine".');
    expect(found).toContain("Hans Vogel SUPPORTED Ukraine [planned]");
    expect(found).not.toContain("Germany SUPPORTED Ukraine [planned]");
    const named = triples('Đại sứ Đức Hans Vogel nói Đức "luôn sát cánh" cùng Ukraine.');
    expect(named).toContain("Hans Vogel SUPPORTED Ukraine [occurred]");
    expect(named).not.toContain("Germany SUPPORTED Ukraine [occurred]");
  });

  it("the country keeps its support where the speaker's words open on something else, or come unquoted", () => {
    const nested = triples("Thủ tướng Đức Hans Vogel nói: “Tôi tin rằng Đức sẽ luôn sát cánh cùng Ukraine”.");
    expect(nested).toContain("Germany SUPPORTED Ukraine [planned]");
    expect(triples("Thủ tướng Đức Hans Vogel khẳng định Đức sát cánh cùng Ukraine.")).toContain("Germany SUPPORTED Ukraine [occurred]");
  });

  it("not when the country is another's, nor said without a quotation", () => {
    expect(triples('Ngoại trưởng Lào Omar Haddad khẳng định "Đức sẽ sát cánh cùng Ukraine".')).not.toContain(
      "Omar Haddad SUPPORTED Ukraine [planned]",
    );
    expect(triples("Thủ tướng Đức Hans Vogel khẳng định Đức ủng hộ Ukraine.")).not.toContain("Hans Vogel SUPPORTED Ukraine [occurred]");
  });

  it("so is criticism or praise quoted of the speaker's own country: 'A nói X \"kiên quyết phản đối\" việc Y ...'", () => {
    const found = triples('Người phát ngôn Bộ Ngoại giao Đức Hans Vogel nói Berlin "kiên quyết phản đối" việc Trung Quốc tập trận.');
    expect(found).toContain("Hans Vogel CRITICIZED China [occurred]");
    expect(found).not.toContain("Germany CRITICIZED China [occurred]");
    const praised = triples('Thủ tướng Đức Hans Vogel nói với báo giới rằng Đức "hài lòng" và đánh giá cao lập trường của Ấn Độ.');
    expect(praised).toContain("Hans Vogel PRAISED India [occurred]");
    expect(triples('Ngoại trưởng Lào Omar Haddad nói Đức "kiên quyết phản đối" việc Trung Quốc tập trận.')).not.toContain(
      "Omar Haddad CRITICIZED China [occurred]",
    );
  });

  it("criticism or praise told unquoted of the speaker's own country right after their verb is theirs and the country's: 'A nói X phản đối việc Y ...'", () => {
    const found = triples("Người phát ngôn Bộ Ngoại giao Na Uy Ola Berg khẳng định Oslo kiên quyết phản đối việc Ấn Độ thử tên lửa.");
    expect(found).toContain("Ola Berg CRITICIZED India [occurred]");
    expect(found).toContain("Norway CRITICIZED India [occurred]");
    expect(triples("Ngoại trưởng Đức Hans Vogel cho biết Đức hoan nghênh quyết định của Cuba.")).toContain(
      "Hans Vogel PRAISED Cuba [occurred]",
    );
    // Another's country, or words between the verb and the country, state nothing of the speaker.
    expect(triples("Ngoại trưởng Lào Omar Haddad nói Đức phản đối việc Ấn Độ thử tên lửa.")).not.toContain(
      "Omar Haddad CRITICIZED India [occurred]",
    );
    expect(triples("Ngoại trưởng Na Uy Ola Berg nói với báo giới rằng Na Uy phản đối việc Ấn Độ thử tên lửa.")).not.toContain(
      "Ola Berg CRITICIZED India [occurred]",
    );
  });
});

describe("Vietnamese support of joining a body", () => {
  it("support of a joining backs who joins, named after 'của': 'ủng hộ tiến trình gia nhập X của Y'", () => {
    expect(triples("Pháp ủng hộ tiến trình gia nhập Liên minh châu Âu của Ukraine.")).toEqual(["France SUPPORTED Ukraine [occurred]"]);
  });

  it("the body joined is not backed, and whom support names before the joining is: 'ủng hộ Y gia nhập X'", () => {
    expect(triples("Pháp ủng hộ việc gia nhập Liên minh châu Âu.")).toEqual([]);
    expect(triples("Pháp ủng hộ Ukraine gia nhập Liên minh châu Âu.")).toEqual(["France SUPPORTED Ukraine [occurred]"]);
  });
});

describe("Vietnamese guests received at a building set in a city", () => {
  it("a building set in a city is where the city is: 'A tiếp B tại Phủ Chủ tịch ở X'", () => {
    const found = triples("Ngoại trưởng Lào Omar Haddad đã tiếp Thủ tướng Đức Hans Vogel tại Phủ Chủ tịch ở Viêng Chăn.");
    expect(found).toContain("Hans Vogel VISITED Laos [occurred]");
    expect(found).toContain("Hans Vogel MET Omar Haddad [occurred]");
  });
});

describe("Vietnamese judgements of acts of rulers and of acts done to someone", () => {
  it("an act of a country's rulers set in it judges the country: 'lên án cuộc đảo chính (quân sự) ở X', 'vụ đàn áp tại X'", () => {
    expect(triples("Pháp lên án cuộc đảo chính quân sự tại Lào.")).toEqual(["France CRITICIZED Laos [occurred]"]);
    expect(triples("Ấn Độ chỉ trích vụ đàn áp ở Cuba.")).toEqual(["India CRITICIZED Cuba [occurred]"]);
  });

  it("a building set in a country is no act of its rulers: 'phản đối việc mở căn cứ hải quân tại X'", () => {
    expect(triples("Pháp phản đối việc mở căn cứ hải quân tại Lào.")).toEqual([]);
  });

  it("whom an act is done to is not judged, its doer after 'của' is: 'lên án vụ tấn công vào X (của Y)'", () => {
    expect(triples("Pháp lên án vụ tấn công vào Ấn Độ.")).toEqual([]);
    expect(triples("Pháp lên án vụ tấn công vào Ấn Độ của Trung Quốc.")).toEqual(["France CRITICIZED China [occurred]"]);
    expect(triples("Ấn Độ phản đối việc bắt giữ Ngoại trưởng Lào Omar Haddad.").filter((t) => t.includes("CRITICIZED"))).toEqual([]);
  });
});

describe("Vietnamese thanks for an act named by its noun alone", () => {
  it("thanks for congratulations told before go to who gave them: 'A chúc mừng B. B cảm ơn (về) lời chúc mừng'", () => {
    expect(triples("Thủ tướng Đức Hans Vogel gửi điện chúc mừng Ngoại trưởng Lào Omar Haddad. Ông Haddad cảm ơn lời chúc mừng.")).toContain(
      "Omar Haddad THANKED Hans Vogel [occurred]",
    );
    expect(triples("Thủ tướng Đức Hans Vogel chúc mừng Ngoại trưởng Lào Omar Haddad; ông Haddad cảm ơn về lời chúc mừng.")).toContain(
      "Omar Haddad THANKED Hans Vogel [occurred]",
    );
  });

  it("thanks for a welcome go to the host who received the thanker: 'A tiếp B. B cảm ơn sự tiếp đón chu đáo'", () => {
    expect(triples("Thủ tướng Đức Hans Vogel tiếp Ngoại trưởng Lào Omar Haddad. Ông Haddad cảm ơn sự tiếp đón chu đáo.")).toContain(
      "Omar Haddad THANKED Hans Vogel [occurred]",
    );
  });

  it("not when the act was done to someone else, or the thanker was the doer", () => {
    const other = triples("Thủ tướng Đức Hans Vogel chúc mừng Ấn Độ. Ngoại trưởng Lào Omar Haddad cảm ơn lời chúc mừng.");
    expect(other.filter((t) => t.includes("THANKED"))).toEqual([]);
    const host = triples("Thủ tướng Đức Hans Vogel tiếp Ngoại trưởng Lào Omar Haddad. Ông Vogel cảm ơn sự đón tiếp.");
    expect(host.filter((t) => t.includes("THANKED"))).toEqual([]);
  });
});

describe("Vietnamese pledges and promises of supply", () => {
  it("a pledge or a promise to go on supplying lies ahead: 'cam kết tiếp tục gửi', 'hứa viện trợ'", () => {
    expect(triples("Ấn Độ cam kết tiếp tục gửi lương thực cho Lào.")).toEqual(["India SUPPLIED Laos [planned]"]);
    expect(triples("Pháp hứa viện trợ 3 triệu euro cho Cuba.")).toEqual(["France SUPPLIED Cuba [planned]"]);
  });
});

describe("Vietnamese packages and measures announced", () => {
  it("who announces a package or a measure gives or lays it: 'A công bố/thông báo gói viện trợ mới cho B'", () => {
    expect(triples("Ấn Độ thông báo gói viện trợ nhân đạo mới cho Lào.")).toEqual(["India SUPPLIED Laos [occurred]"]);
    expect(triples("Pháp công bố gói viện trợ 4 triệu euro cho Cuba.")).toEqual(["France SUPPLIED Cuba [occurred]"]);
  });

  it("a measure announced lifted is none laid: 'thông báo bãi bỏ lệnh trừng phạt X'", () => {
    expect(triples("Ấn Độ thông báo bãi bỏ lệnh trừng phạt Cuba.")).toEqual([]);
  });
});

describe("Vietnamese deals signed to buy", () => {
  it("a deal signed to buy is signed with the goods' maker or seller: 'A ký hợp đồng mua 6 máy bay B', 'mua ... của B'", () => {
    expect(triples("Hãng hàng không Lao Skyways đã ký hợp đồng mua 6 máy bay Airbus A320.")).toEqual([
      "Airbus SIGNED Lao Skyways [occurred]",
    ]);
    expect(triples("Lao Skyways chuẩn bị ký thỏa thuận đặt mua 12 máy bay của Airbus.")).toEqual(["Airbus SIGNED Lao Skyways [planned]"]);
  });

  it("whom the goods are bought for is no seller: 'ký hợp đồng mua vũ khí cho X'", () => {
    expect(triples("Lào ký hợp đồng mua thiết bị y tế cho Cuba.")).toEqual([]);
  });
});

describe("Vietnamese quotations that open on the act", () => {
  it("a quotation after a colon opening on the cue is the speaker's act: 'A viết: \"Cảm ơn X ...\"'", () => {
    expect(triples('Ngoại trưởng Lào Omar Haddad viết trên mạng xã hội: "Cảm ơn Ấn Độ vì những chuyến hàng".')).toContain(
      "Omar Haddad THANKED India [occurred]",
    );
  });

  it("not a quotation with a subject of its own, nor one the introducing clause names no actor for", () => {
    expect(triples('Ngoại trưởng Lào Omar Haddad nói: "Chúng tôi cảm ơn Ấn Độ".')).not.toContain("Omar Haddad THANKED India [occurred]");
    expect(triples('Đám đông hô vang: "Ủng hộ Cuba".')).toEqual([]);
  });
});

describe("Vietnamese judgements of a deed told by a relative clause", () => {
  it("the doer of the relative clause is judged: 'khen ngợi các kết quả mà (người dân) X giành được', 'lên án các biện pháp mà X áp đặt'", () => {
    expect(triples("Ông Omar Haddad khen ngợi các kết quả mà người dân Ấn Độ giành được ở vùng núi.")).toEqual([
      "Omar Haddad PRAISED India [occurred]",
    ]);
    expect(triples("Cuba lên án các biện pháp mà Pháp áp đặt lên ngành đánh bắt cá.")).toEqual(["Cuba CRITICIZED France [occurred]"]);
  });

  it("not a 'mà' that means 'but', nor one right after the verb", () => {
    expect(triples("Cuba chỉ trích kế hoạch này mà không nêu tên Pháp.")).toEqual([]);
  });
});

describe("Vietnamese sides that frame a clause", () => {
  it("a side named before the person who speaks for it does not act: 'Về phía X, Tổng thống Y ca ngợi Z'", () => {
    expect(triples("Về phía Lào, ông Omar Haddad ca ngợi Ấn Độ.")).toEqual(["Omar Haddad PRAISED India [occurred]"]);
  });

  it("a side that is the subject still acts: 'Phía X bác bỏ ...'", () => {
    expect(triples("Phía Lào ca ngợi Ấn Độ.")).toEqual(["Laos PRAISED India [occurred]"]);
  });
});

describe("Vietnamese outlet credits", () => {
  it("an outlet's credit opening the first paragraph is no part of the text: 'Dân Việt - A ...', '(ABC) - A ...'", () => {
    expect(cleanText("Tin thử\nDân Việt - Ông Omar Haddad tới Cuba.", vietnamese)).toBe("Tin thử\nÔng Omar Haddad tới Cuba.");
    expect(triples("Tin thử\n(KTX) - Ấn Độ gửi 20 tấn thuốc cho Cuba.")).toEqual(["India SUPPLIED Cuba [occurred]"]);
  });

  it("an outlet's credit known by its shape under the headline: 'ABC - Theo X, A và B đã ký', 'Bao.vn - ...'", () => {
    expect(cleanText("Tin thử\nKTX - Theo hãng tin Kyodo, Ấn Độ và Pháp đã ký hiệp định.", vietnamese)).toBe(
      "Tin thử\nTheo hãng tin Kyodo, Ấn Độ và Pháp đã ký hiệp định.",
    );
    expect(cleanText("Tin thử\nTinNhanh.vn - Ấn Độ gửi thuốc cho Cuba.", vietnamese)).toBe("Tin thử\nẤn Độ gửi thuốc cho Cuba.");
    // The source the sentence then opens on is no signer.
    expect(triples("Tin thử\nKTX - Theo hãng tin Kyodo, Ấn Độ và Pháp đã ký hiệp định.")).toEqual(["France SIGNED India [occurred]"]);
    // A headline may open on an abbreviated name and a dash.
    expect(cleanText("EU - Ấn Độ ký hiệp định\nHai bên ký hiệp định.", vietnamese)).toBe("EU - Ấn Độ ký hiệp định\nHai bên ký hiệp định.");
  });

  it("not a headline that opens on two places and a dash: 'Lào - Cuba ...'", () => {
    expect(cleanText("Lào - Cuba ký hiệp định\nHai nước ký hiệp định.", vietnamese)).toBe(
      "Lào - Cuba ký hiệp định\nHai nước ký hiệp định.",
    );
  });
});

describe("Vietnamese support packages", () => {
  it("a support package is aid, past its purpose and value: 'A công bố gói hỗ trợ phòng thủ trị giá ... cho B'", () => {
    expect(triples("Pháp công bố gói hỗ trợ phòng thủ trị giá 9 triệu euro cho Cuba.")).toEqual(["France SUPPLIED Cuba [occurred]"]);
    expect(triples("Cuba nhận gói hỗ trợ y tế từ Ấn Độ.")).toEqual(["India SUPPLIED Cuba [occurred]"]);
  });

  it("a package for no one named is no supply: 'thông qua gói hỗ trợ doanh nghiệp'", () => {
    expect(triples("Chính phủ Pháp thông qua gói hỗ trợ doanh nghiệp nhỏ.")).toEqual([]);
  });
});

describe("Vietnamese aid given to help", () => {
  it("aid given to help someone goes to them: 'viện trợ 2 triệu USD giúp X khắc phục ...', 'hỗ trợ 30 triệu yên giúp X'", () => {
    expect(triples("Pháp viện trợ 2 triệu USD giúp Cuba sửa chữa đê điều.")).toEqual(["France SUPPLIED Cuba [occurred]"]);
    expect(triples("Nhật Bản hỗ trợ 30 triệu yên giúp Lào xây trường học.")).toEqual(["Japan SUPPLIED Laos [occurred]"]);
  });

  it("help with no goods is no supply: 'A giúp X xây cảng'", () => {
    expect(triples("Pháp giúp Cuba xây dựng cảng biển.")).toEqual([]);
  });
});

describe("Vietnamese supplies whose recipient was told just before", () => {
  it("goods sent with no recipient named go to the one a supply just told went to: 'A gửi ... cho X. B cũng cung cấp ...'", () => {
    expect(triples("Ấn Độ gửi 30 tấn thuốc cho Cuba. Pháp sau đó cũng cung cấp 5 triệu euro hàng cứu trợ.")).toEqual([
      "France SUPPLIED Cuba [occurred]",
      "India SUPPLIED Cuba [occurred]",
    ]);
  });

  it("not goods sent somewhere marked, nor by the recipient itself, nor long after", () => {
    expect(triples("Ấn Độ gửi 30 tấn thuốc cho Cuba. Pháp gửi binh sĩ tới vùng biên giới.")).toEqual(["India SUPPLIED Cuba [occurred]"]);
    expect(triples("Ấn Độ gửi 30 tấn thuốc cho Cuba. Cuba cũng cung cấp bác sĩ và thuốc men.")).toEqual(["India SUPPLIED Cuba [occurred]"]);
    const filler = "Trời mưa. Gió to. Biển động. Đường ngập. Cầu gãy. Điện mất. Nước dâng. Lúa ngập. Chợ đóng. Trường nghỉ. Đêm xuống.";
    expect(triples(`Ấn Độ gửi 30 tấn thuốc cho Cuba. ${filler} Pháp cung cấp tên lửa.`)).toEqual(["India SUPPLIED Cuba [occurred]"]);
  });

  it("the recipient of an aid story holds over a few paragraphs: 'A viện trợ ... cho X. [four sentences] B cũng viện trợ ...'", () => {
    const text =
      "Na Uy viện trợ 3 triệu USD cho Cuba khắc phục hậu quả bão. Hai bộ trưởng đã điện đàm. Gió to. Biển động. Đường ngập. Sau đó, Pháp cũng viện trợ 500.000 euro.";
    expect(triples(text)).toEqual(["France SUPPLIED Cuba [occurred]", "Norway SUPPLIED Cuba [occurred]"]);
  });
});

describe("Vietnamese relief whose recipient is the story's stricken country", () => {
  it("relief to a plain place of need, or aid pledged with no one named, goes to the one country a disaster struck", () => {
    const text =
      "Động đất mạnh làm rung chuyển miền nam Cuba. Gió to. Biển động. Đường ngập. Cầu gãy. Điện mất. Nước dâng. Lúa ngập. Chợ đóng. Trường nghỉ. Ấn Độ gửi 40 tấn thuốc tới các vùng bị cô lập, còn Na Uy cam kết viện trợ khẩn cấp.";
    expect(triples(text)).toEqual(["India SUPPLIED Cuba [occurred]", "Norway SUPPLIED Cuba [planned]"]);
  });

  it("not when the disaster struck several countries, nor to the giver, nor aid a person only speaks of", () => {
    const filler = "Gió to. Biển động. Đường ngập. Cầu gãy. Điện mất. Nước dâng. Lúa ngập. Chợ đóng. Trường nghỉ. Đêm xuống.";
    expect(triples(`Bão lớn tàn phá Cuba và Lào. ${filler} Ấn Độ gửi 40 tấn thuốc tới các vùng bị cô lập.`)).toEqual([]);
    expect(triples(`Động đất làm rung chuyển Cuba. ${filler} Cuba gửi 40 tấn thuốc tới các vùng bị cô lập.`)).toEqual([]);
    expect(triples(`Động đất làm rung chuyển Cuba. ${filler} Ông Omar Haddad chê các nước giàu chậm trễ trong viện trợ.`)).toEqual([]);
  });
});

describe("Vietnamese relief in kind", () => {
  it("shelter, bedding and clean water are goods: 'A gửi lều bạt và máy lọc nước cho X'", () => {
    expect(triples("Na Uy đã gửi lều bạt, chăn màn và máy lọc nước cho Cuba.")).toEqual(["Norway SUPPLIED Cuba [occurred]"]);
  });
});

describe("Vietnamese acts of an unnamed body", () => {
  it("a body's kind alone before the verb is its doer, not the speaker: 'Ông A cho biết tập đoàn vừa ký thỏa thuận với B'", () => {
    const text = "Ông Omar Haddad cho biết tập đoàn vừa ký thỏa thuận mua máy bay với Tập đoàn Airbus.";
    expect(triples(text).filter((t) => t.includes("SIGNED"))).toEqual([]);
    expect(triples("Lào vừa ký thỏa thuận mua máy bay với Tập đoàn Airbus.")).toEqual(["Laos SIGNED Airbus [occurred]"]);
  });
});

describe("Vietnamese supplies to a country's armed services", () => {
  it("a country's navy or air force as recipient stands for it: 'chuyển giao 2 tàu cho hải quân X', 'cho Không quân X'", () => {
    expect(triples("Pháp đã chuyển giao hai tàu hộ vệ cho hải quân Cuba.")).toEqual(["France SUPPLIED Cuba [occurred]"]);
    expect(triples("Ấn Độ gửi 10 trực thăng cho Không quân Lào.")).toEqual(["India SUPPLIED Laos [occurred]"]);
  });

  it("not a service of no country named: 'chuyển giao 2 tàu cho hải quân'", () => {
    expect(triples("Pháp đã chuyển giao hai tàu hộ vệ cho hải quân.")).toEqual([]);
  });
});

describe("Vietnamese agent nouns of supplying", () => {
  it("one who sells or sends by role tells no supply: 'người bán gạo cho X', 'người gửi'", () => {
    expect(triples("Ông Omar Haddad nhiều năm là người bán gạo cho Lào.")).toEqual([]);
    expect(triples("Pháp bán 20 tấn hàng cho Cuba.")).toEqual(["France SUPPLIED Cuba [occurred]"]);
  });
});

describe("Vietnamese meetings with counterparts described, then listed", () => {
  it("the people a plural description names after its comma are met, not the hosts one another: 'A và B tiếp những người đồng cấp X, ông C và ông D'", () => {
    const text =
      "Ông Omar Haddad và ông Vladimir Putin đã hội đàm với các đối tác Cuba, ông Kim Jong Il cùng ông Kim Jong Un, ở Viêng Chăn.";
    expect(triples(text).filter((t) => t.includes(" MET "))).toEqual([
      "Kim Jong Il MET Omar Haddad [occurred]",
      "Kim Jong Il MET Vladimir Putin [occurred]",
      "Kim Jong Un MET Omar Haddad [occurred]",
      "Kim Jong Un MET Vladimir Putin [occurred]",
    ]);
  });

  it("the guests a plural description lists are where they were received: 'A tiếp những người đồng cấp X, ông C và ông D, tại Y'", () => {
    const text = "Tổng thống Vladimir Putin đã tiếp những người đồng cấp Pháp, ông Jean Morel và ông Paul Girard, tại Mátxcơva.";
    expect(triples(text).filter((t) => t.includes("VISITED"))).toEqual([
      "Jean Morel VISITED Russia [occurred]",
      "Paul Girard VISITED Russia [occurred]",
    ]);
  });
});

describe("Vietnamese meetings of three or more sides", () => {
  it("each side of a three-way meeting met each other: 'A, trong cuộc hội đàm ba bên với B và C, ...'", () => {
    const text = "Ông Omar Haddad, trong cuộc hội đàm ba bên với ông Vladimir Putin và ông Kim Jong Un ngày 2/4, đã nêu đề xuất.";
    expect(triples(text).filter((t) => t.includes(" MET "))).toEqual([
      "Kim Jong Un MET Omar Haddad [occurred]",
      "Kim Jong Un MET Vladimir Putin [occurred]",
      "Omar Haddad MET Vladimir Putin [occurred]",
    ]);
  });

  it("not a meeting with no word of its sides: 'cuộc hội đàm với B và C'", () => {
    const text = "Ông Omar Haddad, trong cuộc hội đàm với ông Vladimir Putin và ông Kim Jong Un ngày 2/4, đã nêu đề xuất.";
    expect(triples(text).filter((t) => t.includes(" MET "))).toEqual([
      "Kim Jong Un MET Omar Haddad [occurred]",
      "Omar Haddad MET Vladimir Putin [occurred]",
    ]);
  });
});

describe("Vietnamese thanks to members a group names in an aside", () => {
  it("the members named after 'đặc biệt là' / 'trong đó có' do what the thanks are for: 'cảm ơn các đối tác, đặc biệt là A và B, đã ủng hộ C'", () => {
    const found = triples("Ngoại trưởng Lào Omar Haddad cảm ơn các đối tác, đặc biệt là Ấn Độ và Pháp, đã ủng hộ Lào.");
    expect(found).toContain("India SUPPORTED Laos [occurred]");
    expect(found).toContain("France SUPPORTED Laos [occurred]");
    expect(found).not.toContain("Omar Haddad SUPPORTED Laos [occurred]");
    expect(triples("Ngoại trưởng Lào Omar Haddad cảm ơn cộng đồng quốc tế, trong đó có Cuba, đã ủng hộ Lào.")).toContain(
      "Cuba SUPPORTED Laos [occurred]",
    );
  });

  it("not members named after a verb other than thanks: 'chỉ trích các nước, đặc biệt là A, đã ...' keeps its own reading", () => {
    const found = triples("Ngoại trưởng Lào Omar Haddad chỉ trích các nước láng giềng, đặc biệt là Ấn Độ, đã ủng hộ Cuba.");
    expect(found).not.toContain("Omar Haddad SUPPORTED Cuba [occurred]");
  });
});

describe("Vietnamese thanks for aid", () => {
  it("goods thanked for came from the one thanked: 'A cảm ơn B vì những khoản viện trợ ...', loans as aid", () => {
    expect(triples("Bộ trưởng Lào Omar Haddad cảm ơn Ấn Độ vì các lô thuốc gửi sang hồi tháng trước.")).toContain(
      "India SUPPLIED Laos [occurred]",
    );
    expect(triples("Bộ trưởng Lào Omar Haddad cảm ơn Ấn Độ đã cung cấp những khoản vay lãi suất thấp.")).toContain(
      "India SUPPLIED Laos [occurred]",
    );
  });

  it("not thanks for what names no goods: 'cảm ơn B vì những lời chúc', 'về sự giúp đỡ'", () => {
    expect(triples("Bộ trưởng Lào Omar Haddad cảm ơn Ấn Độ vì những lời chúc tốt đẹp.").filter((t) => t.includes("SUPPLIED"))).toEqual([]);
    expect(triples("Bộ trưởng Lào Omar Haddad cảm ơn Ấn Độ về sự giúp đỡ.").filter((t) => t.includes("SUPPLIED"))).toEqual([]);
  });
});

describe("Vietnamese supplies shared out among recipients", () => {
  it("each share of the goods goes to its own recipient: 'viện trợ 7 triệu euro cho X và 3 triệu euro cho Y'", () => {
    expect(triples("Ấn Độ gửi 40 tấn gạo cho Lào, 15 tấn thuốc cho Cuba.")).toEqual([
      "India SUPPLIED Cuba [occurred]",
      "India SUPPLIED Laos [occurred]",
    ]);
    expect(triples("Pháp cam kết viện trợ 7 triệu euro cho Cuba và 3 triệu euro cho Lào.")).toEqual([
      "France SUPPLIED Cuba [planned]",
      "France SUPPLIED Laos [planned]",
    ]);
  });

  it("not a share that names no goods: 'gửi gạo cho X và 15 chuyên gia tới Y'", () => {
    expect(triples("Ấn Độ gửi 40 tấn gạo cho Lào và 15 chuyên gia tới Cuba.")).toEqual(["India SUPPLIED Laos [occurred]"]);
  });
});

describe("Vietnamese criticism of an act of a country's rulers named bare", () => {
  const story = "Quân đội Cuba tuyên bố nắm quyền tại La Habana. Cuba đóng cửa mọi sân bay. Các tướng lĩnh Cuba giải tán quốc hội. ";

  it("condemning 'the coup' judges the one foreign country the article is about: 'Pháp lên án cuộc đảo chính'", () => {
    expect(triples(`${story}Pháp lên án cuộc đảo chính.`)).toEqual(["France CRITICIZED Cuba [occurred]"]);
    expect(triples(`${story}Ấn Độ chỉ trích việc đàn áp người biểu tình.`)).toEqual(["India CRITICIZED Cuba [occurred]"]);
  });

  it("criticizing 'the toppling of X' judges the country, not the one toppled: 'chỉ trích việc lật đổ ông X'", () => {
    expect(triples(`${story}Nhật Bản chỉ trích việc lật đổ ông Omar Haddad.`)).toEqual(["Japan CRITICIZED Cuba [occurred]"]);
  });

  it("not with no country the article is about, nor by that country itself", () => {
    expect(triples("Pháp lên án cuộc đảo chính.")).toEqual([]);
    expect(triples(`${story}Cuba lên án vụ trấn áp.`)).toEqual([]);
  });
});

describe("Vietnamese accession documents signed", () => {
  const signed = (text: string) => triples(text).filter((t) => t.includes("SIGNED"));

  it("signing the accession protocol is signing with the body the article said is joined: 'ký nghị định thư gia nhập'", () => {
    expect(
      signed(
        "Ukraine trở thành thành viên thứ 28 của Liên minh châu Âu (EU). Thủ tướng Ukraine Ivan Kovalenko đã ký nghị định thư gia nhập tại Brussels.",
      ),
    ).toEqual(["European Union SIGNED Ivan Kovalenko [occurred]"]);
    expect(
      signed("Lào và Cuba chính thức gia nhập EU. Ngoại trưởng Lào Omar Haddad và Ngoại trưởng Cuba Pedro Vidal đã ký tuyên bố gia nhập."),
    ).toEqual(["European Union SIGNED Omar Haddad [occurred]", "European Union SIGNED Pedro Vidal [occurred]"]);
  });

  it("not with no body said to be joined", () => {
    expect(signed("Thủ tướng Ukraine Ivan Kovalenko đã ký nghị định thư gia nhập tại Brussels.")).toEqual([]);
  });
});

describe("Vietnamese criticism of an agreement or a deal told before", () => {
  it("concern at 'the agreement' judges the side that signed it: 'A ký thỏa thuận với B. C bày tỏ quan ngại trước thỏa thuận'", () => {
    expect(triples("Ấn Độ ký thỏa thuận hợp tác hải quân với Lào. Nhật Bản bày tỏ quan ngại trước thỏa thuận.")).toEqual([
      "India SIGNED Laos [occurred]",
      "Japan CRITICIZED India [occurred]",
    ]);
    expect(triples("Ấn Độ ký thỏa thuận hợp tác hải quân với Lào. Pháp lên án hiệp định này.")).toContain(
      "France CRITICIZED India [occurred]",
    );
  });

  it("opposing 'the deal' judges the seller told: 'A chuyển giao tiêm kích cho B. C phản đối thương vụ'", () => {
    expect(triples("Pháp chuyển giao 12 tiêm kích cho Ấn Độ. Trung Quốc phản đối thương vụ.")).toEqual([
      "China CRITICIZED France [occurred]",
      "France SUPPLIED India [occurred]",
    ]);
  });

  it("not praise of the agreement, which is as often of those who brokered it: 'C ca ngợi thỏa thuận'", () => {
    expect(triples("Ấn Độ ký thỏa thuận hợp tác hải quân với Lào. Nhật Bản ca ngợi thỏa thuận.")).toEqual(["India SIGNED Laos [occurred]"]);
  });
});

describe("Vietnamese signings watched by leaders", () => {
  it("leaders who witness a signing ceremony have their countries sign: 'A và B chứng kiến lễ ký ...'", () => {
    expect(
      triples("Thủ tướng Ấn Độ Raj Mehta và Tổng thống Pháp Jean Roux đã chứng kiến lễ ký bốn văn kiện hợp tác.").filter((t) =>
        t.includes("SIGNED"),
      ),
    ).toEqual(["France SIGNED India [occurred]"]);
  });

  it("the two leaders told before preside over a signing to come: 'hai nhà lãnh đạo sẽ chủ trì lễ ký kết ...'", () => {
    const found = triples(
      "Thủ tướng Ấn Độ Raj Mehta hội đàm với Tổng thống Pháp Jean Roux. Hai nhà lãnh đạo sẽ chủ trì lễ ký kết hiệp định về hàng hải.",
    );
    expect(found).toContain("France SIGNED India [planned]");
  });
});

describe("Vietnamese patterns: members of a group listed in brackets sign with it, not with each other", () => {
  it("gives no signing among the members of 'A và nhóm X (gồm B, C và D) đã ký'", () => {
    const found = triples("Triều Tiên và nhóm G4 (gồm Pháp, Đức và Ý) đã ký một hiệp định hợp tác.");
    expect(found).not.toContain("France SIGNED Germany [occurred]");
    expect(found).not.toContain("Germany SIGNED Italy [occurred]");
    expect(triples("Pháp và Đức họp tại Paris và đã ký một hiệp định hợp tác.")).toContain("France SIGNED Germany [occurred]");
  });
  it("an adverb or emotion ending in 'động' before a verb is no nominalizer: 'X, có mặt tại Y, xúc động cảm ơn Z'", () => {
    const moved = triples("Ông Omar Haddad, có mặt tại sân bay Viêng Chăn sáng 5/3, xúc động cảm ơn Ấn Độ vì khoản viện trợ.");
    expect(moved).toContain("Omar Haddad THANKED India [occurred]");
    const own = triples("Ông Omar Haddad, có mặt tại New Delhi, chủ động gặp Thủ tướng Ấn Độ Rajiv Menon.");
    expect(own).toContain("Omar Haddad MET Rajiv Menon [occurred]");
    // An activity or an act made of the verb is still a noun, whose doer follows "của".
    expect(triples("Pháp lên án hoạt động cung cấp vũ khí của Trung Quốc cho Cuba.")).toContain("China SUPPLIED Cuba [occurred]");
    expect(triples("Pháp cho rằng hành động trừng phạt của Trung Quốc là sai.")).not.toContain("France SANCTIONED China [occurred]");
  });
});

describe("Vietnamese judged noun phrases", () => {
  it("a comma between the plain words of what is judged goes on to its owner: 'đánh giá cao thành tựu A - B, C và D của X'", () => {
    const text = "Ông Omar Haddad đánh giá cao những thành tựu phát triển văn hóa - giáo dục, y tế và khoa học của Ấn Độ.";
    expect(triples(text)).toContain("Omar Haddad PRAISED India [occurred]");
    expect(triples("Pháp chỉ trích các chính sách thương mại, thuế quan của Trung Quốc.")).toContain("France CRITICIZED China [occurred]");
    // A comma that opens a verb of its own ends what is judged: the owner after it is that verb's.
    expect(triples("Pháp đánh giá cao kết quả hội đàm, khẳng định vai trò của Trung Quốc.")).not.toContain(
      "France PRAISED China [occurred]",
    );
    expect(triples("Pháp đánh giá cao kết quả hội đàm, cảm ơn sự đón tiếp của Trung Quốc.")).not.toContain(
      "France PRAISED China [occurred]",
    );
  });
});

describe("Vietnamese meeting nouns", () => {
  it("a participle clause right after a reporting verb and its comma leads the report: 'X cho biết, tiếp B tại Y, A ...'", () => {
    expect(
      triples("Phóng viên tại Lào cho biết, tiếp Thủ tướng Ấn Độ Raj Mehta tại Viêng Chăn, Tổng thống Pháp Jean Dubois kêu gọi hợp tác."),
    ).toContain("Jean Dubois MET Raj Mehta [occurred]");
  });

  it("the two sides joined after whom a verb receives open their own clause: 'A tiếp B và hai bên ký ...'", () => {
    const found = triples("Tổng thống Pháp Jean Dubois tiếp Thủ tướng Ấn Độ Raj Mehta và hai bên ra tuyên bố chung về thương mại.");
    expect(found).toContain("Jean Dubois MET Raj Mehta [occurred]");
    expect(found.join()).not.toContain("France MET Jean Dubois");
    expect(found.join()).not.toContain("India MET Jean Dubois");
  });

  it("a working session named by its event noun, with a manner word before 'với': 'có cuộc làm việc trực tiếp với X'", () => {
    const text = "Ông Omar Haddad đã có cuộc làm việc trực tiếp với Thủ tướng Ấn Độ Rajiv Menon tại New Delhi.";
    expect(triples(text)).toContain("Omar Haddad MET Rajiv Menon [occurred]");
    expect(triples("Ông Omar Haddad đã có buổi làm việc riêng với Thủ tướng Ấn Độ Rajiv Menon.")).toContain(
      "Omar Haddad MET Rajiv Menon [occurred]",
    );
    // Work done with no one named is no meeting.
    expect(triples("Ông Omar Haddad đã có cuộc làm việc tại tỉnh Champasak.").filter((t) => t.includes("MET"))).toEqual([]);
  });

  it("a lower-case office only one person of the story holds stands for that holder: 'ca ngợi nhà vua', 'nhà vua sẽ tới X'", () => {
    const text =
      "Quốc vương Na Uy Harald Lund đã tới New Delhi hôm 3/5. Thủ tướng Ấn Độ Rahul Mehta ca ngợi nhà vua là người bạn lâu năm. " +
      "Sau New Delhi, nhà vua sẽ tới Pháp.";
    const found = triples(text);
    expect(found).toContain("Rahul Mehta PRAISED Harald Lund [occurred]");
    expect(found).toContain("Harald Lund VISITED France [planned]");
    // After a verb of becoming the office is said of someone else, not a mention of the king.
    expect(triples("Quốc vương Na Uy Harald Lund đã tới Hà Nội. Ông Rahul Mehta ca ngợi người sẽ trở thành quốc vương.")).toEqual(
      expect.not.arrayContaining(["Rahul Mehta PRAISED Harald Lund [occurred]"]),
    );
  });

  it("setting foot on a country's soil is a visit: 'đặt chân lên lãnh thổ X', 'đặt chân lên đảo X'", () => {
    expect(triples("Ông Omar Haddad hôm qua đã đặt chân lên lãnh thổ Ấn Độ.")).toContain("Omar Haddad VISITED India [occurred]");
    expect(triples("Ông Omar Haddad sẽ đặt chân lên đảo Cuba vào tháng 9.")).toContain("Omar Haddad VISITED Cuba [planned]");
  });

  it("warning against what someone does criticizes them: 'cảnh báo việc X mở rộng ...'; a warning that something may happen does not", () => {
    expect(triples("Ông Omar Haddad cảnh báo việc Ấn Độ mở rộng căn cứ quân sự sẽ gây căng thẳng.")).toContain(
      "Omar Haddad CRITICIZED India [occurred]",
    );
    expect(triples("Ông Omar Haddad cảnh báo rằng Ấn Độ có thể bị loại khỏi khối.")).toEqual([]);
  });

  it("a judged supply's recipient is not who is judged: 'lên án việc chuyển thêm vũ khí cho X'", () => {
    const found = triples("Ông Omar Haddad lên án việc chuyển thêm vũ khí cho Ấn Độ.");
    expect(found).not.toContain("Omar Haddad CRITICIZED India [occurred]");
    // Named after the judged words, not as the supply's recipient, the one judged still is.
    expect(triples("Ông Omar Haddad lên án việc Pháp chuyển thêm vũ khí cho Ấn Độ.")).toContain("Omar Haddad CRITICIZED France [occurred]");
  });
});

describe("Vietnamese envoys posted to the country they are met in", () => {
  it("an ambassador posted to the country visits nothing there: 'tiếp Đại sứ Y tại X Z tại <thủ đô X>'", () => {
    const read = triples("Bộ trưởng Ấn Độ Ravi Mehta đã tiếp Đại sứ Pháp tại Ấn Độ Claire Morel tại New Delhi.");
    expect(read).toContain("Claire Morel MET Ravi Mehta [occurred]");
    expect(read.filter((t) => t.includes("VISITED"))).toEqual([]);
    // Met in a country not his post, he did go there.
    expect(
      triples("Bộ trưởng Ấn Độ Ravi Mehta đã tiếp Đại sứ Pháp tại Lào Claire Morel tại New Delhi.").filter((t) => t.includes("VISITED")),
    ).toEqual(["Claire Morel VISITED India [occurred]"]);
  });
});

describe("Vietnamese events called off", () => {
  it("a meeting or visit cancelled or postponed is not stated: 'hủy cuộc gặp với X', 'hoãn chuyến thăm Y', '... đã bị hoãn'", () => {
    const events = (text: string) => triples(text).filter((t) => !t.includes("OFFICIAL_OF"));
    expect(events("Tổng thống Pháp Claire Morel hủy cuộc gặp dự kiến với Thủ tướng Ấn Độ Ravi Mehta.")).toEqual([]);
    expect(events("Tổng thống Pháp Claire Morel đã hoãn chuyến thăm Ấn Độ.")).toEqual([]);
    expect(events("Chuyến thăm Ấn Độ của Tổng thống Pháp Claire Morel đã bị hoãn.")).toEqual([]);
    // Not called off, it is read.
    expect(events("Tổng thống Pháp Claire Morel gặp Thủ tướng Ấn Độ Ravi Mehta.")).toEqual(["Claire Morel MET Ravi Mehta [occurred]"]);
  });
});

describe("Vietnamese countries that only qualify a firm", () => {
  it("are no party: 'trừng phạt các công ty X', 'ngân hàng X hỗ trợ Y', 'doanh nghiệp vận tải X và Y'", () => {
    expect(triples("Pháp trừng phạt ba công ty Ấn Độ.")).toEqual([]);
    expect(triples("Các ngân hàng Lào hỗ trợ Cuba.")).toEqual([]);
    expect(triples("Pháp trừng phạt hai doanh nghiệp vận tải Lào và Ấn Độ.")).toEqual([]);
    // A state's own firm stands for it.
    expect(triples("Pháp trừng phạt một công ty nhà nước Ấn Độ.")).toEqual(["France SANCTIONED India [occurred]"]);
    expect(triples("Pháp trừng phạt Lào và Ấn Độ.")).toEqual(["France SANCTIONED India [occurred]", "France SANCTIONED Laos [occurred]"]);
  });
});

describe("Vietnamese lists governed by a preposition that run into the next clause's subject", () => {
  it("'A ký với B, C cử ...': C opens a clause of its own, it is no second partner of A", () => {
    const signed = triples("Lào ký hiệp định hàng không với Na Uy, Cuba cử phái đoàn tới Viêng Chăn.");
    expect(signed.filter((t) => t.includes("SIGNED"))).toEqual(["Laos SIGNED Norway [occurred]"]);
    const sent = triples("Pháp gửi thiết bị y tế cho Ấn Độ, Trung Quốc đã chỉ trích Paris.");
    expect(sent.filter((t) => !t.includes("CRITICIZED"))).toEqual(["France SUPPLIED India [occurred]"]);
    // A list that goes on past its comma, or one whose last name is followed by a conjunction and a verb, stays whole.
    expect(triples("Lào ký hiệp định với Na Uy, Cuba và Ấn Độ.")).toEqual([
      "Cuba SIGNED Laos [occurred]",
      "India SIGNED Laos [occurred]",
      "Laos SIGNED Norway [occurred]",
    ]);
    expect(triples("Pháp hội đàm với Na Uy, Cuba và gặp Ấn Độ.")).toEqual([
      "Cuba MET France [occurred]",
      "France MET India [occurred]",
      "France MET Norway [occurred]",
    ]);
  });
});

describe("Vietnamese counted groups: the countries last listed together", () => {
  it("'hai nước' after 'A và B ...' and a sentence on a third country is A and B, not the third nor the speaker's", () => {
    const found = triples(
      "Cuba và Lào đã ký thỏa thuận hợp tác y tế tại Paris. Việc đàm phán với Ấn Độ bị hoãn lại. " +
        "Bộ trưởng Ngoại giao Pháp Louis Girard hoan nghênh hai nước.",
    );
    expect(found).toContain("Louis Girard PRAISED Cuba [occurred]");
    expect(found).toContain("Louis Girard PRAISED Laos [occurred]");
    expect(found.filter((t) => t.includes("PRAISED India") || t.includes("PRAISED France"))).toEqual([]);
  });

  it("a pair listed before 'với' is the pair of 'hai nước', not the third side: 'A và B ... với C, theo đó hai nước ...'", () => {
    const found = triples("Tại Oslo, Cuba và Lào ra tuyên bố chung với Na Uy, theo đó hai nước sẽ ký hiệp định thương mại.");
    expect(found.filter((t) => t.includes("SIGNED") && t.includes("Norway"))).toEqual([]);
  });
});

describe("Vietnamese groups told again: the same leaders", () => {
  it("'hai nhà lãnh đạo' told again is the pair told before, not two people named together in an earlier sentence since", () => {
    const found = triples(
      "Tổng thống Pháp Marc Olivier gặp Thủ tướng Lào Omar Haddad tại Paris. Cuối ngày, hai nhà lãnh đạo ký một hiệp định. " +
        "Con gái ông Olivier, bà Claire Olivier, cũng có mặt trong phái đoàn. Thủ tướng Ấn Độ Rahul Mehta viết trên mạng xã hội về cuộc gặp. " +
        "Trong khi đó, Ấn Độ hoan nghênh lòng dũng cảm của hai nhà lãnh đạo.",
    );
    expect(found).toContain("India PRAISED Marc Olivier [occurred]");
    expect(found).toContain("India PRAISED Omar Haddad [occurred]");
    expect(found.filter((t) => t.includes("PRAISED Claire"))).toEqual([]);
  });
});

describe("Vietnamese counted groups: a sentence that names the pair itself", () => {
  it("'hai nước' after 'A thăm B' in its own sentence is A's country and B, not a pair listed sentences before", () => {
    const found = triples(
      "Cuba và Lào đã ký thỏa thuận hợp tác y tế tại Paris. Việc đàm phán vẫn tiếp tục. " +
        "Bộ trưởng Ngoại giao Pháp Louis Girard thăm Ấn Độ và hai nước đã ký hiệp định thương mại.",
    );
    expect(found).toContain("France SIGNED India [occurred]");
    expect(found.filter((t) => t.startsWith("Louis Girard VISITED"))).toEqual(["Louis Girard VISITED India [occurred]"]);
  });
});

describe("Vietnamese verbs owned by the name after them: 'nghị quyết trừng phạt của X', 'tìm hậu thuẫn của X'", () => {
  it("a sanction owned by a body through 'của' is that body's, not a sanction on it", () => {
    const found = triples("Thủ tướng Lào Omar Haddad ra lệnh cấm bán dầu, sau nghị quyết trừng phạt của Pháp.");
    expect(found.filter((t) => t.includes("SANCTIONED"))).toEqual([]);
  });

  it("seeking someone's backing is no backing of them: 'Cuba tìm hậu thuẫn của Ấn Độ'", () => {
    const found = triples("Cuba tìm kiếm hậu thuẫn của Ấn Độ giữa lúc căng thẳng với Na Uy gia tăng.");
    expect(found.filter((t) => t.includes("SUPPORTED"))).toEqual([]);
  });

  it("a verb whose object comes past 'của' keeps it: 'bác bỏ cáo buộc của X' criticizes X", () => {
    expect(triples("Ấn Độ bác bỏ cáo buộc của Na Uy về vụ việc.")).toContain("India CRITICIZED Norway [occurred]");
  });
});

describe("Vietnamese nationals: some of a country's people are not the country ('các cựu binh X', 'một người X')", () => {
  it("meeting a country's veterans meets no one of the country's state", () => {
    const found = triples("Thủ tướng Na Uy Erik Dahl gặp các cựu binh Ấn Độ từng phục vụ tại Oslo.");
    expect(found.filter((t) => t.includes(" MET "))).toEqual([]);
  });

  it("charging a national of a country charges no country", () => {
    const found = triples("Ngoại trưởng Cuba Rosa Vidal cáo buộc một người Lào đã tổ chức đường dây buôn lậu.");
    expect(found.filter((t) => t.includes("ACCUSED"))).toEqual([]);
  });

  it("a country's people as a whole still stand for it: 'sát cánh với nhân dân X'", () => {
    expect(triples("Pháp sát cánh với nhân dân Cuba.")).toContain("France SUPPORTED Cuba [occurred]");
  });
});

describe("Vietnamese motion verbs that say where goods or a person taken go", () => {
  it("trade's direction is no visit: 'xuất khẩu sang X', 'xuất siêu sang X', 'bán sang X'", () => {
    for (const verb of ["xuất khẩu", "xuất siêu", "bán"]) {
      expect(triples(`Năm ngoái, Ấn Độ ${verb} sang Pháp hơn 2 tỷ USD hàng dệt may.`)).not.toContain("India VISITED France [occurred]");
    }
  });

  it("one extradited or deported is taken, not visiting: 'dẫn độ A sang X', 'trục xuất A tới X'", () => {
    expect(triples("Tòa án Ấn Độ cho phép dẫn độ ông Ali Karimov sang Pháp.")).toEqual([]);
    expect(triples("Cảnh sát Lào đã trục xuất ông Ali Karimov tới Trung Quốc.")).not.toContain("Ali Karimov VISITED China [occurred]");
  });

  it("one who goes there still visits, after a deportation told later in the sentence too", () => {
    expect(triples("Ông Ali Karimov đã sang Pháp sau khi Lào trục xuất ông.")).toContain("Ali Karimov VISITED France [occurred]");
    expect(triples("Ấn Độ đã cử phái đoàn thương mại sang Pháp.")).toContain("India VISITED France [occurred]");
  });
});

describe("Vietnamese doers no actor stands for: 'phương Tây', 'cộng đồng quốc tế'", () => {
  it("the West acting after a comma is the act's doer, not the names of the clause before: 'A chúc mừng B, phương Tây chỉ trích C'", () => {
    const found = triples("Lãnh đạo Lào, Cuba chúc mừng ông Ali Karimov, phương Tây chỉ trích cuộc bầu cử ở Ấn Độ.");
    expect(found.filter((t) => t.includes("CRITICIZED"))).toEqual([]);
    expect(triples("Ông Ali Karimov thăm Lào, phương Tây đe dọa trừng phạt Ấn Độ.").filter((t) => t.includes("SANCTIONED"))).toEqual([]);
    expect(triples("Cộng đồng quốc tế lên án Ấn Độ.")).toEqual([]);
  });

  it("listed after an actor, the list still acts: 'Mỹ và phương Tây trừng phạt X'", () => {
    expect(triples("Pháp và phương Tây trừng phạt Ấn Độ.")).toEqual(["France SANCTIONED India [occurred]"]);
  });

  it("a longer name of the West listed after an actor is read whole, the list acting: 'A và các nước phương Tây cáo buộc X'", () => {
    expect(triples("Na Uy và các nước phương Tây cáo buộc Ấn Độ thử tên lửa.")).toEqual(["Norway ACCUSED India [occurred]"]);
    expect(triples("Pháp cùng nhiều nước phương Tây chỉ trích Cuba.")).toEqual(["France CRITICIZED Cuba [occurred]"]);
    expect(triples("Nhiều nước phương Tây chỉ trích Cuba.")).toEqual([]);
  });
});

describe("Vietnamese places gone to before the next verb", () => {
  it("a place one comes back to is no doer of the verb after it: 'sau đó sẽ trở lại X hội đàm với Y'", () => {
    const told = triples(
      "Ngoại trưởng Na Uy Ola Strand đã tới Ấn Độ, sau đó sẽ trở lại La Habana hội đàm với Chủ tịch nước Cuba Pablo Ruiz.",
    );
    expect(told).toContain("Ola Strand MET Pablo Ruiz [planned]");
    expect(told).toContain("Ola Strand VISITED Cuba [planned]");
    expect(told.join()).not.toContain("Cuba MET");
    expect(triples("Ông Ola Strand quay lại Viêng Chăn gặp Thủ tướng Lào Somsak Vong.").join()).not.toContain("Laos MET");
  });
});

describe("Vietnamese visits told from the host's side under a dateline", () => {
  it("a guest received where the article was filed, by a host of that country, visited it: 'OSLO (TTXVN) - A (Na Uy) tiếp B'", () => {
    expect(triples("OSLO (TTXVN) - Chiều 5/3, Thủ tướng Na Uy Erik Berg đã tiếp Bộ trưởng Ngoại giao Pháp Luc Girard.")).toContain(
      "Luc Girard VISITED Norway [occurred]",
    );
    // A building places nothing of its own: it stands at the dateline.
    expect(
      triples("OSLO (TTXVN) - Chiều 5/3, tại Cung điện Hoàng gia, Thủ tướng Na Uy Erik Berg đã hội kiến Ngoại trưởng Pháp Luc Girard."),
    ).toContain("Luc Girard VISITED Norway [occurred]");
    // Set elsewhere by the sentence, the meeting is not the dateline's.
    expect(
      triples("OSLO (TTXVN) - Thủ tướng Na Uy Erik Berg đã gặp Ngoại trưởng Pháp Luc Girard tại Ấn Độ.").filter((t) =>
        t.includes("Norway ["),
      ),
    ).toEqual(["Erik Berg OFFICIAL_OF Norway [occurred]"]);
    // No host of the dateline's country: two guests meeting there say nothing of where they are.
    expect(
      triples("OSLO (TTXVN) - Ngoại trưởng Pháp Luc Girard đã gặp Ngoại trưởng Lào Somsak Vong.").filter((t) => t.includes("VISITED")),
    ).toEqual([]);
    // An envoy met at the dateline is posted there.
    expect(
      triples("OSLO (TTXVN) - Thủ tướng Na Uy Erik Berg đã tiếp Đại sứ Pháp Luc Girard.").filter((t) => t.includes("VISITED")),
    ).toEqual([]);
  });
});

describe("Vietnamese: whom a pronoun after the verb stands for", () => {
  it("'A và B ra sân bay đón ông': the pronoun is none of the joined doers, who did not meet each other", () => {
    const text =
      "Thủ tướng Chile Gabriel Boric tới Lima chiều qua. Tổng thống Peru Dina Boluarte và Ngoại trưởng Peru Elmer Schialer đã ra sân bay đón ông.";
    expect(triples(text).filter((t) => t.includes(" MET "))).toEqual([]);
  });
});

describe("Vietnamese: an owner after 'thuộc sở hữu' is not acted on", () => {
  it("'trừng phạt ba công ty thuộc sở hữu nhà nước X' sanctions X's firms, not X", () => {
    expect(triples("Pháp đã áp đặt trừng phạt đối với ba công ty thuộc sở hữu nhà nước Trung Quốc.")).toEqual([]);
    expect(triples("Ấn Độ bán 4 tàu tuần tra cho một hãng thuộc quyền sở hữu của Lào.")).toEqual([]);
    // Named without the owner's words, the country is the object.
    expect(triples("Pháp đã áp đặt trừng phạt đối với Trung Quốc.")).toEqual(["France SANCTIONED China [occurred]"]);
  });
});

describe("Vietnamese sanctions: a package's contents listed after its target", () => {
  it("'gói trừng phạt đối với A, bao gồm ... của X': X owns a part of the package, the clause's subject lays it", () => {
    expect(
      triples("Liên minh châu Âu đã thông qua gói trừng phạt thứ năm đối với Cuba, bao gồm lệnh cấm nhập khẩu đường của Cuba."),
    ).toEqual(["European Union SANCTIONED Cuba [occurred]"]);
    expect(
      triples(
        "Liên minh châu Âu đã thông qua gói trừng phạt thứ năm đối với Cuba, bao gồm phong tỏa tài sản của Hãng hàng không Lao Skyways.",
      ),
    ).toEqual(["European Union SANCTIONED Cuba [occurred]", "European Union SANCTIONED Lao Skyways [occurred]"]);
    // With no comma the owner after the target is the measure's: "trừng phạt đối với A của X".
    expect(triples("Lào lên án các lệnh trừng phạt đối với Cuba của Liên minh châu Âu.")).toContain(
      "European Union SANCTIONED Cuba [occurred]",
    );
  });
});

describe("Vietnamese sanctions: a measure lifted is none laid ('A dỡ bỏ lệnh cấm vận đối với X')", () => {
  it("a lifting told as done gives no sanction; one asked for leaves the measure in force", () => {
    expect(triples("Pháp dỡ bỏ hoàn toàn lệnh cấm vận vũ khí đối với Lào.")).toEqual([]);
    expect(triples("Pháp đã bãi bỏ các lệnh trừng phạt đối với Cuba.")).toEqual([]);
    expect(triples("Lào yêu cầu Pháp dỡ bỏ cấm vận chống Cuba.")).toEqual(["France SANCTIONED Cuba [occurred]"]);
    expect(triples("Pháp trừng phạt Cuba.")).toEqual(["France SANCTIONED Cuba [occurred]"]);
  });
});

describe("Vietnamese acts owned by a list: 'các lệnh trừng phạt của A, B và C'", () => {
  it("every owner listed after 'của' does the act, and none is acted on", () => {
    expect(triples("Các lệnh trừng phạt của Pháp và Ấn Độ vẫn còn hiệu lực.")).toEqual([]);
    expect(triples("Lào lên án các lệnh trừng phạt của Pháp và Ấn Độ đối với Cuba.")).toEqual([
      "France SANCTIONED Cuba [occurred]",
      "India SANCTIONED Cuba [occurred]",
      "Laos CRITICIZED France [occurred]",
      "Laos CRITICIZED India [occurred]",
    ]);
  });
});

describe("Vietnamese receptions told from the host's side", () => {
  it("a guest received by a local office with no place told visits the office's place: 'Thống đốc bang Y A đã tiếp B'", () => {
    expect(triples("Thống đốc bang Oregon Mary Quinn đã tiếp Bộ trưởng Nông nghiệp Nhật Bản Kenji Mori.")).toContain(
      "Kenji Mori VISITED Oregon [occurred]",
    );
  });

  it("a guest received by a country's office with no place told visits the country: 'Thứ trưởng Bộ Z Y A đã tiếp B'", () => {
    expect(triples("Thứ trưởng Bộ Y tế Việt Nam Trần Văn Hùng đã tiếp Bộ trưởng Y tế Đức Klaus Berger.")).toContain(
      "Klaus Berger VISITED Vietnam [occurred]",
    );
  });

  it("talks joined right after the receiving verb are a reception too: 'A đã tiếp và hội đàm với B'", () => {
    expect(triples("Thủ tướng Việt Nam Trần Văn Hùng đã tiếp và hội đàm với Thủ tướng Đức Klaus Berger.")).toContain(
      "Klaus Berger VISITED Vietnam [occurred]",
    );
  });

  it("an envoy received where he is posted visits nothing: 'A tiếp Đại sứ Z tại Y B'", () => {
    const found = triples("Thứ trưởng Bộ Y tế Việt Nam Trần Văn Hùng đã tiếp Đại sứ Đức tại Việt Nam Klaus Berger.");
    expect(found.filter((t) => t.includes("VISITED"))).toEqual([]);
  });

  it("a guest told of no other country is no visitor: 'A tiếp ông B, Giám đốc công ty Z'", () => {
    const found = triples("Thủ tướng Việt Nam Lê Minh An đã tiếp ông Klaus Berger, Giám đốc công ty Mekong Star.");
    expect(found.filter((t) => t.includes("VISITED"))).toEqual([]);
  });

  it("a host the article has abroad receives no one at home: 'A thăm W. ... A tiếp B'", () => {
    const found = triples("Thủ tướng Việt Nam Lê Minh An đã tới thăm Nhật Bản. Cùng ngày, ông An đã tiếp Bộ trưởng Y tế Đức Klaus Berger.");
    expect(found).not.toContain("Klaus Berger VISITED Vietnam [occurred]");
  });
});
