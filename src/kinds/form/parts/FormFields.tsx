import { useState } from 'preact/hooks';
import type { FormField } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { TextField } from '../../../ui/TextField';

interface Props {
  readonly fields: readonly FormField[];
  readonly values: Readonly<Record<string, string>>;
  /** Names to fill a "names" field with one tap (the group's support persons). */
  readonly suggestedNames: readonly string[];
  readonly onSave: (values: Record<string, string>) => Promise<void>;
}

/** The fields with big inputs; everything is saved with one "Tallenna". */
export function FormFields({ fields, values, suggestedNames, onSave }: Props) {
  const { t, tContent } = useT();
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((f) => [f.id, values[f.id] ?? ''])));
  const set = (id: string, value: string) => setDraft((previous) => ({ ...previous, [id]: value }));
  return (
    <form
      class="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void onSave(Object.fromEntries(Object.entries(draft).map(([id, value]) => [id, value.trim()])));
      }}
    >
      {fields.map((field) => (
        <div key={field.id} class="stack">
          <TextField
            name={field.id}
            type={field.input === 'date' || field.input === 'time' ? field.input : 'text'}
            label={tContent(field.labelKey)}
            pictogram={field.pictogram}
            value={draft[field.id] ?? ''}
            maxLength={200}
            onInput={(value) => set(field.id, value)}
          />
          {field.input === 'names' && suggestedNames.length > 0 ? (
            <BigButton pictogram="role-support" label={t('kinds.form.useSupportNames')} onClick={() => set(field.id, suggestedNames.join(', '))} />
          ) : null}
        </div>
      ))}
      <BigButton type="submit" variant="primary" pictogram="save" label={t('actions.save')} />
    </form>
  );
}
