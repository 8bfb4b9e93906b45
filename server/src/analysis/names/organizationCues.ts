/**
 * Names shaped like a person's ("Activision Blizzard", "Candy Crush") that the article itself shows to be
 * organizations: something only a company has follows the name's possessive ("Activision's chief
 * executive", "X's shareholders"), shares or a stake are held in it ("shares in X"), or a noun for a company
 * stands right before it ("the video game publisher X Y", "tech giant X"). One such use decides the name for
 * the whole article, as one title decides a person; a name the article gives a person's title, age or
 * description anywhere stays a person.
 */
import { Mention } from "../types";

/**
 * What follows "X's" only when X is a company. (A person has shares, investors, employees, a stake, a staff
 * and acquisitions too: not here.)
 */
const COMPANY_POSSESSIONS =
  /^['’]s?\s+(?:(?:former |new |then |interim )?(?:chief executive|chief executive officer|chief financial officer|chief operating officer|ceo|cfo|coo|chairman|chairwoman|board(?: of directors)?|share price|shareholders|workforce|headquarters|revenues?|profits?|quarterly|annual report|market value|market capitalisation|market capitalization|valuation|subsidiary|subsidiaries|parent company))\b/i;

/** Before a name: what is held in a company. */
const HELD_IN = /\b(?:shares|stock|stakes?|shareholding|holdings) (?:in|of)\s+(?:the\s+)?$/i;

/** Nouns for companies and bodies that are no one's job title ("publisher" is both: see below). */
const COMPANY_NOUNS = new Set(
  "company firm publisher developer maker manufacturer retailer carrier airline bank insurer lender conglomerate startup start-up giant broadcaster studio chain consortium operator supplier distributor".split(" "),
);

/**
 * Whether the mention's own context marks an organization. `startsWithGivenName`: "publisher Jimmy Lai" is a
 * person. (Runs for every person mention: the text is cut out only where a cue can be.)
 */
function hasCue(text: string, m: Mention, startsWithGivenName: boolean): boolean {
  const after = text.charCodeAt(m.end);
  if ((after === 39 || after === 0x2019) && COMPANY_POSSESSIONS.test(text.slice(m.end, m.end + 48))) return true;
  // The word before the name (after one space): "in"/"of" for a holding, or a noun for a company.
  if (m.start < 2 || text.charCodeAt(m.start - 1) !== 32) return false;
  let w = m.start - 1;
  while (w > 0 && isLowerLetterOrDash(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, m.start - 1);
  if (word === "in" || word === "of" || word === "the") return HELD_IN.test(text.slice(Math.max(0, m.start - 40), m.start));
  return COMPANY_NOUNS.has(word) && !startsWithGivenName;
}

/** ", Name," or "Name said": how a person is named. */
const SPEECH_AFTER = /^,?\s+(?:said|says|told|added|explained|insisted|recalled)\b/;
function namedAsSomeone(text: string, m: Mention): boolean {
  return (text.charCodeAt(m.start - 2) === 44 && text.charCodeAt(m.end) === 44) || SPEECH_AFTER.test(text.slice(m.end, m.end + 12));
}

const isLowerLetterOrDash = (c: number): boolean => (c >= 97 && c <= 122) || c === 45;

/**
 * Turns into organizations the person mentions whose name the article shows to be a company's, with the bare
 * words that stand for it ("Activision" for "Activision Blizzard"). Changes the mentions in place.
 */
export function organizationsFromContext(text: string, mentions: Mention[], isGivenName: (word: string) => boolean): void {
  namesOfOrganizations(mentions, isGivenName, false);
  firstWordsOfOrganizations(mentions, isGivenName, text);
  const personEvidence = new Set<string>();
  const cued = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "person") continue;
    if (m.title || m.age || m.description) personEvidence.add(m.name);
    else if (hasCue(text, m, isGivenName(m.name.split(" ")[0]))) cued.add(m.name);
  }
  if (!cued.size) return namesOfOrganizations(mentions, isGivenName, true);
  const companies = new Set([...cued].filter((name) => !personEvidence.has(name)));
  // A single word of a company's name stands for it ("Activision"), unless it is also part of a person's name.
  const personWords = new Set<string>();
  const companyWords = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "person" || !m.name.includes(" ")) continue;
    for (const word of m.name.split(" ")) (companies.has(m.name) ? companyWords : personWords).add(word);
  }
  for (const m of mentions) {
    if (m.kind !== "person" || personEvidence.has(m.name)) continue;
    const bareWordOfCompany = !m.name.includes(" ") && companyWords.has(m.name) && !personWords.has(m.name);
    if (companies.has(m.name) || bareWordOfCompany) {
      m.kind = "organization";
      m.form = "full";
    }
  }
  namesOfOrganizations(mentions, isGivenName, true);
}

