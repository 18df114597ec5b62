// Palautekysely: the support persons' start view and summary, and the kiosk one visitor at a time.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import type { Entry } from '../../src/domain/records';
import { View } from '../../src/kinds/feedbackKiosk/View';
import type { KindLinks } from '../../src/kinds/types';
import { KioskContext, type KioskPort } from '../../src/ui/kioskPort';
import { MediaContext } from '../../src/ui/mediaPort';
import { SupportModeContext } from '../../src/ui/modePort';
import { KindHarness, memoryMedia, SavedAnswers } from './harness';

const exercise = findExercise('m09-feedback')!.exercise as ExerciseOf<'feedbackKiosk'>;
const button = (name: string) => screen.getByRole('button', { name });

/** The app's kiosk port as the kind sees it: what was called, in order; unlocking answers as told. */
function KioskSurvey({ saved, log, unlock = async () => true }: { saved: SavedAnswers; log: string[]; unlock?: () => Promise<boolean> }) {
  const [isOn, setOn] = useState(false);
  const port: KioskPort = {
    isOn,
    enter: () => (log.push('enter'), setOn(true)),
    unlock: () => (log.push('unlock'), unlock()),
    leave: () => (log.push('leave'), setOn(false)),
  };
  return (
    <KioskContext.Provider value={port}>
      <KindHarness View={View} exercise={exercise} members={[]} saved={saved} media={memoryMedia()} />
    </KioskContext.Provider>
  );
}

const responses = (saved: SavedAnswers) => saved.entries.filter((e) => e.type === 'response');

async function startKiosk(saved: SavedAnswers, log: string[], unlock?: () => Promise<boolean>) {
  render(<KioskSurvey saved={saved} log={log} {...(unlock ? { unlock } : {})} />);
  expect(screen.getByText('Vastauksia ei ole vielä.')).toBeTruthy();
  fireEvent.click(button('Aloita kysely'));
  await screen.findByRole('group', { name: 'Oliko sinulla mukavaa?' });
}

