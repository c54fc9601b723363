// The context cues of cues.json compiled into patterns. Every pattern is anchored at one end of a
// short window of text (just before or just after a name), so each test costs a bounded amount.

import cues from '../../data/language/cues.json';
import { alternatives, anyCase } from './patterns';
import { Token } from './tokens';
import { addToClass, wordClass } from './wordClasses';

/**
 * A cue that ends right before a name, with white space between. A window pattern anchored at its
 * end costs a try at every start position of the window, so it is tried only when the word right
 * before the name is one the cue can end on: a set lookup settles most names at once. A pattern that
 * starts a word (`(?<![\p{L}])` first) is then tried, sticky, only where a word starts in the window,
 * and, given the words its phrases start with, only at those words.
 */
export class CueBefore {
  private readonly sticky: RegExp | undefined;

  constructor(
    readonly pattern: RegExp, private readonly lastWords: ReadonlySet<string>, private readonly alsoEndsOn: (token: Token) => boolean = () => false,
    readonly firstWords?: ReadonlySet<string>,
  ) {
    this.sticky = pattern.source.startsWith(WORD_START) ? new RegExp(pattern.source, pattern.flags + 'y') : undefined;
  }

  /** Whether the cue ends in `before`, the text up to the name that starts at token `at`. */
  test(before: string, tokens: readonly Token[], at: number): boolean {
    const previous = tokens[at - 1];
    if (!previous || !tokens[at].spaced) return false;
    if (!this.lastWords.has(previous.lower) && !this.alsoEndsOn(previous)) return false;
    const sticky = this.sticky;
    if (!sticky) return this.pattern.test(before);
    // Where the pattern's lookbehind lets a match start: a letter after anything but a letter, or
    // the window's first character. An ASCII word without digits can hold only its first, and its
    // phrase must start with that whole word, as the pattern ends each phrase before a non-letter; other
    // tokens (`5investasi`, a mark inside a word) and a window that starts inside a word are read
    // character by character.
    const offset = tokens[at].start - before.length;
    for (let i = at - 1; i >= 0 && tokens[i].end > offset; i--) {
      const token = tokens[i];
      if (token.word && !token.digits && token.ascii && token.start >= offset) {
        if (this.firstWords && ((token.classes & CUE_FIRST) === 0 || !this.firstWords.has(token.lower))) continue;
        sticky.lastIndex = token.start - offset;
        if (sticky.test(before)) return true;
        continue;
      }
      for (let k = Math.max(token.start, offset); k < token.end; k++) {
        if (!letterAt(before, k - offset) || letterBefore(before, k - offset)) continue;
        sticky.lastIndex = k - offset;
        if (sticky.test(before)) return true;
      }
    }
    return false;
  }
}

/** Whether a letter starts at `i` (a whole code point: never half a surrogate pair). */
function letterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Whether the code point that ends right before `i` is a letter. */
function letterBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const low = text.charCodeAt(i - 1);
  const pair = i >= 2 && (low & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return letterAt(text, pair ? i - 2 : i - 1);
}

const WORD_START = String.raw`(?<![\p{L}])`;
const LETTER = /\p{L}/u;

/** The lower-case last words of phrases: `analis utama` → `utama`, `co-founder` → `founder`. */
function lastWords(...lists: (readonly string[])[]): ReadonlySet<string> {
  return new Set(lists.flat().map((phrase) => phrase.toLowerCase().split(/[\s-]+/).pop()!));
}
/** The lower-case first words of phrases: `analis utama` → `analis`, `co-founder` → `co`. */
function firstWords(...lists: (readonly string[])[]): ReadonlySet<string> {
  const words = new Set(lists.flat().map((phrase) => /^\p{L}*/u.exec(phrase.toLowerCase())![0]));
  addToClass(CUE_FIRST, words);
  return words;
}
/** The word class of every cue's first words: most words in a window start none. */
const CUE_FIRST = wordClass();
const isText = (...texts: string[]) => (token: Token) => texts.includes(token.text);

