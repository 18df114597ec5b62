// Meeting 6's presentation through the app's own screen, the repositories and the database (in memory):
// the slides step on with the arrow keys, space, taps on the right or left half and swipes; each slide
// is read aloud when shown; Escape and "Lopeta esitys" go back to where the slideshow was opened.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { GroupGate } from '../../src/app/parts/GroupGate';
import type { Route } from '../../src/app/router';
import { SlideshowScreen } from '../../src/app/slideshow/SlideshowScreen';
import { sentencesIn } from '../../src/services/speech/speech';
import { useDatabase } from '../../src/storage/db';
import { putEntries } from '../../src/storage/repositories/entries';
import { saveMedia } from '../../src/storage/repositories/media';
import { createGroup } from '../../src/storage/repositories/groups';
import { addPerson } from '../../src/storage/repositories/people';
import { SpeechContext, type SpeechPort } from '../../src/ui/speechPort';

async function seed() {
  useDatabase(`slideshow-${Math.random()}`);
  const group = await createGroup({ name: 'Tanssiporukka', place: 'Asukastila' });
  await addPerson(group.id, { name: 'Anna', colour: 'blue', avatar: 'avatar-cat', role: 'participant' });
  await addPerson(group.id, { name: 'Ben', colour: 'red', avatar: 'avatar-dog', role: 'participant' });
  const at = (meetingId: 'm04' | 'm06', exerciseId: string, type: string, key: string) => ({ groupId: group.id, meetingId, exerciseId, type, key });
  await putEntries([
    { address: at('m04', 'm04-idea-storm', 'goal', 'goal'), data: { ref: 'm04-idea-storm/c1', exerciseId: 'm04-idea-storm', card: { areaId: 'wishes', text: 'Tanssi-ilta', createdAt: 1 } } },
    { address: at('m06', 'm06-pitch', 'answer', 'who'), data: { text: 'Me olemme Anna ja Ben.' } },
    { address: at('m06', 'm06-pitch', 'answer', 'why'), data: { text: 'Tanssi on kivaa.' } },
  ]);
  return group;
}

function showSlides(groupId: string, route: Route) {
  const spoken: string[] = [];
  const speech: SpeechPort = {
    readAloud: (root) => spoken.push(sentencesIn(root).map((s) => s.text).join(' ')),
    sayTapped: () => undefined,
    sayTurn: () => undefined,
    currentSentence: null,
    isSpeaking: false,
  };
  render(
    <SpeechContext.Provider value={speech}>
      <GroupGate route={route} groupId={groupId}>
        <SlideshowScreen route={route} groupId={groupId} />
      </GroupGate>
    </SpeechContext.Provider>,
  );
  return spoken;
}

const counter = () => document.querySelector('.slideshow__counter [aria-hidden]')?.textContent?.replace(/\s+/g, ' ').trim();
const slideText = () => document.querySelector('.slide')?.textContent ?? '';
const stage = () => document.querySelector<HTMLElement>('.slideshow__stage')!;
const press = (key: string) => fireEvent.keyDown(document.body, { key });
function pointer(from: number, to: number) {
  fireEvent.pointerDown(stage(), { pointerId: 1, isPrimary: true, button: 0, clientX: from, clientY: 100 });
  fireEvent.pointerUp(stage(), { pointerId: 1, isPrimary: true, button: 0, clientX: to, clientY: 104 });
}

