/**
 * The structure of one article: headline, outlet, date, authors, and its blocks (one per line of text) with
 * what each is — a byline, a dateline, a caption (and a caption printed twice), a photo credit, page
 * furniture that is not the article ("Advertisement", "Leave a Reply") — and the quotations in it.
 * Offsets are UTF-16 code units into the text. Never throws: empty text gives an empty article.
 */
import { Article, Block, BlockKind, Quotation } from "./types";
import { isKnownOrg, placeName } from "./lexicon/gazetteer";
import { OUTLET_WORDS, PERSON_ROLES } from "./lexicon/words";
import { isFirstName } from "./lexicon/firstNames";

/** Lines that belong to the page, not to the article. */
/** A page's breadcrumb trail: a few short names joined by ">", "›" or "»". */
const BREADCRUMB = /^[A-Za-z][\w &'-]{0,30}(?:\s*[>›»]\s*[A-Za-z][\w &'-]{0,30}){1,6}$/;

const FURNITURE: RegExp[] = [
  /^advertisement$/i,
  /^(article )?ad box$/i,
  /^sponsored( content)?$/i,
  /^subscribe\b/i,
  /^sign up\b/i,
  /^leave a (reply|comment)\b/i,
  /^write a comment$/i,
  /^your email address will not be published/i,
  /^required fields are marked/i,
  /^original url:?/i,
  /^<?https?:\/\/\S+>?$/i,
  /^(share|share this|share on \w+|print|email|tweet)$/i,
  // A scraped page's navigation and share buttons, each on a line of its own.
  /^(skip to (main )?content|skip navigation|menu|search|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|copy link|save|comments?)$/i,
  /^read more:\s/i,
  /^our standards:/i,
  /^(read more|continue reading|more from \w+)\b.{0,40}$/i,
  /^(related|recommended)( articles?| stories| content)?:?$/i,
  /^(copyright|©)\s/i,
  /^all rights reserved/i,
  /^[-–—•*=_\s]+$/,
  /^(sports|news|world|politics|business|opinion|highlights)$/i,
  // A page's breadcrumb trail: "News > World > Asia", "Home » Society".
  BREADCRUMB,
];

/** All of FURNITURE in one expression, tested once per line (the case-insensitive flag changes nothing for the one without it). */
const ANY_FURNITURE = new RegExp(FURNITURE.map((re) => `(?:${re.source})`).join("|"), "i");

/** News agencies and outlets that credit a story or a photo on a line of their own. */
const AGENCY_LINE = /^(?:the\s+)?(associated press|ap|afp|reuters|agence france-presse|epa(?:-efe)?|efe|xinhua|tass|interfax|bloomberg|dpa|ansa|upi|kyodo|yonhap|anadolu|pa media|getty images|nhk)\b/i;

const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const MONTH_INDEX: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DATE_MDY = new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`);
const DATE_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\.?,?\\s+((?:19|20)\\d\\d)\\b`);
const DATE_ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Lines without their end-of-line characters; \r\n, \n and a lone \r all end a line. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    // Trim surrounding white space but keep exact offsets.
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    lines.push({ start: m.index + lead, end: m.index + lead + trimmed.length, text: trimmed });
  }
  return lines;
}

/**
 * Lines already printed -> the block of their first printing. Filed by length, so that a line is hashed never
 * and compared only with the few earlier lines of exactly its length.
 */
class LineIndex {
  private byLength = new Map<number, { text: string; block: number }[]>();
  get(text: string): number | undefined {
    const list = this.byLength.get(text.length);
    if (list) for (const e of list) if (e.text === text) return e.block;
    return undefined;
  }
  has(text: string): boolean {
    return this.get(text) !== undefined;
  }
  set(text: string, block: number): void {
    const list = this.byLength.get(text.length);
    if (!list) this.byLength.set(text.length, [{ text, block }]);
    else {
      for (const e of list)
        if (e.text === text) {
          e.block = block;
          return;
        }
      list.push({ text, block });
    }
  }
}

