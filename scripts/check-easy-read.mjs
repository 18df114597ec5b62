// Easy-read check (issue 13; rules: ../shared/docs/easy-read.md). Reads locales/{fi,sv,en}/*.json.
// Participant texts (all but the prefixes declared in locales/audience.json) must have: sentences of
// at most 12 words, at most 3 sentences, no jargon, no Finnish passive, numbers as digits, and the
// words of locales/glossary.json. Support persons' texts are checked for social-work jargon only.
// Exceptions: locales/easy-read-exceptions.json, each with key, rule and reason.
// Run: node scripts/check-easy-read.mjs (exit 1 on a failure; prints its figures).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAX_WORDS = 12;
export const MAX_SENTENCES = 3;
export const languages = ['fi', 'sv', 'en'];

/** Words each language must not use in participant text (regular expressions, whole words, lower case). */
export const jargon = {
  fi: [
    'toimin(?:ta|taa|nan|nassa|nasta|naksi|nalle|taan|noista|nat)', 'toteut\\p{L}*', 'yhteistyö\\p{L}*',
    'osaami(?:nen|sta|sen|seen|sessa|sella)', 'ideapank\\p{L}*', 'ideariih\\p{L}*', 'oppimiskahvil\\p{L}*',
    '\\p{L}*liftau\\p{L}*', 'liftaa\\p{L}*', 'juoruil\\p{L}*', 'monitoimija\\p{L}*', 'matalan kynnyksen',
    'ok', 'pin', '\\p{L}*tiedosto\\p{L}*', 'housuissa', 'matka(?:n|lta|lla|a|sta|lle|mme|nne|amme)?',
  ],
  sv: [
    'hen', 'ok', 'pin', 'fil(?:en|er|erna)?', 'verksamhet\\p{L}*', 'förverklig\\p{L}*', 'samarbete\\p{L}*',
    'kompetens\\p{L}*', 'idébank\\p{L}*', 'idéverkstad\\p{L}*', 'lärcafé\\p{L}*', '\\p{L}*lift(?:en|ning|ningen)?',
    'i egna skor', 'resa(?:n)?',
  ],
  en: [
    'ok', 'okay', 'pin', 'files?', 'cooperation', 'collaborat\\p{L}*', 'implement\\p{L}*', 'competenc\\p{L}*',
    'idea bank', 'brainstorm\\p{L}*', 'learning caf\\p{L}*', 'city lift\\p{L}*', 'hitchhik\\p{L}*', 'journey',
    'in (?:our|your|their) (?:own )?shoes',
  ],
};

/** Social-work jargon that even the support persons' texts (and the library) leave out. */
export const supportJargon = {
  fi: ['monitoimija\\p{L}*', 'matalan kynnyksen', 'jalkautu\\p{L}*', 'voimaantu\\p{L}*', 'voimaannu\\p{L}*', 'asiakaslähtöi\\p{L}*', 'palvelupolk\\p{L}*'],
  sv: ['multiprofessionell\\p{L}*', 'lågtröskel\\p{L}*'],
  en: ['multi-agency', 'low-threshold', 'service path\\p{L}*'],
};

/** Finnish passive (and passive participle) endings of a whole word. */
export const passiveEndings = [
  'taan', 'tään', 'daan', 'dään', 'llaan', 'llään', 'nnaan', 'nnään', 'rraan', 'rrään',
  'taanko', 'täänkö', 'daanko', 'däänkö', 'llaanko', 'lläänkö',
  'tiin', 'ttiin', 'tiinko', 'tiinkö', 'ttiinko', 'ttiinkö', 'ttu', 'tty', 'ttua', 'ttyä', 'ttuja', 'ttyjä', 'etut', 'etyt', 'itut', 'ityt',
];
/** Passive participles the endings miss. */
export const passiveWords = ['voitu', 'tehty', 'tehdyt', 'tehtyä', 'nähty', 'käyty', 'saatu', 'saadut', 'viety', 'tuotu', 'syöty', 'juotu', 'sovittu'];
/** Words that end like a passive but are not one (checked on the real texts). */
export const passiveAllowed = [
  'vastaan', 'mitään', 'ketään', 'yhtään', 'missään', 'mistään', 'mihinkään', 'kotiin', 'omillaan', 'tuttu', 'tutut', 'tuttua',
  'kaltaan', 'alttiin', 'ulkomaan', 'saattaan', 'itsestään', 'keskenään', 'toisiaan', 'toistaan', 'lattu',
  'uudestaan', 'kerrallaan', 'tavallaan', 'paikallaan', 'vuorollaan', 'ajallaan', 'mielellään', 'itsellään', 'omillaan', 'kettu', 'muuttua', 'tuttuja', 'kohtaan', 'mukaan', 'kahteen',
];
/** Endings that look passive but are a place or a possessive (-listaan = into the list, -staan = from their). */
export const passiveAllowedEndings = ['ntaan', 'ntään', 'listaan', 'istaan', 'eitaan', 'itään', 'jaan', 'jään'];

