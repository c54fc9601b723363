// The editor's texts in the reader's language: one catalogue per language (server/data/messages/*.json),
// chosen by the `locale` the client sends when it starts the server (VS Code's display language).
// English is the fallback for any other language. `{name}` is filled in; `{n|one|many}` chooses by n.

import english from '../data/messages/en.json';
import indonesian from '../data/messages/id.json';

export type Locale = 'en' | 'id';
type Catalogue = typeof english;
export type MessageKey = Exclude<keyof Catalogue, '$comment' | 'months'>;

const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en: english, id: indonesian as Catalogue };

let current: Locale = 'en';

/** The language of a BCP 47 tag (`id`, `id-ID`, `en-US`): Indonesian or English. */
export function localeOf(tag: string | undefined): Locale {
  return /^(id|in)(?:[-_]|$)/i.test(tag ?? '') ? 'id' : 'en';
}

/** Sets the language of every text from now on (the server does at initialize; tests may). */
export function setLocale(locale: Locale): void {
  current = locale;
}

export function currentLocale(): Locale {
  return current;
}

/** A text of the catalogue with its parameters filled in. */
export function t(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  const template = (CATALOGUES[current][key] ?? english[key]) as string;
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name: string, one?: string, many?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (one !== undefined) return Number(value) === 1 ? one : many!;
    return String(value);
  });
}

/** A word of a group (`metric`, `type`, `kind`, …) for a value, or the value itself when the catalogue has none. */
export function word(group: 'metric' | 'modality' | 'problemModality' | 'type' | 'kind' | 'status' | 'qualifier' | 'rate', value: string): string {
  const key = `${group}.${value}` as MessageKey;
  return key in CATALOGUES[current] ? t(key) : value;
}

/** `3 Oct 2024`, `sekitar 3 Okt 2024`, `Q3 2025`, `K3 2025`, `2025`, or a range of dates: a time in the reader's language. */
export function timeWords(from: number, to: number): string {
  const months = CATALOGUES[current].months;
  const a = new Date(from * 86_400_000);
  const b = new Date(to * 86_400_000);
  const day = (date: Date) => `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  if (from === to) return day(a);
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const startsMonth = a.getUTCDate() === 1;
  const endsMonth = new Date((to + 1) * 86_400_000).getUTCDate() === 1;
  if (sameYear && startsMonth && endsMonth) {
    const count = b.getUTCMonth() - a.getUTCMonth() + 1;
    const year = a.getUTCFullYear();
    if (count === 12) return String(year);
    if (count === 1) return `${months[a.getUTCMonth()]} ${year}`;
    if (count === 3 && a.getUTCMonth() % 3 === 0) return t('time.quarter', { n: a.getUTCMonth() / 3 + 1, year });
    if (count === 6 && a.getUTCMonth() % 6 === 0) return t('time.half', { n: a.getUTCMonth() / 6 + 1, year });
  }
  if (to - from <= 8) return t('time.around', { day: day(new Date(((from + to) / 2) * 86_400_000)) });
  return `${day(a)} – ${day(b)}`;
}
