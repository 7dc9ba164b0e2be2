// What page furniture looks like on English news sites.
import type { FurnitureRules } from "../language-pack.ts";

/** Headings of blocks that are not the article: related links, most-read lists, comments, newsletters. */
const BLOCK_HEADINGS = new Set([
  "related",
  "related articles",
  "related stories",
  "related news",
  "related coverage",
  "read more",
  "more stories",
  "more from",
  "most read",
  "most popular",
  "most viewed",
  "recommended",
  "recommended stories",
  "you may also like",
  "you might also like",
  "trending",
  "trending now",
  "latest news",
  "latest stories",
  "top stories",
  "comments",
  "share this article",
  "topics",
  "tags",
]);

/** Ratings and newsletter prompts that head a block. */
const PROMPT_HEADINGS = [/^(was|is) this (article|story) helpful\??$/, /^sign up (for|to) (our|the) .{1,60}$/];

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?`;

/** One-line widgets: inline "read more" links, ads, newsletter and share buttons, bylines, credits. */
const WIDGET_LINES = [
  /^(read more|related|see also|also read|read also|more|watch|listen|recommended)\s*[:>»|].*$/,
  /^(advertisement|sponsored|sponsored content|ad|story continues below advertisement)$/,
  /^sign up( now| here| for [^.!?]{1,60})?\.?$/,
  /^(share|share this|tweet|email|print|copy link|save|comment)(\s*[:|].*)?$/,
  /^by [\p{L} .'’-]{2,60}(,\s*[\p{L} .'’-]{2,40})?$/u,
  /^\(?(reporting|writing|editing|additional reporting|compiled) by .{1,120}\)?$/,
  // Wire-service notes to editors: "(ATTN: UPDATES with ...)", "(EDITOR'S NOTE: ...)".
  /^\((attn|editor['’]?s note)\s*:.*\)$/,
  /^(photo|image|picture|file photo)\s*(courtesy of|credit)?\s*:.*$/,
];

/** A line that is a date and/or time only: "June 19, 2024", "Published Jan 30, 2024 05:08 am", "Updated: 2 hours ago". */
const TIMESTAMP = new RegExp(
  String.raw`^(?:(?:published|updated|posted|last updated)\s*(?:on)?\s*:?\s*)?(?:${WEEKDAY},?\s*)?` +
    String.raw`(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH}\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})` +
    String.raw`(?:\s*(?:,|at|-|\|)?\s*${CLOCK})?(?:\s*\(?(?:gmt|utc|[a-z]{2,4}t)(?:\s*[+-]\s*\d{1,2})?\)?)?$`,
  "u",
);

const CREDITED_BY = String.raw`\s*[^():]{1,60}?\s*\)?\s*\|?\s*$`;

export const EN_FURNITURE: FurnitureRules = {
  blockHeadings: BLOCK_HEADINGS,
  promptHeadings: PROMPT_HEADINGS,
  widgetLines: WIDGET_LINES,
  numberedCaption: /\s[-–—]\s*(photo|image|picture)\s*\d+$/,
  timestamp: TIMESTAMP,
  photoCredit: /(?:^|[\s(|])(?:photo|image|picture|file photo)(?:\s*[:|]|\s)/iu,
  creditAfterMark: new RegExp(
    String.raw`(?:^|\s*[-–—|]\s*|\s*\(\s*)(?:photo|image|picture|file photo)(?:\s+courtesy of|\s*:|\s+by)${CREDITED_BY}`,
    "iu",
  ),
  creditAfterSpace: new RegExp(String.raw`\s+(?:Photo|PHOTO|Image)(?:\s+courtesy of|\s*:)${CREDITED_BY}`, "u"),
  // "SEOUL, June 19 (Reuters) -", "HANOI/BEIJING, Feb. 12 (Yonhap) --", "WASHINGTON (AP) —", "HANOI —"; a place in
  // title case only before its outlet's bracket: "Cape Town (Outlet, May 2) —".
  datelinePrefix:
    /^(?:[A-Z][A-Z.'’-]*(?:[ /][A-Z][A-Z.'’-]*)*|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?=\s*\())(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*\([^)]{2,40}\))?\s*(?:-{1,2}|–|—)\s*/u,
};
