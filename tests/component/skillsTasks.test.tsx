// Meeting 8's skills map and task table, and meeting 9's event-day list, as the group uses them.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf, KindName } from '../../src/content/types';
import type { Entry } from '../../src/domain/records';
import { View as SkillsView } from '../../src/kinds/skillsGrid/View';
import { hasWrite } from '../../src/kinds/skillsGrid/model';
import { View as EventDayView } from '../../src/kinds/taskChecklist/View';
import { View as TasksView } from '../../src/kinds/taskTable/View';
import { doerWrite, helperWrite, newTaskWrites } from '../../src/kinds/taskTable/model';
import type { AnswerWrite } from '../../src/kinds/types';
import { KindHarness, memberNamed, SavedAnswers } from './harness';

const exercise = <K extends KindName>(id: string) => findExercise(id)!.exercise as ExerciseOf<K>;
const members = [memberNamed('Anna', 'avatar-cat'), memberNamed('Ben', 'avatar-dog'), memberNamed('Cai', 'avatar-fox')];
const earlier = (exerciseId: string, writes: readonly AnswerWrite[]): Entry[] =>
  writes.map((w) => ({
    id: `g/${exerciseId}/${w.type}/${w.key}`, groupId: 'g', meetingId: 'm08', exerciseId, type: w.type, key: w.key, data: w.data,
    updatedAt: '2026-11-23T10:00:00.000Z_0000', deviceId: 'd', deleted: false,
  }));
/** Text shown through <Say>, which puts each sentence in its own span. */
const said = (text: string) => (_: string, el: Element | null) =>
  el !== null && el.textContent === text && el.children.length > 0 && [...el.children].every((c) => c.hasAttribute('data-sentence'));
const rowOf = (name: string) => screen.getByText(name, { selector: '.skill-map__name [data-sentence]' }).closest('li')!;
const keysOf = (saved: SavedAnswers, type: string) => saved.entries.filter((e) => e.type === type).map((e) => e.key);

