// The drawing pad's buttons: colours (one pressed at a time), undo stroke by stroke, Tyhjennä with
// undo, Peru and Valmis with nothing drawn. The drawing itself and saving it are tested in Chromium
// (tests/e2e/drawing.spec.ts): happy-dom has no canvas to draw on.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DrawingInput } from '../../src/kinds/shared/drawing/DrawingInput';
import { DrawingPad } from '../../src/kinds/shared/drawing/DrawingPad';
import { MediaContext } from '../../src/ui/mediaPort';
import { memoryMedia } from './harness';

const button = (name: string) => screen.getByRole('button', { name });

function stroke(canvas: Element, pointerId: number) {
  fireEvent.pointerDown(canvas, { pointerId, clientX: 10, clientY: 10, button: 0, pointerType: 'mouse' });
  fireEvent.pointerMove(canvas, { pointerId, clientX: 40, clientY: 30, pointerType: 'mouse' });
  fireEvent.pointerUp(canvas, { pointerId, clientX: 40, clientY: 30, pointerType: 'mouse' });
}

describe('the drawing pad', () => {
  it('has five named colours and an eraser, one chosen at a time', () => {
    render(<DrawingPad onDone={vi.fn<(picture: Blob) => void>()} onClose={vi.fn<() => void>()} />);
    for (const name of ['Musta', 'Punainen', 'Sininen', 'Vihreä', 'Keltainen', 'Pyyhekumi']) expect(button(name)).toBeTruthy();
    expect(button('Musta').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button('Sininen'));
    expect(button('Sininen').getAttribute('aria-pressed')).toBe('true');
    expect(button('Musta').getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button('Pyyhekumi'));
    expect(button('Pyyhekumi').getAttribute('aria-pressed')).toBe('true');
    expect(button('Sininen').getAttribute('aria-pressed')).toBe('false');
  });

  it('undoes stroke by stroke, and Tyhjennä can be undone', async () => {
    render(<DrawingPad onDone={vi.fn<(picture: Blob) => void>()} onClose={vi.fn<() => void>()} />);
    const canvas = screen.getByRole('img', { name: 'Piirrä tähän.' });
    expect((button('Kumoa') as HTMLButtonElement).disabled).toBe(true);
    expect((button('Tyhjennä') as HTMLButtonElement).disabled).toBe(true);
    stroke(canvas, 1);
    stroke(canvas, 2);
    await waitFor(() => expect((button('Tyhjennä') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button('Tyhjennä'));
    expect(await screen.findByText('Piirros on tyhjä.')).toBeTruthy();
    expect((button('Tyhjennä') as HTMLButtonElement).disabled).toBe(true);
    // Undo brings both strokes back; two more undos take them away one by one.
    fireEvent.click(button('Kumoa'));
    await waitFor(() => expect((button('Tyhjennä') as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByText('Piirros on tyhjä.')).toBeNull();
    fireEvent.click(button('Kumoa'));
    expect((button('Tyhjennä') as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(button('Kumoa'));
    await waitFor(() => expect((button('Tyhjennä') as HTMLButtonElement).disabled).toBe(true));
    expect((button('Kumoa') as HTMLButtonElement).disabled).toBe(true);
  });

  it('Peru leaves without saving; Valmis with nothing drawn saves nothing', () => {
    const onDone = vi.fn<(picture: Blob) => void>();
    const onClose = vi.fn<() => void>();
    render(<DrawingPad onDone={onDone} onClose={onClose} />);
    fireEvent.click(button('Peru'));
    fireEvent.click(button('Valmis'));
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('opens from "Piirrä", loaded when it is opened, and closes with Peru', async () => {
    render(
      <MediaContext.Provider value={memoryMedia()}>
        <DrawingInput hasDrawing={false} onSaved={vi.fn<(mediaId: string) => void>()} />
      </MediaContext.Provider>,
    );
    expect(screen.queryByRole('img', { name: 'Piirrä tähän.' })).toBeNull();
    fireEvent.click(button('Piirrä'));
    expect(await screen.findByRole('img', { name: 'Piirrä tähän.' })).toBeTruthy();
    fireEvent.click(button('Peru'));
    await waitFor(() => expect(screen.queryByRole('img', { name: 'Piirrä tähän.' })).toBeNull());
    // The focus is back on "Piirrä".
    await waitFor(() => expect(document.activeElement).toBe(button('Piirrä')));
  });
});
