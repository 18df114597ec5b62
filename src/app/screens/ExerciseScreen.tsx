import { findExercise } from '../../content/lookup';
import type { Exercise, KindName } from '../../content/types';
import { useT } from '../../i18n/useT';
import { ComingSoon } from '../../kinds/ComingSoon';
import { kindOf } from '../../kinds/registry';
import type { KindDefinition, KindViewProps } from '../../kinds/types';
import { listExerciseEntries } from '../../storage/repositories/entries';
import { listMembers } from '../../storage/repositories/people';
import { answersFor } from '../hooks/answersFor';
import { useKindView } from '../hooks/useKindView';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { href, navigate, type Route } from '../router';

type ExerciseRoute = Extract<Route, { name: 'exercise' }>;

/** An exercise, drawn by its kind's view; a kind that is not built yet shows "coming soon". */
export function ExerciseScreen({ route }: { readonly route: ExerciseRoute }) {
  const { tContent } = useT();
  const found = findExercise(route.exerciseId);
  if (!found) return null;
  const { exercise } = found;
  return (
    <AppScreen route={route} title={tContent(exercise.titleKey)}>
      <KindHost route={route} exercise={exercise} kind={kindOf(exercise.kind) as KindDefinition<KindName> | undefined} />
    </AppScreen>
  );
}

interface HostProps {
  readonly route: ExerciseRoute;
  readonly exercise: Exercise;
  readonly kind: KindDefinition<KindName> | undefined;
}

function KindHost({ route, exercise, kind }: HostProps) {
  const { groupId, meetingId, exerciseId } = route;
  const View = useKindView(kind) as ((props: KindViewProps<KindName>) => preact.JSX.Element) | null;
  const entries = useLive(() => listExerciseEntries(groupId, exerciseId), [groupId, exerciseId]);
  const members = useLive(() => listMembers(groupId), [groupId]);
  if (!kind) return <ComingSoon />;
  if (!View || !entries || !members) return <div class="loading" aria-busy="true" />;
  return (
    <View
      exercise={exercise}
      members={members}
      answers={answersFor(groupId, meetingId, exerciseId, entries)}
      step={route.step}
      onStep={(step) => navigate({ ...route, step }, { replace: true })}
      links={{
        group: href({ name: 'group', groupId }),
        members: href({ name: 'members', groupId }),
        rules: href({ name: 'rules', groupId }),
      }}
    />
  );
}
