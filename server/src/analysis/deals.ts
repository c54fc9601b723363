// Deals an article states: who with whom (entity ids), what kind (investment, cloud, chips, stake,
// acquisition, partnership, other), for how much (a figure, or none: `satu juta chip TPU`,
// `10 gigawatt`), how far along (announced, talks, projected, completed), and on whose word.
//
// A deal comes from a two-sided claim (`Amazon … investasi sebesar 10 miliar dolar AS ke OpenAI`), or
// from a sentence with a deal word that names two parties (`kemitraan … dengan Google Cloud`). One
// article's deals between the same parties and of the same kind are one deal; a partnership between
// parties that also have a more specific deal is that deal.

import claimCues from '../../data/language/claims.json';
import { TWO_SIDED_METRICS, sourceOf } from './claims';
import { Words } from './patterns';
import { clauses, sentences } from './sentences';
import { within } from './spans';
import { Token } from './tokens';
import { Attribution, Claim, Deal, DealKind, DealStatus, EntityMention, MoneyFigure, Span } from './types';

const DEAL_CUE = new Words(claimCues.deals.cues);
const KIND_ORDER: readonly DealKind[] = ['stake', 'acquisition', 'investment', 'chips', 'cloud', 'partnership'];
const KIND_CUES = new Map(KIND_ORDER.map((kind) => [kind, new Words((claimCues.deals.kinds as Record<string, string[]>)[kind])]));
const STATUS_ORDER: readonly DealStatus[] = ['talks', 'completed', 'projected', 'announced'];
const STATUS_CUES = new Map(STATUS_ORDER.map((status) => [status, new Words((claimCues.deals.status as Record<string, string[]>)[status])]));
const PARTNER_BEFORE = /(?:dengan|bersama|ke|pada|di|dari|kepada|antara|dan|untuk)\s+(?:\p{Ll}+\s+){0,2}$/u;

export function findDeals(
  text: string, tokens: readonly Token[], money: readonly MoneyFigure[], entities: readonly EntityMention[], attributions: readonly Attribution[],
  claims: readonly Claim[],
): Deal[] {
  const spans = sentences(text);
  const parties = entities.filter((mention) => mention.type === 'org' || mention.type === 'project');
  const deals: Deal[] = [];

  for (const claim of claims) {
    if (!TWO_SIDED_METRICS.has(claim.metric) && claim.metric !== 'value') continue;
    const figure = money[claim.figure];
    const others = claim.metric === 'value'
      ? within(parties, Math.max(claim.sentence.start, figure.start - 400), Math.min(claim.sentence.end, figure.end + 240))
        .filter((party) => party.id !== claim.subject).map((party) => party.id)
      : [];
    const dealParties = unique([claim.subject, ...(claim.counterparty ? [claim.counterparty] : []), ...others]);
    if (dealParties.length < 2 && claim.metric !== 'value') continue;
    const clause = clauseAt(text, claim.sentence, figure.start);
    deals.push({
      ...claim.sentence,
      parties: dealParties,
      kind: claim.metric === 'stake' ? 'stake' : claim.metric === 'investment' || claim.metric === 'funding' ? 'investment' : kindOf(text, tokens, clause.start, clause.end),
      status: statusOf(text, tokens, claim.sentence, claim.modality),
      amount: claim.figure,
      source: claim.source,
    });
  }

  const usedAmounts = new Set(deals.map((deal) => deal.amount));
  spans.forEach((sentence, index) => {
    for (const cue of cuesIn(text, tokens, sentence)) {
      const clause = clauseAt(text, sentence, cue);
      const deal = dealAt(text, sentence, clause, cue, parties);
      if (!deal) continue;
      const amount = within(money, clause.start, clause.end).find((figure) => figure.qualifier !== 'vague');
      const amountIndex = amount ? money.indexOf(amount) : -1;
      deals.push({
        ...sentence,
        parties: deal.parties,
        kind: kindOf(text, tokens, Math.max(clause.start, cue - 80), Math.min(clause.end, deal.partnerEnd + 60)),
        status: statusOf(text, tokens, sentence, 'reported'),
        amount: amountIndex === -1 || usedAmounts.has(amountIndex) ? null : amountIndex,
        source: sourceOf(text, attributions, spans, index),
      });
      if (amountIndex !== -1) usedAmounts.add(amountIndex);
    }
  });
  return mergeDeals(deals);
}

/** Offsets of the deal words in a sentence, at most a few. */
function cuesIn(text: string, tokens: readonly Token[], sentence: Span): number[] {
  return DEAL_CUE.matches(text, tokens, sentence.start, sentence.end, 8).map((match) => sentence.start + match.index);
}

const COORDINATED = /^\s*(?:,\s*)?(?:dan|serta|&)\s+$/u;

/**
 * The parties of the deal a deal word states: the party it is made with (introduced by `dengan`,
 * `bersama`, `ke`, …, with any coordinated with it: `dengan TSMC dan Broadcom`), and the party that
 * makes it: the last party before the word in its clause, else the sentence's subject, else the party
 * the sentence points back to (`Pembangunannya mencakup … kemitraan penting dengan Nvidia`). With no
 * party after the word, two parties coordinated at the head of the clause make it together
 * (`OpenAI dan Microsoft … menandatangani kesepakatan`).
 */
