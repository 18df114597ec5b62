import type { PictogramId } from '../content/pictogramId';
import { Pictogram } from './Pictogram';
import { Say } from './Say';

interface Props {
  readonly label: string;
  readonly pictogram: PictogramId;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly type?: 'text' | 'date' | 'time' | 'password';
  readonly name: string;
  readonly required?: boolean;
  readonly maxLength?: number;
  readonly multiline?: boolean;
  /** A number pad on a tablet (PIN codes). */
  readonly numeric?: boolean;
}

/** A labelled text field with a picture, big enough to tap. */
export function TextField({ label, pictogram, value, onInput, type = 'text', name, required, maxLength, multiline, numeric }: Props) {
  const common = {
    class: 'field__input',
    name,
    value,
    required,
    maxLength,
    ...(numeric ? { inputMode: 'numeric' as const } : {}),
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <label class="field">
      <span class="field__label">
        <Pictogram id={pictogram} size={40} />
        <Say text={label} />
      </span>
      {multiline ? (
        <textarea rows={3} {...common} />
      ) : type === 'date' ? (
        <input type="date" {...common} />
      ) : type === 'time' ? (
        <input type="time" {...common} />
      ) : type === 'password' ? (
        <input type="password" autoComplete="new-password" {...common} />
      ) : (
        <input type="text" autoComplete="off" {...common} />
      )}
    </label>
  );
}
