// One worker thread of the analysis pool: builds the lexicon it is given, then analyses each text
// it receives and posts the analysis back.

import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle } from './analysis/analyze';
import { LexiconEntry, buildLexicon } from './analysis/lexicon';
import { AnalysisReply, AnalysisRequest } from './analysisPool';

const lexicon = buildLexicon((workerData as { entries: LexiconEntry[] }).entries);

parentPort!.on('message', ({ id, text }: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { id, analysis: analyzeArticle(text, lexicon) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
