// Meeting 10's rounds: the self-evaluation questions and the "Onnistuja!" praise round.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf, KindName } from '../../src/content/types';
import { View as PraiseView } from '../../src/kinds/praiseRound/View';
import { View as QuestionView } from '../../src/kinds/questionRound/View';
import { KindHarness, memberNamed, memoryMedia, SavedAnswers } from './harness';

const exercise = <K extends KindName>(id: string) => findExercise(id)!.exercise as ExerciseOf<K>;
const members = [memberNamed('Anna', 'avatar-cat'), memberNamed('Ben', 'avatar-dog'), memberNamed('Cai', 'avatar-fox')];
const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');

describe('Miten meillä meni? (question round)', () => {
  it('goes through the questions one at a time; each member or pair answers, then the group looks together', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={QuestionView} exercise={exercise<'questionRound'>('m10-self-evaluation')} members={members} saved={saved} media={memoryMedia()} />);
    expect(screen.getByText('Vastaat 6 kysymykseen yksin tai parin kanssa.')).toBeTruthy();
    tap('Aloita');
    await screen.findByText('Kysymys 1 / 6');
    expect(screen.getByText('Mitä sinä teit itse?')).toBeTruthy();

    // Anna answers alone: a face, a topic, her voice and a few words.
    tap(/^Anna/);
    await screen.findByRole('heading', { name: 'Anna, mitä sinä teit itse?' });
    // A face and a topic (two quick taps, faster than saving, are in quickTaps.test.tsx on the real path).
    tap('Hyvä mieli');
    tap('Kahvit');
    await waitFor(() => expect(saved.entries[0]?.data).toEqual({ face: 'good', topics: ['coffee'] }));
    expect(pressed('Hyvä mieli')).toBe('true');
    // Voice and words wait behind one button.
    expect(screen.queryByRole('button', { name: 'Nauhoita ääni' })).toBeNull();
    expect(pressed('Puhu tai kirjoita')).toBe('false');
    tap('Puhu tai kirjoita');
    expect(pressed('Puhu tai kirjoita')).toBe('true');
    tap('Nauhoita ääni');
    fireEvent.click(await screen.findByRole('button', { name: 'Lopeta nauhoitus' }));
    await screen.findByRole('button', { name: 'Kuuntele nauhoitus' });
    fireEvent.input(screen.getByLabelText('Kirjoita vastaus'), { target: { value: 'Keitin kahvit' } });
    tap('Tallenna teksti');
    await waitFor(() => expect(saved.entries[0]?.data).toMatchObject({ text: 'Keitin kahvit' }));
    // Closed again: the turn goes back to its start, Anna and the question.
    const turn = screen.getByRole('heading', { name: 'Anna, mitä sinä teit itse?' }).closest('.turn')!;
    const scrolled = vi.spyOn(turn, 'scrollIntoView');
    tap('Puhu tai kirjoita');
    await waitFor(() => expect(scrolled).toHaveBeenCalledWith({ block: 'start' }));
    tap('Valmis');

    // Ben answers with Cai as his pair; tapping Cai later opens the same answer.
    tap(/^Ben/);
    await screen.findByRole('heading', { name: 'Ben, mitä sinä teit itse?' });
    // Anna has answered already: she is not offered as a pair (her picture on top hands her the tablet).
    const pairs = screen.getByRole('region', { name: 'Vastaatko parin kanssa? Paina parisi kuvaa.' });
    expect(within(pairs).queryByRole('button', { name: /^Anna/ })).toBeNull();
    fireEvent.click(within(pairs).getByRole('button', { name: /^Cai/ }));
    await screen.findByRole('heading', { name: 'Ben ja Cai, mitä sinä teit itse?' });
    tap('Valokuvat');
    await waitFor(() => expect(pressed('Valokuvat')).toBe('true'));
    tap('Valmis');
    expect(await screen.findByRole('button', { name: /^Cai.*on vastannut/ })).toBeTruthy();
    tap(/^Cai/);
    await screen.findByRole('heading', { name: 'Ben ja Cai, mitä sinä teit itse?' });
    tap('Valmis');

    expect(saved.entries.map((e) => [e.key, e.data])).toEqual([
      ['what-i-did:anna', { face: 'good', topics: ['coffee'], voiceId: 'media-1', text: 'Keitin kahvit' }],
      ['what-i-did:ben', { pairId: 'cai', topics: ['photos'] }],
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Katsomme yhdessä' }));
    const anna = await screen.findByRole('article', { name: 'Anna' });
    for (const text of ['Hyvä mieli', 'Kahvit', 'Keitin kahvit']) expect(within(anna).getByText(text)).toBeTruthy();
    expect(within(anna).getByRole('button', { name: 'Kuuntele nauhoitus' })).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'Ben, Cai' })).getByText('Valokuvat')).toBeTruthy();

    tap('Seuraava kysymys');
    await screen.findByText('Kysymys 2 / 6');
    expect(screen.getByText('Mikä oli parasta?')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Anna.*ei ole vielä vastannut/ })).toBeTruthy();
  }, 20_000);

  it('ends with every answer on one page', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={QuestionView} exercise={exercise<'questionRound'>('m10-self-evaluation')} members={members} saved={saved} initialStep="differently-together" />);
    expect(screen.getByText('Kukaan ei ole vielä vastannut tähän kysymykseen.')).toBeTruthy();
    tap('Kaikki vastaukset');
    expect(await screen.findByRole('heading', { name: 'Mitä pitäisi ensi kerralla tehdä toisin?' })).toBeTruthy();
    expect(screen.getAllByText('Kukaan ei ole vielä vastannut tähän kysymykseen.')).toHaveLength(6);
    tap('Takaisin kysymyksiin');
    await screen.findByRole('button', { name: 'Aloita' });
  });
});