describe('the slideshow', () => {
  it('steps with keys, taps and swipes, reads each slide aloud, and Escape goes back to the pitch', async () => {
    const group = await seed();
    const route: Route = { name: 'slideshow', groupId: group.id, from: { meetingId: 'm06', exerciseId: 'm06-pitch', step: 'pitch' } };
    window.location.hash = '#/somewhere';
    const spoken = showSlides(group.id, route);
    // Title, goal, the 2 answered parts, thanks.
    await waitFor(() => expect(counter()).toBe('1 / 5'));
    expect(slideText()).toContain('Hei! Me olemme Tanssiporukka.');
    expect(slideText()).toContain('Anna');
    await waitFor(() => expect(spoken[0]).toBe('Hei! Me olemme Tanssiporukka. Anna Ben'));

    press('ArrowRight');
    await waitFor(() => expect(counter()).toBe('2 / 5'));
    expect(slideText()).toContain('Meidän tavoite:');
    expect(slideText()).toContain('Tanssi-ilta');
    expect(spoken.at(-1)).toBe('Meidän tavoite: Tanssi-ilta');

    press(' ');
    await waitFor(() => expect(counter()).toBe('3 / 5'));
    expect(slideText()).toContain('Me olemme Anna ja Ben.');

    // The stage is 1000 px wide: a tap on the right half goes on, on the left half back.
    vi.spyOn(stage(), 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0, width: 1000, height: 600, right: 1000, bottom: 600, x: 0, y: 0, toJSON: () => ({}) });
    pointer(800, 800);
    await waitFor(() => expect(counter()).toBe('4 / 5'));
    expect(slideText()).toContain('Tanssi on kivaa.');
    pointer(200, 202);
    await waitFor(() => expect(counter()).toBe('3 / 5'));
    // A swipe to the left goes on wherever it starts; a swipe to the right goes back.
    pointer(300, 100);
    await waitFor(() => expect(counter()).toBe('4 / 5'));
    pointer(100, 400);
    await waitFor(() => expect(counter()).toBe('3 / 5'));

    fireEvent.click(screen.getByRole('button', { name: 'Seuraava' }));
    press('ArrowRight');
    await waitFor(() => expect(counter()).toBe('5 / 5'));
    expect(slideText()).toContain('Kiitos, että kuuntelitte!');
    // The last slide stays; there is no going past it, and no timer moves on by itself.
    press('ArrowRight');
    expect(counter()).toBe('5 / 5');
    expect(screen.getByRole('button', { name: 'Seuraava' })).toHaveProperty('disabled', true);
    press('ArrowLeft');
    await waitFor(() => expect(counter()).toBe('4 / 5'));
    // Every slide shown was read once when it came.
    expect(spoken.filter((s) => s.includes('Tanssi on kivaa.')).length).toBeGreaterThanOrEqual(3);

    press('Escape');
    expect(window.location.hash).toBe(`#/g/${group.id}/m/m06/e/m06-pitch/pitch`);
  }, 20_000);

  it('"Lopeta esitys" goes back to the group page when opened from there', async () => {
    const group = await seed();
    showSlides(group.id, { name: 'slideshow', groupId: group.id });
    await waitFor(() => expect(counter()).toBe('1 / 5'));
    fireEvent.click(screen.getByRole('button', { name: 'Lopeta esitys' }));
    expect(window.location.hash).toBe(`#/g/${group.id}`);
  });

  it('plays the voice note of a pitch part instead of reading the slide', async () => {
    const group = await seed();
    const voiceId = await saveMedia(group.id, { mediaType: 'voice', mime: 'audio/webm', blob: new Blob(['voice'], { type: 'audio/webm' }) });
    await putEntries([{ address: { groupId: group.id, meetingId: 'm06', exerciseId: 'm06-pitch', type: 'answer', key: 'help' }, data: { voiceId } }]);
    // The database in memory keeps the file as a plain object (no Blob in this test browser): its URL is made up.
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test/voice');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const played: string[] = [];
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (this: HTMLMediaElement) {
      played.push(this.src);
      return Promise.resolve();
    });
    const spoken = showSlides(group.id, { name: 'slideshow', groupId: group.id });
    await waitFor(() => expect(counter()).toBe('1 / 6'));
    for (let n = 0; n < 4; n += 1) press('ArrowRight');
    await waitFor(() => expect(counter()).toBe('5 / 6'));
    expect(slideText()).toContain('Kuuntele meidän vastaus.');
    await waitFor(() => expect(played).toHaveLength(1));
    expect(played[0]).toMatch(/^blob:/);
    expect(spoken.some((s) => s.includes('Kuuntele meidän vastaus.'))).toBe(false);
    // "Kuuntele uudelleen" plays it again.
    fireEvent.click(screen.getByRole('button', { name: 'Kuuntele uudelleen' }));
    expect(played).toHaveLength(2);
    vi.restoreAllMocks();
  });
});
