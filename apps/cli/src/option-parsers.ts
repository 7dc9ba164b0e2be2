// Parsers of option values that more than one command takes; commander calls them with each value as typed.
import { InvalidArgumentError } from "commander";
import { isLanguageTag } from "@news-kg/extractor";

/** A parser of a whole number from `min` to `max`; `unit` names what is counted, in the error. */
export function wholeNumberOption(unit: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`expected a whole number of ${unit} from ${min} to ${max}`);
    return n;
  };
}

/** `--workers <n>`: extraction worker threads. */
export const parseWorkers = wholeNumberOption("workers", 1, 64);

/** Keeps every value of a repeatable option (`--lexicon a --lexicon b`), in order. */
export const collectRepeated = (value: string, previous: string[]): string[] => [...previous, value];

/** `--lang <code>`: a language tag ("en", "vi-VN"), kept as typed. */
export function parseLanguage(value: string): string {
  if (!isLanguageTag(value)) throw new InvalidArgumentError(`expected a language code such as vi or en`);
  return value;
}
