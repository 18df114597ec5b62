// The way on, through the app's own screens and the database (in memory): an exercise that is done
// leads on to the meeting's next one ("Valmis! Seuraavaksi: …"), the last one to the meeting's
// summary, which tells what we did and what we decided.
import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { MeetingId } from '../../src/content/basics';
import { memoExerciseId } from '../../src/content/memos';
import { planExerciseId } from '../../src/content/planning';
import { MeetingSummaryScreen } from '../../src/app/screens/MeetingSummaryScreen';
import { ExerciseScreen } from '../../src/app/screens/ExerciseScreen';
import { newMemo } from '../../src/kinds/memo/model';
import { useDatabase } from '../../src/storage/db';
import { listExerciseEntries, putEntry } from '../../src/storage/repositories/entries';
import { KioskContext, noKiosk } from '../../src/ui/kioskPort';
import { SupportModeContext } from '../../src/ui/modePort';

const exerciseRoute = (exerciseId: string, step: string | null, meetingId: MeetingId = 'm01') => ({ name: 'exercise', groupId: 'g1', meetingId, exerciseId, step }) as const;
const wayOn = () => screen.findByRole('navigation', { name: 'Eteenpäin' });

describe('the way on', () => {
  it('shows "Valmis! Seuraavaksi" once the exercise is saved as done, leading to the next exercise', async () => {
    useDatabase('way-on-next');
    // Inside the exercise (a step): nothing leads on until the kind says it is done. Opening the info
    // card saves it as seen, which makes it done.
    render(<ExerciseScreen route={exerciseRoute('m07-agreeing-tip', 'inside', 'm07')} />);
    const next = await screen.findByRole('link', { name: 'Valmis! Seuraavaksi: Sovimme kumppanin kanssa' });
    expect(next.getAttribute('href')).toBe('#/g/g1/m/m07/e/m07-agreement');
    expect((await listExerciseEntries('g1', 'm07-agreeing-tip')).map((e) => e.type)).toEqual(['seen']);
  });

  it('waits in the middle of an exercise that is not done, and shows the way on at its first screen', async () => {
    useDatabase('way-on-waits');
    const { unmount } = render(<ExerciseScreen route={exerciseRoute('m01-invitation', 'day')} />);
    await screen.findByRole('heading', { level: 1, name: 'Kutsu' });
    // The form is drawn once its answers (and the meeting's) are read.
    await waitFor(() => expect(document.querySelector('.loading')).toBeNull());
    expect(screen.queryByRole('navigation', { name: 'Eteenpäin' })).toBeNull();
    unmount();
    render(<ExerciseScreen route={exerciseRoute('m01-invitation', null)} />);
    const link = (await wayOn()).querySelector('a');
    expect(link?.textContent).toContain('Valmis! Seuraavaksi: Mikä Porukka-hautomo on?');
  });

  it('gives a kiosk visitor no way on out of the survey', async () => {
    useDatabase('way-on-kiosk');
    render(
      <KioskContext.Provider value={{ ...noKiosk, isOn: true }}>
        <ExerciseScreen route={exerciseRoute('m01-what-is', null)} />
      </KioskContext.Provider>,
    );
    // The card is saved as seen (done) and drawn; still nothing leads on.
    await waitFor(async () => expect(await listExerciseEntries('g1', 'm01-what-is')).toHaveLength(1));
    await waitFor(() => expect(document.querySelector('.loading')).toBeNull());
    expect(screen.queryByRole('navigation', { name: 'Eteenpäin' })).toBeNull();
  });

  it('follows the exercises chosen for today, and after the last one leads to the summary', async () => {
    useDatabase('way-on-plan');
    // The support persons chose only the info card for today.
    await putEntry({ groupId: 'g1', meetingId: 'm01', exerciseId: planExerciseId('m01'), type: 'tick', key: 'm01-what-is' }, { ticked: true });
    render(<ExerciseScreen route={exerciseRoute('m01-what-is', null)} />);
    const toSummary = await screen.findByRole('link', { name: 'Valmis! Katsomme, mitä teimme tänään.' });
    expect(toSummary.getAttribute('href')).toBe('#/g/g1/m/m01/summary');
  });

  it('sums up what we did and what we agreed; the support person gets "mark held" and the memo', async () => {
    useDatabase('way-on-summary');
    await putEntry({ groupId: 'g1', meetingId: 'm01', exerciseId: 'm01-what-is', type: 'seen', key: 'seen' }, { seen: true });
    const memo = { ...newMemo('2026-12-04', 1), topic: 'Ensimmäinen kerta', agreed: 'Tapaamme tiistaisin' };
    await putEntry({ groupId: 'g1', meetingId: 'm01', exerciseId: memoExerciseId('m01'), type: 'memo', key: 'k1' }, memo);
    const route = { name: 'meetingSummary', groupId: 'g1', meetingId: 'm01' } as const;

    const { unmount } = render(<MeetingSummaryScreen route={route} groupId="g1" meetingId="m01" />);
    const did = await screen.findByRole('region', { name: 'Mitä teimme' });
    expect(did.textContent).toContain('Mikä Porukka-hautomo on?');
    expect(did.textContent).not.toContain('Kutsu');
    expect(screen.getByRole('region', { name: 'Mitä päätimme' }).textContent).toContain('Sovimme: Tapaamme tiistaisin');
    expect(screen.getByRole('button', { name: 'Kuuntele kaikki' })).toBeTruthy();
    // Participants are not offered a support person's page.
    expect(screen.queryByRole('link', { name: 'Merkitse tapaaminen pidetyksi' })).toBeNull();
    unmount();

    render(
      <SupportModeContext.Provider value>
        <MeetingSummaryScreen route={route} groupId="g1" meetingId="m01" />
      </SupportModeContext.Provider>,
    );
    const markHeld = await screen.findByRole('link', { name: 'Merkitse tapaaminen pidetyksi' });
    expect(markHeld.getAttribute('href')).toBe('#/g/g1/m/m01/held');
    expect(screen.getByRole('link', { name: 'Kirjoita muistio' }).getAttribute('href')).toBe('#/g/g1/m/m01/e/m01-memo');
    await waitFor(() => expect(document.title).toBe('Tapaaminen 1: mitä teimme – Porukka'));
  });
});
