/**
 * A deterministic generator of news-like articles for the benchmarks: invented people (names built from
 * syllables, so the analysis cannot lean on a list), invented places and organizations, honorifics,
 * possessives, quotations, captions printed twice, page furniture, and figures with qualifiers, about as
 * densely as real coverage has them. Measured on the seed and dev articles: 3.4 figures (1.7 of them compared
 * across articles), 13.6 name mentions and 6.5 sentences per KB; this corpus gives 3.4 (2.0), about 15 and 6.8,
 * as the bench prints. The same seed always gives the same corpus, so runs compare.
 */

/** Mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ["ka", "lo", "mir", "sen", "da", "vor", "ta", "ri", "no", "bel", "gar", "shi", "an", "tu", "vel", "mar", "ko", "zan", "pe", "lin", "dro", "sa", "hel", "om"];
const SURNAME_ENDINGS = ["ov", "enko", "ski", "ani", "ez", "son", "ides", "berg", "ura", "ic"];
const PLACE_ENDINGS = ["grad", "ville", "burg", "ia", "stan", "port", "mouth", "ora"];
const OUTLETS = ["The Daily Ledger", "Northern Courier", "Evening Gazette", "The Harbour Times", "Valley Post", "Metro Wire"];
const TITLES = ["President", "Minister", "Mr", "Ms", "Dr", "Mayor", "General"];
const ROLES = ["an opposition leader", "a 41-year-old teacher", "the former mayor", "a spokesman for the ministry", "a local organizer"];
const VERBS = ["arrested", "detained", "injured", "evacuated", "killed", "released"];
const NOUNS = ["people", "protesters", "residents", "workers", "students"];
const QUALIFIERS = ["more than", "nearly", "at least", "about", "almost", ""];
/** Background sentences, with no names and no figures: real coverage is mostly such prose between its facts. */
const PROSE = [
  "The government has rejected the accusations and blamed foreign interference for the unrest.",
  "Critics say the authorities have used the courts to silence their opponents for years.",
  "Shops in the old town stayed closed, and public transport ran only on a reduced timetable.",
  "The move drew sharp criticism from rights groups, who called it a return to the darkest days of the regime.",
  "Analysts say the standoff could drag on for months unless one side makes a significant concession.",
  "Witnesses described scenes of chaos as riot police pushed the crowd back towards the river.",
  "The ministry did not respond to a request for comment on the allegations.",
  "Opposition leaders have urged their supporters to remain peaceful and to avoid any provocation.",
  "Neighbouring governments have called for restraint and offered to mediate between the two sides.",
  "Independent observers were not allowed to monitor the count, according to the electoral commission.",
  "State television has largely ignored the demonstrations, showing cultural programmes instead.",
  "Many of those detained said they had been beaten in custody and denied access to lawyers.",
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const lowerFirst = (sentence: string): string => sentence[0].toLowerCase() + sentence.slice(1);

export interface GeneratedArticle {
  name: string;
  text: string;
}

export class CorpusGenerator {
  private readonly random: () => number;
  private readonly people: { first: string; last: string }[] = [];
  private readonly places: string[] = [];
  private readonly organizations: string[] = [];

  constructor(seed = 20260101, cast = 400) {
    this.random = prng(seed);
    for (let i = 0; i < cast; i++) {
      this.people.push({ first: this.word(2, ""), last: this.word(2, this.pick(SURNAME_ENDINGS)) });
      this.places.push(this.word(1, this.pick(PLACE_ENDINGS)));
      this.organizations.push(`${this.word(2, "")} ${this.pick(["Council", "Ministry", "Union", "Party", "Agency", "Bank"])}`);
    }
  }

  /** Articles until their total size reaches `bytes` (UTF-8). */
  articles(bytes: number): GeneratedArticle[] {
    const out: GeneratedArticle[] = [];
    let total = 0;
    for (let i = 0; total < bytes; i++) {
      const text = this.article(i);
      out.push({ name: `article-${String(i).padStart(5, "0")}.article`, text });
      total += Buffer.byteLength(text, "utf8");
    }
    return out;
  }

  /** One article of roughly 4-6 KB about a handful of the cast. */
  article(index: number): string {
    const story = index % 50; // articles of one story share their cast, as coverage does
    const cast = Array.from({ length: 6 }, (_, k) => this.people[(story * 7 + k * 13) % this.people.length]);
    const place = this.places[(story * 3) % this.places.length];
    const org = this.organizations[(story * 5) % this.organizations.length];
    const outlet = OUTLETS[index % OUTLETS.length];
    // What the story's figures count is the story's own, as in real coverage: outlets covering one event
    // share quantities, other stories count other things (30 noun/verb pairs over 50 stories).
    const noun = NOUNS[story % NOUNS.length];
    const verb = VERBS[Math.floor(story / NOUNS.length) % VERBS.length];
    const [lead, second] = cast;
    const lines: string[] = [];
    lines.push(`${lead.first} ${lead.last} faces growing pressure in ${place} as protests continue`, "");
    lines.push(`By ${this.person(cast[5])}`, outlet, "");
    if (index % 3 === 0) lines.push("Advertisement", "");
    const caption = `${lead.first} ${lead.last} speaks to supporters in ${place} on ${this.pick(DAYS)}. Photo: ${this.person(cast[4])}`;
    lines.push(caption, caption, "");
    for (let p = 0; p < 14; p++) {
      const who = cast[p % cast.length];
      const figure = this.figure();
      // Every paragraph carries some plain prose besides its facts, as real articles do, half of it in the
      // figure's own sentence: real sentences are long (about 6.5 per KB), and a figure's sentence is its context.
      const aside = p % 2 === 0 ? `, while ${lowerFirst(this.pick(PROSE))}` : `. ${who.last} spoke to ${second.last} by telephone later that evening, aides said.`;
      switch (p % 5) {
        case 0:
          lines.push(`${this.pick(TITLES)} ${who.last} said on ${this.pick(DAYS)} that ${figure} ${noun} had been ${verb} in ${place} since the vote, according to the ${org}${aside}`);
          break;
        case 1:
          lines.push(`"We will not accept another day of this," ${who.first} ${who.last}, ${this.pick(ROLES)}, told reporters, adding that the people of ${place} deserved better${aside}`);
          break;
        case 2:
          // Most figures in real coverage are compared with nothing (a share with no "of the …", a year, a score).
          lines.push(`${who.last}’s allies in the ${org} say the count was inflated by ${this.int(2, 99)}%, and ${second.first} ${second.last} has called for talks with ${lead.last}${aside}`);
          break;
        case 3:
          lines.push(
            p === 3
              ? `The ${this.int(30, 70)}-year-old has ruled ${place} since the old constitution was torn up, police were deployed across the capital and tens of thousands marched${aside}`
              : `The ruling party has governed ${place} since the old constitution was torn up, and police were deployed across the capital${aside}`,
          );
          break;
        default:
          lines.push(`Officials in ${this.pick(this.places)} and ${this.pick(this.places)} reported that ${figure} ${noun} were ${verb} last week, which ${who.first} ${who.last} denied${aside}`);
      }
      lines.push("");
    }
    if (index % 4 === 0) lines.push("Subscribe to Our Newsletter", "", "Leave a Reply", "");
    return lines.join(index % 7 === 0 ? "\r\n" : "\n");
  }

  private figure(): string {
    const qualifier = this.pick(QUALIFIERS);
    const n = this.int(2, 9000);
    const written = n >= 1000 ? n.toLocaleString("en-US") : String(n);
    return qualifier ? `${qualifier} ${written}` : written;
  }

  private person(p: { first: string; last: string }): string {
    return `${p.first} ${p.last}`;
  }

  private word(syllables: number, ending: string): string {
    let w = "";
    for (let i = 0; i < syllables; i++) w += this.pick(SYLLABLES);
    w += ending;
    return w[0].toUpperCase() + w.slice(1);
  }

  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }
}
