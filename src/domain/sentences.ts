/**
 * Splits a text into sentences for reading aloud one at a time (and highlighting each).
 * A sentence ends at . ! ? or … followed by a space, or at a line break.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?…])\s+(?=\S)/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
