import { useRef, useState } from 'preact/hooks';
import type { PictogramId } from '../../content/pictogramId';
import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { TextField } from '../../ui/TextField';
import { VoiceInput } from './MediaInputs';

export type NewCardContent = { readonly text: string } | { readonly voiceId: string };

interface Props {
  readonly label: string;
  readonly pictogram: PictogramId;
  readonly onAdd: (content: NewCardContent) => void;
}

/** Add a card by writing a few words or by recording them. */
export function AddCard({ label, pictogram, onAdd }: Props) {
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
      <VoiceInput hasVoice={false} onSaved={(voiceId) => onAdd({ voiceId })} />
    </div>
  );
}
