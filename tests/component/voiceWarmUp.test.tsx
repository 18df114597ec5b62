// The app's own voice is made ready ahead of the first tap when it is the voice that will read: the
// engine loads (a short word is made and thrown away) at a quiet moment after start, and never on a
// tablet with a device voice for the language.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { warmUpVoiceWhenIdle } from '../../src/services/speech/speech';
import { saveSetting, settingsStore } from '../../src/state/settingsStore';
import { fakeVoice, installSynth } from './speechFakes';

const finnishVoice = { lang: 'fi-FI', name: 'Satu', localService: true, default: true };

describe('the offline voice made ready before the first tap', () => {
  let stopWatching: (() => void) | null = null;
  beforeEach(() => {
    vi.useFakeTimers();
    document.documentElement.lang = 'fi';
    settingsStore.setState({ voiceSource: 'device' });
  });
  afterEach(() => {
    stopWatching?.();
    vi.useRealTimers();
    settingsStore.setState({ voiceSource: 'device' });
  });

  it('loads the engine and the language a moment after start when the device has no voice for it', async () => {
    installSynth();
    const said = fakeVoice();
    stopWatching = warmUpVoiceWhenIdle();
    await vi.advanceTimersByTimeAsync(1000);
    expect(said).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(said).toEqual([expect.stringMatching(/^fi:a@\d+$/)]));
  });

  it('loads nothing on a tablet with a device voice, until "Porukan oma ääni" is chosen', async () => {
    const { voices } = installSynth();
    voices.push(finnishVoice);
    const said = fakeVoice();
    stopWatching = warmUpVoiceWhenIdle();
    await vi.advanceTimersByTimeAsync(5000);
    expect(said).toEqual([]);
    saveSetting({ voiceSource: 'own' });
    await vi.advanceTimersByTimeAsync(2000);
    await vi.waitFor(() => expect(said).toEqual([expect.stringMatching(/^fi:a@\d+$/)]));
  });

  it('makes ready the language chosen later, when the device has no voice for it', async () => {
    const { voices } = installSynth();
    voices.push(finnishVoice);
    const said = fakeVoice();
    stopWatching = warmUpVoiceWhenIdle();
    await vi.advanceTimersByTimeAsync(2000);
    expect(said).toEqual([]);
    document.documentElement.lang = 'sv';
    settingsStore.setState({ language: 'sv' });
    await vi.advanceTimersByTimeAsync(2000);
    await vi.waitFor(() => expect(said).toEqual([expect.stringMatching(/^sv:a@\d+$/)]));
    settingsStore.setState({ language: 'fi' });
  });
});
