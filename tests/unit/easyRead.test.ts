import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { audienceOf, checkText, inScope, isPassive, negativePassives, run, sentences, silenced } from '../../scripts/check-easy-read.mjs';

const locales = fileURLToPath(new URL('../../locales/', import.meta.url));
const glossary = JSON.parse(readFileSync(`${locales}glossary.json`, 'utf8')) as { concepts: unknown[] };
const rules = (text: string, lng = 'fi') => checkText(text, { lng, glossary }).map((f) => f.rule);

describe('easy-read check', () => {
  it('fails a passive sentence and passes the same said with "me"', () => {
    expect(rules('Mistä puhuttiin?')).toEqual(['passive']);
    expect(rules('Kortti poistettiin.')).toEqual(['passive']);
    expect(rules('Tehty')).toEqual(['passive']);
    expect(rules('Mistä puhuimme?')).toEqual([]);
    expect(rules('Poistit kortin.')).toEqual([]);
  });

  it('keeps words that only end like a passive out of the passive rule', () => {
    for (const word of ['vastaan', 'uudestaan', 'mitään', 'kotiin', 'kumppanilistaan', 'toiveistaan', 'tuttu', 'muuttua', 'Kettu', 'tavallaan']) {
      expect(isPassive(word), word).toBe(false);
    }
    for (const word of ['tehdään', 'Jutellaan', 'pidettiinkö', 'sovittu', 'Tallennettu', 'kirjoitetut']) expect(isPassive(word), word).toBe(true);
  });

  it('fails a negative passive and a "not" with nobody doing it (strings the app had), not an active "not"', () => {
    // Texts the app had before they were rewritten: the passive after "ei" and the zero person.
    expect(rules('Tabletti lukittuu, kun sitä ei käytetä')).toEqual(['passive']);
    expect(rules('Mitään ei tuoda, ennen kuin painat Tuo tiedot.')).toEqual(['passive']);
    expect(rules('Kaveria ei tarvitse suudella.')).toEqual(['passive']);
    expect(rules('Voit myös piirtää. Ei tarvitse olla taiteilija.')).toEqual(['passive']);
    expect(rules('Kaikkea ei tarvitse osata tai tehdä itse.')).toEqual(['passive']);
    expect(rules('Saa kavereita, eikä tarvitse olla yksin kotona.')).toEqual(['passive']);
    expect(rules('Kuvaa ei voitu lukea.')).toEqual(['passive']);
    expect(negativePassives('Sitä ei tarvita. Tätä ei tehdä. Ei jutella nyt. Kaveria ei saa lyödä.')).toEqual(['ei tarvita', 'ei tehdä', 'ei jutella', 'ei saa lyödä']);
    // The same said with someone doing it, and active verbs and nouns after "ei" (from the app's texts).
    for (const text of [
      'Tabletti lukittuu, kun kukaan ei käytä sitä', 'Meidän ei tarvitse suudella kaveria.', 'Sinun ei tarvitse olla taiteilija.',
      'ei tee tätä', 'ei auta', 'Ei pisteitä', 'Ei töitä.', 'Hyvä tukihenkilö ei tee päätöksiä porukan puolesta.',
      'Emme kerro kaverin asioita muille.', 'Et voi perua tätä.', 'Kuva ei löytynyt.', 'Hän ei ota kuvaa.',
    ]) expect(rules(text), text).toEqual([]);
  });

  it('fails a sentence of 13 words and passes one of 12', () => {
    const twelve = 'Me menemme huomenna kahvilaan ja juomme siellä kahvia ja syömme pullaa yhdessä.';
    expect(rules(twelve)).toEqual([]);
    expect(rules(twelve.replace('Me menemme', 'Me kaikki menemme'))).toEqual(['sentence-length']);
  });

  it('fails more than 3 sentences in one text', () => {
    expect(rules('Hei. Tule mukaan. Juomme kahvia.')).toEqual([]);
    expect(rules('Hei. Tule mukaan. Juomme kahvia. Kiitos!')).toEqual(['sentence-count']);
    expect(sentences('{{name}}, mitä sinä osaat? Paina kuvia.')).toHaveLength(2);
  });

  it('fails numbers written as words, not other words that start alike', () => {
    expect(rules('Valitse yksi kortti.')).toEqual(['number-word']);
    expect(rules('Valitse 1 kortti.')).toEqual([]);
    expect(rules('Et ole yksin.')).toEqual([]);
    expect(rules('Kuuntele ensin.')).toEqual([]);
    expect(rules('Kysymme yksi asia kerrallaan.')).toEqual([]);
    expect(rules('Choose two cards.', 'en')).toEqual(['number-word']);
  });

  it('fails jargon and words against the glossary', () => {
    expect(rules('Kaupunkiliftaus')).toEqual(['jargon']);
    expect(rules('Paina ok.')).toEqual(['jargon']);
    expect(rules('Kirjoita PIN-koodi.')).toEqual(['jargon']);
    expect(rules('Gruppen träffas.', 'sv')).toEqual(['glossary']);
    expect(rules('Gänget träffas.', 'sv')).toEqual([]);
    expect(rules('Do the task.', 'en')).toEqual(['glossary']);
    expect(rules('Let us talk.', 'en')).toEqual(['glossary']);
    expect(rules("Let's talk.", 'en')).toEqual([]);
  });

  it('keeps "tehtävä" for the exercise and "työ" for a job (the job concept applies to job keys only)', () => {
    const at = (text: string, id: string, lng = 'fi') => checkText(text, { lng, glossary, id }).map((f) => f.rule);
    expect(at('Lisää tehtävä', 'common:taskTable.add')).toEqual(['glossary']);
    expect(at('Kuka tekee tehtävän?', 'common:agreement.newTask')).toEqual(['glossary']);
    expect(at('Jokainen tekee oman tehtävänsä.', 'content:meetings.m09.purpose')).toEqual(['glossary']);
    expect(at('Lisää työ', 'common:taskTable.add')).toEqual([]);
    expect(at('Lägg till en uppgift', 'common:memo.addTask', 'sv')).toEqual(['glossary']);
    expect(at('Lägg till en syssla', 'common:memo.addTask', 'sv')).toEqual([]);
    expect(at('Miltä tehtävä tuntui?', 'content:exercises.m03-lift-feelings.question')).toEqual([]);
    expect(at('Tehtävät', 'common:meeting.exercises')).toEqual([]);
    expect(inScope({ scope: { keyPattern: 'task|job', keys: ['help:exercise.agreement'] } }, 'help:exercise.agreement')).toBe(true);
    expect(inScope({ scope: { keyPattern: 'task|job' } }, 'common:meeting.exercises')).toBe(false);
    expect(inScope({}, 'common:meeting.exercises')).toBe(true);
  });

  it('checks support texts for social-work jargon only', () => {
    const support = (text: string) => checkText(text, { lng: 'fi', audience: 'support', glossary }).map((f) => f.rule);
    expect(support('Kirjoita PIN-koodi. Tiedosto tehdään nyt.')).toEqual([]);
    expect(support('Monitoimijainen verkosto auttaa.')).toEqual(['jargon']);
    const declaration = { support: { common: ['settings', 'lock.pin'], library: [''] } };
    expect(audienceOf('common', 'settings.title', declaration)).toBe('support');
    expect(audienceOf('common', 'settingsX', declaration)).toBe('participant');
    expect(audienceOf('common', 'lock.pinAgain', declaration)).toBe('participant');
    expect(audienceOf('library', 'methods.x.title', declaration)).toBe('support');
  });

  it('an exception silences exactly its key and rule', () => {
    const exceptions = [{ key: 'common:a.b', rule: 'passive', reason: 'test' }];
    expect(silenced(exceptions, 'fi', 'common:a.b', 'passive')).toBe(true);
    expect(silenced(exceptions, 'fi', 'common:a.b', 'jargon')).toBe(false);
    expect(silenced(exceptions, 'fi', 'common:a.bc', 'passive')).toBe(false);
    expect(silenced([{ lng: 'sv', key: 'common:a.b', rule: 'passive', reason: 'test' }], 'fi', 'common:a.b', 'passive')).toBe(false);
  });

  it('passes on the real locales, every exception with its reason', () => {
    const result = run(locales);
    expect(result.failures.map((f) => `${f.lng} ${f.id} [${f.rule}] ${f.detail}`)).toEqual([]);
    const exceptions = (JSON.parse(readFileSync(`${locales}easy-read-exceptions.json`, 'utf8')) as { exceptions: { reason: string }[] }).exceptions;
    for (const e of exceptions) expect(e.reason.length).toBeGreaterThan(10);
    expect(result.figures.fi!.strings).toBeGreaterThan(500);
  });
});
