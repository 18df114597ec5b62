// Searching the support persons' library: every word typed must appear somewhere in the item's texts.
// Case and accents do not matter ("yhteiskehittaminen" finds "yhteiskehittäminen").

export const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fi');

/** True when every word of the query is found in the texts (an empty query matches everything). */
export function matchesQuery(texts: readonly string[], query: string): boolean {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalise(texts.join(' '));
  return words.every((word) => haystack.includes(word));
}
