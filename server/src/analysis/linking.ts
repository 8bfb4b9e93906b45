/**
 * Links mentions into entities across all articles.
 *
 * People, in two steps:
 *  1. Within one article, a surname or given name alone ("Mr Lukashenko", "Tetsuya") joins the one full name
 *     of that article it belongs to; the article's mentions of one person form a chain.
 *  2. Across articles, chains join when both the family and the given name match after transliteration
 *     folding (either order, for "Abe Shinzo" / "Shinzo Abe"); a chain with a single name joins a person
 *     only when exactly one candidate fits. Candidates are found through blocking keys (folded name parts,
 *     consonant skeletons), never by comparing all pairs.
 * Places and organizations join by canonical name (country aliases, "Nara City" = "Nara"), organizations also
 * by acronym ("EU") and short form ("Chelsea" for "Chelsea Football Club").
 * Then names an article left unclassified are recognised from the rest of the corpus ("Dubrovskaya" alone in
 * one article, "Kiev" in one article and "Kyiv" in the others).
 * The user's decisions bind throughout: confirmed names and aliases are joined first, and no join ever puts
 * two names of one `distinct` group into one entity.
 */
import { ArticleAnalysis, Decisions, Description, Entity, EntityKind, Mention, ReportedAge } from "./types";
import { blockingKeys, deletionKeys, fold, foldedKey, isMuhammadAbbreviation, isRegnalNumber, isShortForm, isShortFormOf, nameParts, sameFamilyName, sameGivenName, skeleton, slug, withinOneEdit } from "./names/normalize";
import { isCityOnly, isCountry, isDemonym, placeName } from "./lexicon/gazetteer";
import { GIVEN_NAMES } from "./lexicon/words";
import { firstNameGender } from "./lexicon/firstNames";
import { unresolvedNames } from "./mentions";
import { packMentionStarts } from "./mentionStarts";
import { isSyllabicGiven, sameKoreanName } from "./names/korean";
import { isChineseName, sameChineseName } from "./names/chinese";

interface Chain {
  kind: EntityKind;
  file: string;
  mentions: Mention[];
  /** Identity-bearing name parts of the fullest name in the chain. */
  parts: string[];
  /** Union-find parent index. */
  parent: number;
}

export function linkEntities(analyses: ArticleAnalysis[], decisions: Decisions): Entity[] {
  const chains: Chain[] = [];
  for (const analysis of analyses) {
    const file = analysis.article.file;
    const byKind: Record<EntityKind, Mention[]> = { person: [], place: [], organization: [] };
    for (const m of analysis.mentions) byKind[m.kind]?.push(m);
    personChains(file, byKind.person, chains, analysis.article.text);
    keyedChains(file, "place", byKind.place, placeKey, chains);
    keyedChains(file, "organization", byKind.organization, orgKey, chains);
  }
  const uf = new UnionFind(chains, decisions);
  applyConfirmed(chains, uf, decisions);
  linkPeople(chains, uf);
  linkByKey(chains, uf, "place", placeKey);
  linkByKey(chains, uf, "organization", orgKey);
  linkAcronyms(chains, uf);
  linkShortOrgNames(chains, uf);
  recogniseAcrossArticles(analyses, chains, uf, decisions);
  return buildEntities(chains, uf, decisions, analyses);
}

// ---- step 1: chains within one article ----------------------------------------------------------

/**
 * Between a full name and a one-word name right after it: the words that give the second as what the first is
 * called ("Rafael Souza Lima, known as Rafinha", "Edson Arantes do Nascimento ('Pelé')", "Ana Costa, nicknamed
 * Nani").
 */
const NICKNAME_WORDS = String.raw`(?:(?:better|commonly|widely|popularly|also|universally) )?known as |nicknamed |dubbed |(?:\(\s*)?['‘"“]`;
const NICKNAME_BETWEEN = new RegExp(String.raw`^,?\s*(?:${NICKNAME_WORDS}|\()\s*$`);
/** The same for a nickname of several words, without a bare bracket ("Ana Costa (Maria Souza's lawyer)" is two people). */
const LONG_NICKNAME_BETWEEN = new RegExp(String.raw`^,?\s*(?:${NICKNAME_WORDS})\s*$`);

/** Whether `m` comes right after the full name `before` as what that person is called ("…, known as m"). */
function givenAsNickname(before: Mention, m: Mention, text: string, between: RegExp): boolean {
  return text !== "" && m.start - before.end <= 24 && m.start >= before.end && between.test(text.slice(before.end, m.start));
}

function personChains(file: string, mentions: Mention[], out: Chain[], text = ""): void {
  const full = new Map<string, Chain>();
  const singles: Mention[] = [];
  // One-word names the article gives as a full name's nickname: that person's, wherever they appear.
  let nicknames: Map<string, Chain> | undefined;
  let previous: { m: Mention; c: Chain } | undefined;
  // Longer names given the same way ("José Geraldo da Conceição, known as Zé Geraldo"): that person's too.
  let longNicknames: Map<string, Chain> | undefined;
  for (const m of mentions) {
    const parts = nameParts(m.name);
    if (parts.length >= 2) {
      const key = foldedKey(parts);
      let c = longNicknames?.get(key) ?? full.get(key);
      if (!c && previous && givenAsNickname(previous.m, m, text, LONG_NICKNAME_BETWEEN)) (longNicknames ??= new Map()).set(key, (c = previous.c));
      if (!c) full.set(key, (c = { kind: "person", file, mentions: [], parts, parent: -1 }));
      c.mentions.push(m);
      previous = { m, c };
    } else {
      if (previous && givenAsNickname(previous.m, m, text, NICKNAME_BETWEEN)) (nicknames ??= new Map()).set(fold(parts[0] ?? m.name), previous.c);
      singles.push(m);
      previous = undefined;
    }
  }
  compoundFamilyNames(full);
  const fullChains = [...full.values()];
  fullChains.forEach((c, i) => (c.parent = out.length + i));
  out.push(...fullChains);
  const singleChains = new Map<string, Chain>();
  const goesBy = familyNamesInUse(singles, fullChains);
  // An article repeats a lone name many times ("Lukashenko said … Lukashenko"): its owner is looked for once.
  const owners = new Map<string, Chain | undefined>();
  for (const m of singles) {
    const parts = nameParts(m.name);
    const word = parts[0] ?? m.name;
    const nicknamed = nicknames?.get(fold(word));
    if (nicknamed) {
      nicknamed.mentions.push(m);
      continue;
    }
    // "Mr Biden" between Joe and Jill Biden: the honorific's gender picks among people sharing the name.
    const candidates = m.gender ? fullChains.filter((c) => compatibleGender(c, m.gender!)) : fullChains;
    const ownerKey = m.gender ? `${word}|${m.gender}` : word;
    let owner = owners.get(ownerKey);
    if (owner === undefined && !owners.has(ownerKey)) {
      owner = ownerInArticle(word, candidates, goesBy);
      // "Mr. Whitaker" between Raymond and Evelyn Whitaker: when the name alone leaves two, the one whose first
      // name is the honorific's gender (Evelyn may be either) is meant.
      if (!owner && m.gender && candidates.length > 1) {
        const sure = candidates.filter((c) => firstNameGender(c.parts[0]) === m.gender);
        if (sure.length && sure.length < candidates.length) owner = ownerInArticle(word, sure, goesBy);
      }
      owners.set(ownerKey, owner);
    }
    if (owner) {
      owner.mentions.push(m);
      continue;
    }
    // Two people of the article share the family name ("Jimmy Lai", later "his son Sebastien Lai"): a lone
    // "Lai" before the second is introduced can only be the first.
    // Before that, the office title written with the lone name, when only one of them is named with it ("Minister
    // Lee" beside "Justice Minister Lee Jae-kwan" and "Rep. Lee Su-jin"); after it, the one of them the same
    // paragraph has named ("Lee Soo-jin, the floor leader, said … Ms Lee's party").
    const introduced = (m.title ? sharingTitle(word, candidates, m.title) : undefined) ?? introducedBefore(word, candidates, m.start) ?? namedInParagraph(word, candidates, m.start, text);
    if (introduced) {
      introduced.mentions.push(m);
      continue;
    }
    const key = fold(word);
    let c = singleChains.get(key);
    if (!c) {
      c = { kind: "person", file, mentions: [], parts: [word], parent: out.length };
      singleChains.set(key, c);
      out.push(c);
    }
    c.mentions.push(m);
  }
}

