// Slips of scale within one article: the same figure written a thousand (or a million) times larger
// or smaller in another place (`$4,5 juta` in the lead and `$4,5 miliar` in a quote; a headline's
// `Rp1,4 Triliun` against the body's `Rp1.420 triliun`). Two figures count as one written twice when
// they state the same fact (the same subject and metric) or share their digits. Which of the two
// is wrong is judged from the article itself: the one a stated conversion confirms, or that another
// figure repeats, or that sits with the article's other amounts, is taken as meant.

import { formatAmount, indonesianNumber } from '../analysis/format';
import { t } from '../messages';
import { isForeign, pointValue } from '../analysis/money';
import { MoneyFigure } from '../analysis/types';
import type { CorpusDocument } from './checks';
import { Diagnostic, Severity } from './diagnostics';

/** How far two figures may stray from an exact power of 1,000 apart and still be one figure. */
const SLIP_TOLERANCE = 0.06;
/** Amounts below this many US dollars are prices and exchange rates, not figures that slip. */
const SMALLEST_USD = 10_000;

/**
 * How many powers of 1,000 `figure` is above `other` (negative: below), when they are that far apart
 * and in the same currency; 0 otherwise.
 */
export function scaleSlip(figure: MoneyFigure, other: MoneyFigure): number {
  const a = figure.currency === other.currency ? pointValue(figure) : pointValue(figure.usd);
  const b = figure.currency === other.currency ? pointValue(other) : pointValue(other.usd);
  if (a === null || b === null || a <= 0 || b <= 0) return 0;
  const ratio = a / b;
  const steps = Math.round(Math.log(ratio) / Math.log(1000));
  return plausibleSteps(steps) && Math.abs(ratio / 1000 ** steps - 1) <= SLIP_TOLERANCE ? steps : 0;
}

/**
 * Pairs of figures are compared only among an article's first this many figures: a news article has
 * tens, and a text with thousands (a table, a hostile file) must not cost a quadratic time.
 */
const MOST_FIGURES_PAIRED = 300;

/** How far a stated conversion may stray from a power of 1,000 off the rate and still be a slip of scale. */
const CONVERSION_TOLERANCE = 0.2;

/**
 * The slips of one article, each on the figure judged wrong, naming the figure meant: stated
 * conversions a power of 1,000 off the rate, then pairs of figures written at scales a power of 1,000
 * apart, then every other figure that repeats a slipped one (`Rp1,5 Triliun` in the headline for the
 * body's slipped `Rp1,51 Triliun`).
 */
