import { findExercise } from '../../content/lookup';
import type { Exercise } from '../../content/types';
import { useMemo } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { MediaContext } from '../../ui/mediaPort';
import { mediaPortFor } from '../parts/mediaPortFor';
import { ComingSoon } from '../../kinds/ComingSoon';
import { kindOf } from '../../kinds/registry';
import { listEntriesOfExercises } from '../../storage/repositories/entries';
import { listMembers } from '../../storage/repositories/people';
import { answersFor } from '../hooks/answersFor';
import { useKindView } from '../hooks/useKindView';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { NotFoundScreen } from '../parts/NotFoundScreen';
import { href, navigate, type Route } from '../router';

type ExerciseRoute = Extract<Route, { name: 'exercise' }>;

/** An exercise, drawn by its kind's view; a kind that is not built yet shows "coming soon". */
export function ExerciseScreen({ route }: { readonly route: ExerciseRoute }) {
  const { t, tContent } = useT();
  const found = findExercise(route.exerciseId);
  if (!found || found.meeting.id !== route.meetingId) return <NotFoundScreen route={route} title={t('notFound.title')} text={t('notFound.text')} />;
  const { exercise } = found;
  return (
    <AppScreen route={route} title={tContent(exercise.titleKey)} helpKey={`exercise.${kindOf(exercise.kind) ? exercise.kind : 'comingSoon'}`}>
      <KindHost route={route} exercise={exercise} />
    </AppScreen>
  );
}

interface HostProps {
  readonly route: ExerciseRoute;
  readonly exercise: Exercise;
}

function KindHost({ route, exercise }: HostProps) {
  const { groupId, meetingId, exerciseId } = route;
  const View = useKindView(exercise);
  const sourceIds = exercise.sources ?? [];
  const entries = useLive(() => listEntriesOfExercises(groupId, [exerciseId, ...sourceIds]), [groupId, exerciseId]);
  const media = useMemo(() => mediaPortFor(groupId), [groupId]);
  const members = useLive(() => listMembers(groupId), [groupId]);
  if (!kindOf(exercise.kind)) return <ComingSoon />;
  if (!View || !entries || !members) return <div class="loading" aria-busy="true" />;
  return (
    <MediaContext.Provider value={media}>
      {/* The view is a module loaded once per kind and kept in state, not a component made per render. */}
      {/* oxlint-disable-next-line react/static-components */}
      <View
      exercise={exercise}
      members={members}
      answers={answersFor(groupId, meetingId, exerciseId, entries)}
      sources={entries.filter((e) => sourceIds.includes(e.exerciseId))}
      step={route.step}
      onStep={(step) => navigate({ ...route, step }, { replace: true })}
      links={{
        group: href({ name: 'group', groupId }),
        members: href({ name: 'members', groupId }),
        rules: href({ name: 'rules', groupId }),
      }}
      />
    </MediaContext.Provider>
  );
}