/**
 * "Liat Adler Katz … Adler Katz, a nurse": a name of two words that are the last two of exactly one longer full name
 * of the article, and that does not open with a common first name, is that person's double family name (read as a given
 * name and a surname, it would be someone else). Joins the shorter chain into the longer in `full`.
 */
function compoundFamilyNames(full: Map<string, Chain>): void {
  if (full.size < 2) return;
  for (const [key, c] of full) {
    if (c.parts.length !== 2 || GIVEN_NAMES.has(c.parts[0])) continue;
    const a = fold(c.parts[0]);
    const b = fold(c.parts[1]);
    let owner: Chain | undefined;
    let n = 0;
    for (const l of full.values()) {
      const k = l.parts.length;
      if (k > 2 && fold(l.parts[k - 2]) === a && fold(l.parts[k - 1]) === b) {
        owner = l;
        n++;
      }
    }
    if (n !== 1) continue;
    owner!.mentions.push(...c.mentions);
    owner!.mentions.sort((x, y) => x.start - y.start);
    full.delete(key);
  }
}

/** Whether a full name can be a person of that gender: its first name or its honorifics do not say otherwise. */
function compatibleGender(c: Chain, gender: "male" | "female"): boolean {
  const byName = firstNameGender(c.parts[0]);
  if (byName) return byName === gender;
  for (const m of c.mentions) if (m.gender && m.gender !== gender) return false;
  return true;
}

/**
 * Whether `f` (folded) is the family name of a full name: its last part, or its first when a syllabic given name
 * follows, as Korean names are written ("Lee Jae-kwan").
 */
function hasFamilyName(c: Chain, f: string): boolean {
  return fold(familyOf(c.parts)) === f || (c.parts.length === 2 && (isSyllabicGiven(c.parts[1]) || isChineseName(c.parts)) && fold(c.parts[0]) === f);
}

/** When several full names of the article have the family name `word`: the only one of them written with `title`. */
function sharingTitle(word: string, fullChains: Chain[], title: string): Chain | undefined {
  return onlySharer(word, fullChains, (c) => c.mentions.some((m) => m.title === title));
}

/** When several full names of the article have the family name `word`: the only one of them named earlier in the paragraph of `pos`. */
function namedInParagraph(word: string, fullChains: Chain[], pos: number, text: string): Chain | undefined {
  if (!text) return undefined;
  const from = text.lastIndexOf("\n", pos) + 1;
  return onlySharer(word, fullChains, (c) => c.mentions.some((m) => m.start >= from && m.end <= pos));
}

/** When several full names of the article have the family name `word`: the only one of them named before `pos`, if one is. */
function introducedBefore(word: string, fullChains: Chain[], pos: number): Chain | undefined {
  return onlySharer(word, fullChains, (c) => c.mentions[0].start < pos);
}

/** Of two or more full names with the family name `word`, the only one that passes `test` (undefined if none or several). */
function onlySharer(word: string, fullChains: Chain[], test: (c: Chain) => boolean): Chain | undefined {
  const f = fold(word);
  let found: Chain | undefined;
  let sharing = 0;
  for (const c of fullChains) {
    if (!hasFamilyName(c, f)) continue;
    sharing++;
    if (test(c)) {
      if (found) return undefined;
      found = c;
    }
  }
  return sharing > 1 ? found : undefined;
}

/**
 * Of several full names of one article, the longest when each other one is its end: "Núñez de la Garza" in a
 * caption and "Héctor Núñez de la Garza" in the text are one person (joined later, across the corpus). Or the
 * longest without a middle name: "Raymond Whitaker Jr" in a caption is "Raymond Douglas Whitaker Jr".
 */
function fullestOf(chains: Chain[]): Chain | undefined {
  let best = chains[0];
  for (const c of chains) if (c.parts.length > best.parts.length) best = c;
  for (const c of chains) {
    if (c === best) continue;
    const off = best.parts.length - c.parts.length;
    if (off <= 0) return undefined;
    let end = true;
    for (let i = 0; i < c.parts.length && end; i++) if (fold(c.parts[i]) !== fold(best.parts[off + i])) end = false;
    if (!end && !withoutMiddleNames(c.parts, best.parts)) return undefined;
  }
  return best;
}

/** Whether `short` is `long` with some of its middle parts left out: same first and last parts, the rest in order. */
function withoutMiddleNames(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || fold(short[0]) !== fold(long[0]) || fold(short[short.length - 1]) !== fold(long[long.length - 1])) return false;
  let k = 1;
  for (let i = 1; i < short.length - 1; i++) {
    while (k < long.length - 1 && fold(long[k]) !== fold(short[i])) k++;
    if (k >= long.length - 1) return false;
    k++;
  }
  return true;
}

/**
 * The family name each full name of the article goes by, where the article shows it: a lone word that is a
 * later part of exactly one full name ("Abel Salgado Núñez … Mr Salgado": he goes by Salgado).
 */
function familyNamesInUse(singles: Mention[], fullChains: Chain[]): Map<Chain, Set<string>> | undefined {
  let out: Map<Chain, Set<string>> | undefined;
  if (fullChains.length < 2 || singles.length === 0) return out;
  // Each full name's parts after the first, folded once (not once per lone name).
  const laterParts = fullChains.map((c) => c.parts.slice(1).map(fold));
  for (const m of singles) {
    const f = fold(nameParts(m.name)[0] ?? m.name);
    let only: Chain | undefined;
    let n = 0;
    for (let c = 0; c < fullChains.length; c++)
      if (laterParts[c].includes(f)) {
        only = fullChains[c];
        n++;
      }
    if (n !== 1) continue;
    let set = (out ??= new Map<Chain, Set<string>>()).get(only!);
    if (!set) out.set(only!, (set = new Set<string>()));
    set.add(f);
  }
  return out;
}