describe('Onnistuja! (praise round)', () => {
  it('praises the holder with ready and own praise cards; the holder may praise themself', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={PraiseView} exercise={exercise<'praiseRound'>('m10-praise')} members={members} saved={saved} />);
    tap(/^Anna/);
    await screen.findByRole('heading', { name: 'Onnistuja!' });

    tap(/^Ben/);
    await screen.findByRole('heading', { name: 'Ben, kehu onnistujaa. Onnistuja on Anna.' });
    expect(screen.getByText('Mitä hän teki erityisen hyvin?')).toBeTruthy();
    tap('Olit rohkea.');
    await waitFor(() => expect(pressed('Olit rohkea.')).toBe('true'));
    // Own words wait behind one button.
    expect(screen.queryByLabelText('Kirjoita oma kehu')).toBeNull();
    tap('Oma kehu');
    expect(pressed('Oma kehu')).toBe('true');
    fireEvent.input(screen.getByLabelText('Kirjoita oma kehu'), { target: { value: 'Kiitos kahveista' } });
    tap('Lisää');
    await waitFor(() => expect(saved.entries).toHaveLength(2));
    tap('Valmis');

    tap(/^Anna/);
    await screen.findByRole('heading', { name: 'Anna, kehu itseäsi.' });
    expect(screen.getByText('Mistä olet ylpeä tai iloinen?')).toBeTruthy();
    tap('Opin uusia asioita.');
    await waitFor(() => expect(pressed('Opin uusia asioita.')).toBe('true'));
    tap('Valmis');

    const received = await screen.findByRole('region', { name: 'Anna sai nämä kehut' });
    expect(within(received).getByText('Olit rohkea.')).toBeTruthy();
    expect(within(received).getByText('Kiitos kahveista')).toBeTruthy();
    expect(within(received).getAllByText('Ben kehui')).toHaveLength(2);
    expect(within(received).getByText('Anna kehui itseään')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Ben.*on kehunut/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Cai.*ei ole vielä kehunut/ })).toBeTruthy();
    const own = saved.entries.find((e) => 'text' in (e.data as object))!;
    expect(saved.entries.map((e) => [e.key, e.data])).toEqual([
      ['anna:ben:brave', { holderId: 'anna', giverId: 'ben', praiseId: 'brave', createdAt: expect.any(Number) }],
      [own.key, { holderId: 'anna', giverId: 'ben', text: 'Kiitos kahveista', createdAt: expect.any(Number) }],
      ['anna:anna:learned', { holderId: 'anna', giverId: 'anna', praiseId: 'learned', createdAt: expect.any(Number) }],
    ]);

    // Ben taps his ready praise again: it is taken back.
    tap(/^Ben/);
    fireEvent.click(await screen.findByRole('button', { name: 'Olit rohkea.' }));
    await waitFor(() => expect(saved.entries.map((e) => e.key)).not.toContain('anna:ben:brave'));
    tap('Valmis');

    tap('Uusi onnistuja');
    expect(await screen.findByRole('button', { name: /^Anna.*2 kehua/ })).toBeTruthy();
    tap('Kaikkien kehut');
    const annasPraise = await screen.findByRole('region', { name: 'Anna' });
    expect(within(annasPraise).getByText('Kiitos kahveista')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Ben' })).getByText('Ei vielä kehuja.')).toBeTruthy();
  });
});