/** Capitalised words that are never part of a name: function words, months, acronyms, role words. */
export const NON_NAMES: ReadonlySet<string> = new Set([
  ...cues.nonNames,
  // `Direktur Utama`, `Presiden Direktur`, `Pangeran`: a capitalised title is no name.
  ...[...cues.personRoles, ...cues.honorifics].flatMap((role) => role.split(/\s+/)).map((word) => word[0].toUpperCase() + word.slice(1)),
]);
/** Words that may continue a name but never start one: `Nongsa AI Campus`, `Reka AI`; not `AI` alone. */
export const INNER_NAME_WORDS: ReadonlySet<string> = new Set(cues.innerNameWords);
/** Words that make a name an organisation's, never a person's (`Sucor Sekuritas`, `Nalar Teknologi`). */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(cues.organisationWords);
/** Words of a minister's or officer's portfolio, written between a title and a name. */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(cues.portfolioWords);
export const ORGANISATION_SUFFIXES: ReadonlySet<string> = new Set(cues.organisationSuffixes);
export const ORGANISATION_PREFIXES: ReadonlySet<string> = new Set(cues.organisationPrefixes);
/** Words that open a public body's, a school's or an association's name: `Dewan Investasi Thailand`. */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set(cues.institutionHeads);
/** The common words such names are made of, which continue one even after a person's title. */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([...cues.institutionWords, ...cues.portfolioWords, ...cues.organisationWords]);
export const OUTLET_WORDS: ReadonlySet<string> = new Set(cues.outletWords);
/** Words that continue a known outlet's name into an edition or a product of it (`Reuters Breakingviews`). */
export const OUTLET_QUALIFIERS: ReadonlySet<string> = new Set([...cues.outletQualifiers, ...cues.outletWords]);
/** Qualifiers that name the same newsroom's edition (`CNBC International`): the outlet itself. */
export const OUTLET_EDITIONS: ReadonlySet<string> = new Set(cues.outletEditions);
/** Legal and corporate forms: a name ending in one is a company, never an outlet. */
export const COMPANY_FORMS: ReadonlySet<string> = new Set(cues.companyForms);

const roles = alternatives(cues.personRoles);
const rolesAnyCase = anyCase(cues.personRoles);
/** A capitalised word, or one capitalised after a short lower-case prefix (`eToro`, `xAI`, `iPhone`). */
const CAPITALISED_WORD = String.raw`(?:\p{Ll}{1,2})?[\p{Lu}][\p{L}\p{N}&.'’-]*`;

/** Right before a person's name: `CEO `, `analis utama `. */
export const ROLE_BEFORE = new CueBefore(new RegExp(String.raw`(?<![\p{L}])(?:${roles})\s+$`, 'iu'), lastWords(cues.personRoles), undefined, firstWords(cues.personRoles));
/**
 * A role and an organisation before a name: `CEO Meta, `, `Presiden OpenAI, `, `wartawan senior Wall
 * Street Journal, ` (up to two lower-case words after the role), or a role and a comma (`juru bicara perusahaan, `), and before a list of names:
 * `peneliti OpenAI seperti Dario dan `.
 */
export const ROLE_AND_ORGANISATION_BEFORE = new CueBefore(new RegExp(
  String.raw`(?<![\p{L}])(?:${rolesAnyCase})(?:\s+\p{Ll}+){0,2}(?:\s+${CAPITALISED_WORD}(?:\s+${CAPITALISED_WORD}){0,5}(?:\s+(?:asal|dari|di)\s+${CAPITALISED_WORD}(?:\s+${CAPITALISED_WORD})?)?,?|,)\s+` +
  String.raw`(?:(?:seperti|yakni|yaitu|termasuk|antara\s+lain)\s+(?:${CAPITALISED_WORD}\s+(?:dan|serta)\s+)?)?$`, 'u'), lastWords(['seperti', 'yakni', 'yaitu', 'termasuk', 'lain', 'dan', 'serta']),
  (token) => !token.word || token.capitalised || !token.spaced, firstWords(cues.personRoles));