describe('feedback kiosk', () => {
  it('takes one visitor through the faces and the three questions, saves them anonymously, and starts the next', async () => {
    const saved = new SavedAnswers();
    const log: string[] = [];
    await startKiosk(saved, log);
    expect(log).toEqual(['enter']);
    // A tap picks a face and stays: another tap changes it, "Seuraava" goes on.
    expect(button('Ohita')).toBeTruthy();
    fireEvent.click(button('Ei'));
    await screen.findByRole('button', { name: 'Ei', pressed: true });
    fireEvent.click(button('Kyllä'));
    await screen.findByRole('button', { name: 'Kyllä', pressed: true });
    expect(screen.getByRole('button', { name: 'Ei' }).getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button('Seuraava'));
    await screen.findByText('Mikä oli mukavaa?');
    expect(button('Ohita')).toBeTruthy();
    fireEvent.click(button('Musiikki'));
    await screen.findByRole('button', { name: 'Musiikki', pressed: true });
    fireEvent.click(button('Seuraava'));
    await screen.findByText('Mistä et pitänyt?');
    fireEvent.click(button('Ohita'));
    await screen.findByText('Mitä muuta haluat sanoa?');
    fireEvent.input(screen.getByLabelText('Kirjoita tähän'), { target: { value: 'Kiva päivä' } });
    fireEvent.click(button('Valmis'));
    await screen.findByText('Kiitos!');
    await waitFor(() => expect(responses(saved)).toHaveLength(1));
    const [first] = responses(saved);
    expect(first!.key).toMatch(/^[0-9a-f]{32}$/);
    expect(first!.data).toEqual({ fun: 'yes', replies: { nice: { choices: ['music'] }, 'anything-else': { text: 'Kiva päivä' } }, createdAt: expect.any(Number) });

    fireEvent.click(button('Seuraava vastaaja'));
    await screen.findByRole('button', { name: 'Ei', pressed: false });
    fireEvent.click(button('Ei'));
    // The face is saved at the tap, before going on.
    await waitFor(() => expect(responses(saved)).toHaveLength(2));
    fireEvent.click(button('Seuraava'));
    await screen.findByText('Mikä oli mukavaa?');
    expect(responses(saved)[1]!.key).not.toBe(first!.key);
  });

  it('keeps what a visitor said when they walk away, and lets the next one start anew', async () => {
    // Quick taps before the first save is read back, on the real path: quickTaps.test.tsx.
    const saved = new SavedAnswers();
    await startKiosk(saved, []);
    fireEvent.click(button('Ei'));
    fireEvent.click(button('Seuraava'));
    await screen.findByText('Mikä oli mukavaa?');
    fireEvent.click(button('Ruoka'));
    fireEvent.click(button('Pelit'));
    await waitFor(() => expect(responses(saved)[0]?.data).toMatchObject({ fun: 'no', replies: { nice: { choices: ['food', 'games'] } } }));
    // Writing is saved when the visitor stops typing (0.8 s), without pressing anything; the wait is the
    // test's clock, not a real one.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.input(screen.getByLabelText('Kirjoita tähän'), { target: { value: 'Hyvä' } });
      act(() => void vi.advanceTimersByTime(500));
      fireEvent.input(screen.getByLabelText('Kirjoita tähän'), { target: { value: 'Hyvä kahvi' } });
      act(() => void vi.advanceTimersByTime(799));
      expect(responses(saved)[0]?.data).not.toHaveProperty('replies.nice.text');
      act(() => void vi.advanceTimersByTime(1));
      expect(responses(saved)[0]?.data).toMatchObject({ replies: { nice: { text: 'Hyvä kahvi' } } });
    } finally {
      vi.useRealTimers();
    }
    fireEvent.click(button('Uusi vastaaja'));
    await screen.findByRole('button', { name: 'Kyllä', pressed: false });
    expect(screen.queryByRole('button', { name: 'Uusi vastaaja' })).toBeNull();
    expect(responses(saved)).toHaveLength(1);
  });

  it('asks the support person to unlock before leaving, and stays when the PIN is not given', async () => {
    const log: string[] = [];
    let isRight = false;
    await startKiosk(new SavedAnswers(), log, async () => isRight);
    fireEvent.click(button('Lopeta kysely'));
    await waitFor(() => expect(log).toEqual(['enter', 'unlock']));
    await waitFor(() => expect((button('Lopeta kysely') as HTMLButtonElement).disabled).toBe(false));
    expect(screen.getByRole('group', { name: 'Oliko sinulla mukavaa?' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Aloita kysely' })).toBeNull();
    isRight = true;
    fireEvent.click(button('Lopeta kysely'));
    await screen.findByRole('button', { name: 'Aloita kysely' });
    expect(log).toEqual(['enter', 'unlock', 'unlock', 'leave']);
  });
});

const links: KindLinks = { group: '#', members: '#', rules: '#', partners: '#', newPartnerFrom: () => '#' };

/** The view as the app draws it after a reload, with answers already saved. */
function Saved({ entries, step, isOn = false, isSupport = false, children }: { entries: Entry[]; step: string | null; isOn?: boolean; isSupport?: boolean; children?: ComponentChildren }) {
  const answers = { entries, draftKey: 'g/m09/kiosk', put: async () => undefined, remove: async () => undefined, putUndoable: async () => undefined };
  const port: KioskPort = { isOn, enter: () => undefined, unlock: async () => false, leave: () => undefined };
  return (
    <SupportModeContext.Provider value={isSupport}>
      <MediaContext.Provider value={memoryMedia()}>
        <KioskContext.Provider value={port}>
          <View exercise={exercise} members={[]} answers={answers} sources={[]} step={step} onStep={() => undefined} links={links} />
          {children}
        </KioskContext.Provider>
      </MediaContext.Provider>
    </SupportModeContext.Provider>
  );
}

const response = (key: string, data: unknown): Entry => ({
  id: `g/m09-feedback/response/${key}`, groupId: 'g', meetingId: 'm09', exerciseId: 'm09-feedback', type: 'response', key, data, updatedAt: 'x', deviceId: 'd', deleted: false,
});
const key = 'a'.repeat(32);
const entries = [
  response(key, { fun: 'yes', replies: { nice: { choices: ['music', 'food'], text: 'Bingo oli paras' } }, createdAt: 1 }),
  response('b'.repeat(32), { fun: 'yes', replies: { nice: { choices: ['music'] }, dislike: { voiceId: 'voice-1' } }, createdAt: 2 }),
  response('c'.repeat(32), { fun: 'no', replies: { dislike: { choices: ['noise'] } }, createdAt: 3 }),
];

describe('feedback kiosk after a reload, and its summary', () => {
  it('comes back to the same question of the same visitor', () => {
    render(<Saved entries={entries} step={`kiosk-1-${key}`} isOn />);
    expect(screen.getByText('Kysymys 2 / 4')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Musiikki', pressed: true })).toBeTruthy();
    expect((screen.getByLabelText('Kirjoita tähän') as HTMLTextAreaElement).value).toBe('Bingo oli paras');
  });

  it('never shows the summary while the kiosk is on', () => {
    render(<Saved entries={entries} step={null} isOn />);
    expect(screen.queryByText('Palautteet')).toBeNull();
    expect(screen.getByRole('button', { name: 'Lopeta kysely' })).toBeTruthy();
  });

  it('shows the support persons the faces and pictures counted, the words and the voice notes', () => {
    render(<Saved entries={entries} step={null} />);
    expect(screen.getByText('3 ihmistä vastasi.')).toBeTruthy();
    expect(screen.getByText('Kyllä: 2')).toBeTruthy();
    expect(screen.getByText('Ei: 1')).toBeTruthy();
    expect(screen.getByText('Musiikki: 2')).toBeTruthy();
    expect(screen.getByText('Liian kova ääni: 1')).toBeTruthy();
    expect(screen.getByText('Bingo oli paras')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kuuntele nauhoitus' })).toBeTruthy();
    expect(screen.queryAllByRole('button', { name: /^Poista/ })).toHaveLength(0);
  });

  it('lets only a support person remove a visitor’s words', () => {
    render(<Saved entries={entries} step={null} isSupport />);
    expect(screen.getByRole('button', { name: 'Poista Bingo oli paras' })).toBeTruthy();
  });
});
