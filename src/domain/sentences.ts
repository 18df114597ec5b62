/**
 * Splits a text into sentences for reading aloud one at a time (and highlighting each).
 * A sentence ends at . ! ? or … followed by a space and a capital letter (so "3.12. kello 13" stays
 * whole), or at a line break.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?…])\s+(?=[\p{Lu}"“”'‘’«»])/u))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
