/**
 * Splits a text into sentences for reading aloud one at a time (and highlighting each).
 * A sentence ends at . ! ? or … followed by a space and a capital letter, or at a line break.
 * A full stop right after a digit is an ordinal or a date ("2. Minä ja me", "3.12. Tiistaina"), not an end.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[!?…]|[^\d.]\.)\s+(?=[\p{Lu}"“”'‘’«»])/u))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
