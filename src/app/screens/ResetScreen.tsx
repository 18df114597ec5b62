import { useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { emptyDevice } from '../../services/pinLock';
import { reportError } from '../../state/errorStore';
import { BigButton } from '../../ui/BigButton';
import { Notice } from '../../ui/Notice';
import { PictureCard } from '../../ui/PictureCard';
import { TextField } from '../../ui/TextField';
import { AppScreen } from '../parts/AppScreen';
import type { Route } from '../router';

/**
 * A forgotten PIN: the only way on is to empty this tablet. It cannot be undone (an undo would also
 * undo the PIN's protection), so the support person types a word first, and is told plainly.
 */
export function ResetScreen({ route }: { readonly route: Route }) {
  const { t } = useT();
  const [word, setWord] = useState('');
  const [isEmptying, setEmptying] = useState(false);
  const isWordRight = word.trim().toLocaleLowerCase() === t('reset.word').toLocaleLowerCase();
  return (
    <AppScreen route={route} title={t('reset.title')}>
      <PictureCard size="large" pictogram="support-mode" text={t('reset.why')} speakLabel={t('actions.listen')} />
      <Notice pictogram="remove" tone="warning" text={t('reset.what')} />
      <PictureCard pictogram="share" text={t('reset.files')} speakLabel={t('actions.listen')} />
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (!isWordRight) return;
          setEmptying(true);
          emptyDevice()
            .then(() => window.location.replace('#/'))
            .then(() => window.location.reload())
            .catch(reportError);
        }}
      >
        <TextField name="reset-word" label={t('reset.typeWord', { word: t('reset.word') })} pictogram="edit" value={word} maxLength={40} onInput={setWord} />
        <BigButton type="submit" variant="primary" pictogram="remove" label={t('reset.empty')} disabled={!isWordRight || isEmptying} />
      </form>
    </AppScreen>
  );
}
