/**
 * General word tables for deciding what a figure counts. Written by us for news English; nothing here is
 * specific to one story. Each table maps a surface form to a normalized class so that synonyms group:
 * "arrested" ≈ "detained", "killed" ≈ "deaths" ≈ "perished".
 */

/** A lookup table without a prototype, so that words like "constructor" are never found in it. */
export function dict<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

const table = (entries: Record<string, string>): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [cls, words] of Object.entries(entries)) for (const w of words.split(/\s+/)) if (w) out.set(w, cls);
  return out;
};

/** Events a count can be of. The class name is the participle a message shows ("people arrested"). */
export const EVENTS = table({
  arrested:
    "arrest arrests arrested arresting detain detains detained detaining detention detentions detainees apprehended",
  killed:
    "kill kills killed killing dead die dies died dying death deaths fatalities fatality perished perish drowned " +
    "murdered slain lives toll",
  injured: "injure injures injured injuries injuring wounded wounding hurt",
  missing: "missing unaccounted",
  displaced: "displaced displacing homeless evacuated evacuees refugees fled relocated",
  destroyed: "destroyed razed flattened",
  damaged: "damaged",
  released: "released releasing freed release",
  gathered: "protested protesting demonstrated demonstrating rallied rallying marched marching massed gathered gathering",
  sent: "sent sending send deployed deploying dispatched",
  fired: "fired firing",
  rescued: "rescued rescuing saved",
  voted: "voted",
  // An outbreak's counts: "4,512 suspected cases", "infected more than 4,200 people"; miners or climbers trapped.
  // (Cases and people infected are one count: "infected 1,842" and "2,104 cases".)
  infected: "infected infecting cases infections",
  trapped: "trapped stranded",
  // People whose data a breach reached, or whom a disaster struck: "affected 2.1 million patients".
  affected: "affected affecting impacted",
  breached: "stole stolen leaked exposed compromised",
  // Jobs a company cuts: "will cut 4,000 jobs", "to eliminate 4,200 positions", "shedding 900 roles".
  cut: "cut cuts cutting eliminate eliminates eliminated eliminating axe axes axed axing shed sheds shedding slash slashes slashed slashing",
  // People on a ship, a plane or a bus: "carrying 112 people", "124 people aboard" ("on board" is read as a
  // phrase in quantity.ts). Not "carry": "licensed to carry 100 passengers" is a capacity.
  aboard: "aboard carrying carried boarded",
});

/** Words that make a count a confirmed tally rather than an estimate ("recorded 150 deaths", "5,300 bodies counted"). */
export const CONFIRMED = new Set("recorded counted confirmed registered identified recovered verified bodies".split(" "));

/** Modal words that, before a figure, make it a forecast ("expected to rise to 250", "could reach 10,000"). */
export const FORECAST = new Set("expect expects expected expecting could might may will would forecast forecasts predicted predicts projected likely fear fears feared".split(" "));
/** Verbs of motion that complete a forecast ("to rise to", "hit", "reach"). */
export const FORECAST_MOTION = new Set("rise rises rising climb reach hit top exceed double increase grow surpass".split(" "));

/** Words before a counted noun that make the figure a part of a larger count, not the count itself. */
export const PARTIAL = new Set("other others more additional further extra another new".split(" "));

/** Counted nouns that mean "people" in general. */
export const PEOPLE = new Set("people persons individuals residents protesters protestors demonstrators".split(" "));
/** Nouns that are people of a kind (a nationality before them names the group: "32 Russian citizens"). */
export const PERSON_NOUNS = new Set(
  "people persons citizens nationals mercenaries soldiers troops fighters workers tourists civilians men women children students journalists prisoners".split(" "),
);
/** Nouns too general to identify what is counted without an event ("two countries", "three times"). */
export const GENERIC_NOUNS = new Set(
  (
    "people persons individuals men women countries nations times things ways sides parts cases days weeks months " +
    "years hours minutes seconds others ones members groups places cities towns areas leaders officials sources " +
    "states provinces regions districts counties municipalities villages " +
    "percent per cent points goals games matches rounds steps levels pieces words pages"
  ).split(" "),
);
/** Nouns that name a population ("a population of 100,000", "a town of 100,000 inhabitants"). */
export const POPULATION = new Set("population inhabitants".split(" "));

