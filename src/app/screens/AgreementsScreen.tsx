import { startBoards } from '../../content/startBoards';
import { useT } from '../../i18n/useT';
import { chosenOptions, ownOptions } from '../../kinds/choiceBoard/model';
import { listEntriesOfExercises } from '../../storage/repositories/entries';
import { PictureCard } from '../../ui/PictureCard';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { SpeakButton } from '../../ui/SpeakButton';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { href, type Route } from '../router';

/** "Let's agree together": every getting-started board with what the group chose, on one page. */
export function AgreementsScreen({ route, groupId }: { readonly route: Route; readonly groupId: string }) {
  const { t, tContent } = useT();
  const entries = useLive(() => listEntriesOfExercises(groupId, startBoards.map((b) => b.id)), [groupId]);
  return (
    <AppScreen route={route} title={t('agreements.title')}>
      <PictureCard pictogram="agree-together" text={t('agreements.intro')} speakLabel={t('actions.listen')} />
      <ul class="agreement-list">
        {startBoards.map((board) => {
          const own = entries?.filter((e) => e.exerciseId === board.id) ?? [];
          const chosen = chosenOptions(own);
          const options = board.config.options.filter((o) => chosen.has(o.id));
          const ownTexts = ownOptions(own).map((o) => o.text);
          const title = tContent(board.titleKey);
          return (
            <li key={board.id} class="agreement" data-card>
              <a class="agreement__link" href={href({ name: 'board', groupId, boardId: board.id })}>
                <Pictogram id={board.pictogram} size={56} />
                <Say class="agreement__title" text={title} />
              </a>
              {options.length + ownTexts.length === 0 ? (
                <Say class="agreement__none" text={t('agreements.notYet')} />
              ) : (
                <ul class="diary-chips" aria-label={t('agreements.chosen', { title })}>
                  {options.map((o) => (
                    <li key={o.id} class="diary-chip">
                      <Pictogram id={o.pictogram} size={40} />
                      <Say text={tContent(o.textKey)} />
                    </li>
                  ))}
                  {ownTexts.map((text, i) => (
                    <li key={`own-${i}`} class="diary-chip">
                      <Pictogram id="idea" size={40} />
                      <Say text={text} />
                    </li>
                  ))}
                </ul>
              )}
              <SpeakButton label={t('actions.listen')} scope="[data-card]" />
            </li>
          );
        })}
      </ul>
    </AppScreen>
  );
}
