// One copy of each repeated string in the index. Analyses that cross from the analysis pool or come
// from the cache are fresh copies: every mention of OpenAI would otherwise carry its own `openai`,
// `OpenAI`, `org` and `lexicon` (435,000 mentions in a 10,000-article archive). Interning them into
// one table lets the index share them, as the entity table of a compact store would.

import { ArticleAnalysis } from '../analysis/types';

export class Strings {
  private readonly table = new Map<string, string>();

  get size(): number {
    return this.table.size;
  }

  /** The table's copy of a string, added when new. */
  intern<T extends string | null>(value: T): T {
    if (value === null) return value;
    const known = this.table.get(value);
    if (known !== undefined) return known as T;
    this.table.set(value, value);
    return value;
  }

  /** The analysis with its repeated strings replaced by the table's copies, in place. */
  analysis(analysis: ArticleAnalysis): ArticleAnalysis {
    for (const mention of analysis.entities) {
      mention.id = this.intern(mention.id);
      mention.name = this.intern(mention.name);
      mention.type = this.intern(mention.type);
      mention.source = this.intern(mention.source);
      mention.text = this.intern(mention.text);
    }
    for (const attribution of analysis.attributions) {
      attribution.outlet = this.intern(attribution.outlet);
      attribution.outletId = this.intern(attribution.outletId);
      attribution.text = this.intern(attribution.text);
    }
    for (const claim of analysis.claims) {
      claim.subject = this.intern(claim.subject);
      claim.counterparty = this.intern(claim.counterparty);
      claim.metric = this.intern(claim.metric);
      claim.modality = this.intern(claim.modality);
    }
    for (const deal of analysis.deals) {
      deal.parties = deal.parties.map((party) => this.intern(party));
      deal.kind = this.intern(deal.kind);
      deal.status = this.intern(deal.status);
    }
    return analysis;
  }
}