/** Words that say "not" and take the verb after them. */
export const negations = ['ei', 'eikä', 'ettei', 'jottei'];
/**
 * Negative passive: the verb after "ei" in the passive ("ei tarvita", "ei tehdä", "ei käytetä",
 * "ei mennä"). Endings of that verb; the active verbs after "ei" that end alike are allowed below.
 */
export const negativePassiveEndings = [
  'eta', 'etä', 'uta', 'ytä', 'ota', 'ötä', 'ata', 'ätä',
  'hda', 'hdä', 'ada', 'ädä', 'oda', 'ödä', 'uda', 'ydä', 'ida', 'idä', 'eda', 'edä',
  'lla', 'llä', 'nna', 'nnä', 'rra', 'rrä',
];
/** Negative passives of verbs in -ita/-itä (the ending alone would take partitive nouns: "Ei pisteitä"). */
export const negativePassiveWords = ['tarvita', 'valita', 'merkitä', 'häiritä', 'mainita', 'hallita', 'punnita'];
/** Active verbs after "ei" that end like a negative passive (ei ota, ei auta, ei pidä, ei anna…). */
export const negativeActiveAllowed = [
  'ota', 'auta', 'odota', 'kiitä', 'jätä', 'käytä', 'muuta', 'pidä', 'löydä', 'tiedä', 'anna', 'ymmärrä', 'aja', 'sata',
  'mahda', 'kadota', 'pelota', 'halua', 'osaa', 'tapaa', 'voi', 'saa', 'ole',
];
/**
 * Zero person after "ei": a modal verb and an infinitive with nobody doing it ("Ei tarvitse olla",
 * "Kaveria ei saa lyödä"). Say who: "Sinun ei tarvitse…", "Meidän ei tarvitse…", "Emme lyö…".
 */
export const zeroPersonModals = ['tarvitse', 'saa', 'kannata', 'voi', 'pidä', 'pysty', 'kuulu'];
/** A word before "ei" in the same clause that says who does it (then it is not a zero person). */
export const subjectWords = [
  'minä', 'sinä', 'hän', 'me', 'te', 'he', 'se', 'ne', 'minun', 'sinun', 'hänen', 'meidän', 'teidän', 'heidän', 'sen', 'niiden',
  'x', 'kukaan', 'kenenkään', 'jokainen', 'jokaisen', 'tukihenkilö', 'tukihenkilön', 'porukka', 'porukan', 'kumppani', 'kumppanin',
  'kaveri', 'kaverin', 'tabletti', 'tabletin', 'sovellus', 'joku', 'jonkun', 'kuka', 'kenen', 'mikään', 'tämä', 'tuo',
];

/** The negative passives and zero-person negations in one Finnish text ("ei tarvita", "Ei tarvitse olla"). */
export function negativePassives(text) {
  const out = [];
  for (const clause of plain(text).split(/[.!?…,;:–—]+/u)) {
    const list = words(clause).map((w) => w.toLowerCase());
    list.forEach((w, i) => {
      if (!negations.includes(w)) return;
      const verb = list[i + 1];
      if (!verb) return;
      if (isPassive(verb)) return; // "ei ole tehty": the participle is caught on its own
      const passive = negativePassiveWords.includes(verb)
        || (!negativeActiveAllowed.includes(verb) && verb.length > 3 && negativePassiveEndings.some((e) => verb.endsWith(e)));
      if (passive) out.push(`${w} ${verb}`);
      else if (zeroPersonModals.includes(verb) && /[aä]$/u.test(list[i + 2] ?? '') && !list.slice(0, i).some((b) => subjectWords.includes(b))) {
        out.push(`${w} ${verb} ${list[i + 2]}`);
      }
    });
  }
  return out;
}

