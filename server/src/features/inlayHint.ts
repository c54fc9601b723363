// textDocument/inlayHint: a figure's value in the other currency, short, after it:
// `10 miliar dolar AS ≈ Rp167 T`. Only where it adds something: never for a vague amount, and, unless
// the sorot.inlayHints setting is `all`, not for a figure whose conversion the article states itself
// (`US$ 12.500 (Rp198 juta)`). The tooltip gives the whole value and the rate.

import { InlayHint, InlayHintKind, Range } from 'vscode-languageserver';
import { t } from '../messages';
import { compactInterval, formatInterval } from '../analysis/format';
import { convertedQualifier, roughRateOf } from '../analysis/money';
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
    // Dollars in rupiah, rupiah in dollars, another currency in rupiah (at its rough rate: approximately).
    const other = figure.currency === 'IDR' ? 'USD' : 'IDR';
    const interval = other === 'IDR' ? figure.idr : figure.usd;
    // …unless the article converts it itself: then its values are the article's.
    const perUnit = roughRateOf(figure);
    const qualifier = convertedQualifier(figure);
    const label = compactInterval(interval, other, qualifier);
    if (!label) continue;
    const rate = Math.round(workspace.rate().idrPerUsd).toLocaleString('id-ID');
    const value = formatInterval(interval, other, qualifier);
    hints.push({
      position: positions.position(figure.end),
      label,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: perUnit === undefined ? t('inlay.tooltip', { figure: figure.text, value, rate })
        : t('inlay.tooltipForeign', { figure: figure.text, value, rate, currency: figure.currency, perUnit: perUnit.toLocaleString('id-ID') }),
    });
  }
  return hints;
}
