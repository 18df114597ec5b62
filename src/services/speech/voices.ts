// Choosing a voice for a language. Pure, so it is tested without a browser.

export interface VoiceLike {
  readonly lang: string;
  readonly localService: boolean;
  readonly default: boolean;
  readonly name: string;
}

/** "fi_FI", "FI-fi", "fi" → "fi-fi" / "fi". Some Android voices use an underscore. */
export const normaliseLang = (lang: string): string => lang.trim().replace(/_/g, '-').toLowerCase();

const score = (voice: VoiceLike): number => (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);

/**
 * The best voice for a language ("fi", "sv", "en"): a voice on the device first (it works offline),
 * then a network voice; the platform's default voice wins a tie.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], language: string, preferredName: string | null = null): V | null {
  const matching = voicesFor(voices, language);
  // The voice a support person chose in the settings, while the device still has it.
  const preferred = matching.find((voice) => voice.name === preferredName);
  if (preferred) return preferred;
  return matching.reduce<V | null>((best, voice) => (best === null || score(voice) > score(best) ? voice : best), null);
}

/** The device's voices that speak a language ("fi" matches "fi-FI" and "fi_FI"). */
export function voicesFor<V extends VoiceLike>(voices: readonly V[], language: string): V[] {
  const wanted = normaliseLang(language).split('-')[0] ?? '';
  return voices.filter((voice) => normaliseLang(voice.lang).split('-')[0] === wanted);
}

export const speechRates = { slow: 0.75, normal: 0.95, fast: 1.15 } as const;
