// textDocument/hover: on a money figure, its value in USD and IDR with the rate and where it came
// from, the qualifier in words, what it is a figure of, who reported it, and the other articles'
// figures for the same fact; on an entity, what it is, how it is written, where it is mentioned and
// its deals; on an outlet, the claims it backs.

import { Hover, Location, MarkupKind } from 'vscode-languageserver';
import { formatInterval } from '../analysis/format';
import { convertedQualifier, roughRateOf } from '../analysis/money';
import { Claim } from '../analysis/types';
import { ClaimEntry, claimKey, fileNameFrom, inConflict, modalityClass, sameTime } from '../corpus/checks';
import { documentDate } from '../corpus/documentDate';
import { IndexedDocument, Workspace } from '../corpus/workspace';
import { location, positionsOf } from '../convert';
import { itemAt } from './lookup';
import { t, timeWords, word } from '../messages';

/**
 * `stale`: the document has changed since its last analysis (a long one, analysed off the main thread
 * after a pause in typing); the hover is that analysis's, and says so.
 */
export function provideHover(workspace: Workspace, uri: string, offset: number, stale = false): Hover | null {
  const hover = hoverAt(workspace, uri, offset);
  if (hover && stale) hover.contents = { kind: MarkupKind.Markdown, value: `${(hover.contents as { value: string }).value}\n\n*${t('hover.stale')}*` };
  return hover;
}

function hoverAt(workspace: Workspace, uri: string, offset: number): Hover | null {
  const document = workspace.get(uri);
  if (!document) return null;
  const item = itemAt(document, offset);
  if (!item) return offset <= firstLineEnd(document) && documentLength(document) > 0 ? dateHover(workspace, document) : null;
  const span = item.kind === 'money' ? item.figure : item.kind === 'attribution' ? item.attribution : item.mention;
  const value = item.kind === 'money' ? moneyHover(workspace, document, item.index)
    : item.kind === 'attribution' ? outletHover(workspace, document, item.index)
      : entityHover(workspace, item.mention.id);
  return { contents: { kind: MarkupKind.Markdown, value }, range: positionsOf(document).range(span) };
}

/**
 * A figure, short and in order: its value in both currencies and its qualifier; whose fact it is, who
 * reported it and when it holds; then at most three other figures for the fact, those that disagree
 * first; then links to see all of them, the deal, and the fact's history. The problem message a
 * conflicting figure has is shown by the editor above the hover, so nothing here repeats it.
 */