/**
 * The one full name of the article that a lone name part belongs to: as family name first, else as given name.
 * A full name the article already calls by another of its family names is not a candidate for this one: with
 * "Héctor Núñez de la Garza" and "Abel Salgado Núñez … Mr Salgado" in one article, "Mr Núñez" is Héctor
 * (Spanish names carry two family names, and people go by the first).
 */
function ownerInArticle(word: string, fullChains: Chain[], goesBy?: Map<Chain, Set<string>>): Chain | undefined {
  const f = fold(word);
  const exact = (c: Chain, i: number) => fold(c.parts[i]) === f;
  if (goesBy) {
    const other = (c: Chain) => !exact(c, 0) && goesBy.get(c) !== undefined && !goesBy.get(c)!.has(f);
    if (fullChains.some(other)) fullChains = fullChains.filter((c) => !other(c));
  }
  // (The family name is the part before a generational suffix: "Raymond Whitaker Jr" goes by Whitaker.)
  const byLast = fullChains.filter((c) => exact(c, familyIndex(c.parts)));
  if (byLast.length === 1) return byLast[0];
  if (byLast.length > 1) return fullestOf(byLast);
  const byAny = fullChains.filter((c) => c.parts.some((_, i) => exact(c, i)));
  if (byAny.length === 1) return byAny[0];
  if (byAny.length > 1) return fullestOf(byAny);
  // A typo of the family name ("Lukashnenko"): one edit, long names only.
  const fuzzy = fullChains.filter((c) => f.length >= 6 && sameFamilyName(word, familyOf(c.parts)));
  if (fuzzy.length === 1) return fuzzy[0];
  // A listed short form of one full name's given name: "Sasha" for "Aleksandr Lebedev", "Bob" for "Robert Kell".
  if (!fuzzy.length && isShortForm(word)) {
    const short = fullChains.filter((c) => isShortFormOf(word, c.parts[0]));
    // (One man named twice, with and without his patronymic, is two chains of one family name: the longer.)
    const family = short.length ? fold(familyOf(short[0].parts)) : "";
    if (short.length && short.every((c) => fold(familyOf(c.parts)) === family)) return short.reduce((a, b) => (b.parts.length > a.parts.length ? b : a));
  }
  return undefined;
}

function keyedChains(file: string, kind: EntityKind, mentions: Mention[], key: (m: Mention) => string, out: Chain[]): void {
  const byKey = new Map<string, Chain>();
  for (const m of mentions) {
    const k = cachedKey(kind, m, key);
    let c = byKey.get(k);
    if (!c) {
      c = { kind, file, mentions: [], parts: [m.name], parent: out.length };
      byKey.set(k, c);
      out.push(c);
    }
    c.mentions.push(m);
  }
}

const placeKeyCache = new Map<string, string>();
const orgKeyCache = new Map<string, string>();

/** Place and organization keys depend on the name only (a place's name is already canonical): computed once each. */
function cachedKey(kind: EntityKind, m: Mention, key: (m: Mention) => string): string {
  const cache = kind === "place" ? placeKeyCache : orgKeyCache;
  let k = cache.get(m.name);
  if (k === undefined) {
    if (cache.size > 50_000) cache.clear();
    cache.set(m.name, (k = key(m)));
  }
  return k;
}

/**
 * South Asian districts and their subdivisions take the name of their headquarters town, and news writes either for
 * the other: "Chandpur district" and "Chandpur", "Matlab Uttar upazila" and "Matlab Uttar" are one place.
 */
const UNIT_NAMED_FOR_TOWN = / (?:District|Upazila|Tehsil|Taluka|Subdistrict|Sub-district|Sub-District)$/;

/**
 * "Niassa province" and "Niassa", "Capiz Province" and "Capiz": a province whose name the lists know only as a region,
 * or do not know at all, is the place of that name. A name they know as a city keeps its province apart ("Iloilo
 * province" is not Iloilo City, "Nara prefecture" not Nara).
 */
function provinceOfItsName(name: string): string | undefined {
  if (!name.endsWith(" Province")) return undefined;
  const base = name.slice(0, -9);
  if (!base || isCityOnly(base)) return undefined;
  const known = placeName(base);
  return known !== undefined && isCountry(known) ? undefined : base;
}

/**
 * "Tlogorejo Village" is the village Tlogorejo, as "Baluchar village" is Baluchar, when the lists do not know the name
 * as some other place ("Greenwich Village" is not Greenwich).
 */
function villageOfItsName(name: string): string | undefined {
  if (!name.endsWith(" Village")) return undefined;
  const base = name.slice(0, -8);
  return base && placeName(base) === undefined ? base : undefined;
}

function placeKey(m: Mention): string {
  const village = villageOfItsName(m.name);
  if (village !== undefined) return placeKey({ ...m, name: village, text: village });
  if (UNIT_NAMED_FOR_TOWN.test(m.name)) return placeKey({ ...m, name: m.name.slice(0, m.name.lastIndexOf(" ")), text: m.name.slice(0, m.name.lastIndexOf(" ")) });
  const province = provinceOfItsName(m.name);
  if (province !== undefined) return placeKey({ ...m, name: province, text: province });
  const canonical = placeName(m.name) ?? placeName(m.text) ?? m.name;
  // "Nara City" is Nara; "Mexico City" and "Kuwait City" are not their countries.
  const town = canonical.replace(/\s+City$/, "");
  // "Chernihiv Oblast" is the "Chernihiv region" (the Ukrainian and Russian word for it), not the city.
  if (town === canonical && canonical.endsWith(" Oblast")) return fold(canonical.slice(0, -6) + "Region");
  return fold(town !== canonical && isCountry(placeName(town) ?? town) ? canonical : town);
}

function orgKey(m: Mention): string {
  const words = m.name.replace(/^The\s+/, "").split(" ");
  // A leading place is folded to its canonical name: "LA Dodgers" and "Los Angeles Dodgers" are one club.
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const place = placeName(words.slice(0, n).join(" "));
    if (place) return fold(place + " " + words.slice(n).join(" "));
  }
  return fold(words.join(" "));
}

// ---- step 2: across articles --------------------------------------------------------------------

