import type { ComponentChildren } from 'preact';
import type { PictogramId } from '../../content/pictogramId';
import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';

interface Props {
  readonly step: number;
  readonly isLast: boolean;
  readonly go: (to: number) => void;
  /** The last question's submit button ("Lisää kortti", "Tallenna vastaus"). */
  readonly finish: { readonly label: string; readonly pictogram: PictogramId };
  /** More buttons after the way on (e.g. "Peru"). */
  readonly children?: ComponentChildren;
}

/**
 * A step form's way on: "Edellinen", "Seuraava" and on the last question the submit button. The second
 * tap of a double tap (detail 2) does nothing here: it neither skips a question nor submits twice.
 */
export function QuestionNav({ step, isLast, go, finish, children }: Props) {
  const { t } = useT();
  return (
    <div
      class="card-form__nav"
      onClickCapture={(event) => {
        if (event.detail > 1) {
          event.preventDefault();
          event.stopPropagation();
        }
      }}
    >
      {/* Keys: "Seuraava" turning into the submit button under the same tap would submit at once. */}
      {step > 0 ? <BigButton key="previous" pictogram="previous" label={t('cards.form.previous')} onClick={() => go(step - 1)} /> : null}
      {isLast ? (
        <BigButton key="finish" type="submit" variant="primary" pictogram={finish.pictogram} label={finish.label} />
      ) : (
        <BigButton key="next" variant="primary" pictogram="next" label={t('cards.form.next')} onClick={() => go(step + 1)} />
      )}
      {children}
    </div>
  );
}
