// An index's entity mentions as columns, not objects. An archive of 10,000 articles has about
// 435,000 mentions but only tens of thousands of distinct kinds of mention (`OpenAI` written so,
// recognised from the lexicon, as the org `openai`): each kind is kept once, in one table for the
// whole index, and each document keeps, for each of its mentions, where it stands and its kind's
// number: 12 bytes a mention instead of an object of 80. Mention objects are made when a request
// reads them, for the documents it reads.

import { ArticleAnalysis, EntityMention, EntityType, MentionSource } from '../analysis/types';

/** Everything about a mention but where it stands. */
interface MentionKind {
  text: string;
  id: string;
  name: string;
  type: EntityType;
  source: MentionSource;
}

/** The kinds of mention an index has seen, numbered. A kind is never forgotten: there are few. */
export class MentionKinds {
  private readonly kinds: MentionKind[] = [];
  /** Entity id → the numbers of its kinds (a handful each). */
  private readonly byId = new Map<string, number[]>();

  numberOf(mention: EntityMention): number {
    let numbers = this.byId.get(mention.id);
    if (!numbers) this.byId.set(mention.id, (numbers = []));
    for (const number of numbers) {
      const kind = this.kinds[number];
      if (kind.text === mention.text && kind.name === mention.name && kind.type === mention.type && kind.source === mention.source) return number;
    }
    const number = this.kinds.length;
    this.kinds.push({ text: mention.text, id: mention.id, name: mention.name, type: mention.type, source: mention.source });
    numbers.push(number);
    return number;
  }

  kind(number: number): MentionKind {
    return this.kinds[number];
  }
}

/** A document's mentions, in offset order: where each stands and its kind. */
export class MentionColumns {
  private constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly kindNumbers: Uint32Array,
    private readonly kinds: MentionKinds,
  ) {}

  static of(mentions: readonly EntityMention[], kinds: MentionKinds): MentionColumns {
    const starts = new Int32Array(mentions.length);
    const ends = new Int32Array(mentions.length);
    const numbers = new Uint32Array(mentions.length);
    mentions.forEach((mention, i) => {
      starts[i] = mention.start;
      ends[i] = mention.end;
      numbers[i] = kinds.numberOf(mention);
    });
    return new MentionColumns(starts, ends, numbers, kinds);
  }

  get length(): number {
    return this.starts.length;
  }

  idAt(i: number): string {
    return this.kinds.kind(this.kindNumbers[i]).id;
  }

  /** The mention as the analysis gave it (a new object each time). */
  at(i: number): EntityMention {
    const kind = this.kinds.kind(this.kindNumbers[i]);
    return { start: this.starts[i], end: this.ends[i], text: kind.text, id: kind.id, name: kind.name, type: kind.type, source: kind.source };
  }

  all(): EntityMention[] {
    const mentions: EntityMention[] = [];
    for (let i = 0; i < this.starts.length; i++) mentions.push(this.at(i));
    return mentions;
  }

  /** The mentions of one entity, in offset order. */
  ofEntity(id: string): EntityMention[] {
    const mentions: EntityMention[] = [];
    for (let i = 0; i < this.starts.length; i++) if (this.idAt(i) === id) mentions.push(this.at(i));
    return mentions;
  }

  /** The first mention of an entity, or undefined. */
  firstOf(id: string): EntityMention | undefined {
    for (let i = 0; i < this.starts.length; i++) if (this.idAt(i) === id) return this.at(i);
    return undefined;
  }

  /** Each kind of mention in the document with how many times it occurs, in the order of its first mention. */
  kindCounts(): Map<MentionKind, number> {
    const counts = new Map<MentionKind, number>();
    for (let i = 0; i < this.starts.length; i++) {
      const kind = this.kinds.kind(this.kindNumbers[i]);
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    return counts;
  }

  /** The entity ids mentioned, each once, in the order of their first mention. */
  ids(): Set<string> {
    const ids = new Set<string>();
    for (let i = 0; i < this.starts.length; i++) ids.add(this.idAt(i));
    return ids;
  }
}

/**
 * The analysis with its mentions read from columns: `entities` is made when read, so the index holds
 * no mention objects (a spread of an analysis would make them). Every other field is the analysis's
 * own, or the one given in `replaced` (the figures at another rate, some of the deals).
 */
export function withMentionColumns(
  analysis: ArticleAnalysis, columns: MentionColumns, replaced: Partial<Pick<ArticleAnalysis, 'money' | 'deals'>> = {},
): ArticleAnalysis {
  const { published, headline, statedRate, attributions, claims, problems } = analysis;
  const { money = analysis.money, deals = analysis.deals } = replaced;
  return {
    published, headline, statedRate, money,
    get entities() {
      return columns.all();
    },
    attributions, claims, deals, problems,
  };
}
