// Attributions: the places an article credits a news outlet as its source. Every outlet mention
// is read against the words around it: a phrase before (`menurut laporan`, `dikutip dari`, `kepada`),
// a reporting verb after (`mencatat`, `yang menyebutkan`), a programme on it (`dalam program Economic
// Update CNBC Indonesia`), a verb of saying earlier in the clause
// (`menyatakannya di DealBook Summit The New York Times`), or coordination with an outlet just
// credited (`Bloomberg dan The Wall Street Journal`). An outlet merely mentioned is not a source.
//
// In a chain the source is the outlet first told: `laporan Wall Street Journal yang dikutip Reuters`
// and `dilansir detikFinance dari Bloomberg` credit the Journal and Bloomberg; Reuters and detikFinance
// only pass the report on, and are outlets named, not sources.

import {
  ATTRIBUTION_LAST_WORDS, ATTRIBUTION_STRONG_BEFORE, BROADCAST_BEFORE, ATTRIBUTION_WEAK_BEFORE, RELAY_BETWEEN, REPORTING_VERB_AFTER, SOURCE_OF_RELAY_BETWEEN, SPEECH_IN_CLAUSE_BEFORE,
} from './cues';
import { lineBefore } from './text';
import { Attribution, EntityMention } from './types';

const WINDOW = 60;
const REPORT_NAMED_BEFORE = /(?<![\p{L}])(?:laporan|artikel|pemberitaan|berita|tulisan|ulasan|penelusuran|investigasi|liputan)\s+$/iu;
/** Between two coordinated outlets, the first perhaps with its short name in brackets: ` dan `, `) dan ` after `(WSJ`. */
const COORDINATION = /^\)?\s*(?:,\s*)?(?:dan|serta|maupun|&|,)\s*$/iu;

export function findAttributions(text: string, mentions: readonly EntityMention[]): Attribution[] {
  const attributions: Attribution[] = [];
  let previous: Attribution | undefined;
  let previousOutlet: EntityMention | undefined;
  let outletBeforeThat: EntityMention | undefined;
  for (const mention of mentions) {
    if (mention.type !== 'outlet') continue;
    const outletBefore = previousOutlet;
    const twoBefore = outletBeforeThat;
    outletBeforeThat = previousOutlet;
    previousOutlet = mention;
    const betweenOutlets = outletBefore ? text.slice(outletBefore.end, mention.start) : undefined;
    // `… Wall Street Journal yang dikutip Reuters`: a relay of the outlet just named, which the relay
    // credits as the source (`Laporan Bloomberg yang dikutip Reuters`) if nothing credited it yet.
    if (betweenOutlets !== undefined && RELAY_BETWEEN.test(betweenOutlets)) {
      if (previous?.start !== outletBefore!.start) {
        const report = REPORT_NAMED_BEFORE.exec(text.slice(Math.max(0, outletBefore!.start - WINDOW), outletBefore!.start));
        previous = credit(outletBefore!, outletBefore!.start - (report?.[0].length ?? 0), mention.end);
        attributions.push(previous);
      }
      continue;
    }
    // `dilansir detikFinance dari Bloomberg`: the outlet before relays this one, the source.
    if (betweenOutlets !== undefined && SOURCE_OF_RELAY_BETWEEN.test(betweenOutlets)) {
      const relay = previous?.start === outletBefore!.start ? attributions.pop() : undefined;
      const attribution = credit(mention, relay?.phrase.start ?? outletBefore!.start, mention.end);
      attributions.push(attribution);
      previous = attribution;
      continue;
    }
    // A cue does not reach over a line break: `… Kembali Disorot` ending a heading credits nothing after it.
    const before = lineBefore(text, mention.start, WINDOW);
    const after = text.slice(mention.end, mention.end + WINDOW);
    // Either phrase ends on one of a few words: most outlets have none of them before.
    const cueBefore = (ATTRIBUTION_LAST_WORDS.has(lastWordOf(before))
      ? ATTRIBUTION_STRONG_BEFORE.exec(before) ?? ATTRIBUTION_WEAK_BEFORE.pattern.exec(before)
      : null) ?? BROADCAST_BEFORE.exec(before);
    const verbAfter = REPORTING_VERB_AFTER.exec(after);
    const between = previous ? text.slice(previous.end, mention.start) : undefined;
    const coordinated = between !== undefined && COORDINATION.test(between);
    // `membantah laporan The Wall Street Journal`: a report named as what is spoken of, not a source.
    const clause = !cueBefore && !verbAfter && !coordinated && !REPORT_NAMED_BEFORE.test(before) ? SPEECH_IN_CLAUSE_BEFORE.exec(before) : null;
    const creditLine = !cueBefore && !verbAfter && !coordinated && !clause ? creditLineAround(text, mention, mentions) : null;
    let phraseStart = mention.start;
    if (cueBefore) phraseStart -= cueBefore[0].length;
    else if (coordinated) phraseStart = mention.start - between!.replace(/^\s*,?\s*/, '').length;
    else if (clause) phraseStart -= clause[0].length;
    else if (creditLine) phraseStart = creditLine.start;
    const phraseEnd = verbAfter ? mention.end + verbAfter[0].length : creditLine ? creditLine.end : mention.end;
    if (!cueBefore && !verbAfter && !coordinated && !clause && !creditLine) continue;
    // `Laporan Wall Street Journal dan Financial Times menyebutkan`: a verb after two coordinated
    // outlets credits both.
    if (verbAfter && !cueBefore && outletBefore && previous?.start !== outletBefore.start && COORDINATION.test(text.slice(outletBefore.end, mention.start))) {
      // `Wall Street Journal (WSJ) dan Tom's Hardware mengungkap`: the outlet, not its short name in brackets.
      const first = twoBefore && twoBefore.id === outletBefore.id && text.slice(twoBefore.end, outletBefore.start).trim() === '(' ? twoBefore : outletBefore;
      const report = REPORT_NAMED_BEFORE.exec(text.slice(Math.max(0, first.start - WINDOW), first.start));
      attributions.push(credit(first, first.start - (report?.[0].length ?? 0), first.end));
    }
    const attribution = credit(mention, phraseStart, phraseEnd);
    attributions.push(attribution);
    previous = attribution;
  }
  return attributions;
}