function dealAt(
  text: string, sentence: Span, clause: Span, cue: number, parties: readonly EntityMention[],
): { parties: string[]; partnerEnd: number } | null {
  const nearby = within(parties, Math.max(sentence.start, cue - 400), Math.min(sentence.end, cue + 400));
  const after = nearby.filter((party) => party.start > cue);
  const partnerIndex = after.findIndex((party) => party.start - cue <= 120 &&
    PARTNER_BEFORE.test(text.slice(Math.max(sentence.start, party.start - 30), party.start)) &&
    !/[,;]/.test(text.slice(cue, party.start).replace(/\d[.,]\d/g, '')));
  if (partnerIndex !== -1) {
    const partners = [after[partnerIndex]];
    for (let i = partnerIndex + 1; i < after.length && COORDINATED.test(text.slice(after[i - 1].end, after[i].start)); i++) partners.push(after[i]);
    const maker = makerOf(text, sentence, clause, cue, nearby, parties);
    if (!maker) return null;
    const ids = unique([maker.id, ...partners.map((party) => party.id)]);
    return ids.length >= 2 ? { parties: ids, partnerEnd: partners[partners.length - 1].end } : null;
  }
  const head = within(nearby, clause.start, cue);
  if (head.length === 2 && COORDINATED.test(text.slice(head[0].end, head[1].start)) && head[0].id !== head[1].id &&
      /^\s*["“]?\s*$/u.test(text.slice(clause.start, head[0].start))) {
    return { parties: [head[0].id, head[1].id], partnerEnd: cue };
  }
  return null;
}

function makerOf(
  text: string, sentence: Span, clause: Span, cue: number, nearby: readonly EntityMention[], parties: readonly EntityMention[],
): EntityMention | undefined {
  const inClause = within(nearby, clause.start, cue);
  if (inClause.length > 0) return inClause[inClause.length - 1];
  const sentenceHead = within(nearby, sentence.start, cue).find((party) =>
    !PARTNER_BEFORE.test(text.slice(Math.max(sentence.start, party.start - 30), party.start)));
  if (sentenceHead) return sentenceHead;
  if (!REFERS_BACK_AT_START.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60)))) return undefined;
  const before = within(parties, Math.max(0, sentence.start - 1200), sentence.start);
  return before[before.length - 1];
}

/** A sentence that opens by pointing back: `Pembangunannya …`, `Perusahaan ini …`, `Mereka …`. */
const REFERS_BACK_AT_START = /^\s*(?:\p{L}{4,}nya|(?:Perusahaan|Startup|Raksasa(?:\s+\p{Ll}+){0,4})\s+(?:ini|tersebut|itu)|Mereka|Ia)(?![\p{L}])/u;

function clauseAt(text: string, sentence: Span, offset: number): Span {
  const scope = { start: Math.max(sentence.start, offset - 400), end: Math.min(sentence.end, offset + 400) };
  return clauses(text, scope).find((span) => span.start <= offset && offset < span.end) ?? scope;
}

/** Deals between the same parties: one per kind; a bare partnership joins a more specific deal. */
function mergeDeals(deals: Deal[]): Deal[] {
  const merged: Deal[] = [];
  const byPartners = new Map<string, Deal[]>();
  for (const deal of [...deals].sort((a, b) => a.start - b.start)) {
    const key = [...deal.parties].sort().join('+');
    const known = byPartners.get(key) ?? [];
    const existing = known.find((other) => other.kind === deal.kind) ?? known.find((other) => sameDeal(other.kind, deal.kind));
    if (!existing) {
      const copy = { ...deal };
      merged.push(copy);
      byPartners.set(key, [...known, copy]);
      continue;
    }
    if (GENERIC_KINDS.has(existing.kind) && !GENERIC_KINDS.has(deal.kind)) existing.kind = deal.kind;
    existing.amount ??= deal.amount;
    existing.source ??= deal.source;
    if (STATUS_ORDER.indexOf(deal.status) < STATUS_ORDER.indexOf(existing.status) && deal.status !== 'announced') existing.status = deal.status;
  }
  return merged;
}

/** A deal of no particular kind between parties that have another deal is that deal. */
const GENERIC_KINDS: ReadonlySet<DealKind> = new Set(['other']);
/** Cloud capacity and chips are both compute; articles describe one compute deal in either words. */
const COMPUTE_KINDS: ReadonlySet<DealKind> = new Set(['cloud', 'chips']);

function sameDeal(a: DealKind, b: DealKind): boolean {
  return a === b || GENERIC_KINDS.has(a) || GENERIC_KINDS.has(b) || (COMPUTE_KINDS.has(a) && COMPUTE_KINDS.has(b));
}

function kindOf(text: string, tokens: readonly Token[], from: number, to: number): DealKind {
  for (const kind of KIND_ORDER) if (KIND_CUES.get(kind)!.test(text, tokens, from, to)) return kind;
  return 'other';
}

function statusOf(text: string, tokens: readonly Token[], sentence: Span, modality: Claim['modality']): DealStatus {
  if (modality === 'talks') return 'talks';
  if (modality === 'projection' || modality === 'potential') return 'projected';
  for (const status of STATUS_ORDER) if (STATUS_CUES.get(status)!.test(text, tokens, sentence.start, sentence.end)) return status;
  return 'announced';
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
