// Two dated reports of OpenAI's valuation in the same week that cannot both hold: the smallest
// corpus with a figure.conflict, added to copies of the samples (whose own valuations are undated).

export const VALUATION_REPORTS: Readonly<Record<string, string>> = {
  'reuters.txt': 'Jakarta, Kamis (3/10/2024) - Menurut laporan Reuters, valuasi OpenAI kini mencapai $157 miliar.\n',
  'bloomberg.txt': 'Jakarta, Sabtu (5/10/2024) - Mengutip Bloomberg, valuasi OpenAI saat ini sebesar $86 miliar.\n',
};
