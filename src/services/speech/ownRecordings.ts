// The group's own recordings of spoken texts. A text the group has recorded plays from the
// recording instead of any synthetic voice (own recording → device voice → offline voice).
// The recordings of the open group are kept here as object URLs, so a tap can start one at once.

export interface RecordedText {
  readonly lang: string;
  readonly text: string;
}

/** The same words in the same language give the same key, wherever they are shown. */
export function recordingKey(texts: readonly RecordedText[]): string {
  const lang = (texts[0]?.lang ?? 'fi').trim().toLowerCase().split(/[-_]/)[0] ?? 'fi';
  const words = texts.map((t) => t.text.replace(/\s+/g, ' ').trim()).join(' ').trim();
  return `${lang}-${fnv1a(`${lang}\u0000${words}`)}`;
}

// FNV-1a over UTF-16 code units, two 32-bit halves with different seeds: short, stable, no crypto.
function fnv1a(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193 + 0x2e);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

let urls = new Map<string, string>();

/** Replaces the open group's recordings (key → audio file). Old object URLs are freed. */
export function setOwnRecordings(recordings: ReadonlyMap<string, Blob>): void {
  const previous = urls;
  urls = new Map(Array.from(recordings, ([key, blob]) => [key, URL.createObjectURL(blob)]));
  previous.forEach((url) => URL.revokeObjectURL(url));
}

/** The recording of exactly these sentences, as a URL to play, or null. */
export function ownRecordingFor(texts: readonly RecordedText[]): string | null {
  if (texts.length === 0) return null;
  return urls.get(recordingKey(texts)) ?? null;
}
