import { useRef, useState } from 'preact/hooks';
import type { PictogramId } from '../../content/pictogramId';
import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { TextField } from '../../ui/TextField';
import { DrawingInput } from './drawing/DrawingInput';
import { VoiceInput } from './MediaInputs';

export type NewCardContent = { readonly text: string } | { readonly voiceId: string };

interface Props {
  readonly label: string;
  readonly pictogram: PictogramId;
  readonly onAdd: (content: NewCardContent) => void;
  /** Given: a card can also be drawn ("Piirrä"); the drawing's media id. */
  readonly onDrawn?: (drawingId: string) => void;
}

/** Add a card by writing a few words, by recording them, or (where the card can hold one) by drawing. */
export function AddCard({ label, pictogram, onAdd, onDrawn }: Props) {
  const { t } = useT();
  const [text, setText] = useState('');
  // The words as typed, read at the tap: a quick second tap on "Lisää" finds them already taken (one card).
  const textRef = useRef('');
  const type = (words: string) => {
    textRef.current = words;
    setText(words);
  };
  return (
    <div class="add-card stack">
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          const words = textRef.current.trim();
          if (!words) return;
          type('');
          onAdd({ text: words });
        }}
      >
        <TextField name="new-card" label={label} pictogram={pictogram} value={text} maxLength={300} onInput={type} />
        <BigButton type="submit" pictogram="add" label={t('cards.add')} />
      </form>
      <div class="button-row">
        <VoiceInput hasVoice={false} onSaved={(voiceId) => onAdd({ voiceId })} />
        {onDrawn ? <DrawingInput hasDrawing={false} onSaved={onDrawn} /> : null}
      </div>
    </div>
  );
}
