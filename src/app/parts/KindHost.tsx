import { useMemo } from 'preact/hooks';
import type { Exercise } from '../../content/types';
import type { EntryScope } from '../../domain/records';
import { ComingSoon } from '../../kinds/ComingSoon';
import { kindOf } from '../../kinds/registry';
import { listEntriesOfExercises } from '../../storage/repositories/entries';
import { listMembers } from '../../storage/repositories/people';
import { Loading } from '../../ui/Loading';
import { MediaContext } from '../../ui/mediaPort';
import { answersFor } from '../hooks/answersFor';
import { useGroupFacts } from '../hooks/useGroupFacts';
import { useKindView } from '../hooks/useKindView';
import { useLive } from '../hooks/useLive';
import { usePendingAnswers } from '../hooks/usePendingAnswers';
import { href } from '../router';
import { mediaPortFor } from './mediaPortFor';

interface Props {
  readonly groupId: string;
  /** The meeting the answers belong to, or the whole group (getting-started boards). */
  readonly scope: EntryScope;
  readonly exercise: Exercise;
  readonly step: string | null;
  readonly onStep: (step: string | null) => void;
}

/** Draws an exercise with its kind's view, wired to the group's saved answers, photos and members. */
export function KindHost({ groupId, scope, exercise, step, onStep }: Props) {
  const View = useKindView(exercise);
  const sourceIds = exercise.sources ?? [];
  const saved = useLive(() => listEntriesOfExercises(groupId, [exercise.id, ...sourceIds]), [groupId, exercise.id]);
  // A tap shows at once, and a quick second tap starts from it, not from the answers still on their way to disk.
  const { entries, track } = usePendingAnswers(saved);
  const media = useMemo(() => mediaPortFor(groupId), [groupId]);
  const members = useLive(() => listMembers(groupId), [groupId]);
  const group = useGroupFacts(groupId);
  if (!kindOf(exercise.kind)) return <ComingSoon />;
  if (!View || !entries || !members) return <Loading />;
  return (
    <MediaContext.Provider value={media}>
      {/* The view is a module loaded once per kind and kept in state, not a component made per render. */}
      {/* oxlint-disable-next-line react/static-components */}
      <View
        exercise={exercise}
        members={members}
        answers={answersFor(groupId, scope, exercise.id, entries, track)}
        sources={entries.filter((e) => sourceIds.includes(e.exerciseId))}
        step={step}
        onStep={onStep}
        {...(group ? { group } : {})}
        links={{
          group: href({ name: 'group', groupId }),
          members: href({ name: 'members', groupId }),
          rules: href({ name: 'rules', groupId }),
          partners: href({ name: 'partners', groupId }),
          newPartnerFrom: (key) => href({ name: 'newPartner', groupId, from: { exerciseId: exercise.id, key } }),
          slideshow: (at) => href(scope === 'group' ? { name: 'slideshow', groupId } : { name: 'slideshow', groupId, from: { meetingId: scope, exerciseId: exercise.id, step: at } }),
        }}
      />
    </MediaContext.Provider>
  );
}
