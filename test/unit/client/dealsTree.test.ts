// The Deals view's tree (client/src/dealsTree.ts): ids that never repeat, so that VS Code, which keeps
// a tree item's children by its id, shows each deal its own sources.

import * as assert from 'node:assert/strict';
import { Deal, Node, childNodes, dealTooltip, entityNodes } from '../../../client/src/dealsTree';

const party = (name: string) => ({ id: name.toLowerCase(), name });
const source = (path: string, start: number, status: string, amount: string | null, outlet: string | null = null) => ({ path, start, end: start + 10, outlet, status, amount });

// Three deals between the same two parties, of the same kind: each has its own sources.
const DEALS: Deal[] = [
  { parties: [party('Microsoft'), party('OpenAI')], kind: 'investment', status: 'completed', date: '2023-01-23',
    amount: { text: '$10 miliar', usd: { min: 1e10, max: 1e10 } }, sources: [source('a.txt', 5, 'completed', '$10 miliar', 'Reuters'), source('b.txt', 40, 'announced', 'US$ 10 miliar')] },
  { parties: [party('Microsoft'), party('OpenAI')], kind: 'investment', status: 'completed', date: '2019-07-22',
    amount: { text: '$20 miliar', usd: { min: 2e10, max: 2e10 } }, sources: [source('c.txt', 0, 'completed', '$20 miliar')] },
  { parties: [party('Microsoft'), party('OpenAI')], kind: 'investment', status: 'talks', date: null, amount: null, sources: [source('d.txt', 12, 'talks', null)] },
];

/** Every node of the tree, depth first. */
function walk(nodes: Node[], order: 'date' | 'amount'): Node[] {
  return nodes.flatMap((node) => [node, ...walk(childNodes(node, order), order)]);
}

describe('the Deals view tree', () => {
  it('gives every item its own id, so deals of the same parties and kind keep their own sources', () => {
    const nodes = walk(entityNodes(DEALS), 'date');
    const ids = nodes.map((node) => node.id);
    assert.equal(new Set(ids).size, ids.length, ids.join('\n'));
    const [microsoft] = entityNodes(DEALS);
    assert.deepEqual(childNodes(microsoft, 'date').map((deal) => childNodes(deal, 'date').map((child) => child.kind === 'source' && child.source.path)), [
      ['a.txt', 'b.txt'], ['c.txt'], ['d.txt'],
    ]);
  });

  it('sorts an entity\'s deals by date or by amount, those without one last', () => {
    const [microsoft] = entityNodes(DEALS);
    const amounts = (order: 'date' | 'amount') => childNodes(microsoft, order).map((node) => node.kind === 'deal' && (node.deal.amount?.text ?? '—'));
    assert.deepEqual(amounts('date'), ['$10 miliar', '$20 miliar', '—']);
    assert.deepEqual(amounts('amount'), ['$20 miliar', '$10 miliar', '—']);
  });

  it('lists a deal\'s sources in its tooltip', () => {
    assert.equal(dealTooltip(DEALS[0], (path) => path), [
      'Microsoft – OpenAI: investment, completed · $10 miliar',
      '- a.txt, per Reuters: “$10 miliar” (completed)',
      '- b.txt: “US$ 10 miliar” (announced)',
    ].join('\n'));
  });
});
