// A drawing as an answer: the kiosk's open question keeps it in the visitor's reply and shows it. The
// pad is replaced by one that gives a finished picture at once (happy-dom has no canvas to draw on;
// drawing itself is tested in Chromium, tests/e2e/drawing.spec.ts).
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import type { ExerciseOf } from '../../src/content/types';
import { View } from '../../src/kinds/feedbackKiosk/View';
import { KioskContext, type KioskPort } from '../../src/ui/kioskPort';
import { KindHarness, memoryMedia, SavedAnswers } from './harness';

vi.mock('../../src/kinds/shared/drawing/DrawingPad', () => ({
  DrawingPad: ({ onDone }: { onDone: (picture: Blob) => void }) => (
    <button type="button" onClick={() => onDone(new Blob(['png'], { type: 'image/png' }))}>
      Piirros valmis
    </button>
  ),
}));

beforeEach(() => {
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test/drawing');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
});

const exercise = findExercise('m09-feedback')!.exercise as ExerciseOf<'feedbackKiosk'>;
const button = (name: string) => screen.getByRole('button', { name });

function Kiosk({ saved, media }: { saved: SavedAnswers; media: ReturnType<typeof memoryMedia> }) {
  const [isOn, setOn] = useState(false);
  const port: KioskPort = { isOn, enter: () => setOn(true), unlock: async () => true, leave: () => setOn(false) };
  return (
    <KioskContext.Provider value={port}>
      <KindHarness View={View} exercise={exercise} members={[]} saved={saved} media={media} />
    </KioskContext.Provider>
  );
}

describe('a drawing as an answer', () => {
  it('is kept in a kiosk visitor’s reply to an open question and shown there', async () => {
    const saved = new SavedAnswers();
    const media = memoryMedia();
    render(<Kiosk saved={saved} media={media} />);
    fireEvent.click(button('Aloita kysely'));
    await screen.findByRole('group', { name: 'Oliko sinulla mukavaa?' });
    fireEvent.click(button('Ohita'));
    await screen.findByText('Mikä oli mukavaa?');
    fireEvent.click(button('Piirrä'));
    fireEvent.click(await screen.findByRole('button', { name: 'Piirros valmis' }));
    expect(await screen.findByRole('img', { name: 'Piirros' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Piirrä uusi' })).toBeTruthy();
    await waitFor(() => {
      const reply = (saved.entries.find((e) => e.type === 'response')?.data as { replies: Record<string, { drawingId?: string }> } | undefined)?.replies['nice'];
      expect(reply?.drawingId).toBe('media-1');
    });
    expect(media.saved.get('media-1')?.type).toBe('image/png');
  });
});
