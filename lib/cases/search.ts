// Full-text search over a case's subject and body, in Bulgarian, Turkish and English
// alike: Case."searchVector" is to_tsvector('simple', …) over lower-cased text with the
// Turkish dotless ı folded to i (a generated column with a GIN index, migration
// staff_cases). 'simple' does no stemming — no dictionary serves all three languages —
// so every word is matched as a prefix: "лампа" finds "лампата", "sokak" finds
// "sokağındaki"'s stem only up to where the spelling changes. No accent folding: "sikayet"
// does not find "şikayet".
import type { PrismaClient } from "@/lib/db/generated/client";

/** At most this many words of a query are used. */
const MAX_TERMS = 8;

/** The query's words, folded the way the stored vector is (lower case, İ/I/ı → i). */
export function searchTerms(query: string): string[] {
  const folded = query.replace(/İ/g, "i").toLowerCase().replace(/ı/g, "i");
  const words = folded.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** tsquery text: every word, each as a prefix. The words hold letters and digits only. */
export function toPrefixQuery(terms: string[]): string {
  return terms.map((t) => `${t}:*`).join(" & ");
}

/** Cases whose subject and body contain every word (as a prefix), at most `limit` ids. */
export async function matchingCaseIds(db: Pick<PrismaClient, "$queryRaw">, terms: string[], limit = 10_000): Promise<string[]> {
  if (terms.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Case" WHERE "searchVector" @@ to_tsquery('simple', ${toPrefixQuery(terms)}) LIMIT ${limit}`;
  return rows.map((r) => r.id);
}