class UnionFind {
  private names: Set<string>[];
  private distinct: Set<string>[];
  constructor(private chains: Chain[], decisions: Decisions) {
    this.distinct = (decisions.distinct ?? []).map((group) => new Set(group.map((n) => fold(n))));
    // The names in each entity are tracked only when the user keeps some names apart.
    this.names = this.distinct.length ? chains.map((c) => new Set(c.mentions.map((m) => fold(m.name)))) : [];
  }
  /** Registers a chain appended after construction. */
  grow(): void {
    if (!this.distinct.length) return;
    const c = this.chains[this.chains.length - 1];
    this.names.push(new Set(c.mentions.map((m) => fold(m.name))));
  }
  find(i: number): number {
    const c = this.chains;
    while (c[i].parent !== i) {
      c[i].parent = c[c[i].parent].parent;
      i = c[i].parent;
    }
    return i;
  }
  /** Joins two chains' entities unless the user said that names in them are different entities. */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    if (!this.distinct.length) {
      this.chains[rb].parent = ra;
      return true;
    }
    const na = this.names[ra];
    const nb = this.names[rb];
    for (const group of this.distinct) {
      let inA = false;
      let inB = false;
      for (const n of group) {
        if (na.has(n)) inA = true;
        if (nb.has(n)) inB = true;
      }
      // Both sides hold names of one "distinct" group, and not the same one: keep apart.
      if (inA && inB && ![...group].some((n) => na.has(n) && nb.has(n))) return false;
    }
    this.chains[rb].parent = ra;
    for (const n of nb) na.add(n);
    return true;
  }
}

function applyConfirmed(chains: Chain[], uf: UnionFind, decisions: Decisions): void {
  for (const entity of decisions.entities ?? []) {
    const names = new Set([entity.name, ...(entity.aliases ?? [])].map((n) => fold(n)));
    let first = -1;
    chains.forEach((c, i) => {
      if (c.kind !== entity.kind || !c.mentions.some((m) => names.has(fold(m.name)) || names.has(fold(m.text)))) return;
      if (first < 0) first = i;
      else uf.union(first, i);
    });
  }
}

function linkPeople(chains: Chain[], uf: UnionFind): void {
  const people = chains.map((c, i) => ({ c, i })).filter(({ c }) => c.kind === "person");
  const single = people.filter(({ c }) => c.parts.length < 2);
  // The same spelling in many articles is one name: join those first, and compare distinct spellings only.
  // Spaces and hyphens between the parts do not count: "Kim Jong Un", "Kim Jong-un" and "Kim Jongun" are one
  // spelling (the parts are joined whole, so no one is merged on a part alone).
  const full: { c: Chain; i: number }[] = [];
  const bySpelling = new Map<string, number>();
  for (const p of people) {
    if (p.c.parts.length < 2) continue;
    const key = foldedKey(p.c.parts).replace(/ /g, "");
    const rep = bySpelling.get(key);
    if (rep === undefined) {
      bySpelling.set(key, p.i);
      full.push(p);
    } else uf.union(rep, p.i);
  }
  // Blocking: each distinct full name is filed under keys of its first and last name parts.
  const blocks = new Map<string, number[]>();
  for (const { c, i } of full) {
    const last = familyOf(c.parts);
    const keys = new Set([...blockingKeys(c.parts[0]), ...blockingKeys(last), ...deletionKeys(last)]);
    // (After an abbreviated Muhammad, the name people go by is filed too: other outlets leave "Md" out.)
    if (c.parts.length >= 3 && isMuhammadAbbreviation(c.parts[0])) for (const k of blockingKeys(c.parts[1])) keys.add(k);
    for (const k of keys) {
      let list = blocks.get(k);
      if (!list) blocks.set(k, (list = []));
      list.push(i);
    }
  }
  for (const list of blocks.values()) {
    if (list.length > 400) continue; // a key shared by too many names says nothing
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const a = chains[list[x]];
        const b = chains[list[y]];
        if (uf.find(list[x]) !== uf.find(list[y]) && samePerson(a.parts, b.parts)) uf.union(list[x], list[y]);
      }
  }
  // A first name left out: "Tayyip Erdogan" is "Recep Tayyip Erdoğan" (the two-part name's given name is one of
  // the longer name's middle names, and the family names match), when only one longer name fits: "Ali Hassan"
  // between "Ahmed Ali Hassan" and "Mohamed Ali Hassan" joins neither.
  // Likewise a family name left out: "Faisal bin Farhan" is "Faisal bin Farhan Al Saud" (all the shorter name's
  // parts open the longer name).
  for (const { c, i } of full) {
    const fits = new Set<number>();
    const keys = new Set([...blockingKeys(c.parts[0]), ...blockingKeys(c.parts[c.parts.length - 1])]);
    for (const k of keys)
      for (const j of blocks.get(k) ?? []) {
        const other = chains[j].parts;
        const regrouped = opensRegrouped(c.parts, other);
        if (other.length <= c.parts.length && !regrouped) continue;
        // "Donald Trump" and "Donald Trump Jr" are father and son, not a name and its long form.
        if (isGenerational(other[other.length - 1]) !== isGenerational(c.parts[c.parts.length - 1])) continue;
        const middle = c.parts.length === 2 && sameFamilyName(c.parts[1], other[other.length - 1]) && middleGiven(c.parts, other);
        if (middle || regrouped || opensName(c.parts, other)) fits.add(uf.find(j));
      }
    if (fits.size === 1) uf.union([...fits][0], i);
  }
  joinDroppedSuffixes(chains, uf, full, blocks);
  // A chain of lone names (an article that only says "Lukashenko") joins the one person it fits.
  let titles: Map<number, Set<string>> | undefined;
  const singleGroups = new Map<string, number[]>();
  for (const { c, i } of single) {
    const k = fold(c.parts[0]);
    let g = singleGroups.get(k);
    if (!g) singleGroups.set(k, (g = []));
    g.push(i);
  }
  // Nicknames an article gave a full name ("Rafael Souza Lima, known as Rafinha"): one-word mentions of a full
  // chain that are none of its parts. Another article's lone "Rafinha" joins the one person so called.
  let nicknamed: Map<string, Set<number>> | undefined;
  for (const { c, i } of people)
    for (const m of c.parts.length < 2 ? [] : c.mentions) {
      if (m.name.includes(" ")) continue;
      const f = fold(m.name);
      if (c.parts.some((p) => fold(p) === f)) continue;
      nicknamed ??= new Map();
      let set = nicknamed.get(f);
      if (!set) nicknamed.set(f, (set = new Set()));
      set.add(i);
    }
  for (const group of singleGroups.values()) {
    const word = chains[group[0]].parts[0];

    // The same lone family name in several articles is one person; the same lone first name is not
    // (two articles' "Vladimir" may be two men), so those join only through their one candidate.
    const together = !GIVEN_NAMES.has(word);
    // A common first name alone ("Mohammed", "King Mohammed") matches another article's full name by its first
    // name only when that article is its own: across articles it is too often someone else.
    // (Unless the same office title goes with both: "King Charles" is "King Charles III" of another article.)
    const files = together ? undefined : new Set(group.map((g) => chains[g].file));
    const groupTitles = together ? undefined : new Set(group.flatMap((g) => [...chainTitles(chains[g])]));
    const candidates = new Set<number>();
    for (const k of blockingKeys(word))
      for (const i of blocks.get(k) ?? []) {
        const parts = chains[i].parts;
        const last = familyOf(parts);
        const byFamilyName = sameFamilyName(word, last) || (parts.length === 2 && !isGenerational(parts[1]) && sameFamilyName(word, parts[0]));
        const sameTitle = groupTitles !== undefined && groupTitles.size > 0 && [...chainTitles(chains[i])].some((t) => groupTitles.has(t));
        const byGivenName = sameGivenName(word, parts[0]) && (!files || files.has(chains[i].file) || sameTitle) && (!together || closeSpelling(word, parts[0]) || inGroupFile(chains, group, chains[i].file));
        if (byFamilyName || byGivenName) candidates.add(uf.find(i));
      }
    // (Only a name no full name has as a part: the nickname an article gave.)
    const nickOf = candidates.size === 0 ? nicknamed?.get(fold(word)) : undefined;
    if (nickOf) for (const i of nickOf) candidates.add(uf.find(i));
    if (together) for (let g = 1; g < group.length; g++) uf.union(group[0], group[g]);
    if (candidates.size === 1) {
      const only = [...candidates][0];
      // A first name joins only from where it may: the candidate's own article, or under the same title.
      const mayJoin = together ? undefined : givenNameJoins(chains, only, uf);
      for (const g of together ? [group[0]] : group) if (!mayJoin || mayJoin(g)) uf.union(only, g);
    }
    else if (candidates.size > 1) {
      // Namesakes ("Governor Lemos" between Governor Ricardo Lemos and his brother Romeu): the office title
      // written with the lone name picks the one candidate named with the same title.
      titles ??= titlesByRoot(chains, uf);
      for (const g of group) {
        const own = chainTitles(chains[g]);
        if (!own.size) continue;
        const fits = [...candidates].filter((r) => [...own].some((t) => titles!.get(uf.find(r))?.has(t)));
        if (fits.length === 1) uf.union(fits[0], g);
      }
    }
  }
}