/** Right before an organisation named after a person's role: `analis utama di `. */
export const ROLE_AT_BEFORE = new CueBefore(new RegExp(String.raw`(?<![\p{L}])(?:${rolesAnyCase})\s+(?:\p{Ll}+\s+){0,2}(?:di|dari|pada)\s+$`, 'u'), lastWords(['di', 'dari', 'pada']), undefined, firstWords(cues.personRoles));
/** A title that only people carry, so a single name after it is a person: `Presiden Trump`. */
export const HONORIFIC_BEFORE = new CueBefore(new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(cues.honorifics)})\.?\s+$`, 'u'), lastWords(cues.honorifics), isText('.'), firstWords(cues.honorifics));
/** A title and whom or where it serves, then a comma, before the name: `Pangeran Saudi, `, `Menteri Keuangan AS, `. */
export const HONORIFIC_OF_BEFORE = new CueBefore(
  new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(cues.honorifics)})(?:\s+${CAPITALISED_WORD}){1,3},\s+$`, 'u'), new Set<string>(), isText(','), firstWords(cues.honorifics));
/** An appositive role after a name: `, mantan karyawan`, `, analis utama`, ` selaku CEO`. */
export const ROLE_AFTER = new RegExp(
  String.raw`^\s*(?:\(\s*(?:mantan\s+)?|,\s*(?:(?:yang\s+merupakan|yang\s+(?:kini\s+|saat\s+ini\s+)?menjabat(?:\s+sebagai)?|selaku|sebagai|seorang|mantan|salah\s+satu|kini|saat\s+ini)\s+)*|\s(?:yang\s+merupakan|yang\s+juga|yang\s+(?:kini\s+|saat\s+ini\s+)?menjabat(?:\s+sebagai)?|yang\s+memegang\s+(?:posisi|jabatan)(?:\s+sebagai)?|selaku|sebagai)\s+(?:(?:mantan|salah\s+satu)\s+)?)(?:${roles})(?![\p{L}])`, 'iu');
/** An appositive kind of organisation after a name: `, perusahaan blockchain`, `, sebuah startup`. */
export const ORGANISATION_AFTER = new RegExp(
  String.raw`^\s*,\s*(?:(?:sebuah|salah\s+satu|yakni|yaitu|yang\s+merupakan)\s+)?(?:${alternatives(cues.organisationAppositives)})(?![\p{L}])`, 'iu');
/**
 * A role written as someone's (`ketuanya, `, `CEO-nya `) before the name of the one who holds it:
 * `melalui ketuanya, Hendra Suryakusuma`.
 */
export const ROLE_THEIRS_BEFORE = new CueBefore(
  new RegExp(String.raw`(?<![\p{L}])(?:${roles})-?nya\s*,?\s+$`, 'iu'),
  new Set([...[...lastWords(cues.personRoles)].map((word) => `${word}nya`), 'nya']), isText(','),
  new Set([...firstWords(cues.personRoles), ...firstWords(cues.personRoles.filter((role) => !/\s/u.test(role)).map((role) => `${role}nya`))]));
/** A verb of saying after a name: `mengatakan`, `, menegaskan`. */
export const SPEECH_AFTER = new RegExp(String.raw`^\s*,?\s*(?:(?:${alternatives(cues.reportingAdverbs)})\s+){0,2}(?:${alternatives(cues.speechVerbs)})(?![\p{L}])`, 'iu');
/** Where someone works, then a verb of saying, after a person's name: ` dari Downing Fund Managers menilai`. */
export const AFFILIATION_AFTER = new RegExp(
  String.raw`^\s+dari\s+${CAPITALISED_WORD}(?:\s+(?:&\s+)?${CAPITALISED_WORD}){0,4}\s*,?\s*(?:${alternatives(cues.speechVerbs)})(?![\p{L}])`, 'u');
