// "Yhtä mieltä?": turns, hidden votes shown together, and rules made one by one — through the app's
// own exercise host and the database (in memory), as on a tablet.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { KindHost } from '../../src/app/parts/KindHost';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import { View } from '../../src/kinds/statementVote/View';
import { runUndo, undoStore } from '../../src/state/undoStore';
import { useDatabase } from '../../src/storage/db';
import { listExerciseEntries } from '../../src/storage/repositories/entries';
import { createGroup } from '../../src/storage/repositories/groups';
import { setOpenVoting } from '../../src/storage/repositories/groupSettings';
import { addPerson } from '../../src/storage/repositories/people';
import { SpeechContext, type SpeechPort } from '../../src/ui/speechPort';
import { KindHarness, memberNamed, SavedAnswers } from './harness';

const exercise = findExercise('m02-agree')!.exercise as ExerciseOf<'statementVote'>;
const yes = /^Kyllä, olen samaa mieltä/;
const no = /^Ei, olen eri mieltä/;

let run = 0;
/** A group with these members on a fresh database; the vote drawn by the app's exercise host. */
async function groupVoting(names: readonly string[], { openVoting = false, step = null as string | null } = {}) {
  useDatabase(`statement-vote-${(run += 1)}`);
  const group = await createGroup({ name: 'Tiistaiporukka', place: '' });
  for (const name of names) await addPerson(group.id, { name, colour: 'blue', avatar: 'avatar-cat', role: 'participant' });
  if (openVoting) await setOpenVoting(group.id, true);
  const readAloud = vi.fn<(root: Element) => void>();
  const sayTapped = vi.fn<(root: Element) => void>();
  const speech: SpeechPort = { readAloud, sayTapped, sayTurn: () => undefined, currentSentence: null, isSpeaking: false };
  const onStep = vi.fn<(step: string | null) => void>();
  const view = (at: string | null) => (
    <SpeechContext.Provider value={speech}>
      <KindHost groupId={group.id} scope="m02" exercise={exercise} step={at} onStep={onStep} />
    </SpeechContext.Provider>
  );
  const rendered = render(view(step));
  await screen.findByRole('heading', { name: /Kuka äänestää/ });
  return { groupId: group.id, readAloud, sayTapped, rerender: (at: string | null) => rendered.rerender(view(at)) };
}

const turnHeading = (name: string) => screen.findByRole('heading', { name: `${name}, mitä mieltä sinä olet?` });
const turn = () => screen.getByRole('region', { name: /mitä mieltä sinä olet/ });

