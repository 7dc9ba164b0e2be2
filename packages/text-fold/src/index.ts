export { foldText, type FoldOptions } from "./fold-text.ts";
export { foldName } from "./fold-name.ts";