export function slips({ path, analysis }: CorpusDocument, idrPerUsd: number, severity: Severity): Diagnostic[] {
  const { money, claims } = analysis;
  const rate = analysis.statedRate ?? idrPerUsd;
  const found = new Map<number, { steps: number; meant: number; why: string; scaleFrom?: string }>();

  money.forEach((rupiah, index) => {
    const steps = conversionSlip(money, index, rate);
    if (steps === 0) return;
    const dollars = money[rupiah.conversionOf!];
    found.set(index, {
      steps, meant: rupiah.conversionOf!,
      why: t('problem.slipConversion', {
        dollars: dollars.text, rate: t(analysis.statedRate === null ? 'problem.rate' : 'problem.ownRate', { rate: Math.round(rate).toLocaleString('id-ID') }),
        expected: formatAmount((pointValue(dollars) ?? 0) * rate, 'IDR'), factor: (1000 ** Math.abs(steps)).toLocaleString('en-US'), direction: t(steps > 0 ? 'problem.large' : 'problem.small'),
      }),
    });
  });

  const claimOf = new Map(claims.map((claim) => [claim.figure, claim]));
  const headlineEnd = analysis.headline?.end ?? 0;
  const paired = Math.min(money.length, MOST_FIGURES_PAIRED);
  for (let i = 0; i < paired; i++) {
    for (let j = i + 1; j < paired; j++) {
      const a = money[i];
      const b = money[j];
      if (found.has(i) || found.has(j) || !eligible(a) || !eligible(b) || a.currency !== b.currency) continue;
      if (a.conversionOf === j || b.conversionOf === i || scaleSlip(a, b) === 0) continue;
      const claimA = claimOf.get(i);
      const claimB = claimOf.get(j);
      const sameFact = claimA !== undefined && claimB !== undefined && claimA.subject === claimB.subject && claimA.metric === claimB.metric;
      const headline = (a.start < headlineEnd) !== (b.start < headlineEnd);
      if (!sameFact && !sameDigits(a.text, b.text, headline)) continue;
      const [wrong, meant] = judge(money, i, j, rate) ? [j, i] : [i, j];
      const steps = scaleSlip(money[wrong], money[meant]);
      found.set(wrong, {
        steps, meant, scaleFrom: money[meant].text,
        why: t('problem.slipPair', {
          factor: (1000 ** Math.abs(steps)).toLocaleString('en-US'), direction: t(steps > 0 ? 'problem.larger' : 'problem.smaller'), meant: money[meant].text,
          sameFact: sameFact ? t('problem.sameFact') : '',
        }),
      });
    }
  }

  // A figure that repeats a slipped one (within rounding) is the same slip.
  for (const [index, slip] of [...found].slice(0, MOST_FIGURES_PAIRED)) {
    const value = pointValue(money[index]);
    money.slice(0, MOST_FIGURES_PAIRED).forEach((figure, other) => {
      if (found.has(other) || other === slip.meant || figure.currency !== money[index].currency || value === null || !eligible(figure)) return;
      if (Math.abs((pointValue(figure) ?? 0) / value - 1) > 0.05) return;
      found.set(other, { ...slip, why: t('problem.slipRepeat', { figure: money[index].text }) });
    });
  }

  return [...found].sort(([a], [b]) => a - b).map(([index, slip]): Diagnostic => {
    const figure = money[index];
    const expected = slipExpected(figure, slip.steps, slip.scaleFrom);
    return {
      path, start: figure.start, end: figure.end, severity, code: 'figure.slip',
      message: t('problem.slip', { figure: figure.text, why: slip.why, expected }),
      related: [{ path, start: money[slip.meant].start, end: money[slip.meant].end, message: t('problem.agreeWith', { figure: money[slip.meant].text }) }],
      expected,
    };
  });
}

/**
 * A slip of the pen puts one or two scale words wrong (`juta` for `miliar`, `juta` for `triliun`); a wider
 * gap is a figure misread (a scale word the reader does not know), not a slip.
 */
function plausibleSteps(steps: number): boolean {
  return steps !== 0 && Math.abs(steps) <= 2;
}

/** How many powers of 1,000 a stated conversion is off the rate (0 when it is not off by such a power). */
export function conversionSlip(money: readonly MoneyFigure[], index: number, rate: number): number {
  const rupiah = money[index];
  if (rupiah.currency !== 'IDR' || rupiah.conversionOf === null) return 0;
  const dollars = money[rupiah.conversionOf];
  const idr = pointValue(rupiah);
  const usd = pointValue(dollars);
  if (dollars.currency !== 'USD' || idr === null || usd === null || usd <= 0 || idr <= 0) return 0;
  const ratio = idr / usd / rate;
  const steps = Math.round(Math.log(ratio) / Math.log(1000));
  // A conversion is checked against the rate, so any power of 1,000 off it is a slip (`Rp 1,295 juta` for
  // `80 miliar USD`: a decimal comma and a scale word wrong at once).
  return steps !== 0 && Math.abs(ratio / 1000 ** steps - 1) <= CONVERSION_TOLERANCE ? steps : 0;
}

/**
 * `figure` as written, `steps` powers of 1,000 smaller: the number changed, in the scale word of
 * `scaleFrom` (the figure it should agree with) where that has one, else in its own.
 */