/** The last word of a stretch of text, in lower case, past white space and a colon (`Sumber: `). */
function lastWordOf(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s:]/u.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1])) start--;
  return text.slice(start, end).toLowerCase();
}

function credit(mention: EntityMention, phraseStart: number, phraseEnd: number): Attribution {
  return {
    start: mention.start,
    end: mention.end,
    text: mention.text,
    phrase: { start: phraseStart, end: phraseEnd },
    outlet: mention.name,
    outletId: mention.id,
  };
}

/** The longest credit line. */
const CREDIT_LINE = 120;

/**
 * What a credit line holds besides outlet names: separators, brackets, `Sumber:`, and the reporter's
 * and editor's initials (`(detikfinance/d)`, `(Reuters/ant/hrp)`): whole words of up to four letters, so
 * that a longer word fails at once instead of being tried in every split into short ones.
 */
const CREDIT_LINE_REST = /^[\s|/,;·•–—()[\]-]*(?:(?:Sumber|Source)\s*:?)?[\s|/,;·•–—()[\]-]*(?:\p{Ll}{1,4}(?!\p{L})[\s|/,()[\]]*)*$/u;

/**
 * A credit line: a line, or a bracket closing a paragraph, that holds nothing but outlet names and
 * separators (`ANTARA | REUTERS`, `Sumber: Reuters/AFP`, `(detikfinance/d)`), as articles end with. A
 * photo credit (`Foto: Reuters`) credits a picture, not the reporting, and does not count. Returns the
 * credit's span.
 */
function creditLineAround(text: string, mention: EntityMention, mentions: readonly EntityMention[]): { start: number; end: number } | null {
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
  const newline = text.indexOf('\n', mention.end);
  const lineEnd = newline === -1 ? text.length : newline;
  let trimmedEnd = lineEnd;
  while (trimmedEnd > lineStart && /\s/u.test(text[trimmedEnd - 1])) trimmedEnd--;
  // `… e-commerce regional. (detikfinance/d)`, `… ekonomi digital. [Antara]`: a credit in brackets closing a paragraph.
  let open = mention.start;
  while (open > lineStart && mention.start - open <= CREDIT_LINE && text[open] !== '(' && text[open] !== '[') open--;
  const close = text[open] === '[' ? ']' : ')';
  const bracketed = (text[open] === '(' || text[open] === '[') && text[trimmedEnd - 1] === close && !text.slice(open + 1, trimmedEnd - 1).includes(text[open]);
  const start = bracketed ? open : lineStart;
  const end = bracketed ? trimmedEnd : lineEnd;
  if (end - start > CREDIT_LINE) return null;
  let rest = text.slice(start, end);
  for (const other of mentions) {
    if (other.type !== 'outlet' || other.start < start || other.end > end) continue;
    rest = rest.slice(0, other.start - start) + ' '.repeat(other.end - other.start) + rest.slice(other.end - start);
  }
  return CREDIT_LINE_REST.test(rest) ? { start, end: start + text.slice(start, end).trimEnd().length } : null;
}