describe('Vahvuus- ja taitokartta (skills grid)', () => {
  it('lets each member tap their strengths, add their own, and shows the group’s map', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={SkillsView} exercise={exercise<'skillsGrid'>('m08-skills')} members={members} saved={saved} />);
    expect(screen.getByText(said('Kuka valitsee? Paina omaa kuvaasi.'))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Anna/ }));
    const turn = await screen.findByRole('region', { name: 'Anna, mitä sinä osaat? Paina kuvia.' });
    // The strengths Anna taps take her colour.
    const tiles = within(turn).getByRole('group', { name: 'Anna, mitä sinä osaat? Paina kuvia.' });
    expect(tiles.style.getPropertyValue('--member-colour')).toBe('#1565c0');
    fireEvent.click(screen.getByRole('button', { name: 'Keittiötaidot' }));
    fireEvent.click(screen.getByRole('button', { name: 'Musiikki' }));
    await screen.findByRole('button', { name: 'Musiikki', pressed: true });
    fireEvent.click(screen.getByRole('button', { name: 'Musiikki' }));
    await screen.findByRole('button', { name: 'Musiikki', pressed: false });
    // An own strength waits behind the last tile: the field opens only when asked for.
    expect(screen.queryByLabelText('Jokin muu, mitä osaat')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Jokin muu', pressed: false }));
    fireEvent.input(await screen.findByLabelText('Jokin muu, mitä osaat'), { target: { value: 'Kukkien hoito' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää vahvuus' }));
    await screen.findByRole('button', { name: 'Kukkien hoito', pressed: true });
    expect(keysOf(saved, 'has')).toContain('kitchen:anna');
    expect(saved.entries.find((e) => e.key === 'music:anna')?.data).toEqual({ has: false });
    fireEvent.click(screen.getByRole('button', { name: 'Valmis' }));

    expect(await screen.findByRole('button', { name: 'Anna on valinnut 2 vahvuutta' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Ben/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Keittiötaidot' }));
    await screen.findByRole('button', { name: 'Keittiötaidot', pressed: true });
    fireEvent.click(screen.getByRole('button', { name: 'Valmis' }));

    fireEvent.click(await screen.findByRole('button', { name: 'Katso porukan kartta' }));
    await screen.findByRole('heading', { name: 'Porukan vahvuudet ja taidot' });
    expect(within(rowOf('Keittiötaidot')).getAllByText(/^(Anna|Ben)$/).map((n) => n.textContent)).toEqual(['Anna', 'Ben']);
    expect(within(rowOf('Kukkien hoito')).getByText('Anna')).toBeTruthy();
    expect(within(rowOf('Kirjoittaminen')).getByText('Ei vielä kenelläkään.')).toBeTruthy();
    expect(screen.queryAllByRole('button', { name: /^Poista/ })).toHaveLength(0);
  });

  it('lets a support person remove the group’s own strength', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={SkillsView} exercise={exercise<'skillsGrid'>('m08-skills')} members={members} saved={saved} initialStep="anna" isSupport />);
    fireEvent.click(screen.getByRole('button', { name: 'Jokin muu' }));
    fireEvent.input(await screen.findByLabelText('Jokin muu, mitä osaat'), { target: { value: 'Laulu' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää vahvuus' }));
    await screen.findByRole('button', { name: 'Laulu', pressed: true });
    fireEvent.click(screen.getByRole('button', { name: 'Valmis' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Katso porukan kartta' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Poista Laulu' }));
    await waitFor(() => expect(keysOf(saved, 'own')).toEqual([]));
    expect(screen.queryByText('Laulu')).toBeNull();
  });
});

describe('Työnjako (task table)', () => {
  const skills = earlier('m08-skills', [hasWrite('kitchen', 'ben', true), hasWrite('kitchen', 'cai', true), hasWrite('humour', 'cai', true)]);

  it('makes a ready task, suggests who has the skills it needs, and shows the task card', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={TasksView} exercise={exercise<'taskTable'>('m08-tasks')} members={members} saved={saved} sources={skills} />);
    expect(screen.getByText(said('Töitä ei ole vielä. Paina Lisää työ.'))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lisää työ' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Kahvitarjoilu' }));
    // The ready task brings the skill it usually needs; the group adds another.
    await screen.findByRole('button', { name: 'Keittiötaidot', pressed: true });
    fireEvent.click(screen.getByRole('button', { name: 'Huumorintaju' }));
    await screen.findByRole('button', { name: 'Huumorintaju', pressed: true });
    fireEvent.click(screen.getByRole('button', { name: 'Seuraava' }));

    const suggested = await screen.findByRole('region', { name: 'Ehdotus: he osaavat tätä' });
    expect(within(suggested).getAllByRole('button').map((b) => b.textContent)).toEqual([
      expect.stringMatching(/^Cai.*osaa: Keittiötaidot, Huumorintaju/),
      expect.stringMatching(/^Ben.*osaa: Keittiötaidot$/),
    ]);
    expect(within(screen.getByRole('region', { name: 'Muut' })).getByRole('button', { name: /^Anna/ })).toBeTruthy();
    fireEvent.click(within(suggested).getByRole('button', { name: /^Ben/ }));
    await screen.findByRole('button', { name: /^Ben tekee tämän/, pressed: true });
    fireEvent.click(screen.getByRole('button', { name: 'Seuraava' }));

    fireEvent.click(await screen.findByRole('button', { name: /^Anna/ }));
    await screen.findByRole('button', { name: /^Anna auttaa/, pressed: true });
    fireEvent.input(screen.getByLabelText('Mitä tukea tarvitsemme? Keneltä?'), { target: { value: 'Kahvila lainaa kupit.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await screen.findByText('Tallessa.');
    fireEvent.click(screen.getByRole('button', { name: 'Valmis' }));

    const card = await screen.findByRole('article', { name: 'Työ 1' });
    expect(within(card).getByText('Kahvitarjoilu', { selector: '[data-sentence]' })).toBeTruthy();
    expect(within(card).getByText('Keittiötaidot')).toBeTruthy();
    expect(within(card).getByText('Ben')).toBeTruthy();
    expect(within(card).getByText('Anna')).toBeTruthy();
    expect(within(card).getByText('Kahvila lainaa kupit.')).toBeTruthy();
    const [task] = saved.entries.filter((e) => e.type === 'task');
    expect(task?.data).toMatchObject({ suggestionId: 'coffee', support: 'Kahvila lainaa kupit.' });
    expect(keysOf(saved, 'doer')).toEqual([`${task!.key}:ben`]);
    expect(keysOf(saved, 'helper')).toEqual([`${task!.key}:anna`]);
  });

  it('writes a task, edits its words, and lets a support person remove it', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={TasksView} exercise={exercise<'taskTable'>('m08-tasks')} members={members} saved={saved} initialStep="new" isSupport />);
    fireEvent.input(screen.getByLabelText('Tai kirjoita työ'), { target: { value: 'Tuolit riviin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää työ' }));
    await screen.findByRole('heading', { name: 'Mitä taitoja työ tarvitsee? Paina kuvia.' });
    fireEvent.click(screen.getByRole('button', { name: '3. Kuka tekee' }));
    expect(await screen.findByText(said('Valitse ensin taidot. Silloin näet, kuka osaa niitä.'))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Takaisin työlistaan' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Muokkaa Tuolit riviin' }));
    const words = await screen.findByLabelText('Työ omin sanoin');
    fireEvent.input(words, { target: { value: 'Tuolit ja pöydät' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await screen.findByText('Tallessa.');
    fireEvent.click(screen.getByRole('button', { name: 'Takaisin työlistaan' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Poista Tuolit ja pöydät' }));
    await waitFor(() => expect(keysOf(saved, 'task')).toEqual([]));
    expect(await screen.findByText(said('Töitä ei ole vielä. Paina Lisää työ.'))).toBeTruthy();
  });
});

describe('Tapahtumapäivän työt (event-day list)', () => {
  const coffee = newTaskWrites({ suggestion: exercise<'taskTable'>('m08-tasks').config.suggestions.find((s) => s.id === 'coffee')! }, 1)!;
  const chairs = newTaskWrites({ text: 'Tuolit riviin' }, 2)!;
  const tasks = earlier('m08-tasks', [...coffee.writes, doerWrite(coffee.key, 'ben', true), helperWrite(coffee.key, 'anna', true), ...chairs.writes, doerWrite(chairs.key, 'cai', true)]);

  it('shows each task of the table with its people and ticks it done', async () => {
    const saved = new SavedAnswers();
    render(<KindHarness View={EventDayView} exercise={exercise<'taskChecklist'>('m09-event-day')} members={members} saved={saved} sources={tasks} />);
    const coffeeRow = screen.getByText('Kahvitarjoilu', { selector: '[data-sentence]' }).closest('li')!;
    expect(within(coffeeRow).getByText('Ben')).toBeTruthy();
    expect(within(coffeeRow).getByText('Anna')).toBeTruthy();
    expect(screen.getByText('0 / 2 valmiina')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Valmis Kahvitarjoilu' }));
    await screen.findByRole('button', { name: 'Valmis Kahvitarjoilu', pressed: true });
    expect(saved.entries.find((e) => e.type === 'tick')).toMatchObject({ key: coffee.key, data: { ticked: true } });
    expect(screen.queryByText(said('Kaikki työt ovat valmiita. Hienoa!'))).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Valmis Tuolit riviin' }));
    expect(await screen.findByText(said('Kaikki työt ovat valmiita. Hienoa!'))).toBeTruthy();
    await waitFor(() => expect(saved.entries.find((e) => e.type === 'status')?.data).toEqual({ allDone: true }));
  });

  it('says when the division of tasks is not made yet', () => {
    render(<KindHarness View={EventDayView} exercise={exercise<'taskChecklist'>('m09-event-day')} members={members} saved={new SavedAnswers()} />);
    expect(screen.getByText(said('Emme ole vielä jakaneet töitä. Jaamme ne tapaamisessa 8.'))).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Valmis/ })).toBeNull();
  });
});