/** Numbers written as words where a digit fits ("yksin", "ensin" are other words; "en", "ett", "one" are articles/pronouns too). */
export const numberWords = {
  fi: ['yksi', 'kaksi', 'kolme', 'neljä', 'viisi', 'kuusi', 'seitsemän', 'kahdeksan', 'yhdeksän', 'kymmenen'],
  sv: ['två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio'],
  en: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};

/** A number word followed (within 2 words) by one of these is a phrase, not a count. */
export const numberIdiomWords = ['kerrallaan', 'taget'];

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const whole = (source) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');

/** The text as read: interpolations ({{name}}) count as one word. */
export const plain = (text) => text.replace(/{{[^}]*}}/g, 'X').replace(/\$t\([^)]*\)/g, 'X');

/** Sentences end at . ! ? … followed by a space or the end. */
export function sentences(text) {
  return plain(text)
    .split(/(?<=[.!?…])\s+/u)
    .map((s) => s.trim())
    .filter((s) => (s.match(wordPattern) ?? []).length > 0);
}

export const words = (sentence) => sentence.match(wordPattern) ?? [];

/** Is this one word a Finnish passive form? */
export function isPassive(word) {
  const w = word.toLowerCase().split('-').pop() ?? '';
  if (passiveAllowed.includes(w)) return false;
  if (passiveWords.includes(w)) return true;
  if (passiveAllowedEndings.some((ending) => w.endsWith(ending))) return false;
  return w.length > 4 && passiveEndings.some((ending) => w.endsWith(ending));
}

/**
 * The failures of one text: [{ rule, detail }].
 * rule: 'sentence-length' | 'sentence-count' | 'jargon' | 'passive' | 'number-word' | 'glossary'.
 */
export function checkText(text, { lng, audience = 'participant', glossary = { concepts: [] }, id }) {
  const out = [];
  const flat = plain(text);
  if (audience === 'support') {
    for (const source of supportJargon[lng] ?? []) {
      const m = flat.match(whole(source));
      if (m) out.push({ rule: 'jargon', detail: m[0] });
    }
    return out;
  }
  const list = sentences(text);
  if (list.length > MAX_SENTENCES) out.push({ rule: 'sentence-count', detail: `${list.length} sentences` });
  for (const s of list) {
    const n = words(s).length;
    if (n > MAX_WORDS) out.push({ rule: 'sentence-length', detail: `${n} words: ${s}` });
  }
  for (const source of [...(jargon[lng] ?? []), ...(supportJargon[lng] ?? [])]) {
    const m = flat.match(whole(source));
    if (m) out.push({ rule: 'jargon', detail: m[0] });
  }
  const tokens = words(flat);
  if (lng === 'fi') {
    for (const w of tokens) if (isPassive(w)) out.push({ rule: 'passive', detail: w });
    for (const phrase of negativePassives(text)) out.push({ rule: 'passive', detail: phrase });
  }
  tokens.forEach((w, i) => {
    // "yksi kerrallaan" (one at a time) is a phrase where a digit does not fit.
    const idiom = tokens.slice(i + 1, i + 3).some((next) => numberIdiomWords.includes(next.toLowerCase()));
    if ((numberWords[lng] ?? []).includes(w.toLowerCase()) && !idiom) out.push({ rule: 'number-word', detail: w });
  });
  for (const concept of glossary.concepts ?? []) {
    if (!inScope(concept, id)) continue;
    for (const source of concept[lng]?.avoid ?? []) {
      const m = flat.match(whole(source));
      if (m) out.push({ rule: 'glossary', detail: `${concept.id}: "${m[0]}", use "${concept[lng].use}"` });
    }
  }
  return out;
}

