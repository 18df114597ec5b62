import { useContext } from 'preact/hooks';
import { findMeetingExercise } from '../../content/lookup';
import { useT } from '../../i18n/useT';
import { kindOf } from '../../kinds/registry';
import { listMeetingEntries } from '../../storage/repositories/entries';
import { KioskContext } from '../../ui/kioskPort';
import { lazyPanel } from '../documents/lazyPanel';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { KindHost } from '../parts/KindHost';
import { NotFoundScreen } from '../parts/NotFoundScreen';
import { WayOn } from '../parts/WayOn';
import { WorkbookName } from '../parts/WorkbookName';
import { navigate, type Route } from '../router';
import { SupportOnly } from '../support/SupportOnly';

type ExerciseRoute = Extract<Route, { name: 'exercise' }>;

// Loaded only in support-person mode, and not with the exercise: documents are made now and then.
const DocumentPanel = lazyPanel(() => import('../documents/DocumentPanel').then((m) => m.DocumentPanel));

/** An exercise, drawn by its kind's view; a kind that is not built yet shows "coming soon". */
export function ExerciseScreen({ route }: { readonly route: ExerciseRoute }) {
  const { t, tContent } = useT();
  const found = findMeetingExercise(route.meetingId, route.exerciseId);
  // The meeting's answers say whether this exercise is done and which exercises were chosen for today.
  const meetingEntries = useLive(() => listMeetingEntries(route.groupId, route.meetingId), [route.groupId, route.meetingId]);
  // Visitors at the feedback kiosk stay in the survey: no way on to the group's exercises.
  const isKiosk = useContext(KioskContext).isOn;
  if (!found) return <NotFoundScreen route={route} title={t('notFound.title')} text={t('notFound.text')} />;
  const { exercise, meeting } = found;
  return (
    <AppScreen route={route} title={tContent(exercise.titleKey)} helpKey={`exercise.${kindOf(exercise.kind) ? exercise.kind : 'comingSoon'}`}>
      <WorkbookName exercise={exercise} />
      <KindHost
        groupId={route.groupId}
        scope={route.meetingId}
        exercise={exercise}
        step={route.step}
        onStep={(step) => navigate({ ...route, step }, { replace: true })}
      />
      {meetingEntries && !isKiosk ? (
        <WayOn groupId={route.groupId} meeting={meeting} exercise={exercise} step={route.step} entries={meetingEntries} />
      ) : null}
      {/* A PDF of the exercise's result (the memo, the invitation…) when it has one: documents/registry.ts. */}
      <SupportOnly>
        <DocumentPanel groupId={route.groupId} meetingId={route.meetingId} exerciseId={exercise.id} step={route.step} />
      </SupportOnly>
    </AppScreen>
  );
}
