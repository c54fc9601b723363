// textDocument/inlayHint: each figure's value in the other currency, after it:
// `10 miliar dolar AS ≈ Rp167,2 triliun`. Off when the sorot.inlayHints setting is false.

import { InlayHint, InlayHintKind, Range } from 'vscode-languageserver';
import { formatInterval } from '../analysis/format';
import { Workspace } from '../corpus/workspace';
import { positionsOf } from '../convert';

export function provideInlayHints(workspace: Workspace, uri: string, range: Range): InlayHint[] {
  const document = workspace.get(uri);
  if (!document) return [];
  const positions = positionsOf(document);
  const start = positions.offset(range.start);
  const end = positions.offset(range.end);
  return document.analysis.money
    .filter((figure) => figure.end >= start && figure.start <= end)
    .map((figure) => ({
      position: positions.position(figure.end),
      label: figure.currency === 'USD' ? formatInterval(figure.idr, 'IDR', figure.qualifier) : formatInterval(figure.usd, 'USD', figure.qualifier),
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: `${figure.text} in ${figure.currency === 'USD' ? 'rupiah' : 'US dollars'}, at Rp${Math.round(workspace.rate().idrPerUsd).toLocaleString('id-ID')} per US$`,
    }));
}
