import { useMemo } from 'preact/hooks';
import { meetings } from '../../content/meetings';
import { goalExerciseIds } from '../../content/outcomes';
import { useT } from '../../i18n/useT';
import { allGroupEntries } from '../../storage/repositories/entries';
import { listMeetingRecords } from '../../storage/repositories/meetings';
import { listMembers } from '../../storage/repositories/people';
import { MediaContext } from '../../ui/mediaPort';
import { PictureCard } from '../../ui/PictureCard';
import { diaryPages } from '../diary/model';
import { DiaryPageView } from '../diary/DiaryPageView';
import { useLive } from '../hooks/useLive';
import { useRules } from '../hooks/useRules';
import { AppScreen } from '../parts/AppScreen';
import { mediaPortFor } from '../parts/mediaPortFor';
import type { Route } from '../router';

/** The group's shared history: every meeting it has held or worked on, newest last, in pictures. */
export function DiaryScreen({ route, groupId }: { readonly route: Route; readonly groupId: string }) {
  const { t } = useT();
  const entries = useLive(() => allGroupEntries(groupId), [groupId]);
  const records = useLive(() => listMeetingRecords(groupId), [groupId]);
  const members = useLive(() => listMembers(groupId), [groupId]);
  const rules = useRules(groupId);
  const media = useMemo(() => mediaPortFor(groupId), [groupId]);
  const pages = entries && records ? diaryPages(meetings, records, entries) : null;
  const goalIds = new Set(goalExerciseIds());
  const goalEntries = entries?.filter((e) => !e.deleted && e.type === 'goal' && goalIds.has(e.exerciseId)) ?? [];
  return (
    <AppScreen route={route} title={t('diary.title')}>
      {pages?.length === 0 ? <PictureCard pictogram="diary" text={t('diary.empty')} speakLabel={t('actions.listen')} /> : null}
      <MediaContext.Provider value={media}>
        {pages?.map((page) => (
          <DiaryPageView key={page.meeting.id} groupId={groupId} page={page} members={members ?? []} rules={rules ?? []} goalEntries={goalEntries} />
        ))}
      </MediaContext.Provider>
    </AppScreen>
  );
}
