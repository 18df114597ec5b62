// Which voice reads: the group's own recording first, then the device's voice, then the app's own
// offline voice (eSpeak NG). Pure, so it is tested without a browser.

export type VoiceSource = 'recording' | 'device' | 'offline';

export interface VoiceChoiceInput {
  // (Short names: they are in the initial JavaScript, where a minifier cannot shorten them.)
  /** The group has recorded exactly these sentences. */
  readonly recorded: boolean;
  /** A support person chose "Porukan oma ääni" in the settings. */
  readonly own: boolean;
  /** The screen's language ("fi"). */
  readonly page: string;
  /**
   * Each sentence's language and whether the device has a voice for it (none before the device has
   * told its voices: Chrome fills the list late, headless Chromium never).
   */
  readonly sentences: readonly { readonly lang: string; readonly voice: boolean }[];
}

const base = (lang: string): string => lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The device reads only when it has a voice for every sentence in the screen's language (a single
 * word in another language, such as a language's name, it may skip as before) and for at least one
 * sentence. Otherwise the offline voice reads all of it, in each sentence's own language (it speaks
 * Finnish, Swedish and English).
 */
export function chooseVoiceSource(input: VoiceChoiceInput): VoiceSource {
  if (input.recorded) return 'recording';
  if (input.own) return 'offline';
  const page = base(input.page);
  const deviceCan =
    input.sentences.some((s) => s.voice) && input.sentences.every((s) => s.voice || base(s.lang) !== page);
  return deviceCan ? 'device' : 'offline';
}