function moneyHover(workspace: Workspace, document: IndexedDocument, index: number): string {
  const { analysis } = document;
  const figure = analysis.money[index];
  const rate = workspace.rate();
  // Another currency is shown in dollars and rupiah, approximately, at its rough rate, which the hover names.
  // …unless the article converts it itself: then its values are the article's.
  const perUnit = roughRateOf(figure);
  const rough = convertedQualifier(figure);
  const other = figure.currency === 'USD' ? formatInterval(figure.idr, 'IDR', figure.qualifier)
    : perUnit !== undefined ? `${formatInterval(figure.usd, 'USD', rough)}, ${formatInterval(figure.idr, 'IDR', rough)}` : formatInterval(figure.usd, 'USD', figure.qualifier);
  const conversion = figure.conversionOf === null ? '' : t('hover.conversionOf', { figure: analysis.money[figure.conversionOf].text });
  const lines = [t(perUnit === undefined ? 'hover.figure' : 'hover.figureForeign', {
    value: formatInterval(figure, figure.currency, figure.qualifier), other, qualifier: word('qualifier', figure.qualifier),
    rate: Math.round(rate.idrPerUsd).toLocaleString('id-ID'), source: word('rate', rate.source),
    currency: figure.currency, perUnit: perUnit?.toLocaleString('id-ID') ?? '',
  }) + conversion];
  const claim = analysis.claims.find((candidate) => candidate.figure === index) ??
    (figure.conversionOf === null ? undefined : analysis.claims.find((candidate) => candidate.figure === figure.conversionOf));
  if (!claim) return lines.join('\n');
  const history = workspace.factHistory(claimKey(claim));
  const self = history.find((entry) => entry.path === document.uri && entry.claim.figure === claim.figure);
  const holds = self?.from != null && self.to !== null
    ? t(self.timeFrom === 'article' ? 'hover.holdsArticleDate' : 'hover.holds', { time: timeWords(self.from, self.to) })
    : t('hover.timeUnknown');
  const reported = claim.source === null ? '' : t('hover.reportedBy', { outlet: analysis.attributions[claim.source].outlet });
  lines.push('', t('hover.claim', { claim: describeClaim(workspace, claim) }) + reported + holds);
  // The other figures weighed with this one, those that disagree first; those not compared (another
  // time or modality) only behind "Show all".
  const others = history.filter((entry) => entry !== self);
  const weighed = others.map((entry) => ({ entry, verdict: verdictOf(self, entry) })).filter(({ verdict }) => verdict.mark !== '·')
    .sort((a, b) => VERDICT_ORDER.indexOf(a.verdict.mark) - VERDICT_ORDER.indexOf(b.verdict.mark));
  if (weighed.length) {
    lines.push('');
    for (const { entry, verdict } of weighed.slice(0, MAX_OTHERS)) {
      const time = entry.from !== null && entry.to !== null ? timeWords(entry.from, entry.to) : t('time.unknown');
      const outlet = entry.outlet === null ? '' : t('hover.otherOutlet', { outlet: entry.outlet });
      lines.push(t('hover.other', { mark: verdict.mark, figure: entry.figure.text, file: fileNameFrom(document.uri, entry.path), time, modality: word('modality', entry.claim.modality), outlet, note: verdict.note }));
    }
  }
  const links: string[] = [];
  if (others.length > 0) links.push(commandLink(t('link.showAll', { count: history.length }), 'sorot.showReferences', [document.uri, positionsOf(document).position(figure.start), history.map((entry) => entryLocation(workspace, entry)).filter(Boolean)]));
  if (analysis.deals.some((deal) => deal.amount === index || (figure.conversionOf !== null && deal.amount === figure.conversionOf))) links.push(commandLink(t('link.revealInDeals'), 'sorot.showDeals', []));
  links.push(commandLink(t('link.factHistory'), 'sorot.showFactHistory', [claimKey(claim)]));
  lines.push('', links.join(' · '));
  return lines.join('\n');
}

/** Where a claim's figure is, for a location list (nothing when its article is gone). */
function entryLocation(workspace: Workspace, entry: ClaimEntry): Location | undefined {
  const document = workspace.get(entry.path);
  return document ? location(entry.path, document, entry.figure) : undefined;
}