/** Words that stop the search for a counted noun or an event. */
export const FUNCTION_WORDS = new Set(
  (
    "the a an of in on at to for with by from into onto over under about as than per across near outside inside " +
    "and or but nor so yet while whereas which who whom whose that this these those where when because although " +
    "though after before since until during if whether it its their his her our your my them they he she we you i"
  ).split(" "),
);
/** Auxiliaries and adverbs between a counted noun and its verb ("people may have been drowned"). */
export const AUXILIARIES = new Set(
  (
    "were was are is have has had been be being may might could would will shall should must still reportedly " +
    "also all now later believed feared thought said reported estimated confirmed already allegedly apparently " +
    "reported reportedly being got remain remains remained"
  ).split(" "),
);

/** Words that end a clause: a figure's counted noun and event are looked for inside its clause. */
/** Possessive determiners: "her son" (someone the article does not name), "lost their homes". */
export const POSSESSIVE_DETERMINERS = new Set(["his", "her", "their", "its", "my", "our", "your"]);

export const CLAUSE_WORDS = new Set("and but or while whereas which who whom that where when because although though after before since until if whether".split(" "));

/** Money: what an amount is, by a word near it. More specific classes rank first. */
export const MONEY_CLASSES: [string, Set<string>][] = [
  ["shares", new Set("shares stake".split(" "))],
  // "worth" alone is mostly a preposition ("aid worth $200m"): "net worth" is read as a phrase (quantity.ts).
  ["net worth", new Set("fortune wealth".split(" "))],
  ["loans", new Set("loan loans debt debts borrowing".split(" "))],
  ["investment", new Set("investment investments invest invested investing".split(" "))],
  ["bid", new Set("bid bids bidder bidders offer".split(" "))],
  ["aid", new Set("aid assistance donation donations grant grants".split(" "))],
  ["damage", new Set("damage damages losses".split(" "))],
  ["budget", new Set("budget".split(" "))],
  ["revenue", new Set("revenue revenues turnover sales".split(" "))],
  ["profit", new Set("profit profits".split(" "))],
  ["fine", new Set("fine fined penalty".split(" "))],
  // "closing price of 63.60 francs": a share's price, not the deal's.
  ["share price", new Set(["closing"])],
  ["salary", new Set("salary wage wages pay".split(" "))],
  ["ransom", new Set("ransom".split(" "))],
  ["sale price", new Set("sale price deal takeover buyout acquisition purchase buy buys bought sold sell selling transaction acquire acquires acquired acquiring".split(" "))],
];

/** Currency symbols and words, by ISO code. */
export const CURRENCY_SYMBOLS: Record<string, string> = dict({
  $: "USD", "£": "GBP", "￡": "GBP", "€": "EUR", "¥": "JPY", "￥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY",
  "₦": "NGN", "₱": "PHP", "₫": "VND", "₪": "ILS", "₴": "UAH", "₵": "GHS",
});
/** Letters glued before "$" ("US$", "A$", "HK$"). */
/** Currency codes written before an amount. */
export const CURRENCY_CODES_BEFORE: Record<string, string> = dict({
  rs: "INR", inr: "INR", usd: "USD", eur: "EUR", gbp: "GBP", chf: "CHF", sfr: "CHF", jpy: "JPY", cny: "CNY", aud: "AUD", cad: "CAD",
  tk: "BDT", bdt: "BDT", tl: "TRY", pkr: "PKR", ngn: "NGN", kes: "KES", ksh: "KES", zar: "ZAR", idr: "IDR", rp: "IDR", php: "PHP", myr: "MYR", rm: "MYR",
  vnd: "VND", brl: "BRL",
});

/** ("R$" is the Brazilian real's sign.) */
export const DOLLAR_PREFIXES: Record<string, string> = dict({ us: "USD", a: "AUD", c: "CAD", hk: "HKD", nz: "NZD", s: "SGD", nt: "TWD", r: "BRL" });
export const CURRENCY_WORDS: Record<string, string> = dict({
  pounds: "GBP", pound: "GBP", sterling: "GBP", dollars: "USD", dollar: "USD", euros: "EUR", euro: "EUR", yen: "JPY",
  yuan: "CNY", renminbi: "CNY", rupees: "INR", rupee: "INR", roubles: "RUB", rubles: "RUB", rouble: "RUB", ruble: "RUB",
  francs: "CHF", franc: "CHF", dinars: "DINAR", shillings: "SHILLING", usd: "USD", gbp: "GBP", eur: "EUR", jpy: "JPY", chf: "CHF",
  // Currencies whose names are no English word (several countries' riyals, dirhams and pesos keep one pseudo-code).
  taka: "BDT", naira: "NGN", rupiah: "IDR", ringgit: "MYR", baht: "THB", kyat: "MMK", hryvnias: "UAH", hryvnia: "UAH",
  zloty: "PLN", lira: "TRY", shekels: "ILS", cedis: "GHS", kwacha: "KWACHA", riyals: "RIYAL", dirhams: "DIRHAM", pesos: "PESO",
  dong: "VND", reais: "BRL",
  // Ransoms are often asked in a cryptocurrency: "a ransom of 50 bitcoin".
  bitcoin: "BTC", bitcoins: "BTC", btc: "BTC",
});
/**
 * Currencies named with their country's adjective, after the amount: "3 billion Swiss francs", "50m Australian
 * dollars", "2 trillion South Korean won". Lower case, single spaces. The adjective decides the currency ("dollars"
 * alone are US dollars), and names currencies whose bare word is also an English word ("won", "real", "rand").
 */
