import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/domain/sentences';
import { normaliseLang, pickVoice, type VoiceLike } from '../../src/services/speech/voices';

const voice = (lang: string, name: string, localService = true, isDefault = false): VoiceLike => ({
  lang,
  name,
  localService,
  default: isDefault,
});

describe('sentences', () => {
  it('splits on sentence ends and line breaks and keeps the punctuation', () => {
    expect(splitSentences('Hei! Mitä kuuluu? Hyvää.\nKiitos')).toEqual(['Hei!', 'Mitä kuuluu?', 'Hyvää.', 'Kiitos']);
  });
  it('does not split inside numbers, dates, times or after an ordinal', () => {
    expect(splitSentences('Tapaaminen on 3.12. kello 13.30 kirjastossa.')).toEqual(['Tapaaminen on 3.12. kello 13.30 kirjastossa.']);
    expect(splitSentences('2. Minä ja me')).toEqual(['2. Minä ja me']);
    expect(splitSentences('Tapaamme 10 kertaa. Yksi kerta kestää 2 tuntia.')).toEqual(['Tapaamme 10 kertaa.', 'Yksi kerta kestää 2 tuntia.']);
  });
  it('gives nothing for empty text', () => {
    expect(splitSentences('  \n ')).toEqual([]);
  });
});

describe('voices', () => {
  it('normalises Android-style language tags', () => {
    expect(normaliseLang('fi_FI')).toBe('fi-fi');
  });
  it('finds a Finnish voice written as fi_FI and prefers voices on the device', () => {
    const voices = [voice('en-US', 'English', true, true), voice('fi-FI', 'Network Finnish', false), voice('fi_FI', 'Satu')];
    expect(pickVoice(voices, 'fi')?.name).toBe('Satu');
  });
  it('says plainly when there is no voice for the language', () => {
    expect(pickVoice([voice('en-GB', 'Daniel')], 'sv')).toBeNull();
    expect(pickVoice([], 'fi')).toBeNull();
  });
});
