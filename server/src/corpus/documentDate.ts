// When an article was written: the date its text states (its dateline, byline or a reporting
// formula, read by the analysis), else a `YYYY-MM-DD` in its file name, else unknown.

import { ArticleAnalysis } from '../analysis/types';

export interface DocumentDate {
  /** ISO date, or null. */
  date: string | null;
  dateFrom: 'text' | 'filename' | null;
}

const FILE_NAME_DATE = /(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/;

export function documentDate(path: string, analysis: Pick<ArticleAnalysis, 'published'>): DocumentDate {
  if (analysis.published?.date) return { date: analysis.published.date, dateFrom: 'text' };
  // An undated article's date from its file name, kept per analysis: an index asks for it often.
  const known = analysis.published && fileNameDates.get(analysis.published);
  if (known?.path === path) return known.date;
  const date = fileNameDate(path);
  if (analysis.published) fileNameDates.set(analysis.published, { path, date });
  return date;
}

const fileNameDates = new WeakMap<object, { path: string; date: DocumentDate }>();

function fileNameDate(path: string): DocumentDate {
  const name = path.split(/[\\/]/).pop() ?? path;
  const match = FILE_NAME_DATE.exec(name);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const parsed = new Date(Date.UTC(year, month - 1, day));
    if (parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day) return { date: match.slice(1, 4).join('-'), dateFrom: 'filename' };
  }
  return { date: null, dateFrom: null };
}

/** Days since 1970 of an ISO date (`2025-11-06`). */
export function toDay(iso: string): number {
  return Math.floor(Date.parse(iso.length === 7 ? `${iso}-01` : iso.length === 4 ? `${iso}-01-01` : iso) / 86_400_000);
}
