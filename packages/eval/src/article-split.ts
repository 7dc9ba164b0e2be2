/** A named subset of articles, scored on its own: `check=dev-35..dev-40,dev-en-1[0-2]`. */
export interface ArticleSplit {
  name: string;
  /** The patterns as given. */
  patterns: string[];
  /** Whether an article key (its id's base name without extension, e.g. `dev-37`) belongs to the split. */
  has(key: string): boolean;
}

/** Names the report uses itself: every article, and the articles of no named split. */
export const RESERVED_SPLIT_NAMES: readonly string[] = ["all", "rest"];

/**
 * Parses `name=pattern,pattern,...`. A pattern is a glob over article keys (`*`, `?`, `[a-z]`, `[!0-9]`; a plain key
 * matches itself) or a numbered range `dev-35..dev-40` (also `dev-35..40`): the keys made of the prefix and a number
 * from 35 to 40, however it is zero-padded.
 */
export function parseSplit(spec: string): ArticleSplit {
  const eq = spec.indexOf("=");
  const name = spec.slice(0, eq).trim();
  if (eq < 0 || !/^[\w.-]+$/.test(name)) throw new Error(`"${spec}": expected name=pattern,pattern,... (name: letters, digits, _ . -)`);
  if (RESERVED_SPLIT_NAMES.includes(name)) throw new Error(`"${name}" names a part of the report already; choose another split name`);
  const patterns = spec
    .slice(eq + 1)
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (!patterns.length) throw new Error(`split "${name}": no pattern after "="`);
  const tests = patterns.map(patternTest);
  return { name, patterns, has: (key) => tests.some((test) => test(key)) };
}

function patternTest(pattern: string): (key: string) => boolean {
  const range = /^(.*?)(\d+)\.\.(.*?)(\d+)$/.exec(pattern);
  if (range) {
    const [, prefix, from, prefixAgain, to] = range as unknown as [string, string, string, string, string];
    if (prefixAgain && prefixAgain !== prefix) throw new Error(`"${pattern}": both ends of a range need the same prefix`);
    const [lo, hi] = [Number(from), Number(to)];
    if (lo > hi) throw new Error(`"${pattern}": the range runs backwards`);
    return (key) => {
      const n = key.startsWith(prefix) ? key.slice(prefix.length) : "";
      return /^\d+$/.test(n) && Number(n) >= lo && Number(n) <= hi;
    };
  }
  const re = globRegExp(pattern);
  return (key) => re.test(key);
}

function globRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*") re += ".*";
    else if (c === "?") re += ".";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 2);
      if (end < 0) throw new Error(`"${glob}": unclosed [`);
      const body = glob.slice(i + 1, end).replace(/\\/g, "\\\\");
      re += `[${body.startsWith("!") ? "^" + body.slice(1) : body}]`;
      i = end;
    } else re += c.replace(/[.+^${}()|\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "u");
}
