// textDocument/hover: on a money figure, its value in USD and IDR with the rate and where it came
// from, the qualifier in words, what it is a figure of, who reported it, and the other articles'
// figures for the same fact; on an entity, what it is, how it is written, where it is mentioned and
// its deals; on an outlet, the claims it backs.

import { Hover, Location, MarkupKind } from 'vscode-languageserver';
import { describeQualifier, formatInterval } from '../analysis/format';
import { Claim } from '../analysis/types';
import { ClaimEntry, claimKey, fileName, inConflict, modalityClass, sameTime } from '../corpus/checks';
import { describeTime } from '../corpus/slips';
import { documentDate } from '../corpus/documentDate';
import { IndexedDocument, Workspace } from '../corpus/workspace';
import { location, positionsOf } from '../convert';
import { itemAt } from './lookup';

export function provideHover(workspace: Workspace, uri: string, offset: number): Hover | null {
  const document = workspace.get(uri);
  if (!document) return null;
  const item = itemAt(document, offset);
  if (!item) return offset <= firstLineEnd(document) ? dateHover(workspace, document) : null;
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
  const other = figure.currency === 'USD' ? formatInterval(figure.idr, 'IDR', figure.qualifier) : formatInterval(figure.usd, 'USD', figure.qualifier);
  const rateSource = rate.source === 'corpus' ? 'the corpus’s stated conversions' : rate.source === 'option' ? 'the sorot.idrPerUsd setting' : 'the default rate';
  const conversion = figure.conversionOf === null ? '' : `, stated as the conversion of “${analysis.money[figure.conversionOf].text}”`;
  const lines = [`**${formatInterval(figure, figure.currency, figure.qualifier)}** (${other}) — ${describeQualifier(figure.qualifier)}, ` +
    `at Rp${Math.round(rate.idrPerUsd).toLocaleString('id-ID')} per US$ (${rateSource})${conversion}`];
  const claim = analysis.claims.find((candidate) => candidate.figure === index) ??
    (figure.conversionOf === null ? undefined : analysis.claims.find((candidate) => candidate.figure === figure.conversionOf));
  if (!claim) return lines.join('\n');
  const history = workspace.factHistory(claimKey(claim));
  const self = history.find((entry) => entry.path === document.uri && entry.claim.figure === claim.figure);
  const holds = self?.from != null && self.to !== null
    ? `holds ${describeTime(self.from, self.to)}${self.timeFrom === 'article' ? ' (the article’s date)' : ''}`
    : 'time unknown, not weighed against other figures';
  const reported = claim.source === null ? '' : ` · reported by ${analysis.attributions[claim.source].outlet}`;
  lines.push('', `**${describeClaim(workspace, claim)}**${reported} · ${holds}`);
  // The other figures weighed with this one, those that disagree first; those not compared (another
  // time or modality) only behind "Show all".
  const others = history.filter((entry) => entry !== self);
  const weighed = others.map((entry) => ({ entry, verdict: verdictOf(self, entry) })).filter(({ verdict }) => verdict.mark !== '·')
    .sort((a, b) => VERDICT_ORDER.indexOf(a.verdict.mark) - VERDICT_ORDER.indexOf(b.verdict.mark));
  if (weighed.length) {
    lines.push('');
    for (const { entry, verdict } of weighed.slice(0, MAX_OTHERS)) {
      const when = entry.from !== null && entry.to !== null ? describeTime(entry.from, entry.to) : 'time unknown';
      const outlet = entry.outlet === null ? '' : `, per ${entry.outlet}`;
      lines.push(`- ${verdict.mark} “${entry.figure.text}” in ${fileName(entry.path)}, ${when} (${entry.claim.modality}${outlet})${verdict.note}`);
    }
  }
  const links: string[] = [];
  if (others.length > 0) links.push(commandLink(`Show all ${history.length}`, 'sorot.showReferences', [document.uri, positionsOf(document).position(figure.start), history.map((entry) => entryLocation(workspace, entry)).filter(Boolean)]));
  if (analysis.deals.some((deal) => deal.amount === index || (figure.conversionOf !== null && deal.amount === figure.conversionOf))) links.push(commandLink('Reveal in Deals', 'sorot.showDeals', []));
  links.push(commandLink('Open fact history', 'sorot.showFactHistory', [claimKey(claim)]));
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
  const value = date === null
    ? '**Publication date unknown** — no dateline, byline or reporting formula states it, and the file name has no date. Figures stated as current are not weighed against other articles.'
    : `**Published ${date}** — ${dateFrom === 'text' && span ? `read from ${quoted(workspace, document, span)}` : 'from the file name'}.`;
  return { contents: { kind: MarkupKind.Markdown, value }, range: positionsOf(document).range({ start: 0, end: firstLineEnd(document) }) };
}

