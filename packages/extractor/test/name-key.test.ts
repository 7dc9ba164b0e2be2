// Name keys keep the marks Vietnamese writes and fold the others away.
import { describe, expect, it } from "vitest";
import { nameKey } from "../src/text/name-key.ts";

describe("nameKey", () => {
  it("keeps Vietnamese tones and vowel marks: 'Lê Văn Hòa' is not 'Le Van Hoa'", () => {
    expect(nameKey("Lê Văn Hòa")).toBe("lê văn hòa");
    expect(nameKey("Nguyễn Thị Ưng")).toBe("nguyễn thị ưng");
  });

  it("folds marks Vietnamese never writes: 'Khürelsükh' → 'khurelsukh', 'Erdoğan' → 'erdogan', 'Gonçalves' → 'goncalves'", () => {
    expect(nameKey("Khürelsükh")).toBe("khurelsukh");
    expect(nameKey("Erdoğan")).toBe("erdogan");
    expect(nameKey("Gonçalves")).toBe("goncalves");
  });

  it("keeps a tone on a foreign name, as Vietnamese writes it there too: 'Díaz-Canel' → 'díaz canel'", () => {
    expect(nameKey("Díaz-Canel")).toBe("díaz canel");
  });
});
