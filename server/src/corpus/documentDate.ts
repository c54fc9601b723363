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
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
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