/**
 * A word no list knows as a first name ("Sumini") reaches another article's full name by its first name only when
 * spelled the same or one letter apart ("Hendrawan" / "Hendrawn"): the vowel skeleton that joins "Mohamed" and
 * "Muhammad" would make a lone "Sumini" of one article "Simon Crowther" of another.
 */
function closeSpelling(word: string, given: string): boolean {
  const a = fold(word);
  const b = fold(given);
  return a === b || (Math.min(a.length, b.length) >= 4 && withinOneEdit(a, b));
}

/** Whether one of a group of lone-name chains is in `file`. */
function inGroupFile(chains: Chain[], group: number[], file: string): boolean {
  return group.some((g) => chains[g].file === file);
}

/**
 * Which lone first-name chains may join the person rooted at `root`: those in an article where one of its full
 * names is, or written with an office title one of them has. (The full names are read once per group.)
 */
function givenNameJoins(chains: Chain[], root: number, uf: UnionFind): (g: number) => boolean {
  const files = new Set<string>();
  const titles = new Set<string>();
  for (let i = 0; i < chains.length; i++) {
    const c = chains[i];
    if (c.kind !== "person" || c.parts.length < 2 || uf.find(i) !== root) continue;
    files.add(c.file);
    for (const t of chainTitles(c)) titles.add(t);
  }
  return (g) => files.has(chains[g].file) || [...chainTitles(chains[g])].some((t) => titles.has(t));
}

/** The office titles written with a chain's mentions. */
function chainTitles(c: Chain): Set<string> {
  const out = new Set<string>();
  for (const m of c.mentions) if (m.title) out.add(m.title);
  return out;
}

/** The office titles of each joined group of full-name people (found once, when some lone name is ambiguous). */
function titlesByRoot(chains: Chain[], uf: UnionFind): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  chains.forEach((c, i) => {
    if (c.kind !== "person" || c.parts.length < 2) return;
    for (const m of c.mentions) {
      if (!m.title) continue;
      const r = uf.find(i);
      let set = out.get(r);
      if (!set) out.set(r, (set = new Set()));
      set.add(m.title);
    }
  });
  return out;
}

/** The index of a full name's family name: its last part, or the one before a generational suffix ("Whitaker Jr"). */
function familyIndex(parts: readonly string[]): number {
  const n = parts.length - 1;
  return n >= 2 && isGenerational(parts[n]) ? n - 1 : n;
}

function familyOf(parts: readonly string[]): string {
  return parts[familyIndex(parts)];
}

/** A generational suffix or a regnal number kept as a name's last part ("Jr", "Sr", "III"): see nameParts. */
function isGenerational(part: string): boolean {
  return part === "Jr" || part === "Sr" || isRegnalNumber(part);
}

/**
 * Outlets drop a generational suffix: "Gordon Pruitt" in one article is "Gordon W. Pruitt III" in another. The
 * two join when exactly one suffixed person and one person without the suffix fit each other, and no article
 * names both apart (a father and his son: "Donald Trump" beside "Donald Trump Jr").
 */
function joinDroppedSuffixes(chains: Chain[], uf: UnionFind, full: { c: Chain; i: number }[], blocks: Map<string, number[]>): void {
  const isSuffixed = (parts: readonly string[]) => parts.length >= 3 && isGenerational(parts[parts.length - 1]);
  const suffixed = full.filter(({ c }) => isSuffixed(c.parts));
  if (!suffixed.length) return;
  let filesByRoot: Map<number, Set<string>> | undefined;
  const filesOf = (root: number): Set<string> => {
    if (!filesByRoot) {
      filesByRoot = new Map();
      chains.forEach((c, i) => {
        if (c.kind !== "person") return;
        const r = uf.find(i);
        let set = filesByRoot!.get(r);
        if (!set) filesByRoot!.set(r, (set = new Set()));
        set.add(c.file);
      });
    }
    return filesByRoot.get(root) ?? new Set();
  };
  for (const { c, i } of suffixed) {
    const core = c.parts.slice(0, -1);
    const plain = new Set<number>();
    for (const k of blockingKeys(core[0]))
      for (const j of blocks.get(k) ?? []) if (!isSuffixed(chains[j].parts) && samePerson(core, chains[j].parts)) plain.add(uf.find(j));
    if (plain.size !== 1) continue;
    const target = [...plain][0];
    // Every suffixed name this plain one fits must be one person already.
    const owners = new Set<number>();
    for (const k of blockingKeys(chains[target].parts[0]))
      for (const j of blocks.get(k) ?? []) if (isSuffixed(chains[j].parts) && samePerson(chains[j].parts.slice(0, -1), chains[target].parts)) owners.add(uf.find(j));
    const root = uf.find(i);
    if (owners.size !== 1 || !owners.has(root) || root === target) continue;
    const a = filesOf(root);
    const b = filesOf(target);
    if ([...a].some((f) => b.has(f))) continue;
    uf.union(root, target);
    filesByRoot = undefined;
  }
}

