import { useState } from 'preact/hooks';
import type { PictogramId } from '../../../content/pictogramId';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Notice } from '../../../ui/Notice';
import { TextField } from '../../../ui/TextField';

interface Props {
  readonly label: string;
  readonly pictogram: PictogramId;
  readonly name: string;
  readonly initial: string;
  readonly maxLength: number;
  readonly multiline?: boolean;
  readonly onSave: (text: string) => Promise<void>;
}

/** Words for a task, saved with "Save"; a quiet note says when they are saved. */
export function TextPart({ label, pictogram, name, initial, maxLength, multiline, onSave }: Props) {
  const { t } = useT();
  const [text, setText] = useState(initial);
  const [isSaved, setSaved] = useState(false);
  return (
    <form
      class="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void onSave(text).then(() => setSaved(true));
      }}
    >
      <TextField
        name={name}
        label={label}
        pictogram={pictogram}
        value={text}
        maxLength={maxLength}
        multiline={multiline ?? false}
        onInput={(value) => {
          setText(value);
          setSaved(false);
        }}
      />
      <BigButton type="submit" pictogram="save" label={t('actions.save')} />
      {isSaved ? <Notice pictogram="done" tone="success" text={t('taskTable.saved')} /> : null}
    </form>
  );
}
