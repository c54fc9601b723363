// The TextMate grammar (syntaxes/news-article.tmLanguage.json), tokenised as VS Code tokenises it, with
// vscode-textmate and the Oniguruma regular expressions VS Code uses.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { INITIAL, IGrammar, Registry, parseRawGrammar } from 'vscode-textmate';
import { OnigScanner, OnigString, loadWASM } from 'vscode-oniguruma';

const ROOT = path.join(__dirname, '..', '..', '..');
const MONEY = 'constant.numeric.money.news-article';

async function grammar(): Promise<IGrammar> {
  await loadWASM(fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (sources) => new OnigScanner(sources), createOnigString: (text) => new OnigString(text) }),
    loadGrammar: async () => parseRawGrammar(fs.readFileSync(path.join(ROOT, 'syntaxes', 'news-article.tmLanguage.json'), 'utf8'), 'news-article.tmLanguage.json'),
  });
  return (await registry.loadGrammar('text.news-article'))!;
}

/** The stretches of a line the grammar scopes as money. */
function money(news: IGrammar, line: string): string[] {
  return news.tokenizeLine(line, INITIAL).tokens.filter((token) => token.scopes.includes(MONEY)).map((token) => line.slice(token.startIndex, token.endIndex));
}

describe('the TextMate grammar', () => {
  let news: IGrammar;
  before(async () => { news = await grammar(); });

  it('colours a figure after a word ending in "us" from the currency on, and a figure with a space after its symbol', () => {
    assert.deepEqual(money(news, 'Valuasinya tembus $120 miliar tahun ini.'), ['$120 miliar']);
    assert.deepEqual(money(news, 'Nilainya terus US$ 5 miliar, bonus Rp 2 triliun.'), ['US$ 5 miliar', 'Rp 2 triliun']);
  });

  it('colours figures in other currencies, a dollar sign after a country\'s letters as one symbol', () => {
    assert.deepEqual(money(news, 'Mistral meraih €385 juta, Nvidia membayar S$25,7 miliar, dan denda 390 juta euro.'), ['€385 juta', 'S$25,7 miliar', '390 juta euro']);
  });

  it('colours figures in dollars and rupiah in their written forms', () => {
    assert.deepEqual(money(news, 'OpenAI meraih US$6,6 miliar, sekitar Rp 103 triliun, atau 6,6 miliar dolar AS.'), ['US$6,6 miliar', 'sekitar Rp 103 triliun', '6,6 miliar dolar AS']);
  });
});