/** Two full names are one person when family and given names both match, in either order. */
function samePerson(a: string[], b: string[]): boolean {
  // A generational suffix must be the same on both ("Jr" and "Jr", or none); the names are compared without it,
  // so that "Raymond Douglas Whitaker Jr" and "Raymond Smith Jr" do not meet on their "Jr".
  const ga = a.length >= 3 && isGenerational(a[a.length - 1]);
  const gb = b.length >= 3 && isGenerational(b[b.length - 1]);
  if (ga !== gb) return false;
  if (ga) {
    if (a[a.length - 1] !== b[b.length - 1]) return false;
    a = a.slice(0, -1);
    b = b.slice(0, -1);
  }
  // "Md. Abdur Rahim Mia" and "Abdur Rahim Miah": one outlet prints the abbreviated Muhammad, the other leaves it out;
  // and where both print it, the names people go by are what tells two men apart ("Md Jalal …" is not "Md Kobir …").
  const mdA = a.length >= 3 && isMuhammadAbbreviation(a[0]);
  const mdB = b.length >= 3 && isMuhammadAbbreviation(b[0]);
  if (mdA && (mdB || a.length === b.length + 1)) a = a.slice(1);
  if (mdB && (mdA || b.length === a.length + 1)) b = b.slice(1);
  const a0 = a[0];
  const a1 = a[a.length - 1];
  const b0 = b[0];
  const b1 = b[b.length - 1];
  // Two middle names that differ tell two people apart: "Md Anwar Hossain" is not "Md Delwar Hossain" (where the
  // first name is a common one, as Muhammad is, the middle name is the one people go by).
  if (sameFamilyName(a1, b1) && sameGivenName(a0, b0)) return !(a.length === 3 && b.length === 3 && !sameGivenName(a[1], b[1]) && !sameFamilyName(a[1], b[1]));
  // Korean names romanized two ways: "Paik Seung-ho" / "Baek Seung-ho", "Lee Soo-jin" / "Lee Su-jin".
  if (sameKoreanName(a, b)) return true;
  // Chinese names in Pinyin and Wade-Giles: "Wang Xiaoming" / "Wang Hsiao-ming".
  if (sameChineseName(a, b)) return true;
  // Family name first ("Abe Shinzo" / "Shinzo Abe"): only for two-part names, where the order is the only difference.
  // Not when both parts are first names: "Ahmed Mohamed" and "Mohamed Ahmed" are usually two men.
  if (GIVEN_NAMES.has(a0) && GIVEN_NAMES.has(a1)) return false;
  return a.length === 2 && b.length === 2 && sameFamilyName(a0, b1) && sameGivenName(a1, b0);
}

/** Whether all of `short`'s parts (two at least) open `long`, part by part. */
function opensName(short: string[], long: string[]): boolean {
  if (short.length < 2) return false;
  for (let k = 0; k < short.length; k++) if (fold(short[k]) !== fold(long[k])) return false;
  return true;
}

/**
 * Whether `short` opens `long` with its words grouped differently: one outlet writes a compound given name as two
 * words, another as one ("Abdel Aziz Osman" / "Abdelaziz Osman Adam", "Jean Pierre Moreau" / "Jean-Pierre Moreau
 * Lenoir"). All of `short`'s letters, in order, are `long`'s first parts, and its last part is the last of those.
 */
function opensRegrouped(short: string[], long: string[]): boolean {
  if (short.length < 2 || long.length < 2) return false;
  const whole = short.map(fold).join("");
  const lastOfShort = fold(short[short.length - 1]);
  let joined = "";
  for (let k = 0; k < long.length; k++) {
    const part = fold(long[k]);
    joined += part;
    if (joined.length > whole.length || !whole.startsWith(joined)) return false;
    if (joined.length === whole.length) return k + 1 !== short.length && part === lastOfShort;
  }
  return false;
}

/** Whether the two-part name `short`'s given name is one of `long`'s middle names. */
function middleGiven(short: string[], long: string[]): boolean {
  if (short.length !== 2 || long.length < 3) return false;
  for (let k = 1; k < long.length - 1; k++) if (sameGivenName(short[0], long[k])) return true;
  return false;
}

function linkByKey(chains: Chain[], uf: UnionFind, kind: EntityKind, key: (m: Mention) => string): void {
  const first = new Map<string, number>();
  chains.forEach((c, i) => {
    if (c.kind !== kind) return;
    const k = cachedKey(kind, c.mentions[0], key);
    const had = first.get(k);
    if (had === undefined) first.set(k, i);
    else uf.union(had, i);
  });
}

/** "EU" joins "European Union", "LNA" joins "Libyan National Army", when exactly one organization has those initials. */
function linkAcronyms(chains: Chain[], uf: UnionFind): void {
  const byInitials = new Map<string, Set<number>>();
  const acronyms: number[] = [];
  chains.forEach((c, i) => {
    if (c.kind !== "organization") return;
    const name = c.mentions[0].name;
    if (/^(?:\p{Lu}\.?){2,6}$/u.test(name)) acronyms.push(i);
    const words = name.split(/\s+/).filter((w) => !/^(?:of|and|the|for|de|la|du)$/i.test(w));
    if (words.length >= 2) {
      // Filed under its initials and their prefixes of three letters or more: "IFRC" is how the
      // "International Federation of Red Cross and Red Crescent Societies" is usually written.
      const initials = words.map((w) => w.charAt(0).toUpperCase()).join("");
      for (let n = Math.min(initials.length, 3); n <= initials.length; n++) {
        if (n < initials.length && n < 3) continue;
        const key = initials.slice(0, n);
        let set = byInitials.get(key);
        if (!set) byInitials.set(key, (set = new Set()));
        set.add(i);
      }
    }
  });
  for (const i of acronyms) {
    const initials = chains[i].mentions[0].name.replace(/\./g, "");
    const candidates = byInitials.get(initials);
    if (!candidates) continue;
    const roots = new Set([...candidates].map((j) => uf.find(j)));
    if (roots.size === 1) uf.union([...candidates][0], i);
  }
}

/** Generic endings an organization is often named without: "Chelsea Football Club" is "Chelsea". */
const ORG_SUFFIXES = new Set(["football club", "fc", "club", "group", "inc", "ltd", "corp", "corporation", "company", "co", "plc", "llc", "holdings", "ag", "sa", "gmbh", "sports club"]);

/**
 * Short forms of organizations: "Chelsea" joins "Chelsea Football Club" and "Dodgers" joins "Los Angeles Dodgers"
 * (a longer name made of the short one plus a generic ending or a leading place), when only one organization fits.
 */
