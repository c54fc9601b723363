// The Deals view's tree, without VS Code: entities, their deals and each deal's sources, with ids that
// stay the same across refreshes and never repeat. VS Code keeps a tree item's children by its id, so
// two deals of the same parties and kind under one id showed each other's sources.

export interface DealSource { path: string; start: number; end: number; outlet: string | null; status: string; amount: string | null }
export interface Deal {
  parties: { id: string; name: string }[];
  kind: string;
  status: string;
  amount: { text: string; usd?: { min: number | null; max: number | null } } | null;
  sources: DealSource[];
  date?: string | null;
}

export type DealOrder = 'date' | 'amount';

export type Node =
  | { kind: 'entity'; id: string; name: string; deals: Deal[] }
  | { kind: 'deal'; id: string; deal: Deal }
  | { kind: 'source'; id: string; source: DealSource };

/** The entities with deals, those with most deals first. */
export function entityNodes(deals: readonly Deal[]): Node[] {
  const byEntity = new Map<string, Deal[]>();
  for (const deal of deals) {
    for (const party of deal.parties) {
      if (!byEntity.has(party.name)) byEntity.set(party.name, []);
      byEntity.get(party.name)!.push(deal);
    }
  }
  return [...byEntity.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([name, list]) => ({ kind: 'entity', id: `entity:${name}`, name, deals: list }));
}

/**
 * The children of a node: an entity's deals in the order asked for (the latest or the largest first,
 * those without a date or an amount last), a deal's sources in corpus order.
 */
export function childNodes(node: Node, order: DealOrder): Node[] {
  if (node.kind === 'entity') {
    return [...node.deals].sort(order === 'amount' ? byAmount : byDate).map((deal) => ({ kind: 'deal', id: `${node.id}/${dealId(deal)}`, deal }));
  }
  if (node.kind === 'deal') {
    return node.deal.sources.map((source) => ({ kind: 'source', id: `${node.id}/${source.path}:${source.start}`, source }));
  }
  return [];
}

/** A deal is made by its first source's sentence: no two deals share one. */
function dealId(deal: Deal): string {
  const first = deal.sources[0];
  return `deal:${deal.parties.map((party) => party.id).join('+')}:${deal.kind}:${first ? `${first.path}:${first.start}` : deal.status}`;
}

const byDate = (a: Deal, b: Deal) => (b.date ?? '').localeCompare(a.date ?? '');
const byAmount = (a: Deal, b: Deal) => largest(b) - largest(a);
const largest = (deal: Deal) => deal.amount?.usd?.max ?? deal.amount?.usd?.min ?? -1;

/** The tooltip of a deal: its sources, one per line. */
export function dealTooltip(deal: Deal, fileName: (path: string) => string): string {
  return [
    `${deal.parties.map((party) => party.name).join(' – ')}: ${deal.kind}, ${deal.status}${deal.amount ? ` · ${deal.amount.text}` : ''}`,
    ...deal.sources.map((source) => `- ${fileName(source.path)}${source.outlet ? `, per ${source.outlet}` : ''}${source.amount ? `: “${source.amount}”` : ''} (${source.status})`),
  ].join('\n');
}