/** A stretch of the article in quotes (only named when its text cannot be had: changed on disk since). */
function quoted(workspace: Workspace, document: IndexedDocument, span: { start: number; end: number }): string {
  const text = workspace.textOf(document.uri);
  return text === undefined ? 'the article' : `“${text.slice(span.start, span.end)}”`;
}

function describeClaim(workspace: Workspace, claim: Claim): string {
  const name = (id: string) => workspace.entityName(id) ?? id;
  const metric = claim.metric.replace('-', ' ');
  return `${name(claim.subject)} — ${metric}${claim.counterparty ? ` in ${name(claim.counterparty)}` : ''}` +
    `${claim.modality === 'reported' ? '' : ` (${claim.modality})`}`;
}

/** Other figures listed under a figure's hover, at most; "Show all" lists every one. */
const MAX_OTHERS = 3;

interface Verdict { mark: string; note: string }
const VERDICT_ORDER = ['⚠', '✓', '·'];

function verdictOf(self: ClaimEntry | undefined, other: ClaimEntry): Verdict {
  if (!self || modalityClass(self.claim.modality) !== modalityClass(other.claim.modality)) return { mark: '·', note: ', not compared: another modality' };
  if (!sameTime(self, other)) return { mark: '·', note: ', not compared: another time' };
  return inConflict(self, other) ? { mark: '⚠', note: ', conflicts' } : { mark: '✓', note: ', agrees' };
}

function entityHover(workspace: Workspace, id: string): string {
  const first = workspace.firstMentionOf(id)?.mention;
  const entry = workspace.lexicon.entries.get(id);
  const lines = [`**${first?.name ?? entry?.name ?? id}** — ${first?.type ?? entry?.type ?? 'entity'}`];
  if (entry?.description) lines.push('', entry.description);
  const facts: string[] = [];
  if (entry?.role) facts.push(`Role: ${entry.role}`);
  const nameOf = (other: string) => workspace.lexicon.entries.get(other)?.name ?? other;
  if (entry?.parent) facts.push(`Part of: ${nameOf(entry.parent)}`);
  if (entry?.affiliation) facts.push(`Affiliation: ${nameOf(entry.affiliation)}`);
  if (entry?.products?.length) facts.push(`Products: ${entry.products.map(nameOf).join(', ')}`);
  if (!entry) facts.push('Recognised from context (not in the lexicon).');
  if (facts.length) lines.push('', ...facts.map((fact) => `- ${fact}`));
  const summary = workspace.entitySummary(id);
  const written = summary.written.filter((text) => text !== first?.name);
  if (written.length) lines.push('', `Also written: ${written.slice(0, MAX_OTHERS).map((text) => `“${text}”`).join(', ')}${written.length > MAX_OTHERS ? ', …' : ''}`);
  lines.push('', `${summary.mentions} mention${summary.mentions === 1 ? '' : 's'} in ${summary.articles} article${summary.articles === 1 ? '' : 's'}`);
  const deals = workspace.dealsOf(id);
  if (deals.length) {
    lines.push('', 'Deals:');
    for (const deal of deals.slice(0, MAX_OTHERS)) {
      lines.push(`- ${deal.parties.map((party) => party.name).join(' – ')}: ${deal.kind}, ${deal.status}${deal.amount ? `, ${deal.amount.text}` : ''}`);
    }
    if (deals.length > MAX_OTHERS) lines.push(`- …and ${deals.length - MAX_OTHERS} more (Sorot: Show Deals lists them all).`);
  }
  return lines.join('\n');
}

function outletHover(workspace: Workspace, document: IndexedDocument, index: number): string {
  const { analysis } = document;
  const attribution = analysis.attributions[index];
  const backed = analysis.claims.filter((claim) => claim.source === index);
  const lines = [`**${attribution.outlet}** — news outlet, credited as the source here`, '', quoted(workspace, document, attribution.phrase)];
  if (backed.length) {
    lines.push('', 'Figures it backs:');
    for (const claim of backed) lines.push(`- “${analysis.money[claim.figure].text}”: ${describeClaim(workspace, claim)}`);
  }
  const elsewhere = workspace.entitySummary(attribution.outletId).mentions;
  lines.push('', `${elsewhere} mention${elsewhere === 1 ? '' : 's'} of ${attribution.outlet} in the corpus`);
  return lines.join('\n');
}
