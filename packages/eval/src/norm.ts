import { foldName } from "@news-kg/text-fold";

/** Names compared as the reference scorer's `norm` compares them: folded, so "Kim Jong-un" = "kim jong un". */
export function norm(s: unknown): string {
  return foldName(String(s ?? ""));
}
