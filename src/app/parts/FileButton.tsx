import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';

interface Props {
  readonly label: string;
  readonly accept: string;
  readonly onPick: (file: File) => void;
}

/** "Pick a file": a big button that is a file input (touch, keyboard and switch alike). */
export function FileButton({ label, accept, onPick }: Props) {
  return (
    <label class="big-button big-button--primary big-button--row photo-button">
      <input
        type="file"
        accept={accept}
        class="visually-hidden"
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file) onPick(file);
        }}
      />
      <Pictogram id="share" size={40} />
      <Say class="big-button__label" text={label} />
    </label>
  );
}
