// A corpus generator for the benchmark: N realistic articles made by recombining the sample
// articles' sentences, with their organisations, figures and outlets swapped for others (in varied
// Indonesian money formats), so that the analysis meets the same kinds of text at any scale.
// Deterministic: the same N and seed make the same corpus.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinEntries } from '../server/src/analysis/lexicon';
import { sentences } from '../server/src/analysis/sentences';

/** A small, fast, seeded random number generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONEY_FORMATS: ((value: number, next: () => number) => string)[] = [
  (v) => `$${v} miliar`,
  (v) => `US$ ${v} miliar`,
  (v) => `USD${v} miliar`,
  (v) => `${v} miliar dolar AS`,
  (v) => `Rp${(v * 16.5).toFixed(1).replace('.', ',')} triliun`,
  (v) => `Rp ${Math.round(v * 16.5)} T`,
  (v) => `lebih dari $${v} miliar`,
  (v) => `hampir $${v} miliar`,
  (v) => `sekitar Rp${Math.round(v * 16.5)} triliun`,
  (v, next) => `$${v} - $${v + 1 + Math.floor(next() * 10)} miliar`,
  (v) => `${v} miliar dolar AS (sekitar Rp ${Math.round(v * 16.5)} triliun)`,
];

const OUTLETS = ['Reuters', 'Bloomberg', 'Financial Times', 'The Wall Street Journal', 'CNBC Indonesia', 'Kompas', 'Tempo', 'Katadata', 'Kontan', 'Nikkei Asia', 'TechCrunch', 'The Information'];

export interface GeneratedCorpus {
  folder: string;
  files: number;
  bytes: number;
}

/** Writes `count` articles into `folder` (reusing it when it already holds them). */
export function generateCorpus(samplesFolder: string, folder: string, count: number, seed = 20261122): GeneratedCorpus {
  const marker = path.join(folder, '.complete');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === `${count}:${seed}`) {
    return { folder, files: count, bytes: Number(fs.readFileSync(path.join(folder, '.bytes'), 'utf8')) };
  }
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const pool: string[] = [];
  for (const name of fs.readdirSync(samplesFolder).filter((file) => file.endsWith('.txt'))) {
    const text = fs.readFileSync(path.join(samplesFolder, name), 'utf8');
    for (const sentence of sentences(text)) pool.push(text.slice(sentence.start, sentence.end));
  }
  const organisations = builtinEntries().filter((entry) => entry.type === 'org').map((entry) => entry.name);
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const swaps: [RegExp, () => string][] = [
    [/\b(?:OpenAI|Anthropic|Microsoft|Amazon|Google|Nvidia|SoftBank|Oracle|Meta)\b/g, () => pick(organisations)],
    [/(?:lebih dari |hampir |sekitar |melebihi |mendekati )?(?:US\$ ?|\$)\d+(?:,\d+)? (?:miliar|triliun)|\d+ miliar dolar AS/gi, () => pick(MONEY_FORMATS)(1 + Math.floor(next() * 500), next)],
    [/\b(?:Reuters|Bloomberg|Financial Times|The Wall Street Journal|Fortune)\b/g, () => pick(OUTLETS)],
  ];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const lines: string[] = [];
    const paragraphs = 6 + Math.floor(next() * 8);
    for (let p = 0; p < paragraphs; p++) {
      const parts: string[] = [];
      const length = 2 + Math.floor(next() * 4);
      for (let s = 0; s < length; s++) {
        let sentence = pick(pool);
        for (const [pattern, replacement] of swaps) sentence = sentence.replace(pattern, (match) => (next() < 0.5 ? replacement() : match));
        parts.push(sentence);
      }
      lines.push(parts.join(' '));
    }
    const text = lines.join('\n\n') + '\n';
    bytes += Buffer.byteLength(text);
    const sub = path.join(folder, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `article-${String(i).padStart(6, '0')}.txt`), text);
  }
  fs.writeFileSync(path.join(folder, '.bytes'), String(bytes));
  fs.writeFileSync(marker, `${count}:${seed}`);
  return { folder, files: count, bytes };
}
