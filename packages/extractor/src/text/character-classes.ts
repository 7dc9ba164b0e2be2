/** Characters of the Basic Multilingual Plane: the ones `characterClasses` remembers. */
const BMP_SIZE = 0x10000;

/**
 * `classify` by code point, each character of the Basic Multilingual Plane classified once, the first time it is met
 * (others, rare, each time). For scanning a text character by character where a regular expression would test huge
 * Unicode classes at every character (20 to 80 ns each). `classify` gives a class from 1 to 65535.
 */
export function characterClasses(classify: (char: string) => number): (code: number) => number {
  const known = new Uint16Array(BMP_SIZE); // 0: not classified yet
  return (code) => (code < BMP_SIZE ? (known[code] ||= classify(String.fromCharCode(code))) : classify(String.fromCodePoint(code)));
}