export const QUALIFIED_CURRENCIES: Record<string, string> = dict({
  "swiss francs": "CHF", "swiss franc": "CHF", "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD",
  "new zealand dollars": "NZD", "singapore dollars": "SGD", "us dollars": "USD", "american dollars": "USD", "japanese yen": "JPY",
  "chinese yuan": "CNY", "indian rupees": "INR", "pakistani rupees": "PKR", "russian roubles": "RUB", "russian rubles": "RUB",
  "turkish lira": "TRY", "south african rand": "ZAR", "brazilian reais": "BRL", "brazilian real": "BRL", "mexican pesos": "MXN",
  "egyptian pounds": "EGP", "saudi riyals": "SAR", "qatari riyals": "QAR", "south korean won": "KRW", "korean won": "KRW",
  "nigerian naira": "NGN", "ukrainian hryvnias": "UAH", "ukrainian hryvnia": "UAH", "emirati dirhams": "AED", "uae dirhams": "AED",
  "swedish kronor": "SEK", "swedish crowns": "SEK", "norwegian kroner": "NOK", "danish kroner": "DKK", "polish zloty": "PLN",
  "israeli shekels": "ILS", "new israeli shekels": "ILS", "kenyan shillings": "KES", "argentine pesos": "ARS", "chilean pesos": "CLP",
});
/** The most words in a QUALIFIED_CURRENCIES name. */
export const MAX_QUALIFIED_CURRENCY_WORDS = Math.max(...Object.keys(QUALIFIED_CURRENCIES).map((k) => k.split(" ").length));

/** Units of measure: a figure followed by one is a measurement, never a count of people or things. */
export const MEASURES = new Set(
  (
    "miles mile km kilometres kilometers kilometre kilometer metres meters metre meter feet foot ft inches inch cm mm " +
    "kg kilograms kilos grams tonnes tons tonne pounds mph kph degrees celsius fahrenheit litres liters gallons acres " +
    "hectares sq square barrels megawatts mw gw kwh"
  ).split(" "),
);

/** Durations. */
export const DURATION_UNITS: Record<string, string> = dict({
  year: "years", years: "years", month: "months", months: "months", week: "weeks", weeks: "weeks", day: "days",
  days: "days", hour: "hours", hours: "hours", minute: "minutes", minutes: "minutes", decade: "decades",
  decades: "decades", century: "centuries", centuries: "centuries",
});

/** Each duration unit (DURATION_UNITS' values) in years: stretches are added and compared through these. */
export const YEARS_PER_DURATION_UNIT: Record<string, number> = dict({
  years: 1,
  decades: 10,
  centuries: 100,
  months: 1 / 12,
  weeks: 7 / 365.25,
  days: 1 / 365.25,
  hours: 1 / 8766,
  minutes: 1 / 525960,
});

/** What a person's stretch of years is: time in power or ownership, or service. */
export const TENURE = new Set("rule ruled ruling reign reigned power office helm ownership owned owner tenure presidency premiership charge".split(" "));
export const SERVICE = new Set("served serving service member worked working employed career joined veteran enlisted".split(" "));
/** Events a year can mark, by a word in the figure's clause. */
export const YEAR_EVENTS = table({
  "came to power": "power",
  acquired: "bought acquired purchased",
  born: "born",
  founded: "founded established",
  started: "joined began started enlisted",
  ended: "resigned retired quit left",
});

/** Verbs of saying: a day named right after one dates the report, not the event ("said on Monday"). */
export const REPORTING = new Set("said says told announced reported added warned stated confirmed declared tweeted wrote claimed urged".split(" "));

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const MONTHS: Record<string, number> = dict({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7,
  jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
});