/** A member's turn: tap their picture, tap a thumb, then "Valmis". */
async function vote(name: string, answer: RegExp) {
  fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${name}`) }));
  await turnHeading(name);
  fireEvent.click(within(turn()).getByRole('button', { name: answer }));
  await waitFor(() => expect(within(turn()).getByRole('button', { name: answer }).getAttribute('aria-pressed')).toBe('true'));
  fireEvent.click(within(turn()).getByRole('button', { name: 'Valmis' }));
  await screen.findByRole('heading', { name: /Kuka äänestää/ });
}

const rows = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('result'));
const row = (n: number) => within(rows()[n]!);

const savedVotes = async (groupId: string) =>
  (await listExerciseEntries(groupId, 'm02-agree')).filter((e) => e.type === 'vote').map((e) => [e.key.split(':')[0], e.data]);

describe('Yhtä mieltä? — a turn', () => {
  it('a tap chooses a thumb and says it, another tap changes it, and Valmis ends the turn', async () => {
    const { groupId, sayTapped } = await groupVoting(['Anna', 'Ben']);
    fireEvent.click(screen.getByRole('button', { name: /^Anna/ }));
    await turnHeading('Anna');
    // The statement is in the turn, in small, with its speaker.
    expect(within(turn()).getByText('Hyvä kaveri kuuntelee, kun minä puhun.')).toBeTruthy();

    fireEvent.click(within(turn()).getByRole('button', { name: yes }));
    expect(sayTapped.mock.calls.at(-1)![0].textContent).toContain('Kyllä, olen samaa mieltä');
    await waitFor(() => expect(within(turn()).getByRole('button', { name: yes }).getAttribute('aria-pressed')).toBe('true'));
    fireEvent.click(within(turn()).getByRole('button', { name: no }));
    await waitFor(() => expect(within(turn()).getByRole('button', { name: no }).getAttribute('aria-pressed')).toBe('true'));
    await waitFor(() => expect(within(turn()).getByRole('button', { name: yes }).getAttribute('aria-pressed')).toBe('false'));
    // Still Anna's turn until she says she is done.
    expect(screen.getByRole('heading', { name: 'Anna, mitä mieltä sinä olet?' })).toBeTruthy();
    await waitFor(async () => expect(await savedVotes(groupId)).toEqual([['listens', { vote: 'no' }]]));

    // Ben taps his own picture in the row: his turn opens.
    fireEvent.click(within(turn()).getByRole('button', { name: /^Ben/ }));
    await turnHeading('Ben');
    fireEvent.click(within(turn()).getByRole('button', { name: 'Valmis' }));
    await screen.findByRole('heading', { name: /Kuka äänestää/ });
  }, 20_000);
});

describe('Yhtä mieltä? — hidden votes', () => {
  it('shows only "has voted" until everyone has voted, then all votes together, read aloud once', async () => {
    const { readAloud } = await groupVoting(['Anna', 'Ben', 'Cai']);
    await vote('Anna', yes);
    await vote('Ben', no);
    // Nobody can see how the others voted, not even a screen reader.
    const anna = screen.getByRole('button', { name: /^Anna/ });
    expect(anna.textContent).toContain('on äänestänyt');
    expect(anna.textContent).not.toMatch(/kyllä|ei\b/);
    expect(anna.querySelector('[data-pictogram="yes"], [data-pictogram="no"]')).toBeNull();
    expect(anna.querySelector('[data-pictogram="done"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: /^Cai/ }).textContent).toContain('ei ole vielä äänestänyt');
    expect(screen.getByText('2 / 3 on äänestänyt.')).toBeTruthy();
    expect(readAloud).not.toHaveBeenCalled();

    // The last one's turn: the others still show only "has voted".
    fireEvent.click(screen.getByRole('button', { name: /^Cai/ }));
    await turnHeading('Cai');
    fireEvent.click(within(turn()).getByRole('button', { name: yes }));
    await waitFor(() => expect(within(turn()).getByRole('button', { name: yes }).getAttribute('aria-pressed')).toBe('true'));
    expect(within(turn()).getByRole('button', { name: /^Ben/ }).textContent).toContain('on äänestänyt');
    fireEvent.click(within(turn()).getByRole('button', { name: 'Valmis' }));

    // Everyone has voted: the votes are shown together and read aloud.
    await screen.findByText('Kaikki ovat äänestäneet.');
    expect(screen.getByRole('button', { name: /^Anna/ }).textContent).toContain('äänesti kyllä');
    expect(screen.getByRole('button', { name: /^Ben/ }).textContent).toContain('äänesti ei');
    expect(screen.getByRole('button', { name: /^Cai/ }).textContent).toContain('äänesti kyllä');
    expect(readAloud).toHaveBeenCalledTimes(1);
    expect(readAloud.mock.calls[0]![0].textContent).toBe('Kaikki ovat äänestäneet. 2 sanoi kyllä. 1 sanoi ei.');

    // A changed vote after that is shown at once; the summary is not read again.
    await vote('Ben', yes);
    await screen.findByText('3 sanoi kyllä.');
    expect(readAloud).toHaveBeenCalledTimes(1);
  }, 20_000);

  it('draws the next statement into the same screen: its votes start hidden and are read once; back, the first shows at once', async () => {
    const { readAloud, rerender } = await groupVoting(['Anna', 'Ben']);
    await vote('Anna', yes);
    await vote('Ben', no);
    await screen.findByText('Kaikki ovat äänestäneet.');
    expect(readAloud).toHaveBeenCalledTimes(1);
    const annaBefore = screen.getByRole('button', { name: /^Anna/ });

    // "Seuraava väite": the pictures stay (a member's photo never flashes its emoji), the votes do not,
    // and the focus stays on the button (keyboard and switch users go on from there).
    screen.getByRole('button', { name: 'Seuraava väite' }).focus();
    rerender('1');
    await screen.findByText('Väite 2 / 11');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Seuraava väite' }));
    expect(screen.getByRole('button', { name: /^Anna/ })).toBe(annaBefore);
    expect(annaBefore.textContent).toContain('ei ole vielä äänestänyt');
    expect(screen.queryByText('Kaikki ovat äänestäneet.')).toBeNull();
    await vote('Anna', yes);
    expect(screen.getByRole('button', { name: /^Anna/ }).textContent).toContain('on äänestänyt');
    await vote('Ben', yes);
    await screen.findByText('Kaikki ovat äänestäneet.');
    expect(readAloud).toHaveBeenCalledTimes(2);
    expect(readAloud.mock.calls[1]![0].textContent).toBe('Kaikki ovat äänestäneet. 2 sanoi kyllä. Kukaan ei sanonut ei.');

    // Back to the first statement: everyone had voted, so its votes show at once and are not read again.
    rerender('0');
    await screen.findByText('Väite 1 / 11');
    expect(screen.getByRole('button', { name: /^Ben/ }).textContent).toContain('äänesti ei');
    expect(readAloud).toHaveBeenCalledTimes(2);

    // A turn still open when the statement changes ends with it.
    fireEvent.click(screen.getByRole('button', { name: /^Ben/ }));
    await turnHeading('Ben');
    rerender('1');
    await screen.findByText('Väite 2 / 11');
    expect(screen.queryByRole('region', { name: /mitä mieltä sinä olet/ })).toBeNull();
    expect(screen.getByRole('heading', { name: /Kuka äänestää/ })).toBeTruthy();
  }, 20_000);

  it('with open voting (a group setting) shows each vote as it comes', async () => {
    await groupVoting(['Anna', 'Ben'], { openVoting: true });
    await vote('Anna', no);
    await waitFor(() => expect(screen.getByRole('button', { name: /^Anna/ }).textContent).toContain('äänesti ei'));
    expect(screen.queryByText(/Äänet näkyvät, kun kaikki/)).toBeNull();
  }, 20_000);
});

describe('Yhtä mieltä? — results and rules', () => {
  it('says what each result means and makes a rule only when the group taps it; a rule can be taken back', async () => {
    const { groupId, rerender } = await groupVoting(['Anna', 'Ben']);
    await vote('Anna', yes);
    await vote('Ben', yes);
    rerender('4'); // "Kaveria pitää suudella."
    await screen.findByText('Kaveria pitää suudella.');
    await vote('Anna', no);
    await vote('Ben', no);
    rerender('1'); // "Kaverin kanssa voi olla vain samaa mieltä.": a split vote
    await screen.findByText('Kaverin kanssa voi olla vain samaa mieltä.');
    await vote('Anna', yes);
    await vote('Ben', no);
    rerender('results');

    await screen.findByText(/Tässä ovat tulokset/);
    expect(rows()).toHaveLength(11);
    expect(row(0).getByText('Kaikki sanoivat kyllä.')).toBeTruthy();
    expect(row(0).getByText('Hyvä kaveri kuuntelee, kun minä puhun.', { selector: '.result__rule *' })).toBeTruthy();
    expect(row(1).getByText('Mielipiteet jakautuivat.')).toBeTruthy();
    expect(row(1).queryByRole('button', { name: 'Tee tästä sääntö' })).toBeNull();
    // Everyone said no to kissing: that is agreement too, and its opposite can be the rule.
    expect(row(4).getByText('Kaikki sanoivat ei.')).toBeTruthy();
    expect(row(4).getByText('Meidän ei tarvitse suudella kaveria.')).toBeTruthy();
    expect(row(2).getByText('Kukaan ei äänestänyt.')).toBeTruthy();
    // Nothing is a rule until the group taps it.
    expect(screen.getAllByRole('button', { name: 'Tee tästä sääntö' })).toHaveLength(2);
    expect((await listExerciseEntries(groupId, 'm02-agree')).filter((e) => e.type === 'rule')).toEqual([]);

    fireEvent.click(row(4).getByRole('button', { name: 'Tee tästä sääntö' }));
    await waitFor(() => expect(row(4).getByText('Tästä tulee sääntö:')).toBeTruthy());
    // The other offer is still only an offer.
    expect(row(0).getByRole('button', { name: 'Tee tästä sääntö' })).toBeTruthy();
    await waitFor(async () =>
      expect((await listExerciseEntries(groupId, 'm02-agree')).filter((e) => e.type === 'rule').map((e) => e.data)).toEqual([
        { statementId: 'must-kiss', opposite: true, order: 1 },
      ]),
    );
    expect(await screen.findByRole('link', { name: /Katso säännöt/ }, { timeout: 10_000 })).toBeTruthy();

    fireEvent.click(row(0).getByRole('button', { name: 'Tee tästä sääntö' }));
    await waitFor(() => expect(row(0).getByText('Tästä tulee sääntö:')).toBeTruthy());

    // Taken back with one tap (no "are you sure?"); the undo notice can bring it back.
    fireEvent.click(row(4).getByRole('button', { name: 'Peru sääntö' }));
    await waitFor(() => expect(row(4).getByRole('button', { name: 'Tee tästä sääntö' })).toBeTruthy());
    await waitFor(async () =>
      expect((await listExerciseEntries(groupId, 'm02-agree')).filter((e) => e.type === 'rule').map((e) => e.key)).toEqual(['statement-listens']),
    );
    expect(undoStore.getState().offer?.message).toBe('Sääntö poistettiin.');
    await act(async () => {
      await runUndo();
    });
    await waitFor(() => expect(row(4).getByText('Tästä tulee sääntö:')).toBeTruthy());
  }, 20_000);
});

describe('Yhtä mieltä? — without storage', () => {
  it('reads the statement aloud when its card is tapped', () => {
    const readAloud = vi.fn<(root: Element) => void>();
    render(
      <KindHarness View={View} exercise={exercise} members={[memberNamed('Anna')]} saved={new SavedAnswers()} initialStep="4" speech={{ readAloud, sayTapped: () => undefined, sayTurn: () => undefined, currentSentence: null, isSpeaking: false }} />,
    );
    fireEvent.click(screen.getByText('Kaveria pitää suudella.'));
    expect(readAloud).toHaveBeenCalledTimes(1);
    expect((readAloud.mock.calls[0]![0] as Element).textContent).toContain('Kaveria pitää suudella.');
  });

  it('asks for members first when the group has none', () => {
    render(<KindHarness View={View} exercise={exercise} members={[]} saved={new SavedAnswers()} isSupport />);
    expect(screen.getByText(/Lisää jäsenet ensin/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Jäsenet/ }).getAttribute('href')).toBe('#/g/g/members');
  });

  it('moves focus to the turn’s question, back to the voter’s picture after Valmis, and on to the way on after the last vote', async () => {
    const members = [memberNamed('Anna'), memberNamed('Ben', 'avatar-dog')];
    render(<KindHarness View={View} exercise={exercise} members={members} saved={new SavedAnswers()} />);
    fireEvent.click(screen.getByRole('button', { name: /^Ben/ }));
    const heading = await screen.findByRole('heading', { name: 'Ben, mitä mieltä sinä olet?' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.click(screen.getByRole('button', { name: yes }));
    fireEvent.click(screen.getByRole('button', { name: 'Valmis' }));
    const ben = await screen.findByRole('button', { name: /^Ben.*on äänestänyt/ });
    await waitFor(() => expect(document.activeElement).toBe(ben));

    // The last vote ends the round: the focus goes on to "Seuraava väite", under the result.
    fireEvent.click(screen.getByRole('button', { name: /^Anna/ }));
    await screen.findByRole('heading', { name: 'Anna, mitä mieltä sinä olet?' });
    fireEvent.click(screen.getByRole('button', { name: no }));
    fireEvent.click(screen.getByRole('button', { name: 'Valmis' }));
    await screen.findByText('Kaikki ovat äänestäneet.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Seuraava väite' })));
  });
});