function linkShortOrgNames(chains: Chain[], uf: UnionFind): void {
  // Work on distinct names: every article repeats the same few organizations.
  const byName = new Map<string, number>();
  chains.forEach((c, i) => {
    if (c.kind !== "organization") return;
    const full = c.mentions[0].name;
    const name = full.startsWith("The") ? full.replace(/^The\s+/, "") : full; // (most names: no expression run)
    const had = byName.get(name);
    if (had === undefined) byName.set(name, i);
  });
  const byFirst = new Map<string, string[]>();
  const byLast = new Map<string, string[]>();
  for (const name of byName.keys()) {
    const words = name.split(" ");
    if (words.length < 2) continue;
    (byFirst.get(words[0]) ?? byFirst.set(words[0], []).get(words[0])!).push(name);
    const last = words[words.length - 1];
    (byLast.get(last) ?? byLast.set(last, []).get(last)!).push(name);
  }
  for (const [name, i] of byName) {
    const words = name.split(" ");
    const fits = new Set<number>();
    for (const otherName of byFirst.get(words[0]) ?? []) {
      const other = otherName.split(" ");
      if (other.length > words.length && other.slice(0, words.length).join(" ") === name && ORG_SUFFIXES.has(other.slice(words.length).join(" ").toLowerCase())) fits.add(uf.find(byName.get(otherName)!));
    }
    for (const otherName of byLast.get(words[words.length - 1]) ?? []) {
      const other = otherName.split(" ");
      const prefix = other.slice(0, other.length - words.length).join(" ");
      if (other.length > words.length && other.slice(other.length - words.length).join(" ") === name && (placeName(prefix) || isDemonym(prefix))) fits.add(uf.find(byName.get(otherName)!));
    }
    if (fits.size === 1) uf.union([...fits][0], i);
  }
}

// ---- names one article could not classify, recognised from the others ------------------------

/**
 * "Dubrovskaya called for a strike" in an article that never gives her full name: the article alone cannot
 * tell a surname from any capitalised word, but the corpus knows a Dubrovskaya. A run the article left
 * unclassified becomes a mention when it is exactly a family name or a full name of one person (or the name
 * of one place) elsewhere in the corpus, and no other entity shares that name.
 */
function recogniseAcrossArticles(analyses: ArticleAnalysis[], chains: Chain[], uf: UnionFind, decisions: Decisions): void {
  const keys = new Map<string, number | null>(); // name -> root chain, or null when ambiguous
  // The same by folded spelling: "Kante" in one article is the "Kanté" of another.
  const foldedKeys = new Map<string, number | null>();
  // Places by their name without a lower-case head word ("Sauerland" for "the Sauerland region"), asked last.
  const bareKeys = new Map<string, number | null>();
  const addTo = (map: Map<string, number | null>, key: string, root: number) => {
    const had = map.get(key);
    if (had === undefined) map.set(key, root);
    else if (had !== root) map.set(key, null);
  };
  const add = (key: string, root: number) => {
    addTo(keys, key, root);
    const folded = fold(key);
    if (folded.length >= 4) addTo(foldedKeys, folded, root);
  };
  chains.forEach((c, i) => {
    const root = uf.find(i);
    let previous = "";
    for (const m of c.mentions) {
      if (m.name === previous) continue;
      previous = m.name;
      // (Not a person's first name alone, "Ahmed" for Ahmed Osmane: in another article it is too often someone else.)
      if (c.kind === "person" && !m.name.includes(" ") && GIVEN_NAMES.has(m.name) && (c.parts.length < 2 || fold(c.parts[c.parts.length - 1]) !== fold(m.name))) continue;
      add(m.name, root);
      // "the Sauerland region" in one article, "the Sauerland" in another: a place named with a lower-case head
      // word is also known by its name alone (as inside one article), where no entity has that name itself.
      if (c.kind === "place") {
        const cut = m.name.lastIndexOf(" ");
        // (So is a river whose mention is its name alone: "the Meghna river" is "Meghna River", and "the Meghna".)
        if (cut > 0 && ((m.text.length > m.name.length - cut && m.text.endsWith(m.name.slice(cut + 1).toLowerCase())) || (m.text === m.name.slice(0, cut) && m.name.endsWith(" River")))) addTo(bareKeys, m.name.slice(0, cut), root);
      }
      if (c.kind !== "person") continue;
      const parts = nameParts(m.name);
      // Family names only: a first name alone ("Vladimir") names too many people.
      if (parts.length >= 2) add(parts[parts.length - 1], root);
    }
  });
  // Places also by spelling variant: "Kiev" in one article is the "Kyiv" of the others (one edit after
  // folding, and only when a single place fits).
  const placesBySkeleton = new Map<string, Set<number>>();
  chains.forEach((c, i) => {
    if (c.kind !== "place") return;
    const f = fold(c.mentions[0].name);
    if (f.length < 3) return;
    // (Also under the skeletons it has without one of its letters: a consonant one outlet adds or drops,
    // "Kaphalbot" / "Kaphalbhot", changes the skeleton.)
    for (const k of oneLetterSkeletons(f)) {
      let set = placesBySkeleton.get(k);
      if (!set) placesBySkeleton.set(k, (set = new Set()));
      set.add(uf.find(i));
    }
  });
  const fuzzyPlace = (name: string): number | null => {
    if (name.includes(" ") || !/^\p{Lu}\p{Ll}+$/u.test(name)) return null;
    const f = fold(name);
    if (f.length < 3 || name.length < 4) return null;
    const fits = new Set<number>();
    // (Not the demonym the place's name gives with one more letter: "Nepali", "Israeli" for Nepal, Israel; "Kenyan".)
    for (const root of new Set(oneLetterSkeletons(f).flatMap((k) => [...(placesBySkeleton.get(k) ?? [])]))) if (withinOneEdit(f, fold(chains[root].mentions[0].name)) || [...chains[root].mentions].some((m) => withinOneEdit(f, fold(m.name)))) if (!chains[root].mentions.some((m) => demonymOf(f, fold(m.name)))) fits.add(uf.find(root));
    return fits.size === 1 ? [...fits][0] : null;
  };
  const banned = new Set((decisions.notEntities ?? []).map((b) => b.text));
  for (const analysis of analyses) {
    const added = new Map<number, Mention[]>();
    const taken = analysis.mentions; // sorted by offset, as are the unresolved runs
    let ti = 0;
    for (const u of unresolvedNames(analysis.article)) {
      let root = keys.get(u.name);
      if (root === undefined && !u.name.includes(" ")) root = foldedKeys.get(fold(u.name));
      if (root === undefined) root = fuzzyPlace(u.name);
      if (root === undefined || root === null) root = keys.has(u.name) ? root : bareKeys.get(u.name) ?? root;
      if (root === undefined || root === null || banned.has(u.name)) continue;
      while (ti < taken.length && taken[ti].end <= u.start) ti++;
      if (ti < taken.length && taken[ti].start < u.end) continue; // overlaps a mention the article found
      const kind = chains[root].kind;
      const text = analysis.article.text.slice(u.start, u.end);
      const m: Mention = { file: analysis.article.file, start: u.start, end: u.end, text, kind, name: u.name, form: kind === "person" ? (u.name.includes(" ") ? "full" : "surname") : "full" };
      let list = added.get(root);
      if (!list) added.set(root, (list = []));
      list.push(m);
    }
    for (const [root, mentions] of added) {
      const c: Chain = { kind: chains[root].kind, file: analysis.article.file, mentions, parts: chains[root].parts, parent: chains.length };
      chains.push(c);
      uf.grow();
      uf.union(root, chains.length - 1);
    }
  }
}