export function slipExpected(figure: MoneyFigure, steps: number, scaleFrom?: string): string {
  const own = pointValue(figure);
  const value = own === null ? null : own / 1000 ** steps;
  const written = NUMBER_AND_SCALE.exec(figure.text);
  if (value === null || !written) return formatAmount(value ?? 0, figure.currency);
  const targetScale = scaleFrom === undefined ? undefined : NUMBER_AND_SCALE.exec(scaleFrom)?.[3];
  const ownScale = written[3];
  let scaleWord = targetScale ?? ownScale;
  let scale = scaleWord ? SCALE_VALUES[scaleWord.toLowerCase()] ?? 1 : 1;
  // Written in its own scale word the number would run to thousands (`1.295.000 juta`): take the scale
  // word that keeps it under 1,000, as reporting writes it.
  if (ownScale !== undefined && targetScale === undefined && (value / scale >= 1000 || value / scale < 1)) {
    const [fitting, word] = Object.entries(SCALE_VALUES).filter(([name]) => name !== 'milyar')
      .map(([name, size]) => [size, name] as const).filter(([size]) => size <= value).sort((a, b) => b[0] - a[0])[0] ?? [scale, scaleWord!];
    scale = fitting;
    scaleWord = word;
  }
  const number = indonesianNumber(value / scale, 3);
  const word = scaleWord === undefined ? '' : ownScale === undefined ? ` ${scaleWord.toLowerCase()}` : matchCase(scaleWord.toLowerCase(), ownScale);
  const before = figure.text.slice(0, written.index);
  const after = figure.text.slice(written.index + written[0].length);
  return `${before}${number}${ownScale === undefined ? word : written[2] + word}${after}`;
}

/** `1.420` and `1,4` in `Rp1.420 triliun`, `Rp1,4 Triliun`: the number, the space, the scale word. */
const NUMBER_AND_SCALE = /(\d+(?:[.,]\d+)*)(\s*)(ribu|juta|miliar|milyar|triliun)?(?![\p{L}])/iu;
const SCALE_VALUES: Readonly<Record<string, number>> = { ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12 };

function matchCase(word: string, like: string): string {
  if (like === like.toUpperCase()) return word.toUpperCase();
  if (like[0] === like[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

function eligible(figure: MoneyFigure): boolean {
  if (figure.qualifier === 'vague' || figure.qualifier === 'range' || isForeign(figure.currency)) return false;
  const value = pointValue(figure.usd);
  return value !== null && value >= SMALLEST_USD;
}

/** The digits a figure is written with, without separators and trailing zeros: `4,5` and `4.500` → `45`. */
function digitsOf(text: string): string {
  return (NUMBER_AND_SCALE.exec(text)?.[1] ?? '').replace(/\D/g, '').replace(/0+$/, '');
}

/** Written with the same digits (two at least), or, for a headline against its body, rounded from them. */
function sameDigits(a: string, b: string, headline: boolean): boolean {
  const x = digitsOf(a);
  const y = digitsOf(b);
  if (x.length < 2 || y.length < 2) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return headline && long.startsWith(short);
}

/**
 * Whether figure `i` is the one meant (so `j` is the slip): the figure a sound stated conversion
 * confirms, then the one another figure in the article repeats, then the one closer in size to the
 * article's other amounts; failing all, the earlier one.
 */
function judge(money: readonly MoneyFigure[], i: number, j: number, rate: number): boolean {
  const score = (index: number) => confirmedByConversion(money, index, rate) * 2 + repeatedElsewhere(money, index, i, j);
  const difference = score(i) - score(j);
  if (difference !== 0) return difference > 0;
  const others = money.filter((_, index) => index !== i && index !== j).map((figure) => pointValue(figure.usd)).filter((value): value is number => value !== null && value > 0);
  if (others.length > 0) {
    const median = Math.log10(others.sort((a, b) => a - b)[others.length >> 1]);
    const distance = (index: number) => Math.abs(Math.log10(pointValue(money[index].usd) ?? 1) - median);
    if (Math.abs(distance(i) - distance(j)) > 0.5) return distance(i) < distance(j);
  }
  return true;
}

function confirmedByConversion(money: readonly MoneyFigure[], index: number, rate: number): number {
  const figure = money[index];
  const partner = figure.conversionOf === null ? undefined : money[figure.conversionOf];
  if (!partner) return 0;
  const [idr, usd] = figure.currency === 'IDR' ? [figure, partner] : [partner, figure];
  const ratio = (pointValue(idr) ?? 0) / (pointValue(usd) ?? 1);
  return ratio > rate * (1 - CONVERSION_TOLERANCE) && ratio < rate * (1 + CONVERSION_TOLERANCE) ? 1 : 0;
}

function repeatedElsewhere(money: readonly MoneyFigure[], index: number, i: number, j: number): number {
  const value = pointValue(money[index].usd);
  if (value === null) return 0;
  return money.filter((figure, other) => other !== i && other !== j && Math.abs((pointValue(figure.usd) ?? 0) / value - 1) < 0.05).length;
}
