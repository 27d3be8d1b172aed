/**
 * Chinese substring search without a Chinese parser: text is cut into overlapping character
 * bigrams (and Latin/digit words), stored as a tsvector with positions, and a query becomes the
 * same bigrams joined by the phrase operator `<->`. Adjacent bigrams at consecutive positions are
 * exactly a substring match, answered from a GIN index on both PGlite and PostgreSQL, whatever the
 * database locale (see shared/notes/stack-facts.md: a 2-character LIKE never uses a trigram index).
 * Each CJK run's trigrams are lexemes too, without positions (ADR 0021): a 3-character query is one
 * of them, answered by the index alone, and a longer one asks the index for its trigrams, whose
 * rows are nearly all matches, and checks the bigram phrase on those.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]/u;

/** Lower-cased NFKC text split into runs: CJK runs and Latin/digit words. */
function runs(text: string): { kind: 'cjk' | 'word'; value: string }[] {
  const result: { kind: 'cjk' | 'word'; value: string }[] = [];
  let previous: 'cjk' | 'word' | null = null;
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    const kind = CJK.test(ch) ? 'cjk' : WORD.test(ch) ? 'word' : null;
    const last = result[result.length - 1];
    if (kind && kind === previous && last) last.value += ch;
    else if (kind) result.push({ kind, value: ch });
    previous = kind;
  }
  return result;
}

function cjkGrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return [chars[0]!];
  const grams: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}

/** A CJK run's overlapping trigrams, each once; none for a run of fewer than three characters. */
function cjkTrigrams(run: string): string[] {
  const chars = [...run];
  const grams = new Set<string>();
  for (let i = 0; i + 2 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  return [...grams];
}

function quote(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The lexemes of a filing date, its year and its month (`@2025`, `@2025-11`): a search asks the
 * text index for a term AND the newest months and years together (windowQuery), so the index
 * itself finds a term's newest matches (ADR 0014). No query term can be one: a query keeps letters
 * and digits only (runs), and `@` is neither.
 */
export function filingLexemes(filingDate: string | null): string[] {
  return filingDate ? [`@${filingDate.slice(0, 4)}`, `@${filingDate.slice(0, 7)}`] : [];
}

/**
 * The tsquery of the rights filed from the month of `cut` to the month before `until` (a first of
 * the month), or to the end of `lastYear` when `until` is null: by month, and by year where a
 * whole year lies inside. A right filed later than `lastYear` has no lexeme here; the caller must
 * find those otherwise. An empty window (until not after cut) is null.
 */
export function windowQuery(cut: string, lastYear: number, until: string | null = null): string | null {
  const end = until ? Number(until.slice(0, 4)) * 12 + Number(until.slice(5, 7)) - 1 : (lastYear + 1) * 12;
  let at = Number(cut.slice(0, 4)) * 12 + Number(cut.slice(5, 7)) - 1;
  const parts: string[] = [];
  while (at < end) {
    const [year, month] = [Math.floor(at / 12), (at % 12) + 1];
    const wholeYear = month === 1 && at + 12 <= end;
    parts.push(wholeYear ? `@${year}` : `@${year}-${String(month).padStart(2, '0')}`);
    at += wholeYear ? 12 : 1;
  }
  return parts.length ? parts.map(quote).join(' | ') : null;
}

/**
 * The tsvector literal of several fields. Each field gets its own position range (gaps of 100) so
 * a phrase never matches across two fields; weight A marks titles, B holders, C numbers. `marks`
 * are lexemes without positions (filingLexemes), which no phrase can match; so are the CJK runs'
 * trigrams, which therefore carry no weight (a lexeme's weights belong to its positions).
 */
export function searchVectorLiteral(
  fields: { text: string; weight: 'A' | 'B' | 'C' }[],
  marks: string[] = [],
): string {
  const entries: string[] = marks.map(quote);
  const trigrams = new Set<string>();
  let position = 1;
  for (const field of fields) {
    for (const run of runs(field.text)) {
      const tokens = run.kind === 'cjk' ? cjkGrams(run.value) : [run.value];
      let previous: string | null = null;
      for (const token of tokens) {
        if (position > 16000) break;
        entries.push(`${quote(token)}:${position}${field.weight}`);
        // Two bigrams in a row are a trigram, as migration 0013 derives them from positions.
        if (previous) trigrams.add(previous + [...token][1]);
        previous = run.kind === 'cjk' ? token : null;
        position += 1;
      }
      position += 1;
    }
    position += 100;
  }
  for (const gram of trigrams) entries.push(quote(gram));
  return entries.join(' ');
}

/**
 * One term of a query that the index may be asked for: a trigram or bigram (or Latin/digit word)
 * that must be present, or a prefix.
 */
export interface QueryTerm {
  lexeme: string;
  /** The term as tsquery text, with its prefix mark and weights. */
  text: string;
  prefix: boolean;
}

export interface ParsedQuery {
  /** The whole query, what a matching row's vector satisfies; runs joined by `&`. */
  text: string;
  /** The terms the index may be asked for, each a superset of the matches. */
  terms: QueryTerm[];
  /**
   * Whether all the terms together still find more than the query (a phrase of bigrams, whose
   * positions GIN does not keep; a weighted trigram, which has no weight): rows are checked.
   */
  phrase: boolean;
}

/**
 * A user's query as tsquery, its runs joined by `&`. A CJK run of two characters is its bigram; of
 * three, its trigram (with weights: its bigrams' phrase); of more, its bigrams joined by `<->`, for
 * which the index is asked for its trigrams. A single CJK character or a Latin/digit word matches
 * as a prefix. Returns null when nothing is searchable.
 */
export function parseSearchQuery(query: string, weights = ''): ParsedQuery | null {
  const parts: string[] = [];
  const terms: QueryTerm[] = [];
  let phrase = false;
  const term = (lexeme: string, prefix: boolean): QueryTerm => {
    const text = prefix ? `${quote(lexeme)}:*${weights}` : `${quote(lexeme)}${weights ? `:${weights}` : ''}`;
    const result = { lexeme, text, prefix };
    terms.push(result);
    return result;
  };
  const bigramPhrase = (run: string) =>
    cjkGrams(run)
      .map((g) => `${quote(g)}${weights ? `:${weights}` : ''}`)
      .join(' <-> ');
  for (const run of runs(query)) {
    const chars = [...run.value];
    if (run.kind !== 'cjk' || chars.length === 1) parts.push(term(run.value, true).text);
    else if (chars.length === 2) parts.push(term(run.value, false).text);
    else {
      // Trigrams have no positions and no weights: the index is asked for them unweighted.
      const trigrams = cjkTrigrams(run.value).map((g) => ({ lexeme: g, text: quote(g), prefix: false }));
      terms.push(...trigrams);
      const alone = chars.length === 3 && !weights;
      phrase ||= !alone;
      parts.push(alone ? trigrams[0]!.text : bigramPhrase(run.value));
    }
  }
  return parts.length > 0 ? { text: parts.map((p) => `(${p})`).join(' & '), terms, phrase } : null;
}

/** The tsquery text for a user's query (parseSearchQuery). */
export function searchQueryText(query: string, weights = ''): string | null {
  return parseSearchQuery(query, weights)?.text ?? null;
}
