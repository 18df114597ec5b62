// Who reads: the group's own recording → the device's voice → the app's own offline voice.
import { describe, expect, it } from 'vitest';
import { chooseVoiceSource, type VoiceChoiceInput } from '../../src/services/speech/voicePriority';
import { wordsPerMinute } from '../../src/services/speech/offline/offlineVoice';
import { speechRates } from '../../src/services/speech/voices';

const finnish = (voice: boolean) => ({ lang: 'fi', voice });
const choice = (change: Partial<VoiceChoiceInput>): VoiceChoiceInput => ({
  recorded: false,
  own: false,
  page: 'fi',
  sentences: [finnish(true), finnish(true)],
  ...change,
});

describe('voice priority', () => {
  it('plays the group\'s own recording before any voice, even when the own voice is chosen', () => {
    expect(chooseVoiceSource(choice({ recorded: true }))).toBe('recording');
    expect(chooseVoiceSource(choice({ recorded: true, own: true, sentences: [finnish(false)] }))).toBe('recording');
  });

  it('uses the device voice when it has one for the language', () => {
    expect(chooseVoiceSource(choice({}))).toBe('device');
    expect(chooseVoiceSource(choice({ page: 'fi-FI', sentences: [{ lang: 'fi_FI', voice: true }] }))).toBe('device');
  });

  it('uses the offline voice when a support person chose "Porukan oma ääni"', () => {
    expect(chooseVoiceSource(choice({ own: true }))).toBe('offline');
  });

  it('uses the offline voice when the device has no voice for the screen\'s language, or has told no voices yet', () => {
    expect(chooseVoiceSource(choice({ sentences: [finnish(false), finnish(false)] }))).toBe('offline');
    expect(chooseVoiceSource(choice({ sentences: [finnish(true), finnish(false)] }))).toBe('offline');
    expect(chooseVoiceSource(choice({ sentences: [] }))).toBe('offline');
  });

  it('keeps the device voice when only a word in another language (a language\'s name) has no voice', () => {
    expect(chooseVoiceSource(choice({ sentences: [finnish(true), { lang: 'sv', voice: false }] }))).toBe('device');
    // Only Swedish asked for and no Swedish voice: the offline voice speaks it.
    expect(chooseVoiceSource(choice({ sentences: [{ lang: 'sv', voice: false }] }))).toBe('offline');
  });

  it('maps the rate setting to eSpeak NG words per minute, slow slower than fast', () => {
    const [slow, normal, fast] = [speechRates.slow, speechRates.normal, speechRates.fast].map(wordsPerMinute);
    expect(slow).toBeLessThan(normal!);
    expect(normal).toBeLessThan(fast!);
    expect(slow).toBeGreaterThanOrEqual(100);
    expect(fast).toBeLessThanOrEqual(200);
  });
});