/** A writer's name, then another, each with where they write: "Jane Doe in Tokyo and Kim Lee in Seoul". */
const WRITER_IN_PLACE = String.raw`\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} in \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+)?`;
const WRITERS_IN_PLACES = new RegExp(String.raw`^${WRITER_IN_PLACE}(?:(?:, | and )${WRITER_IN_PLACE})*$`, "u");
/** A writer's name and a staff title after a comma: "JANE DOE, Nikkei staff writer", "Kim Lee, Senior Correspondent". */
const WRITER_WITH_STAFF_TITLE = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}, (?:(?:The )?\p{Lu}[\p{L}&.'’-]* ){0,3}(?:[Ss]taff|[Ss]enior|[Cc]hief|[Cc]ontributing) (?:[Ww]riter|[Rr]eporter|[Cc]orrespondent)s?$/u;

const DASH_CREDIT = /\s[-–—]\s/;
/** "Source: CNA/ns(ac)": the outlet, then the editors' initials. */
/** "Source: Al Jazeera and news agencies", "Source: The Hindu, with agencies". */
const SOURCE_WITH_AGENCIES = /^Source:\s+((?:The\s+)?[A-Z][\w&.'’ -]{1,30}?)(?:,?\s+(?:and|with)\s+(?:news\s+|wire\s+)?agencies)\.?$/;
/** A site's name: one to three capitalised words ("VnExpress International", "The Kathmandu Post"). */
const SITE_NAME = /^(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}$/;
const SOURCE_FOOTER = /^Source:\s+([A-Z][A-Za-z&.' -]{1,30}?)(?:\s*\/\s*[\w()]+(?:\s*\/\s*[\w()]+)*)?\s*$/;

export function parseArticle(file: string, text: string): Article {
  const source = typeof text === "string" ? text : "";
  const lines = splitLines(source);
  const blocks: Block[] = [];
  const seen = new LineIndex();
  let headlineIndex = -1;
  let outlet: string | null = null;
  const authors: string[] = [];
  let date: string | null = null;
  let bodyStarted = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = stripMarkup(line.text);
    let kind: BlockKind = "paragraph";
    let underByline: string | null = null;
    let sourceOutlet: RegExpExecArray | null = null;
    let namesLine: string[] | null = null;
    let labelled: string[] | null = null;
    let duplicateOf: number | undefined;
    let stamped: string | null = null;
    let cityWriter: string | null = null;
    const previous = seen.get(line.text);
    if (ANY_FURNITURE.test(t)) kind = "furniture";
    else if (previous !== undefined && line.text.length >= 20) {
      // A line printed again, as scraped pages repeat photo captions: the first printing counts.
      duplicateOf = previous;
      kind = blocks[previous].kind === "paragraph" ? "caption" : blocks[previous].kind;
      if (blocks[previous].kind === "paragraph") blocks[previous].kind = "caption";
    } else if (i < 10 && t.length < 120 && /^Authors?:?\s+\p{Lu}/u.test(t) && (labelled = labelledAuthors(t)) !== null) {
      // "Author Jana Marek (with Reuters, dpa)", "Authors: A, B": a page's author field, as Deutsche Welle prints it.
      kind = "byline";
      authors.push(...labelled);
    } else if (/^by:?\s+\S/i.test(t) && t.length < 120) {
      // ("By: Jane Doe - Correspondent / @handle", as the Philippine Daily Inquirer prints it.)
      kind = "byline";
      const parsed = parseByline(t.replace(/^by:?\s+/i, ""));
      authors.push(...parsed.authors);
      outlet ??= parsed.outlet;
    } else if (i < 8 && t.length < 120 && CREDITED_BY.test(t)) {
      // "Reported by Jane Doe, Edited by John Roe", "Written by Jane Doe": each part names its people.
      kind = "byline";
      for (const part of t.split(CREDITED_BY_SPLIT)) {
        if (!part.trim()) continue;
        const parsed = parseByline(part.trim());
        authors.push(...parsed.authors);
        outlet ??= parsed.outlet;
      }
    } else if (i < 8 && headlineIndex >= 0 && t.length < 120 && (WRITERS_IN_PLACES.test(t) || WRITER_WITH_STAFF_TITLE.test(t))) {
      // A byline without "By": "Jane Doe in Tokyo and Kim Lee in Seoul", "JANE DOE, Nikkei staff writer".
      kind = "byline";
      const parsed = parseByline(t.replace(/\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?=,|\s+and\s|$)/gu, ""));
      authors.push(...parsed.authors.map((a) => (a === a.toUpperCase() ? a.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase()) : a)));
      const staff = t.match(/,\s*((?:The\s+)?\p{Lu}[\p{L}&.'’ -]*?)\s+(?:staff|senior|chief|contributing)\s+(?:writer|reporter|correspondent)s?$/u);
      if (staff && !/^(?:Senior|Chief|Staff|Contributing)$/.test(staff[1])) outlet ??= canonicalOutlet(staff[1]);
    } else if (/^[•·]/.test(line.text) && t.length <= 40) {
      kind = "credit"; // "• The Star Staff"
    } else if (isDateLine(t)) {
      kind = "dateline";
    } else if (AGENCY_LINE.test(t) && t.split(/\s+/).length <= 3 && !/\//.test(t)) {
      kind = "credit"; // "AFP", "The Associated Press" on a line of their own
      outlet ??= canonicalOutlet(t);
    } else if (/^[\p{Lu}][\p{Lu} .'-]{2,30}$/u.test(t) && !/\s{2,}/.test(t) && t.split(" ").length <= 3 && i < 8 && !outletInCapitals(t, blocks, authors)) {
      kind = "dateline"; // "MOSCOW"
    } else if (t.length <= 40 && /^Source:\s/.test(t) && (sourceOutlet = SOURCE_FOOTER.exec(t)) !== null && (AGENCY_LINE.test(sourceOutlet[1]) || /^[A-Z]{2,6}$/.test(sourceOutlet[1]))) {
      // "Source: CNA/ns(ac)", "Source: Reuters/ec": the footer that names where the story came from, with the
      // editors' initials after a slash (CNA, The Straits Times).
      kind = "credit";
      outlet ??= canonicalOutlet(sourceOutlet[1]);
    } else if ((sourceOutlet = SOURCE_WITH_AGENCIES.exec(t)) !== null) {
      // "Source: Al Jazeera and news agencies": the outlet, with the wires it drew on.
      kind = "credit";
      outlet ??= canonicalOutlet(sourceOutlet[1]);
    } else if (i < 3 && t.split(/\s+/).length <= 3 && SITE_NAME.test(t) && i + 1 < lines.length && BREADCRUMB.test(stripMarkup(lines[i + 1].text))) {
      // "VnExpress International" above the breadcrumb trail "News > World > Asia": the site's name.
      kind = "credit";
      outlet ??= t;
    } else if (isCreditLine(t)) {
      kind = "credit";
      const agency = t.match(AGENCY_LINE);
      if (agency && !t.includes("/")) outlet ??= canonicalOutlet(t);
      else if (/^©\s*/.test(line.text)) outlet ??= copyrightOutlet(t);
    } else if (i < 8 && blocks.length && blocks[blocks.length - 1].kind === "byline" && endsLikeOutlet(t) && t.split(/\s+/).length <= 5) {
      kind = "credit"; // the outlet's name under the byline
      outlet ??= t;
    } else if (i < 8 && blocks.length && blocks[blocks.length - 1].kind === "byline" && (stamped = outletThenDate(t)) !== null) {
      // "Philippine Daily Inquirer / 07:15 PM October 20, 2026": the outlet and the time under the byline.
      kind = "credit";
      outlet ??= stamped;
    } else if (i < 8 && i > 0 && blocks.length && blocks[blocks.length - 1].kind === "byline" && (underByline = outletUnderByline(t)) !== null && (/^by\s/i.test(stripMarkup(lines[i - 1].text)) || (authors.length > 0 && looksLikeOutlet(underByline)))) {
      // "By Nektaria Stamouli" then "Politico Europe", "Times of India", "BBC News, Lagos": the authors were on
      // the "By" line, so a short title-case line under it is where they write, not one more author. The same
      // under an author's name on a line of its own ("Jane Doe" then "BBC Bangla, Dhaka").
      kind = "credit";
      outlet ??= underByline;
    } else if (i < 6 && headlineIndex >= 0 && (cityWriter = writerAndCity(t, i + 1 < lines.length ? lines[i + 1].text : "")) !== null) {
      // "Md Kamrul Hasan, Chandpur": a writer and the town the report is filed from, as South Asian papers print it.
      kind = "byline";
      authors.push(cityWriter);
    } else if (i < 6 && isLoneName(t) && i + 1 < lines.length && !isLoneName(stripMarkup(lines[i + 1].text)) && headlineIndex >= 0) {
      kind = "byline";
      authors.push(t);
    } else if (i < 6 && headlineIndex >= 0 && (namesLine = lonelyNames(t)) !== null) {
      // "Tunde Ajayi and Gbenga Oloruntoba" on a line of their own: the authors, without "By".
      kind = "byline";
      authors.push(...namesLine);
    } else if (i < 8 && authors.length > 0 && blocks.length && blocks[blocks.length - 1].kind === "byline" && isOneWordOutlet(t)) {
      // "Jane Doe" then "Punch": one capitalised word under the authors that is no place and no first name.
      kind = "credit";
      outlet ??= t;
    } else if (headlineIndex < 0 && !bodyStarted && isHeadlineCandidate(t)) {
      kind = "headline";
    } else if (t.length < 60 && /^['‘“"–—-]|['’”"]$/.test(t) && t.split(/\s+/).length <= 7) {
      kind = "subhead";
    }
    if (kind === "furniture" && /^©\s*\S/.test(line.text)) {
      outlet ??= copyrightOutlet(line.text);
    }
    if (kind === "headline") headlineIndex = blocks.length;
    if (kind === "paragraph" || kind === "subhead") bodyStarted = true;
    if (kind !== "furniture" && duplicateOf === undefined && !seen.has(line.text)) seen.set(line.text, blocks.length);
    const block: Block = { start: line.start, end: line.end, kind };
    if (duplicateOf !== undefined) block.duplicateOf = duplicateOf;
    blocks.push(block);
    if (kind === "furniture" && /^original url:?$/i.test(t) && i + 1 < lines.length) {
      // The address printed under "Original url:".
      const next = lines[i + 1];
      if (/^<?https?:\/\//i.test(next.text)) {
        blocks.push({ start: next.start, end: next.end, kind: "furniture" });
        i++;
      }
    }
  }

  // Photo captions: a line ending with an agency credit ("… - EPA-EFE") or carrying a "Name / Agency" credit.
  for (const b of blocks) {
    if (b.kind !== "paragraph") continue;
    const t = source.slice(b.start, b.end);
    // (Each expression is tried only on a line holding what it needs: a spaced dash, a "**".)
    if (DASH_CREDIT.test(t) && /\s[-–—]\s(?:[A-Z][A-Za-z]*[-/ ]?){1,3}$/.test(t) && AGENCY_LINE.test(t.replace(/^.*\s[-–—]\s/, ""))) b.kind = "caption";
    else if (t.includes("**") && /\*\*[^*]+\/[^*]+\*\*\s*$/.test(t)) b.kind = "caption";
  }

  const datelineDay = datelineMonthDay(source, blocks);
  for (const b of blocks) {
    if (date || b.kind === "furniture" || b.duplicateOf !== undefined) continue;
    date = findDate(source.slice(b.start, b.end), datelineDay);
  }

  // A wire story with no credit line names its agency in the dateline: "PORTO ALEGRE, Brazil, May 3 (Reuters) -".
  if (!outlet) {
    let paragraphs = 0;
    for (const b of blocks) {
      if (b.kind !== "paragraph") continue;
      const agency = source.slice(b.start, Math.min(b.end, b.start + 120)).match(DATELINE_AGENCY);
      if (agency && AGENCY_LINE.test(agency[1])) {
        outlet = canonicalOutlet(agency[1]);
        break;
      }
      // (The dateline opens the story: a standfirst may come before it, nothing much more.)
      if (++paragraphs >= 3) break;
    }
  }

  // Last, the footer's copyright line: "Copyright PUNCH. All rights reserved.", "Copyright The Financial Times
  // Limited 2027", "© 2027 Al Jazeera Media Network". Asked only when nothing else named the outlet (a reprint's
  // footer names the site that reprinted it, the byline the outlet that wrote it).
  if (!outlet) outlet = footerCopyrightOutlet(lines);

  const headlineBlock = headlineIndex >= 0 ? blocks[headlineIndex] : undefined;
  return {
    file,
    text: source,
    headline: headlineBlock ? { start: headlineBlock.start, end: headlineBlock.end, text: source.slice(headlineBlock.start, headlineBlock.end) } : null,
    outlet,
    date,
    authors: [...new Set(authors)],
    blocks,
    quotations: findQuotations(source, blocks),
  };
}

/** Markdown links and emphasis around a line's words: "[Name for AFP](#)" -> "Name for AFP". */
function stripMarkup(t: string): string {
  if (!/[[*•·]/.test(t)) return t;
  return t.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\*\*/g, "").replace(/^[•·]\s*/, "").trim();
}

/** "Andrew Higgins and Ivan Nechepurenko", "Tatiana Kalinovskaya for AFP", "Jane Doe, Reuters". */
/**
 * The names of an "Author …" line, without the agencies credited in brackets ("(with Reuters, dpa)", "(AFP, dpa,
 * Reuters)"); null unless every piece is a name.
 */
function labelledAuthors(t: string): string[] | null {
  const rest = t.replace(/^Authors?:?\s+/u, "").replace(/\s*\([^()]*\)\s*$/, "");
  const pieces = rest.split(/\s*,\s*|\s+and\s+|\s*&\s*/).map((p) => p.trim());
  return pieces.length && pieces.every((p) => /^[\p{Lu}][\p{L}\p{M}'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+){1,3}$/u.test(p)) ? pieces : null;
}

/**
 * A line naming an outlet, then a slash and its time stamp: "Philippine Daily Inquirer / 07:15 PM October 20,
 * 2026", "The Valley Post / May 3, 2026". The outlet (ending with an outlet's word, five words at most), or null.
 */
function outletThenDate(t: string): string | null {
  const slash = t.indexOf(" / ");
  if (slash < 0 || t.indexOf(" / ", slash + 1) >= 0) return null;
  const name = t.slice(0, slash).trim();
  const stamp = t.slice(slash + 3).trim().replace(/^\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s+/, "");
  if (!endsLikeOutlet(name) || name.split(/\s+/).length > 5 || !/^\p{Lu}/u.test(name)) return null;
  return isDateLine(stamp) ? name : null;
}

/** A site's address after a byline's comma: ", swissinfo.ch", ", finews.com". */
const SITE_AFTER_COMMA = /,\s*([a-z][\w-]*\.(?:com|net|org|ch|de|fr|it|in|ng|jp|kr|au|ca|co\.uk|news|info))$/;

/** A date at a byline's end, and what follows it: "   October 28, 2027 | 05:40 pm GMT+7", ", 28 October 2027". */
const BYLINE_DATE_TAIL = new RegExp(`(?:\\s*,\\s*|\\s{2,}|\\s+[-–—|]\\s+|\\s+)(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\.?,?\\s+\\d{4})\\b.*$`);

/** A byline naming an outlet's staff rather than a person: "Al Jazeera Staff", "Reuters staff", "BBC Newsroom". */
const STAFF_BYLINE = /^((?:The\s+)?\p{Lu}[\p{L}\p{M}&.'’ -]*?)\s+(?:[Ss]taff|[Nn]ewsroom|News Desk|Web Desk)$/u;

/** A person's name that no list knows as an outlet, a body, a place or a staff title ("Harbour Reporter"). */
function isSecondWriter(name: string): boolean {
  return isLoneName(name) && !looksLikeOutlet(name) && !name.split(/\s+/).some((w) => OUTLET_WORDS.has(w) || PERSON_ROLES.has(w.toLowerCase())) && placeName(name) === undefined;
}

function parseByline(t: string): { authors: string[]; outlet: string | null } {
  // "By Jane Doe, John Roe   October 28, 2027 | 05:40 pm": the date and what follows it name no one.
  t = t.replace(BYLINE_DATE_TAIL, "");
  // "By Al Jazeera Staff", "By Reuters staff": the outlet's staff, no one by name.
  // ("By Yael Tzur and ToI Staff": with a writer beside them, the staff credit is left out, and names no outlet.)
  const staff = STAFF_BYLINE.exec(t.trim());
  if (staff && !/,|\s(?:and|&)\s/.test(staff[1])) return { authors: [], outlet: canonicalOutlet(staff[1]) };
  // "Jane Doe | The Valley Post | 10 March 2027": the writers, then the outlet and the date, between bars.
  if (t.includes(" | ")) {
    const parts = t.split(/\s+\|\s+/).filter((p) => p && !isDateLine(p));
    if (parts.length >= 2) {
      const first = parseByline(parts[0]);
      const rest = parts[1].trim();
      const outlet = first.outlet ?? (/^\p{Lu}/u.test(rest) && rest.split(/\s+/).length <= 5 ? canonicalOutlet(rest) : null);
      return { authors: first.authors, outlet };
    }
    if (parts.length === 1) t = parts[0];
  }
  let outlet: string | null = null;
  // "Jane Doe - Correspondent / @handle": the role after a spaced dash and the social handle name no one.
  let names = t.replace(/\s+\/\s+@\S+$/, "").replace(/\s+[-–—]\s+(\p{L}+)$/u, (all, role: string) => (PERSON_ROLES.has(role.toLowerCase()) && !OUTLET_WORDS.has(role) ? "" : all));
  // ("By Laura Fontana, swissinfo.ch": a site's address after the comma is the outlet too.)
  let forOutlet = names.match(/\s+(?:for|of|from)\s+(.+)$/i) ?? names.match(/,\s*((?:The\s+)?[A-Z].+)$/) ?? names.match(SITE_AFTER_COMMA);
  const named = forOutlet ? forOutlet[1].trim() : "";
  // "By Hoàng Phương, Đắc Thành": after the comma, a second writer rather than an outlet.
  if (forOutlet && forOutlet[0].trimStart().startsWith(",") && isSecondWriter(named)) forOutlet = null;
  if (forOutlet) {
    // "By Ilse Marten, Harbour Reporter", "…, Staff Writer": a staff title after the comma is no outlet, nor is
    // the place the writer files from ("By Ankit Saxena, New Delhi").
    const lastWord = named.split(/\s+/).pop() ?? "";
    const place = !/\s(?:for|of|from)\s/i.test(forOutlet[0]) && placeName(named) !== undefined;
    if ((!PERSON_ROLES.has(lastWord.toLowerCase()) || OUTLET_WORDS.has(lastWord)) && !place) outlet = canonicalOutlet(named);
    names = names.slice(0, forOutlet.index);
  }
  const authors = names
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((s) => s.trim())
    .filter((s) => /^[\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+[\p{L}\p{M}.'’-]+){0,3}$/u.test(s) && !STAFF_BYLINE.test(s));
  return { authors, outlet };
}

function canonicalOutlet(t: string): string {
  const s = t.replace(/\s*[-–—|]+\s*.*$/, "").trim();
  if (/^ap$/i.test(s) || /^(the\s+)?associated press$/i.test(s)) return "The Associated Press";
  return s;
}

const DATE_LINE = new RegExp(`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:${MONTH}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?(?:\\s+\\d{4})?|\\d{4}-\\d\\d-\\d\\d)(?:[\\s,]+\\d{1,2}[:.]\\d\\d\\s*(?:[ap]\\.?m\\.?)?)?$`, "i");

/**
 * A dateline's agency in brackets before its dash, in the first paragraph: "KYIV, May 3 (Reuters) -", "(AP) —",
 * "Sonapur (Bangladesh) (AFP) –" (a country in brackets first).
 */
const DATELINE_AGENCY = /^[^()\n]{0,80}(?:\([^()\n]{2,30}\)\s*)?\(([^()\n]{2,30})\)\s*[-–—]/;

/** The labels of a page's time stamps. */
const STAMP_LABEL = "(?:published|updated|posted|last updated|first published|issued on|modified)";
/** A page's time stamps: "Published May 3, 2024 Updated May 3, 2024 4:52 pm GMT", "Updated 12 June 2023". */
const STAMP_LINE = new RegExp(`^${STAMP_LABEL}\\b[^.!?]{0,90}$`, "i");
/** A stamp's numeric date, day first as most sites outside the US print it: "Issued on: 05/08/2026 - 18:42". */
const STAMP_NUMERIC = new RegExp(`^${STAMP_LABEL}\\b:?\\s*(\\d{1,2})\\/(\\d{1,2})\\/((?:19|20)\\d\\d)\\b`, "i");

/** A line that is only a day.month.year, maybe with the time: "23.07.2026 • 19:40", as Greek and German sites print it. */
const DATE_DOTTED_LINE = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?:\s*[•·|,–—-]?\s*\d{1,2}[:.]\d\d)?$/;

/** A line that is only a numeric date with a slash, maybe with the time: "05/18/2027 09:47 PM", as Focus Taiwan prints it. */
const DATE_SLASHED_LINE = /^(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?:\s+\d{1,2}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?)?$/;

function isDateLine(t: string): boolean {
  if (STAMP_LINE.test(t) && YEAR.test(t)) return true;
  if (DATE_DOTTED_LINE.test(t)) return true;
  if (t.length > 40) return false;
  return DATE_LINE.test(t);
}

const REPORTING_CREDIT = /^\(?(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|produced|photos?|graphics?|video)\s+by:?\s+\p{Lu}/iu;
/** A staff credit at an article's foot, as Asian wires print them: "Reporter: Jane Doe, John Roe", "Editor: Jane Doe". */
const ROLE_CREDIT = /^(?:reporters?|editors?|writers?|translators?|photographers?)\s?:\s?\p{Lu}/iu;

/** A credit line: an agency name alone, "Name/Agency", "NHK -- Jul 08", "© Outlet". */
function isCreditLine(t: string): boolean {
  // A wire's closing credits: "Reporting by Jane Doe; editing by John Roe", "Additional reporting by …".
  if (t.length <= 200 && REPORTING_CREDIT.test(t)) return true;
  if (t.length > 80) return false;
  if (ROLE_CREDIT.test(t)) return true;
  if (AGENCY_LINE.test(t) && t.split(/\s+/).length <= 5) return true;
  if (/^[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}\s*\/\s*(?:The\s+)?[\p{Lu}].{1,40}$/u.test(t)) return true;
  if (/^[\p{Lu}][\p{L}\p{N}&.' ]{1,30}\s+--\s+\S/u.test(t)) return true;
  if (isKnownOrg(t)) return true;
  return false;
}

/**
 * The outlet named by a short line under a "By" line: up to five capitalised words ("of", "the", "and" may join
 * them), maybe followed by the writer's city after a comma ("BBC News, Lagos"). Null for a staff title ("Chief
 * Political Correspondent"), a date or anything longer.
 */
function outletUnderByline(t: string): string | null {
  const comma = t.indexOf(",");
  const name = (comma > 0 ? t.slice(0, comma) : t).trim();
  if (comma > 0 && !/^\s*[\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}.'’-]*)?$/u.test(t.slice(comma + 1))) return null;
  const words = name.split(/\s+/);
  if (words.length > 5 || !words.every((w, k) => /^[\p{Lu}][\p{L}\p{M}&.'’-]*$/u.test(w) || (k > 0 && /^(?:of|the|and|&)$/.test(w)))) return null;
  const last = words[words.length - 1];
  if (PERSON_ROLES.has(last.toLowerCase()) && !OUTLET_WORDS.has(last)) return null;
  // "By Jane Doe" then "John Smith": a second author on a line of their own.
  if (words.length <= 3 && isFirstName(words[0]) && !OUTLET_WORDS.has(last)) return null;
  return name;
}

/**
 * "Jane Doe" then "EL PAÍS": under an author's name, an upper-case line of two words or more that is no place the
 * lists know is the outlet, not a dateline ("MOSCOW" under a byline stays a dateline).
 */
function outletInCapitals(t: string, blocks: Block[], authors: string[]): boolean {
  if (!authors.length || !blocks.length || blocks[blocks.length - 1].kind !== "byline" || !t.includes(" ")) return false;
  return placeName(t) === undefined && outletUnderByline(t) !== null && looksLikeOutlet(t);
}

/**
 * Under an author's name on a line of its own, an outlet needs to look like one (the line may be a second
 * author): an acronym first ("BBC Bangla", "CNN Business"), a newspaper's word last, or a known body.
 */
function looksLikeOutlet(name: string): boolean {
  const words = name.split(/\s+/);
  return /^\p{Lu}{2,}$/u.test(words[0]) || OUTLET_WORDS.has(words[words.length - 1]) || isKnownOrg(name);
}

/** A byline that says what each person did: "Reported by …", "Written by …", "Edited by …". */
const CREDITED_BY = /^(?:reported|written|edited|compiled|curated) by \p{Lu}/iu;
const CREDITED_BY_SPLIT = /(?:^|,\s*|\s+and\s+|\s*\|\s*)(?:reported|written|edited|compiled|curated) by\s+/i;

/** A line ending like a newspaper's name: "Valley Post" under a byline is the outlet, not an author. */
const endsLikeOutlet = (t: string) => OUTLET_WORDS.has(t.slice(t.lastIndexOf(" ") + 1));

/** A writer's name (after an optional "Md", Muhammad abbreviated) and a town the lists know: "Md Kamrul Hasan, Chandpur". */
const WRITER_AND_CITY = /^(?:(?:Md|Mohd)\.?\s+)?(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){1,2}),\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?)$/u;

/**
 * The writer of a "Name, Town" byline, or null ("Staff Correspondent, Gazipur" names no one). The town is one the
 * lists know, or the next line is the page's time stamp (a year and a time of day), as under a byline.
 */
function writerAndCity(t: string, nextLine: string): string | null {
  if (t.length > 60) return null;
  const m = WRITER_AND_CITY.exec(t);
  if (!m || !isLoneName(m[1]) || placeName(m[1]) !== undefined) return null;
  if (placeName(m[2]) === undefined && !(YEAR.test(nextLine) && /\b\d{1,2}[:.]\d\d\b/.test(nextLine))) return null;
  return m[1].split(/\s+/).some((w) => PERSON_ROLES.has(w.toLowerCase()) || OUTLET_WORDS.has(w)) ? null : m[1];
}

/** A line that is only a person's name, as an author line under a headline ("Vladimir Isachenkov"). */
function isLoneName(t: string): boolean {
  if (endsLikeOutlet(t)) return false;
  return /^[\p{Lu}][\p{Ll}\p{M}'’-]+(?:\s+[\p{Lu}][\p{Ll}\p{M}'’-]+){1,2}$/u.test(t) && !/\b(?:The|And|Of|In|For)\b/.test(t);
}

/** "Jane Doe and John Roe", "Jane Doe, John Roe and Ann Poe": two or more lone names on one line, else null. */
function lonelyNames(t: string): string[] | null {
  if (t.length > 100 || !/\s(?:and|&)\s/.test(t)) return null;
  const parts = t.split(/\s*,\s*|\s+and\s+|\s*&\s*/);
  return parts.length >= 2 && parts.every(isLoneName) ? parts : null;
}

/** A single capitalised word that may be an outlet's name ("Punch", "Vanguard"): no place, no first name. */
function isOneWordOutlet(t: string): boolean {
  return /^\p{Lu}[\p{Ll}]{2,20}$/u.test(t) && placeName(t) === undefined && !isFirstName(t);
}

/** What follows a company's name in a copyright line: "Limited", "Pvt Ltd", "Media Network". */
const LEGAL_SUFFIXES = String.raw`Limited|Ltd|Pvt\.? Ltd|Inc|LLC|plc|Media Network|Media Group`;
const LEGAL_SUFFIX_AT_END = new RegExp(String.raw`\s+(?:${LEGAL_SUFFIXES})\.?$`);

/** "Copyright [©] [2027] Name[ Limited][ 2027]" then a full stop, a comma, a dash, "All rights reserved" or the end. */
const COPYRIGHT_LINE = new RegExp(String.raw`^(?:Copyright\s*(?:©\s*)?|©\s*)(?:(?:19|20)\d\d\s+)?((?:[A-Z][\w&'’.-]*|[a-z][\w-]*\.[a-z]{2,3})(?:\s+(?:[A-Z][\w&'’.-]*|[a-z][\w-]*\.[a-z]{2,3}|of|and|the)){0,4}?)(?:\s+(?:${LEGAL_SUFFIXES})\.?)?(?:\s+(?:19|20)\d\d)?\s*(?:[.,;]|\s[-–—]\s|All rights|$)`);

/** The outlet a footer's copyright line names, among the article's last ten lines, or null. */
function footerCopyrightOutlet(lines: { text: string }[]): string | null {
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 10; i--) {
    const m = COPYRIGHT_LINE.exec(lines[i].text.trim());
    const name = m ? m[1].replace(/\.$/, "") : "";
    if (name.length >= 3 && !/^(?:All|The|This|Photo|Image|Getty)$/.test(name)) return canonicalOutlet(allCapsWordsTitled(name));
  }
  return null;
}

/** "PUNCH" -> "Punch": words of five or more capitals written as titles (short ones are acronyms: "BBC", "AFP"). */
function allCapsWordsTitled(name: string): string {
  return name.replace(/\b[A-Z]{5,}\b/g, (w) => w[0] + w.slice(1).toLowerCase());
}

/**
 * "© 2026 AFP", "© Valley Post 2024": the outlet of a "©" line met among the credits or the page furniture,
 * without the year or a legal suffix. (A footer's "Copyright …" line, with the reservation of rights after the
 * name, is read by footerCopyrightOutlet, only when nothing else named the outlet.)
 */
function copyrightOutlet(t: string): string {
  return t.replace(/^©\s*/, "").replace(/^(?:19|20)\d\d\s+/, "").replace(/\s+(?:19|20)\d\d$/, "").replace(LEGAL_SUFFIX_AT_END, "").trim();
}

function isHeadlineCandidate(t: string): boolean {
  const words = t.split(/\s+/).length;
  return words >= 3 && t.length <= 250 && !/[:]$/.test(t);
}

/** Every date form below has a four-digit year: a block without one is not searched three times. */
const YEAR = /(?:19|20)\d\d/;

const DATE_DOTTED_LABELLED = /^(?:Date|Published|Updated|Datum):?\s+(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;

/** A month and day with no year, as a dateline gives them: "Lima, Oct. 8.", "KYIV, May 3 (Reuters)". */
const MONTH_DAY = new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})\\b(?!,?\\s*(?:19|20)\\d\\d)`);

/**
 * The month and day of the article's dateline: the first month and day (with no year) opening one of its first
 * three dateline or paragraph blocks ("13:45 | Lima, Oct. 8." under a standfirst), if any.
 */
function datelineMonthDay(source: string, blocks: Block[]): { month: number; day: number } | undefined {
  let seen = 0;
  for (const b of blocks) {
    if (b.kind !== "dateline" && b.kind !== "paragraph") continue;
    if (++seen > 3) break;
    const m = source.slice(b.start, Math.min(b.end, b.start + 60)).match(MONTH_DAY);
    const month = m ? MONTH_INDEX[m[1].slice(0, 3).toLowerCase()] : undefined;
    if (m && month) return { month, day: Number(m[2]) };
  }
  return undefined;
}

function findDate(t: string, datelineDay?: { month: number; day: number }): string | null {
  if (!YEAR.test(t)) return null;
  let m = t.match(DATE_MDY);
  if (m) return iso(m[3], MONTH_INDEX[m[1].slice(0, 3).toLowerCase()], m[2]);
  m = t.match(DATE_DMY);
  if (m) return iso(m[3], MONTH_INDEX[m[2].slice(0, 3).toLowerCase()], m[1]);
  m = t.match(DATE_ISO);
  if (m) return iso(m[1], Number(m[2]), m[3]);
  m = t.match(STAMP_NUMERIC) ?? t.match(DATE_SLASHED_LINE);
  if (m) {
    // Day first, unless the day cannot be one or the dateline's "Oct. 8" reads the stamp "10/8/2026" month first.
    const monthFirst = Number(m[2]) > 12 || (datelineDay !== undefined && datelineDay.month === Number(m[1]) && datelineDay.day === Number(m[2]));
    return monthFirst ? iso(m[3], Number(m[1]), m[2]) : iso(m[3], Number(m[2]), m[1]);
  }
  // "Date 14.04.2026", "Published: 3.11.2025": a labelled day.month.year, as German and Dutch pages print it.
  m = t.match(DATE_DOTTED_LABELLED) ?? t.match(DATE_DOTTED_LINE);
  if (m) return iso(m[3], Number(m[2]) <= 12 ? Number(m[2]) : undefined, m[1]);
  return null;
}

function iso(year: string, month: number | undefined, day: string): string | null {
  const d = Number(day);
  if (!month || d < 1 || d > 31) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const SPEECH = "(?:said|says|told|added|asked|warned|wrote|explained|insisted|stated|declared|replied|claimed|noted|argued|recalled|tweeted)";
const NAME = "[\\p{Lu}][\\p{L}\\p{M}'’-]*(?: [\\p{Lu}][\\p{L}\\p{M}'’-]*){0,3}";
/** A speaker named by a role rather than a name: "the mayor", "The spokesman". */
const ROLE_SPEAKER = "[Tt]he [\\p{Ll}-]+";
const SPEAKER_AFTER = new RegExp(`^[ ,]*(?:${SPEECH} (${NAME}|${ROLE_SPEAKER})|(he|she|they|it|${ROLE_SPEAKER}|${NAME}) ${SPEECH}\\b)`, "u");
const SPEAKER_BEFORE = new RegExp(`(he|she|they|${ROLE_SPEAKER}|${NAME}) ${SPEECH}(?: [\\p{Ll}][\\p{L} ]{0,30})?[:,] *$`, "u");

/** SPEAKER_BEFORE ends with a colon or a comma and spaces: checked first, as that regex is tried at every position. */
function endsWithSpeechMark(before: string): boolean {
  let i = before.length - 1;
  while (i >= 0 && before.charCodeAt(i) === 32) i--;
  const c = before.charCodeAt(i);
  return c === 58 || c === 44;
}

/** Quotations in curly or straight double quotes, possibly over several lines, with the speaker where the text names one. */
function findQuotations(text: string, blocks: Block[]): Quotation[] {
  const quotes: Quotation[] = [];
  // Quotations come in text order, so one pointer walks the blocks once.
  let bi = 0;
  const skip = (pos: number) => {
    while (bi < blocks.length && blocks[bi].end <= pos) bi++;
    const b = blocks[bi];
    return b !== undefined && pos >= b.start && (b.kind === "furniture" || b.duplicateOf !== undefined);
  };
  const re = /“([^”]{1,3000})”|"([^"]{1,3000})"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip(start)) continue;
    // A straight quote pair across a blank line is two unclosed quotes, not one quotation.
    if (m[2] !== undefined && /\n\s*\n/.test(m[2])) {
      re.lastIndex = start + 1;
      continue;
    }
    const q: Quotation = { start, end };
    const after = text.slice(end, end + 80);
    const a = after.match(SPEAKER_AFTER);
    if (a) {
      const name = (a[1] ?? a[2]).trim();
      const offset = end + (a.index ?? 0) + a[0].indexOf(name);
      q.speaker = { start: offset, end: offset + name.length, text: name };
    } else {
      const before = text.slice(Math.max(0, start - 80), start);
      const b = endsWithSpeechMark(before) ? before.match(SPEAKER_BEFORE) : null;
      if (b) {
        const name = b[1].trim();
        const offset = start - before.length + (b.index ?? 0) + b[0].indexOf(name);
        q.speaker = { start: offset, end: offset + name.length, text: name };
      }
    }
    quotes.push(q);
  }
  return quotes;
}
