// Avaimet kertovat: the intro and prompts, and a support person taking a member's photo or voice
// note out of their picture story (with undo); participants never see "remove".
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import type { Entry } from '../../src/domain/records';
import { View as StoryView } from '../../src/kinds/photoStory/View';
import type { Answers } from '../../src/kinds/types';
import { MediaContext } from '../../src/ui/mediaPort';
import { SupportModeContext } from '../../src/ui/modePort';
import { KindHarness, memberNamed, memoryMedia, SavedAnswers } from './harness';

const keys = findExercise('m02-keys')!.exercise as ExerciseOf<'photoStory'>;
const anna = memberNamed('Anna', 'avatar-cat');
const links = { group: '#/g/g', members: '#/g/g/members', rules: '#/g/g/rules', partners: '#/g/g/partners', newPartnerFrom: () => '#' };

/** Anna takes a photo and records a voice note on her page. */
async function tellWithPhotoAndVoice(isSupport: boolean) {
  const saved = new SavedAnswers();
  render(<KindHarness View={StoryView} exercise={keys} members={[anna]} saved={saved} media={memoryMedia()} initialStep={anna.id} isSupport={isSupport} />);
  const picker = (await screen.findByLabelText('Ota kuva tai valitse kuva')) as HTMLInputElement;
  Object.defineProperty(picker, 'files', { value: [new File(['jpeg'], 'keys.jpg', { type: 'image/jpeg' })], configurable: true });
  fireEvent.change(picker);
  await screen.findByLabelText('Vaihda kuva');
  fireEvent.click(screen.getByRole('button', { name: 'Nauhoita ääni' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Lopeta nauhoitus' }));
  await screen.findByRole('button', { name: 'Kuuntele nauhoitus' });
  await waitFor(() => expect(saved.entries[0]?.data).toEqual({ photoId: 'media-1', voiceId: 'media-2' }));
  return saved;
}

describe('Avaimet kertovat', () => {
  it('says that another important thing can be shown too, and asks about other keys', () => {
    render(<KindHarness View={StoryView} exercise={keys} members={[anna]} saved={new SavedAnswers()} />);
    expect(screen.getByText('Voit näyttää myös jonkin muun tavaran, joka on sinulle tärkeä.')).toBeTruthy();
    expect(screen.getByText('Se voi olla esimerkiksi puhelin tai laukku.')).toBeTruthy();
    expect(screen.getByText('Mitä muita avaimia sinulla on?')).toBeTruthy();
  });

  it('shows no "remove" to participants', async () => {
    await tellWithPhotoAndVoice(false);
    expect(screen.queryByRole('button', { name: 'Poista kuva' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Poista ääniviesti' })).toBeNull();
  });

  it('lets a support person remove the photo and the voice note', async () => {
    const saved = await tellWithPhotoAndVoice(true);
    fireEvent.click(screen.getByRole('button', { name: 'Poista kuva' }));
    await waitFor(() => expect(saved.entries[0]?.data).toEqual({ voiceId: 'media-2' }));
    expect(screen.queryByRole('img', { name: 'Kuva, jonka Anna otti' })).toBeNull();
    expect(screen.getByLabelText('Ota kuva tai valitse kuva')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Poista kuva' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Poista ääniviesti' }));
    await waitFor(() => expect(saved.entries[0]?.data).toEqual({}));
    expect(screen.queryByRole('button', { name: 'Kuuntele nauhoitus' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Nauhoita ääni' })).toBeTruthy();
  });

  it('offers undo that puts the story back as it was', async () => {
    const story: Entry = {
      id: 'g/m02-keys/story/anna', groupId: 'g', meetingId: 'm02', exerciseId: 'm02-keys', type: 'story', key: 'anna',
      data: { photoId: 'photo-1', voiceId: 'voice-1', text: 'Avain kotiin.' }, updatedAt: '2026-11-23T10:00:00.000Z_0000', deviceId: 'd', deleted: false,
    };
    const putUndoable = vi.fn<Answers['putUndoable']>(async () => undefined);
    const answers: Answers = { entries: [story], draftKey: 'g/m02/m02-keys', put: async () => undefined, remove: async () => undefined, putUndoable };
    render(
      <SupportModeContext.Provider value={true}>
        <MediaContext.Provider value={memoryMedia()}>
          <StoryView exercise={keys} members={[anna]} answers={answers} sources={[]} step={anna.id} onStep={() => undefined} links={links} />
        </MediaContext.Provider>
      </SupportModeContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Poista ääniviesti' }));
    expect(putUndoable).toHaveBeenCalledWith(
      [{ type: 'story', key: 'anna', data: { photoId: 'photo-1', text: 'Avain kotiin.' } }],
      [{ type: 'story', key: 'anna', data: { photoId: 'photo-1', voiceId: 'voice-1', text: 'Avain kotiin.' } }],
      'Poistit ääniviestin.',
    );
  });
});