/**
 * Does a glossary concept's 'avoid' list apply to the text "ns:key"? A concept with a 'scope'
 * ({ keyPattern, keys }) applies only to keys matching the pattern or starting with one of the keys
 * (e.g. the job: the word for the exercise is right everywhere else); without a scope, everywhere.
 * A text checked without its key is in no scope.
 */
export function inScope(concept, id) {
  const scope = concept.scope;
  if (!scope) return true;
  if (id === undefined) return false;
  if (scope.keyPattern && new RegExp(scope.keyPattern, 'i').test(id)) return true;
  return (scope.keys ?? []).some((k) => id === k || id.startsWith(`${k}.`));
}

/** Is "ns:key" declared support-only? */
export function audienceOf(ns, key, declaration) {
  const prefixes = declaration.support?.[ns] ?? [];
  return prefixes.some((p) => p === '' || key === p || key.startsWith(`${p}.`)) ? 'support' : 'participant';
}

/** Every leaf text of one locale file as [key, text]. */
export function leaves(node, prefix = '') {
  if (typeof node === 'string') return [[prefix, node]];
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** Does an exception silence this failure? (exactly its key and rule, and its language if it names one) */
export const silenced = (exceptions, lng, id, rule) =>
  exceptions.some((e) => e.key === id && e.rule === rule && (!e.lng || e.lng === lng));

/** Runs the check over a locales folder. */
export function run(localesDir) {
  const read = (p) => JSON.parse(readFileSync(join(localesDir, p), 'utf8'));
  const declaration = read('audience.json');
  const glossary = read('glossary.json');
  const exceptions = read('easy-read-exceptions.json').exceptions ?? [];
  const failures = [];
  const figures = {};
  const used = new Set();
  for (const lng of languages) {
    const counts = [];
    let strings = 0;
    let support = 0;
    for (const file of readdirSync(join(localesDir, lng)).filter((f) => f.endsWith('.json')).sort()) {
      const ns = file.replace(/\.json$/, '');
      for (const [key, text] of leaves(read(`${lng}/${file}`))) {
        const audience = audienceOf(ns, key, declaration);
        if (audience === 'support') support++;
        else {
          strings++;
          for (const s of sentences(text)) counts.push(words(s).length);
        }
        const id = `${ns}:${key}`;
        for (const f of checkText(text, { lng, audience, glossary, id })) {
          const match = exceptions.find((e) => e.key === id && e.rule === f.rule && (!e.lng || e.lng === lng));
          if (match) used.add(match);
          else failures.push({ lng, id, ...f, text });
        }
      }
    }
    counts.sort((a, b) => a - b);
    const mean = counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length);
    const p90 = counts[Math.min(counts.length - 1, Math.floor(counts.length * 0.9))] ?? 0;
    figures[lng] = { strings, support, sentences: counts.length, mean: Math.round(mean * 10) / 10, p90 };
  }
  const unused = exceptions.filter((e) => !used.has(e));
  return { failures, figures, exceptions: exceptions.length, pending: exceptions.filter((e) => e.reason.startsWith('PENDING')).length, unused };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const { failures, figures, exceptions, pending, unused } = run(join(root, 'locales'));
  for (const f of failures) console.log(`${f.lng} ${f.id} [${f.rule}] ${f.detail}\n    "${f.text}"`);
  for (const e of unused) console.log(`warning: unused exception (remove it): ${e.lng ?? '*'} ${e.key} [${e.rule}]`);
  console.log('easy-read check (participant texts; support texts for jargon only):');
  for (const [lng, f] of Object.entries(figures)) {
    console.log(`  ${lng}: ${f.strings} participant strings (+${f.support} support), ${f.sentences} sentences, mean ${f.mean} words a sentence, p90 ${f.p90}`);
  }
  const byRule = {};
  for (const f of failures) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  console.log(`  exceptions: ${exceptions} (${pending} of them PENDING rewrite), failures: ${failures.length}${failures.length ? ` (${Object.entries(byRule).map(([r, n]) => `${r} ${n}`).join(', ')})` : ''}`);
  if (failures.length) process.exit(1);
}
