// "Meidän työt" through the app's own screen, the repositories and the database (in memory): a memo's
// job and a partner agreement's job are listed with who does them; "Valmis" ticks one done (its own
// answer of the group, the memo untouched) and undo opens it again; the next check-in reads the open one.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { GroupGate } from '../../src/app/parts/GroupGate';
import { KindHost } from '../../src/app/parts/KindHost';
import { TodosScreen } from '../../src/app/todos/TodosScreen';
import { findExercise } from '../../src/content/lookup';
import { newMemo } from '../../src/kinds/memo/model';
import { useDatabase } from '../../src/storage/db';
import { listExerciseEntries, putEntries } from '../../src/storage/repositories/entries';
import { createGroup } from '../../src/storage/repositories/groups';
import { addPerson } from '../../src/storage/repositories/people';

async function seed() {
  useDatabase(`todos-${Math.random()}`);
  const group = await createGroup({ name: 'Tiistaiporukka', place: 'Asukastila' });
  const anna = await addPerson(group.id, { name: 'Anna', colour: 'blue', avatar: 'avatar-cat', role: 'participant' });
  const ben = await addPerson(group.id, { name: 'Ben', colour: 'red', avatar: 'avatar-dog', role: 'participant' });
  const at = (meetingId: 'm05' | 'm07' | 'group', exerciseId: string, type: string, key: string) => ({ groupId: group.id, meetingId, exerciseId, type, key });
  const memo = { ...newMemo('2026-11-03', 1), topic: 'Kahvila', tasks: [{ text: 'Soitan kahvilaan', personIds: [anna.id] }] };
  const partner = { name: 'Kahvila Kulma', organisation: '', offers: '', phone: '', email: '', ways: [], meetingIds: [], tasks: '', createdAt: 1 };
  const agreement = { where: '', when: '', tasks: [{ id: 't1', text: 'Leivomme pullaa', memberIds: [ben.id], byPartner: true }], money: { isNeeded: null, amount: '', source: '' } };
  await putEntries([
    { address: at('m05', 'm05-memo', 'memo', 'memo1'), data: memo },
    { address: at('group', 'partners', 'partner', 'cafe'), data: partner },
    { address: at('m07', 'm07-agreement', 'agreement', 'cafe'), data: agreement },
  ]);
  return { group, memo };
}

const rowOf = (text: string) => screen.getByText((_, el) => el?.classList.contains('todo-row__text') === true && el.textContent === text).closest<HTMLElement>('.todo-row')!;
const sectionOf = (row: HTMLElement) => row.closest('section')?.querySelector('h2')?.textContent;

describe('our jobs', () => {
  it('lists the memo’s and the agreement’s jobs; "Valmis" ticks one done and undo opens it again', async () => {
    const { group, memo } = await seed();
    render(
      <GroupGate route={{ name: 'todos', groupId: group.id }} groupId={group.id}>
        <TodosScreen route={{ name: 'todos', groupId: group.id }} groupId={group.id} />
      </GroupGate>,
    );
    await screen.findByText('Anna: Soitan kahvilaan');
    const agreed = rowOf('Ben ja Kahvila Kulma: Leivomme pullaa');
    expect(agreed.textContent).toContain('Sovimme kumppanin kanssa: Kahvila Kulma, Tapaaminen 7');
    expect(rowOf('Anna: Soitan kahvilaan').textContent).toContain('Muistio: Kahvila, Tapaaminen 5, tiistaina 3.11.2026');
    expect(sectionOf(rowOf('Anna: Soitan kahvilaan'))).toContain('Vielä tekemättä');

    fireEvent.click(within(rowOf('Anna: Soitan kahvilaan')).getByRole('button', { name: 'Valmis' }));
    await waitFor(() => expect(sectionOf(rowOf('Anna: Soitan kahvilaan'))).toContain('Valmiit työt'));
    expect(within(rowOf('Anna: Soitan kahvilaan')).getByRole('button', { name: 'Valmis' }).getAttribute('aria-pressed')).toBe('true');
    expect(sectionOf(agreed)).toContain('Vielä tekemättä');
    expect(await screen.findByText('Työ on valmis.')).toBeTruthy();
    // The tick is its own answer of the group; the memo stays as it was.
    const ticks = await listExerciseEntries(group.id, 'todos');
    expect(ticks).toEqual([expect.objectContaining({ id: `${group.id}/todos/done/memo:memo1:0`, meetingId: 'group', type: 'done', data: { done: true } })]);
    expect((await listExerciseEntries(group.id, 'm05-memo'))[0]?.data).toEqual(memo);

    fireEvent.click(screen.getByRole('button', { name: 'Peru' }));
    await waitFor(() => expect(sectionOf(rowOf('Anna: Soitan kahvilaan'))).toContain('Vielä tekemättä'));
    expect((await listExerciseEntries(group.id, 'todos'))[0]?.data).toEqual({ done: false });
  });

  it('the next meeting’s check-in reads the open jobs of earlier meetings, not the ones done', async () => {
    const { group } = await seed();
    await putEntries([{ address: { groupId: group.id, meetingId: 'group', exerciseId: 'todos', type: 'done', key: 'memo:memo1:0' }, data: { done: true } }]);
    const checkIn = findExercise('m08-check-in')!;
    render(<KindHost groupId={group.id} scope="m08" exercise={checkIn.exercise} step={null} onStep={() => undefined} />);
    const recap = (await screen.findByText('Viime kerralla sovimme:')).closest<HTMLElement>('.todo-recap')!;
    await waitFor(() => expect(recap.textContent).toContain('Ben ja Kahvila Kulma: Leivomme pullaa'));
    expect(recap.textContent).not.toContain('Soitan kahvilaan');
    expect(within(recap).queryByRole('button', { name: 'Valmis' })).toBeNull();
  });

  it('a check-in before any job was agreed shows no recap', async () => {
    const { group } = await seed();
    render(<KindHost groupId={group.id} scope="m05" exercise={findExercise('m05-check-in')!.exercise} step={null} onStep={() => undefined} />);
    await screen.findByText('Mitä sinulle kuuluu tänään?');
    expect(screen.queryByText('Viime kerralla sovimme:')).toBeNull();
  });

  it('in the self-evaluation, “Mitä teit itse?” shows each member the jobs they ticked done', async () => {
    const { group } = await seed();
    await putEntries([{ address: { groupId: group.id, meetingId: 'group', exerciseId: 'todos', type: 'done', key: 'memo:memo1:0' }, data: { done: true } }]);
    const evaluation = findExercise('m10-self-evaluation')!;
    render(<KindHost groupId={group.id} scope="m10" exercise={evaluation.exercise} step="what-i-did" onStep={() => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: /^Anna/ }));
    await screen.findByRole('heading', { name: 'Anna, mitä sinä teit itse?' });
    const jobs = (await screen.findByText('Nämä työt teit:')).closest<HTMLElement>('.jobs-done')!;
    expect(jobs.textContent).toContain('Soitan kahvilaan');
    expect(jobs.textContent).not.toContain('Leivomme pullaa');
  });
});
