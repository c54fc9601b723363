// textDocument/hover: on a money figure, its value in USD and IDR with the rate and where it came
// from, the qualifier in words, what it is a figure of, who reported it, and the other articles'
// figures for the same fact; on an entity, what it is, how it is written, where it is mentioned and
// its deals; on an outlet, the claims it backs.

import { Hover, MarkupKind } from 'vscode-languageserver';
import { describeQualifier, formatInterval } from '../analysis/format';
import { Claim } from '../analysis/types';
import { ClaimEntry, claimKey, fileName, inConflict, modalityClass, sameTime } from '../corpus/checks';
import { describeTime } from '../corpus/slips';
import { documentDate } from '../corpus/documentDate';
import { IndexedDocument, Workspace } from '../corpus/workspace';
import { positionsOf } from '../convert';
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

function moneyHover(workspace: Workspace, document: IndexedDocument, index: number): string {
  const { analysis } = document;
  const figure = analysis.money[index];
  const rate = workspace.rate();
  const rateSource = rate.source === 'corpus' ? 'implied by the corpus’s stated conversions' : rate.source === 'option' ? 'from the sorot.idrPerUsd setting' : 'the default rate';
  const lines = [
    `**${formatInterval(figure, figure.currency, figure.qualifier)}** — ${describeQualifier(figure.qualifier)}`,
    '',
    `- ${formatInterval(figure.usd, 'USD', figure.qualifier)}`,
    `- ${formatInterval(figure.idr, 'IDR', figure.qualifier)}`,
    '',
    `at Rp${Math.round(rate.idrPerUsd).toLocaleString('id-ID')} per US$, ${rateSource}`,
  ];
  if (figure.conversionOf !== null) lines.push('', `Stated as a conversion of “${analysis.money[figure.conversionOf].text}”.`);
  const claim = analysis.claims.find((candidate) => candidate.figure === index) ??
    (figure.conversionOf === null ? undefined : analysis.claims.find((candidate) => candidate.figure === figure.conversionOf));
  if (claim) {
    lines.push('', `**${describeClaim(workspace, claim)}**`);
    if (claim.source !== null) lines.push('', `Reported by ${analysis.attributions[claim.source].outlet}.`);
    const history = workspace.factHistory(claimKey(claim));
    const self = history.find((entry) => entry.path === document.uri && entry.claim.figure === claim.figure);
    if (self?.from != null && self.to !== null) lines.push('', `Holds: ${describeTime(self.from, self.to)}${self.timeFrom === 'article' ? ' (the article’s date)' : ''}.`);
    else lines.push('', 'Holds: time unknown, so it is not weighed against other figures.');
    if (history.length > (self ? 1 : 0)) {
      // The fact's history: every figure for it in time order (unknown times last), this one marked.
      lines.push('', `Fact history (${history.length} figures):`);
      for (const entry of history.slice(0, MAX_OTHERS)) {
        const when = entry.from !== null && entry.to !== null ? describeTime(entry.from, entry.to) : 'time unknown';
        const outlet = entry.outlet === null ? '' : `, per ${entry.outlet}`;
        const verdict = entry === self ? '▶ this figure' : verdictOf(self, entry);
        lines.push(`- ${when}: “${entry.figure.text}” in ${fileName(entry.path)} (${entry.claim.modality}${outlet}) ${verdict}`);
      }
      if (history.length > MAX_OTHERS) lines.push(`- …and ${history.length - MAX_OTHERS} more (\`sorot facts --entity ${claim.subject} --metric ${claim.metric}\` lists them all).`);
    }
  }
  return lines.join('\n');
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

/** The figures listed under a figure's hover, at most. */
const MAX_OTHERS = 8;
const CONFLICTS = '⚠ conflicts';

function verdictOf(self: ClaimEntry | undefined, other: ClaimEntry): string {
  if (!self || modalityClass(self.claim.modality) !== modalityClass(other.claim.modality)) return '· not compared (another modality)';
  if (!sameTime(self, other)) return '· not compared (another time)';
  return inConflict(self, other) ? CONFLICTS : '✓ agrees';
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