/** A name and `dari` before where that person works: `Judith MacKenzie dari `. */
export const AFFILIATION_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{L}'’-]+\s+dari\s+$/u;
/** A verb of saying before a name: `kata `, `ujar `. */
export const SPEECH_BEFORE = new CueBefore(new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(cues.speechVerbsBefore)})\s+$`, 'iu'), lastWords(cues.speechVerbsBefore), undefined, firstWords(cues.speechVerbsBefore));
/** A byline: `Oleh ` at the start of a line, `Penulis: `, `| Editor: `. */
const BYLINE_WORDS = ['Oleh', 'Penulis', 'Reporter', 'Editor', 'Pewarta', 'Redaktur', 'Penyunting'];
export const BYLINE_BEFORE = new CueBefore(new RegExp(String.raw`(?:^|\n|[|/])[ \t]*(?:${BYLINE_WORDS.join('|')})\s*:?\s+$`, 'u'), lastWords(BYLINE_WORDS), isText(':'));
/** A role named after someone introduced just before: `… selaku CEO sekaligus salah satu pendiri `. */
export const ROLE_OF_PERSON_BEFORE = new CueBefore(new RegExp(
  String.raw`(?<![\p{L}])(?:selaku|sebagai)\s+(?:(?:${rolesAnyCase}|sekaligus|dan|serta|salah|satu|utama)\s+){1,6}$`, 'u'), lastWords(cues.personRoles, ['sekaligus', 'dan', 'serta', 'salah', 'satu', 'utama']), undefined, firstWords(['selaku', 'sebagai']));
/**
 * A word for a kind of organisation, then up to three lower-case words and where it is from:
 * `perusahaan kecerdasan buatan `, `Perusahaan rintisan asal Bandung, `.
 */
export const ORGANISATION_CUE_BEFORE = new CueBefore(new RegExp(
  String.raw`(?<![\p{L}])(?:${anyCase(cues.organisationCues)})(?:\s+(?!me\p{Ll}{4}|ber\p{Ll}{3}|di\p{Ll}{3,}(?:kan|i)(?![\p{L}]))\p{Ll}[\p{Ll}-]*){0,4}` +
  String.raw`(?:\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*,)?\s+$`, 'u'), lastWords(cues.organisationCues), (token) => !token.word || token.text === token.lower, firstWords(cues.organisationCues));

/**
 * A phrase that credits what follows it as a source, even when the name is unknown: `menurut laporan `,
 * with up to three descriptors after it (`dilansir dari situs berita teknologi `). Sticky: tried at the
 * words that can start one (ATTRIBUTION_STRONG_FIRST).
 */
const ATTRIBUTION_STRONG = new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(cues.attributionStrongBefore)})(?![\p{L}\p{N}])(?:\s+(?:${alternatives(cues.outletDescriptors)})(?![\p{L}\p{N}])){0,3}\s*`, 'iuy');

/** The crediting phrase that starts at a word (one of ATTRIBUTION_STRONG_FIRST), with the words after it. */
export function attributionPhraseAt(text: string, token: Token): RegExpExecArray | null {
  ATTRIBUTION_STRONG.lastIndex = token.start;
  return ATTRIBUTION_STRONG.exec(text);
}
export const ATTRIBUTION_STRONG_FIRST = wordClass(cues.attributionStrongBefore.map((phrase) => phrase.toLowerCase().split(/[^\p{L}]+/u)[0]));
/** Up to three words that say what kind of outlet follows: `situs berita teknologi`, `ulasan`. */
const DESCRIPTORS = String.raw`(?:\s+(?:${alternatives(cues.outletDescriptors)})){0,3}`;
/** The same, anchored at the end of a window before a name. */
export const ATTRIBUTION_STRONG_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(cues.attributionStrongBefore)})${DESCRIPTORS}\s*$`, 'iu');
/** The words a crediting phrase before an outlet can end on, strong or weak (`laporan`, `kepada`, `situs`). */
export const ATTRIBUTION_LAST_WORDS: ReadonlySet<string> = new Set(
  [...lastWords(cues.attributionStrongBefore, cues.attributionWeakBefore, cues.outletDescriptors)].map((word) => word.replace(/[^\p{L}]+$/u, '')),
);
/** A phrase that credits a known outlet after it: `kata `, `kepada `, `disorot oleh `, `sumber `. */
export const ATTRIBUTION_WEAK_BEFORE = new CueBefore(
  new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(cues.attributionWeakBefore)})${DESCRIPTORS}\s+$`, 'iu'),
  lastWords(cues.attributionWeakBefore, cues.outletDescriptors), undefined, firstWords(cues.attributionWeakBefore));