/** A link that runs an editor command with arguments, as VS Code reads them in hovers it trusts. */
function commandLink(title: string, command: string, args: unknown[]): string {
  return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** How long the analysed text is (none for a document too large to analyse). */
function documentLength(document: IndexedDocument): number {
  return document.text?.length ?? document.length;
}

/** Where the first line ends (at its `\n`), from the text when the document has it, else from its line table. */
function firstLineEnd(document: IndexedDocument): number {
  if (document.text === undefined) return document.lines.length > 1 ? document.lines[1] - 1 : document.length;
  const newline = document.text.indexOf('\n');
  return newline === -1 ? document.text.length : newline;
}

/** On the article's first line: when it was written, and where that was read. */
function dateHover(workspace: Workspace, document: IndexedDocument): Hover {
  const { date, dateFrom } = documentDate(document.uri, document.analysis);
  const span = document.analysis.published.span;
  const value = date === null ? t('date.unknown')
    : dateFrom === 'text' && span ? t('date.fromText', { date, quote: quoted(workspace, document, span) }) : t('date.fromFileName', { date });
  return { contents: { kind: MarkupKind.Markdown, value }, range: positionsOf(document).range({ start: 0, end: firstLineEnd(document) }) };
}

/** A stretch of the article in quotes (only named when its text cannot be had: changed on disk since). */
function quoted(workspace: Workspace, document: IndexedDocument, span: { start: number; end: number }): string {
  const text = workspace.textOf(document.uri);
  return text === undefined ? t('date.theArticle') : `“${text.slice(span.start, span.end)}”`;
}

function describeClaim(workspace: Workspace, claim: Claim): string {
  const name = (id: string) => workspace.entityName(id) ?? id;
  const metric = word('metric', claim.metric);
  const described = claim.counterparty ? t('hover.claimIn', { subject: name(claim.subject), metric, counterparty: name(claim.counterparty) })
    : t('hover.claimOf', { subject: name(claim.subject), metric });
  return claim.modality === 'reported' ? described : t('hover.claimModality', { claim: described, modality: word('modality', claim.modality) });
}

/** Other figures listed under a figure's hover, at most; "Show all" lists every one. */
const MAX_OTHERS = 3;

interface Verdict { mark: string; note: string }
const VERDICT_ORDER = ['⚠', '✓', '·'];

function verdictOf(self: ClaimEntry | undefined, other: ClaimEntry): Verdict {
  if (!self || modalityClass(self.claim.modality) !== modalityClass(other.claim.modality)) return { mark: '·', note: t('verdict.anotherModality') };
  if (!sameTime(self, other)) return { mark: '·', note: t('verdict.anotherTime') };
  return inConflict(self, other) ? { mark: '⚠', note: t('verdict.conflicts') } : { mark: '✓', note: t('verdict.agrees') };
}

function entityHover(workspace: Workspace, id: string): string {
  const first = workspace.firstMentionOf(id)?.mention;
  const entry = workspace.lexicon.entries.get(id);
  const lines = [t('entity.title', { name: first?.name ?? entry?.name ?? id, type: word('type', first?.type ?? entry?.type ?? 'entity') })];
  if (entry?.description) lines.push('', entry.description);
  const facts: string[] = [];
  if (entry?.role) facts.push(t('entity.role', { value: entry.role }));
  const nameOf = (other: string) => workspace.lexicon.entries.get(other)?.name ?? other;
  if (entry?.parent) facts.push(t('entity.partOf', { value: nameOf(entry.parent) }));
  if (entry?.affiliation) facts.push(t('entity.affiliation', { value: nameOf(entry.affiliation) }));
  if (entry?.products?.length) facts.push(t('entity.products', { value: entry.products.map(nameOf).join(', ') }));
  if (!entry) facts.push(t('entity.fromContext'));
  if (facts.length) lines.push('', ...facts.map((fact) => `- ${fact}`));
  const summary = workspace.entitySummary(id);
  const written = summary.written.filter((text) => text !== first?.name);
  if (written.length) lines.push('', t('entity.alsoWritten', { forms: `${written.slice(0, MAX_OTHERS).map((text) => `“${text}”`).join(', ')}${written.length > MAX_OTHERS ? ', …' : ''}` }));
  lines.push('', t('entity.mentions', { count: summary.mentions, articles: summary.articles }));
  const deals = workspace.dealsOf(id);
  if (deals.length) {
    lines.push('', t('entity.deals'));
    for (const deal of deals.slice(0, MAX_OTHERS)) {
      lines.push(t('entity.deal', { parties: deal.parties.map((party) => party.name).join(' – '), kind: word('kind', deal.kind), status: word('status', deal.status), amount: deal.amount ? `, ${deal.amount.text}` : '' }));
    }
    if (deals.length > MAX_OTHERS) lines.push(t('entity.moreDeals', { count: deals.length - MAX_OTHERS }));
  }
  return lines.join('\n');
}

function outletHover(workspace: Workspace, document: IndexedDocument, index: number): string {
  const { analysis } = document;
  const attribution = analysis.attributions[index];
  const backed = analysis.claims.filter((claim) => claim.source === index);
  const lines = [t('outlet.title', { outlet: attribution.outlet }), '', quoted(workspace, document, attribution.phrase)];
  if (backed.length) {
    lines.push('', t('outlet.backs'));
    for (const claim of backed) lines.push(t('outlet.figure', { figure: analysis.money[claim.figure].text, claim: describeClaim(workspace, claim) }));
  }
  const elsewhere = workspace.entitySummary(attribution.outletId).mentions;
  lines.push('', t('outlet.mentions', { count: elsewhere, outlet: attribution.outlet }));
  return lines.join('\n');
}
