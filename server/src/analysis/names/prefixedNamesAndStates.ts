/**
 * Names that are no capitalised run of their own, found by scanning the whole text once: a name after a
 * lower-case prefix ("anti-Putin", "pro-Kremlin") and a US state or Canadian province abbreviated after a town
 * ("Palm Beach, Fla."). Both run after the pending names are resolved, over the text rather than the runs.
 */
import { intern } from "./tokens";
import { Ctx, addWordMention } from "./context";
import { listedKind } from "./articleWords";

/** A prefix and the name glued after it by a hyphen, tried only where a hyphen follows a prefix's last letter. */
const PREFIXED_NAME_AT = /(?:[Pp]ro|[Aa]nti|[Ee]x|[Nn]on|[Pp]ost|[Pp]re|[Nn]eo)-(\p{Lu}[\p{L}\p{M}]+)(?![\p{L}\p{N}-])/uy;
const PREFIX_LENGTHS = [2, 3, 4];
const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u;

/**
 * "anti-Putin", "pro-Kremlin", "ex-Soviet": a name after a lower-case prefix is a mention when the article names
 * that person elsewhere, or when it is a known place or body (the prefixed word is never a name run itself).
 * The text is searched hyphen by hyphen, and the expression tried only at a prefix's start: one expression
 * over the whole text (a look-behind, Unicode classes) cost more than all the other name rules together.
 */
export function namesAfterPrefixes(ctx: Ctx): void {
  const text = ctx.text;
  let people: Set<string> | undefined;
  for (let hyphen = text.indexOf("-"); hyphen >= 0; hyphen = text.indexOf("-", hyphen + 1)) {
    const c = text.charCodeAt(hyphen + 1);
    // The name starts with a capital: ASCII ones are told at once, others by the expression.
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 32 || c === 45 || Number.isNaN(c)) continue;
    for (const length of PREFIX_LENGTHS) {
      const at = hyphen - length;
      if (at < 0) continue;
      PREFIXED_NAME_AT.lastIndex = at;
      const m = PREFIXED_NAME_AT.exec(text);
      if (!m || at + m[0].length - m[1].length !== hyphen + 1) continue;
      if (at > 0 && LETTER_OR_DIGIT_BEFORE.test(text.slice(Math.max(0, at - 2), at))) continue;
      const name = m[1];
      if (!people) {
        people = new Set();
        for (const x of ctx.mentions) if (x.kind === "person") for (const w of x.name.split(" ")) people.add(w);
      }
      const kind = people.has(name) ? "person" : listedKind(name);
      if (kind) addWordMention(ctx, hyphen + 1, name, kind);
      break;
    }
  }
}

/** US states and Canadian provinces as AP style abbreviates them after a city ("Palm Beach, Fla."). */
const STATE_ABBREVIATIONS: Record<string, string> = Object.assign(Object.create(null), {
  Ala: "Alabama", Ariz: "Arizona", Ark: "Arkansas", Calif: "California", Colo: "Colorado", Conn: "Connecticut", Del: "Delaware",
  Fla: "Florida", Ga: "Georgia", Ill: "Illinois", Ind: "Indiana", Kan: "Kansas", Ky: "Kentucky", La: "Louisiana", Md: "Maryland",
  Mass: "Massachusetts", Mich: "Michigan", Minn: "Minnesota", Miss: "Mississippi", Mo: "Missouri", Mont: "Montana", Neb: "Nebraska",
  Nev: "Nevada", Okla: "Oklahoma", Ore: "Oregon", Pa: "Pennsylvania", Tenn: "Tennessee", Vt: "Vermont", Va: "Virginia",
  Wash: "Washington", Wis: "Wisconsin", Wyo: "Wyoming", Alta: "Alberta", Sask: "Saskatchewan", Ont: "Ontario", Que: "Quebec",
  Nfld: "Newfoundland and Labrador",
});
/**
 * ", Fla." and the like. A plain expression that opens with a literal comma and space, which the engine scans for
 * quickly; the capitalised word before it is checked by hand. (A look-behind with Unicode classes here cost the
 * names stage a sixth of its time.)
 */
const STATE_AFTER_COMMA = new RegExp(`, (${Object.keys(STATE_ABBREVIATIONS).join("|")})\\.(?![A-Za-z\\u00C0-\\u024F])`, "g");

/**
 * "Palm Beach, Fla.", "PALM BEACH, Fla. (AP)": an abbreviated state after a capitalised name and a comma is a
 * place. (Only there: "Mass." or "Ind." alone could be other words.)
 */
export function stateAbbreviations(ctx: Ctx): void {
  if (!ctx.text.includes(".")) return;
  STATE_AFTER_COMMA.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = STATE_AFTER_COMMA.exec(ctx.text)); ) {
    if (!capitalisedWordEndsAt(ctx.text, m.index)) continue;
    const start = m.index + 2;
    const end = start + m[1].length + 1;
    // The name before it is a city, whatever it looked like ("from Palm Beach, Fla.").
    const city = ctx.mentions.find((x) => x.end === start - 2);
    if (city && city.kind === "person") {
      city.kind = "place";
      city.form = "full";
    }
    const found = ctx.mentions.find((x) => x.start < end && start < x.end);
    // Another rule may have read the abbreviation already (a dateline's second segment): it names the state.
    if (found) {
      if (found.kind === "place" && found.text === m[1]) found.name = intern(STATE_ABBREVIATIONS[m[1]]);
      continue;
    }
    ctx.mentions.push({ file: "", start, end, text: ctx.text.slice(start, end), kind: "place", name: intern(STATE_ABBREVIATIONS[m[1]]), form: "full" });
  }
}

/** Whether a capitalised word ends at `end` ("Beach" before ", Fla."): letters back to an upper-case one. */
function capitalisedWordEndsAt(text: string, end: number): boolean {
  let k = end - 1;
  while (k >= 0 && /[\p{L}'’.-]/u.test(text[k])) k--;
  const first = text[k + 1];
  return first !== undefined && k + 1 < end && first !== first.toLowerCase() && first === first.toUpperCase();
}
