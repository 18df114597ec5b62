// Quick taps on a picture board, through the app's own exercise host and the database (in memory):
// a second tap starts from the first one even before it is read back from disk.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { KindHost } from '../../src/app/parts/KindHost';
import { KioskContext, type KioskPort } from '../../src/ui/kioskPort';
import { findExercise } from '../../src/content/lookup';
import { startBoards } from '../../src/content/startBoards';
import { useDatabase } from '../../src/storage/db';
import { listExerciseEntries, putEntries } from '../../src/storage/repositories/entries';
import { addPerson } from '../../src/storage/repositories/people';

const coffee = startBoards.find((b) => b.id === 'start-coffee')!;
const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');

describe('quick taps', () => {
  it('two quick taps turn a picture on and off again, and a quick tap on another picture is kept too', async () => {
    useDatabase('quick-taps');
    render(<KindHost groupId="g1" scope="group" exercise={coffee} step={null} onStep={() => undefined} />);
    await screen.findByRole('button', { name: 'Yhdistys maksaa' });

    fireEvent.click(screen.getByRole('button', { name: 'Yhdistys maksaa' }));
    expect(pressed('Yhdistys maksaa')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Yhdistys maksaa' }));
    fireEvent.click(screen.getByRole('button', { name: 'Jokainen maksaa itse' }));
    expect(pressed('Yhdistys maksaa')).toBe('false');
    expect(pressed('Jokainen maksaa itse')).toBe('true');

    // On disk, in the end, as shown.
    await waitFor(async () => {
      const saved = await listExerciseEntries('g1', 'start-coffee');
      expect(saved.map((e) => [e.key, e.data]).sort()).toEqual([
        ['association-pays', { chosen: false }],
        ['each-pays', { chosen: true }],
      ]);
    });
    expect(pressed('Yhdistys maksaa')).toBe('false');
    expect(pressed('Jokainen maksaa itse')).toBe('true');
  });
});

/** An exercise of a meeting through the app's own host, its steps followed as the app does. */
function MeetingExercise({ exerciseId, firstStep = null }: { readonly exerciseId: string; readonly firstStep?: string | null }) {
  const [step, setStep] = useState<string | null>(firstStep);
  const found = findExercise(exerciseId)!;
  return <KindHost groupId="g1" scope={found.meeting.id} exercise={found.exercise} step={step} onStep={setStep} />;
}

describe('quick taps in a member’s turn', () => {
  it('two quick taps in the self-evaluation (a face, then a topic) both count, on screen at once and on disk in the end', async () => {
    useDatabase('quick-taps-self-evaluation');
    const anna = await addPerson('g1', { name: 'Anna', colour: 'blue', avatar: 'avatar-cat', role: 'participant' });
    await addPerson('g1', { name: 'Ben', colour: 'red', avatar: 'avatar-dog', role: 'participant' });
    render(<MeetingExercise exerciseId="m10-self-evaluation" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Aloita' }));
    await screen.findByText('Kysymys 1 / 6');
    fireEvent.click(screen.getByRole('button', { name: /^Anna/ }));
    await screen.findByRole('heading', { name: 'Anna, mitä sinä teit itse?' });

    // The second tap comes before the first is read back from disk: it starts from the first.
    fireEvent.click(screen.getByRole('button', { name: 'Hyvä mieli' }));
    fireEvent.click(screen.getByRole('button', { name: 'Kahvit' }));
    expect(pressed('Hyvä mieli')).toBe('true');
    expect(pressed('Kahvit')).toBe('true');
    await waitFor(async () => {
      const saved = await listExerciseEntries('g1', 'm10-self-evaluation');
      expect(saved.filter((e) => !e.deleted && e.key.includes(anna.id)).map((e) => e.data)).toEqual([expect.objectContaining({ face: 'good', topics: ['coffee'] })]);
    });
    expect(pressed('Hyvä mieli')).toBe('true');
    expect(pressed('Kahvit')).toBe('true');
  });
});

const stormAt = (type: string, key: string) => ({ groupId: 'g1', meetingId: 'm04' as const, exerciseId: 'm04-idea-storm', type, key });

describe('quick taps in the dot vote', () => {
  it('Ben’s two quick dots and "Valmis" all count: the votes show at once with his dots, and both are on disk', async () => {
    useDatabase('quick-taps-dot-vote');
    const anna = await addPerson('g1', { name: 'Anna', colour: 'blue', avatar: 'avatar-cat', role: 'participant' });
    const ben = await addPerson('g1', { name: 'Ben', colour: 'red', avatar: 'avatar-dog', role: 'participant' });
    // Two wishes on the board, and Anna has put her 3 dots on the disco.
    await putEntries([
      { address: stormAt('card', 'disco'), data: { areaId: 'wishes', text: 'Disko', createdAt: 1 } },
      { address: stormAt('card', 'grill'), data: { areaId: 'wishes', text: 'Grilli-ilta', createdAt: 2 } },
      ...[0, 1, 2].map((n) => ({ address: stormAt('dot', `${anna.id}:${n}`), data: { ref: 'm04-idea-storm/disco' } })),
    ]);
    render(<MeetingExercise exerciseId="m04-idea-storm" firstStep="vote" />);
    fireEvent.click(await screen.findByRole('button', { name: /^Ben/ }));
    await screen.findByText('Ben, sinulla on 3 pistettä jäljellä.');

    // Dot, dot, "Valmis": all before the first dot is read back from disk.
    fireEvent.click(screen.getByRole('button', { name: /^Anna piste Grilli-ilta/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Anna piste Grilli-ilta/ }));
    expect(screen.getByText('Ben, sinulla on 1 piste jäljellä.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Valmis' }));
    // Everyone has voted: the dots are shown at once, Ben's 2 with them.
    expect(screen.getByText('Kaikki ovat äänestäneet.')).toBeTruthy();
    expect(screen.getByText('Disko: 3 pistettä.')).toBeTruthy();
    expect(screen.getByText('Grilli-ilta: 2 pistettä.')).toBeTruthy();

    // On disk, in the end, as shown.
    await waitFor(async () => {
      const saved = await listExerciseEntries('g1', 'm04-idea-storm');
      const bens = saved.filter((e) => !e.deleted && e.key.startsWith(ben.id));
      expect(bens.map((e) => [e.type, e.key, e.data]).sort()).toEqual([
        ['dot', `${ben.id}:0`, { ref: 'm04-idea-storm/grill' }],
        ['dot', `${ben.id}:1`, { ref: 'm04-idea-storm/grill' }],
        ['dotsDone', ben.id, { done: true }],
      ]);
    });
    expect(screen.getByText('Grilli-ilta: 2 pistettä.')).toBeTruthy();
  });
});

/** The feedback survey through the app's host, with a kiosk that a right PIN (here: at once) lets go. */
function KioskExercise() {
  const [isOn, setOn] = useState(false);
  const port: KioskPort = { isOn, enter: () => setOn(true), unlock: async () => true, leave: () => setOn(false) };
  return (
    <KioskContext.Provider value={port}>
      <MeetingExercise exerciseId="m09-feedback" />
    </KioskContext.Provider>
  );
}

describe('quick taps in the feedback kiosk', () => {
  it('keeps what a visitor said when they walk away at once, lets the next start anew, and the support person sees it at once', async () => {
    useDatabase('quick-taps-kiosk');
    render(<KioskExercise />);
    fireEvent.click(await screen.findByRole('button', { name: 'Aloita kysely' }));
    await screen.findByRole('group', { name: 'Oliko sinulla mukavaa?' });

    // A visitor taps quickly (faster than the first save is read back), writes, and walks away.
    fireEvent.click(screen.getByRole('button', { name: 'Ei' }));
    fireEvent.click(screen.getByRole('button', { name: 'Seuraava' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ruoka' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pelit' }));
    expect(screen.getByRole('button', { name: 'Ruoka' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Pelit' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.input(screen.getByLabelText('Kirjoita tähän'), { target: { value: 'Hyvä kahvi' } });
    // The next visitor comes.
    fireEvent.click(screen.getByRole('button', { name: 'Uusi vastaaja' }));
    expect(screen.getByRole('button', { name: 'Ei' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'Kyllä' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Uusi vastaaja' })).toBeNull();

    // The support person stops the survey: the first visitor's answer is counted at once.
    fireEvent.click(screen.getByRole('button', { name: 'Lopeta kysely' }));
    await screen.findByRole('button', { name: 'Aloita kysely' });
    expect(screen.getByText('1 ihminen vastasi.')).toBeTruthy();
    expect(screen.getByText('Hyvä kahvi')).toBeTruthy();

    // On disk, in the end: one response, all of it (the next visitor said nothing).
    await waitFor(async () => {
      const saved = await listExerciseEntries('g1', 'm09-feedback');
      expect(saved.filter((e) => e.type === 'response').map((e) => e.data)).toEqual([
        { fun: 'no', replies: { nice: { choices: ['food', 'games'], text: 'Hyvä kahvi' } }, createdAt: expect.any(Number) },
      ]);
    });
    expect(screen.getByText('1 ihminen vastasi.')).toBeTruthy();
  });
});