/** A programme on an outlet, named or not: `dalam program Economic Update `, `di acara `. */
export const BROADCAST_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:dalam|di|pada|melalui|lewat)\s+(?:${alternatives(cues.broadcastCues)})(?:\s+${CAPITALISED_WORD}){0,3}\s+$`, 'iu');
/** A phrase by which an outlet passes on the report of the outlet named just before it (relayCues). */
export const RELAY_BETWEEN = new RegExp(String.raw`^\s*,?\s*(?:(?:dan|lalu|kemudian|sebelum)\s+)?(?:${alternatives(cues.relayCues)})\s+$`, 'iu');
/** `dilansir detikFinance dari Bloomberg`: between a relaying outlet and its source. */
export const SOURCE_OF_RELAY_BETWEEN = new RegExp(String.raw`^\s+dari${DESCRIPTORS}\s+$`, 'iu');
/** A reporting verb after an outlet, past its bracketed short name and a time: ` melaporkan`, ` (WSJ), yang menyebutkan`, ` pada Senin (3/2) melaporkan`, ` pada 19 September 2025 melaporkan`. */
/** `, sebuah situs web berita teknologi,` or `, misalnya,`: what an outlet is, or an aside, between commas after its name. */
const OUTLET_APPOSITIVE = String.raw`(?:\s*,\s*(?:(?:sebuah\s+|salah\s+satu\s+)?(?:${alternatives(cues.outletAppositives)})(?![\p{L}\p{N}])(?!\s+sosial)(?:\s+[\p{L}-]+){0,4}|(?:${alternatives(cues.reportingAsides)}))\s*(?=,))?`;
/** `, Jumat 2 Juni 2023,`: the day of the report between commas after the outlet. */
const DATED_ASIDE = String.raw`(?:\s*,\s*(?:\p{L}+,?\s+)?\d{1,2}\s+\p{L}+(?:\s+\d{4})?\s*(?=,))?`;
export const REPORTING_VERB_AFTER = new RegExp(
  String.raw`^(?:\s*\([\p{Lu}\p{N}.&-]{1,12}\))?${OUTLET_APPOSITIVE}${DATED_ASIDE}\s*,?\s*(?:yang\s+|dalam\s+laporannya\s+)?(?:pada\s+(?:\d{1,2}\s+\p{L}+(?:\s+\d{4})?|\p{L}+(?:\s+\(?[\d/]{1,10}\)?)?),?\s+)?(?:(?:${alternatives(cues.reportingAdverbs)})\s+){0,3}(?:${alternatives(cues.reportingVerbs)})(?![\p{L}])`, 'iu');
/** A verb of saying earlier in the same clause: `menyatakannya di DealBook Summit `. */
export const SPEECH_IN_CLAUSE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternatives([...cues.speechVerbs, 'wawancara', 'pernyataan'])})(?:nya)?(?:[^.!?\n;]*)$`, 'iu');
/** Ownership before a name: `xAI milik Elon Musk`, `didirikan Qi Yuan`. */
export const OWNER_BEFORE = new CueBefore(/(?<![\p{L}])(?:milik|besutan|pimpinan|oleh|didirikan)\s+$/iu, lastWords(['milik', 'besutan', 'pimpinan', 'oleh', 'didirikan']), undefined, firstWords(['milik', 'besutan', 'pimpinan', 'oleh', 'didirikan']));
/** How a project or a product is given its name: `bertajuk`, `yang diberi nama`, `andalannya,`. */
const NAMING_WORDS = ['baru', 'terbaru', 'terbarunya', 'andalan', 'andalannya', 'raksasa', 'ambisius', 'bernama', 'bertajuk', 'berjuluk', 'dijuluki', 'yang diberi nama', 'yang dinamai', 'dengan nama', 'yakni', 'yaitu'];
const NAMING = String.raw`(?:\s+(?:${alternatives(NAMING_WORDS)})){0,2},?`;
/** A word for a kind of project and how it is named: `proyek bertajuk `, `satelit `. */
export const PROJECT_CUE_BEFORE = new CueBefore(new RegExp(String.raw`(?<![\p{L}])(?:${anyCase(cues.projectCues)})${NAMING}\s+$`, 'u'), lastWords(cues.projectCues, NAMING_WORDS), isText(','), firstWords(cues.projectCues));
/** A word for a kind of product and how it is named: `model bahasa bernama `, `Model andalannya, `. */
export const PRODUCT_CUE_BEFORE = new CueBefore(new RegExp(String.raw`(?<![\p{L}])(?:${anyCase(cues.productCues)})${NAMING}\s+$`, 'u'), lastWords(cues.productCues, NAMING_WORDS), isText(','), firstWords(cues.productCues));
