import { useState } from 'preact/hooks';
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
  return (
    <div class="add-card stack">
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) return;
          onAdd({ text: text.trim() });
          setText('');
        }}
      >
        <TextField name="new-card" label={label} pictogram={pictogram} value={text} maxLength={300} onInput={setText} />
        <BigButton type="submit" pictogram="add" label={t('cards.add')} />
      </form>
      <VoiceInput hasVoice={false} onSaved={(voiceId) => onAdd({ voiceId })} />
    </div>
  );
}
