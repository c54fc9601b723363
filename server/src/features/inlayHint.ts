// textDocument/inlayHint: a figure's value in the other currency, short, after it:
// `10 miliar dolar AS ≈ Rp167 T`. Only where it adds something: never for a vague amount, and, unless
// the sorot.inlayHints setting is `all`, not for a figure whose conversion the article states itself
// (`US$ 12.500 (Rp198 juta)`). The tooltip gives the whole value and the rate.

import { InlayHint, InlayHintKind, Range } from 'vscode-languageserver';
import { t } from '../messages';
import { compactInterval, formatInterval } from '../analysis/format';
import { Workspace } from '../corpus/workspace';
import { positionsOf } from '../convert';
import { InlayHintsSetting } from '../settings';

export function provideInlayHints(workspace: Workspace, uri: string, range: Range, which: InlayHintsSetting = 'unconverted'): InlayHint[] {
  const document = workspace.get(uri);
  if (!document || which === 'off') return [];
  const positions = positionsOf(document);
  const start = positions.offset(range.start);
  const end = positions.offset(range.end);
  const hints: InlayHint[] = [];
  for (const figure of document.analysis.money) {
    if (figure.end < start || figure.start > end || (which === 'unconverted' && figure.conversionOf !== null)) continue;
    const other = figure.currency === 'USD' ? 'IDR' : 'USD';
    const interval = other === 'IDR' ? figure.idr : figure.usd;
    const label = compactInterval(interval, other, figure.qualifier);
    if (!label) continue;
    hints.push({
      position: positions.position(figure.end),
      label,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: t('inlay.tooltip', { figure: figure.text, value: formatInterval(interval, other, figure.qualifier), rate: Math.round(workspace.rate().idrPerUsd).toLocaleString('id-ID') }),
    });
  }
  return hints;
}