/**
 * A name of person's shape that the article names as an organization elsewhere is that organization: "Altvik
 * Dynamics to cut jobs" in a headline where the body has "Altvik Dynamics, the German maker of pumps," (one
 * context decides the name for the article), or, with `byFirstWord`, where the article's organization "Altvik"
 * ("Altvik's board") opens it. Not when a title, an age, a description or an honorific makes any mention of the
 * name someone's, nor when a first name opens it.
 */
function namesOfOrganizations(mentions: Mention[], isGivenName: (word: string) => boolean, byFirstWord: boolean): void {
  let orgNames: Set<string> | undefined;
  for (const m of mentions) if (m.kind === "organization" && m.form !== "acronym" && (byFirstWord ? !m.name.includes(" ") : m.name.includes(" "))) (orgNames ??= new Set()).add(m.name);
  if (!orgNames) return;
  const named = (m: Mention): boolean => {
    const space = m.name.indexOf(" ");
    if (space < 0) return false;
    const first = m.name.slice(0, space);
    return !isGivenName(first) && orgNames!.has(byFirstWord ? first : m.name);
  };
  let candidates: Set<string> | undefined;
  for (const m of mentions) if (m.kind === "person" && named(m)) (candidates ??= new Set()).add(m.name);
  if (!candidates) return;
  for (const m of mentions) if (m.kind === "person" && candidates.has(m.name) && (m.title || m.age || m.description || m.gender)) candidates.delete(m.name);
  const changed = new Set<string>();
  for (const m of mentions)
    if (m.kind === "person" && candidates.has(m.name)) {
      m.kind = "organization";
      m.form = "full";
      for (const w of m.name.split(" ")) changed.add(w);
    }
  // The words of such a name alone were taken as its family name ("Altvik" after "Altvik Dynamics"): the
  // organization's too, unless a person of the article still has the word in their name.
  if (!changed.size) return;
  for (const m of mentions) if (m.kind === "person" && m.name.includes(" ")) for (const w of m.name.split(" ")) changed.delete(w);
  for (const m of mentions)
    if (m.kind === "person" && !m.name.includes(" ") && changed.has(m.name) && !(m.title || m.age || m.description || m.gender)) {
      m.kind = "organization";
      m.form = "full";
    }
}

/**
 * A lone word that opens the name of an organization the article names ("Daon" for "Daon Systems", "Veltra"
 * for "Veltra Holdings Corp") is that organization, unless a person of the article has it in their name, or it
 * is a first name, or a title or an age makes it someone ("Mr Daon", "Daon, 52,"). A role word before it does not
 * ("chip designer Daon": companies are designers, makers and developers too).
 */
function firstWordsOfOrganizations(mentions: Mention[], isGivenName: (word: string) => boolean, text: string): void {
  let openers: Set<string> | undefined;
  for (const m of mentions) {
    if (m.kind !== "organization" || m.form === "acronym") continue;
    const space = m.name.indexOf(" ");
    if (space > 0) (openers ??= new Set()).add(m.name.slice(0, space));
  }
  if (!openers) return;
  const personWords = new Set<string>();
  const withEvidence = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "person") continue;
    if (m.name.includes(" ")) for (const w of m.name.split(" ")) personWords.add(w);
    else if (m.title || m.age || m.gender) withEvidence.add(m.name); // an honorific too: "Mr Daon"
  }
  for (const m of mentions)
    if (m.kind === "person" && !m.name.includes(" ") && openers.has(m.name) && !personWords.has(m.name) && !withEvidence.has(m.name) && !isGivenName(m.name)) {
      m.kind = "organization";
      m.form = "full";
    }
  // Likewise a two-word name that opens with such a word ("Atletico Mineiro" beside "Atletico Madrid", "Banco
  // Itau" beside "Banco Santander"), when no one of the article has that word in their name and no mention of
  // the name carries a title, an age or a description, or stands as someone is named: set off by commas ("a
  // seller in Ikeja, Ngozi Adaora, said") or before a speech verb.
  const opensOrg = (m: Mention): boolean => {
    if (m.kind !== "person") return false;
    const space = m.name.indexOf(" ");
    if (space <= 0 || m.name.indexOf(" ", space + 1) >= 0) return false;
    const first = m.name.slice(0, space);
    return openers!.has(first) && !isGivenName(first);
  };
  // (Most articles have no such name: the evidence below, read for every person, is gathered only when one does.)
  if (!mentions.some(opensOrg)) return;
  const evidence = new Set<string>();
  const openerWordsOfPeople = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "person") continue;
    if (m.title || m.age || m.description || namedAsSomeone(text, m)) evidence.add(m.name);
    if (!opensOrg(m)) for (const w of m.name.split(" ")) openerWordsOfPeople.add(w);
  }
  for (const m of mentions)
    if (opensOrg(m) && !evidence.has(m.name) && !openerWordsOfPeople.has(m.name.slice(0, m.name.indexOf(" ")))) {
      m.kind = "organization";
      m.form = "full";
    }
}
