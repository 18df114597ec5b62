import type { Exercise } from '../../content/types';
import { useT } from '../../i18n/useT';
import { Say } from '../../ui/Say';
import { SupportOnly } from '../support/SupportOnly';

/**
 * The exercise's name in the Porukka-hautomo workbook, small under the app's own title, for support
 * persons only (so they find it in the workbook). Nothing when the app uses the workbook's name.
 */
export function WorkbookName({ exercise, inCard = false }: { readonly exercise: Exercise; readonly inCard?: boolean }) {
  const { t } = useT();
  if (!exercise.workbookName) return null;
  const text = t('exercise.workbookName', { name: exercise.workbookName });
  return (
    <SupportOnly>
      {inCard ? <Say class="workbook-name workbook-name--card" text={text} /> : <p class="workbook-name"><Say text={text} /></p>}
    </SupportOnly>
  );
}