/** A folded name's skeleton and the skeletons of the name without each of its consonants (from the second letter). */
function oneLetterSkeletons(f: string): string[] {
  // Kept per name: a corpus names the same places in article after article, and each name costs a skeleton per letter.
  let known = oneLetterSkeletonCache.get(f);
  if (known === undefined) {
    const out = new Set([skeleton(f)]);
    if (f.length >= 5) for (let i = 1; i < f.length; i++) if (!"aeiou".includes(f.charAt(i))) out.add(skeleton(f.slice(0, i) + f.slice(i + 1)));
    known = [...out];
    if (oneLetterSkeletonCache.size >= 20000) oneLetterSkeletonCache.clear();
    oneLetterSkeletonCache.set(f, known);
  }
  return known;
}

const oneLetterSkeletonCache = new Map<string, string[]>();

/** Whether `word` (folded) is `place` (folded) with a demonym's last letter added: "nepali", "iraqi", "kenyan". */
function demonymOf(word: string, place: string): boolean {
  if (word.length !== place.length + 1 || !word.startsWith(place)) return false;
  const added = word.charCodeAt(place.length);
  const last = place.charCodeAt(place.length - 1);
  const vowel = last === 97 || last === 101 || last === 105 || last === 111 || last === 117;
  return (added === 105 && !vowel) || (added === 110 && last === 97);
}

// ---- entities -----------------------------------------------------------------------------------

function buildEntities(chains: Chain[], uf: UnionFind, decisions: Decisions, analyses: ArticleAnalysis[]): Entity[] {
  const fileOrder = new Map<string, number>();
  analyses.forEach((a, i) => fileOrder.set(a.article.file, i));
  const groups = new Map<number, Chain[]>();
  // Group chains by entity, keeping article order (chains of one article are contiguous).
  chains.forEach((c, i) => {
    const r = uf.find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(c);
  });
  const confirmed = new Map<string, string>();
  for (const e of decisions.entities ?? []) for (const n of [e.name, ...(e.aliases ?? [])]) confirmed.set(`${e.kind}:${fold(n)}`, e.name);
  const entities: Entity[] = [];
  const usedIds = new Map<string, number>();
  for (const group of groups.values()) {
    const kind = group[0].kind;
    // Chains are in article order; within an article, mentions by offset.
    const mentions = sortedMentions(group, fileOrder);
    let name = displayName(kind, mentions);
    let isConfirmed = false;
    if (confirmed.size) for (const m of mentions) {
      const c = confirmed.get(`${kind}:${fold(m.name)}`);
      if (c) {
        name = c;
        isConfirmed = true;
        break;
      }
    }
    const spellings: Record<string, string[]> = {};
    const descriptions: Description[] = [];
    const ages: ReportedAge[] = [];
    const seenDesc = new Map<string, Set<string>>(); // file -> descriptions already listed
    let list: string[] = [];
    let listFile = "";
    for (const m of mentions) {
      // Mentions are sorted by article, so one article's spellings are filled in one stretch.
      if (m.file !== listFile) {
        listFile = m.file;
        list = spellings[m.file] ??= [];
      }
      if (!list.includes(m.name)) list.push(m.name);
      if (m.description) {
        let seen = seenDesc.get(m.file);
        if (!seen) seenDesc.set(m.file, (seen = new Set()));
        if (!seen.has(m.description)) {
          seen.add(m.description);
          descriptions.push({ file: m.file, text: m.description });
        }
      }
      if (m.age) ages.push({ file: m.file, start: m.age.start, end: m.age.end, value: m.age.value });
    }
    const entity: Entity = { id: "", kind, name, mentions, spellings, descriptions, ages };
    if (isConfirmed) entity.confirmed = true;
    // (While its mentions are in the cache: the conflicts step reads their offsets from this.)
    packMentionStarts(entity);
    entities.push(entity);
  }
  // Stable order and ids: most mentioned first, then by kind and name; two entities with one display name
  // get "-2", "-3" in that order.
  entities.sort((a, b) => b.mentions.length - a.mentions.length || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  for (const e of entities) {
    const base = `${e.kind}:${slug(e.name)}`;
    const n = (usedIds.get(base) ?? 0) + 1;
    usedIds.set(base, n);
    e.id = n === 1 ? base : `${base}-${n}`;
  }
  return entities;
}

/** The group's mentions in article order, then by offset. */
function sortedMentions(group: Chain[], fileOrder: Map<string, number>): Mention[] {
  if (group.length === 1) return group[0].mentions.sort((a, b) => a.start - b.start);
  // Sort keys beside the mentions rather than one object per mention (a stable sort, as before).
  const all: Mention[] = [];
  const keys: number[] = [];
  for (const c of group) {
    const base = (fileOrder.get(c.file) ?? 0) * 2 ** 26;
    for (const m of c.mentions) {
      all.push(m);
      keys.push(base + m.start);
    }
  }
  // Often already in order (one chain per article): then the stable sort would change nothing.
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1] <= keys[i];
  if (sorted) return all;
  const order = all.map((_, i) => i);
  order.sort((a, b) => keys[a] - keys[b]);
  return order.map((i) => all[i]);
}

/** The fullest common spelling: among the names with the most parts, the one most articles use. */
function displayName(kind: EntityKind, mentions: Mention[]): string {
  if (kind === "place") {
    for (const m of mentions) {
      const canonical = placeName(m.name) ?? placeName(m.text);
      if (canonical) return canonical;
    }
  }
  // Mentions come sorted by article, so counting articles needs only the last article seen per name.
  const score = new Map<string, { files: number; lastFile: string; count: number; parts: number }>();
  for (const m of mentions) {
    if (m.form === "other") continue;
    let s = score.get(m.name);
    if (!s) score.set(m.name, (s = { files: 0, lastFile: "", count: 0, parts: kind === "person" ? nameParts(m.name).length : m.name.split(" ").length }));
    if (s.lastFile !== m.file) {
      s.lastFile = m.file;
      s.files++;
    }
    s.count++;
  }
  let best = mentions[0]?.name ?? "";
  let bestKey = [-1, -1, -1, -1];
  for (const [name, s] of score) {
    // People and places: the fullest name first; organizations: the name most articles use.
    // People: the fullest name, then the most used. Organizations: a spelled-out name before its acronym,
    // then the name most articles use ("Chelsea" over "Chelsea Football Club"). Places: the most used.
    const acronym = /^(?:\p{Lu}\.?){2,6}$/u.test(name) ? 0 : 1;
    const key =
      kind === "person" ? [Math.min(s.parts, 3), s.files, s.count, name.length] : kind === "organization" ? [acronym, s.files, s.count, -name.length] : [s.files, s.count, Math.min(s.parts, 4), -name.length];
    let better = false;
    for (let i = 0; i < 4; i++)
      if (key[i] !== bestKey[i]) {
        better = key[i] > bestKey[i];
        break;
      }
    if (better) {
      best = name;
      bestKey = key;
    }
  }
  return best;
}
