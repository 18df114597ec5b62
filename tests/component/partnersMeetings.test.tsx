// Meetings 6–7: the elevator pitch (with pair practice) and the agreements with partners.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf, KindName } from '../../src/content/types';
import { View as AgreementView } from '../../src/kinds/agreement/View';
import { View as PitchView } from '../../src/kinds/pitchBuilder/View';
import { KindHarness, memberNamed, memoryMedia, SavedAnswers } from './harness';
import { goal, partner, planCard } from './partnerSources';

const exercise = <K extends KindName>(id: string) => findExercise(id)!.exercise as ExerciseOf<K>;
const members = [memberNamed('Anna', 'avatar-cat'), memberNamed('Ben', 'avatar-dog')];
const speaker = planCard('k1', { sectionId: 'tools', questionId: 'need', text: 'Kaiutin', missing: true });

describe('Hissipuhe (pitch builder)', () => {
  it('takes suggestions from the members, the goal and the plan, reads the whole pitch and practises it in pairs', async () => {
    const saved = new SavedAnswers();
    const readAloud = vi.fn<(root: Element) => void>();
    render(
      <KindHarness View={PitchView} exercise={exercise<'pitchBuilder'>('m06-pitch')} members={members} saved={saved} sources={[goal, speaker]} media={memoryMedia()} speech={{ readAloud, sayTapped: () => undefined, sayTurn: () => undefined, currentSentence: null, isSpeaking: false }} />,
    );
    fireEvent.click(screen.getByRole('button', { name: /1\. Keitä olemme\?/ }));
    expect(await screen.findByText('Olemme porukka.')).toBeTruthy();
    expect(screen.getByText('Meitä ovat Anna ja Ben.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Käytä ehdotusta' }));
    await waitFor(() => expect(saved.entries.find((e) => e.key === 'who')?.data).toEqual({ text: 'Olemme porukka. Meitä ovat Anna ja Ben.' }));
    expect(screen.queryByRole('button', { name: 'Käytä ehdotusta' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Seuraava kysymys' }));
    expect(await screen.findByText('Haluamme tehdä tämän: Tanssi-ilta kaikille.')).toBeTruthy();
    expect(screen.getByText('Puistossa.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Käytä ehdotusta' }));
    await waitFor(() => expect(saved.entries.find((e) => e.key === 'what')?.data).toEqual({ text: 'Haluamme tehdä tämän: Tanssi-ilta kaikille. Puistossa.' }));
    fireEvent.click(screen.getByRole('button', { name: 'Seuraava kysymys' }));
    fireEvent.input(await screen.findByLabelText('Kirjoita vastaus'), { target: { value: 'Kukaan ei jää yksin.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna vastaus' }));
    await waitFor(() => expect(saved.entries.find((e) => e.key === 'why')?.data).toEqual({ text: 'Kukaan ei jää yksin.' }));
    fireEvent.click(screen.getByRole('button', { name: 'Seuraava kysymys' }));
    expect(await screen.findByText('Meiltä puuttuu vielä: Kaiutin.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Nauhoita ääni' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Lopeta nauhoitus' }));
    await waitFor(() => expect(saved.entries.find((e) => e.key === 'help')?.data).toEqual({ voiceId: 'media-1' }));

    fireEvent.click(screen.getByRole('button', { name: 'Katso koko puhe' }));
    await screen.findByRole('heading', { name: 'Meidän hissipuhe' });
    expect(screen.getByText('Vastaus on ääniviestinä.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kuuntele koko puhe' }));
    const read = (readAloud.mock.calls[0]![0] as Element).textContent ?? '';
    expect(read).toContain('Meitä ovat Anna ja Ben.');
    expect(read).toContain('Tanssi-ilta kaikille');
    expect(read).toContain('Kukaan ei jää yksin.');
    expect(screen.getByRole('button', { name: 'Kuuntele nauhoitus' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Harjoittelemme pareittain' }));
    await screen.findByRole('heading', { name: 'Kysyjän vuoro' });
    expect(screen.getByText('Keitä olemme?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Vastaajan vuoro' }));
    await screen.findByRole('heading', { name: 'Vastaajan vuoro' });
    expect(screen.getByText('Muistilappu')).toBeTruthy();
    expect(screen.getByText('Meitä ovat Anna ja Ben.')).toBeTruthy();
    for (let n = 0; n < 3; n += 1) {
      fireEvent.click(screen.getByRole('button', { name: 'Seuraava kysymys' }));
      fireEvent.click(await screen.findByRole('button', { name: 'Vastaajan vuoro' }));
      await screen.findByRole('heading', { name: 'Vastaajan vuoro' });
    }
    fireEvent.click(screen.getByRole('button', { name: 'Valmis' }));
    expect(await screen.findByText('Muistamme kiittää kuuntelijaa.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Takaisin kysymyksiin' }));
    expect(await screen.findAllByText('Vastaus on valmis')).toHaveLength(4);
  });
});

describe('Sovimme kumppanin kanssa (agreement)', () => {
  const agreement = exercise<'agreement'>('m07-agreement');

  it('says plainly when there are no partners, and links to the partner list', () => {
    render(<KindHarness View={AgreementView} exercise={agreement} members={members} saved={new SavedAnswers()} />);
    expect(screen.getByText('Porukalla ei ole vielä kumppaneita.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kumppanilista' }).getAttribute('href')).toBe('#/g/g/partners');
  });

  it('agrees where, when, tasks with who does them and money, one agreement per partner', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={AgreementView} exercise={agreement} members={members} saved={saved} sources={[partner('pa1', 'Liisa'), partner('pa2', 'Matti', 2)]} isSupport />);
    fireEvent.click(screen.getByRole('button', { name: /^Liisa/ }));
    await screen.findByRole('heading', { name: 'Mitä sovimme kumppanin Liisa kanssa?' });
    fireEvent.input(screen.getByLabelText('Missä teemme tämän?'), { target: { value: 'Kirjaston kerhohuone' } });
    fireEvent.input(screen.getByLabelText('Milloin teemme tämän?'), { target: { value: 'Lauantaina kello 12' } });
    fireEvent.input(screen.getByLabelText('Uusi työ'), { target: { value: 'Kahvin keittäminen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää työ' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Anna Kahvin keittäminen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Liisa Kahvin keittäminen' }));
    await screen.findByRole('button', { name: 'Liisa Kahvin keittäminen', pressed: true });
    fireEvent.click(screen.getByRole('button', { name: 'Kyllä, tarvitsemme rahaa' }));
    fireEvent.input(await screen.findByLabelText('Kuinka paljon rahaa tarvitsemme?'), { target: { value: '50 euroa' } });
    fireEvent.input(screen.getByLabelText('Mistä saamme rahaa?'), { target: { value: 'Asukasyhdistys' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna sopimus' }));

    const card = await screen.findByRole('article', { name: 'Liisa' });
    expect(within(card).getByText('Missä: Kirjaston kerhohuone')).toBeTruthy();
    expect(within(card).getByText('Tekijät: Anna ja Liisa.')).toBeTruthy();
    expect(within(card).getByText('Saamme rahaa täältä: Asukasyhdistys.')).toBeTruthy();
    await waitFor(() => expect(saved.entries.map((e) => [e.type, e.key])).toEqual([['agreement', 'pa1']]));
    expect(saved.entries[0]?.data).toMatchObject({
      where: 'Kirjaston kerhohuone',
      tasks: [{ text: 'Kahvin keittäminen', memberIds: ['anna'], byPartner: true }],
      money: { isNeeded: true, amount: '50 euroa', source: 'Asukasyhdistys' },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Takaisin kumppaneihin' }));
    expect(await screen.findByText('Sovimme tästä')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Matti/ }));
    expect(((await screen.findByLabelText('Missä teemme tämän?')) as HTMLInputElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Ei, emme tarvitse rahaa' }));
    await waitFor(() => expect(saved.entries.map((e) => e.key).sort()).toEqual(['pa1', 'pa2']));
  });
});
