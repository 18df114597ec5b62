import { useMemo } from 'preact/hooks';
import { meetings } from '../../content/meetings';
import { goalExerciseIds } from '../../content/outcomes';
import { useT } from '../../i18n/useT';
import { getGroup } from '../../storage/repositories/groups';
import { allGroupEntries } from '../../storage/repositories/entries';
import { listMembers } from '../../storage/repositories/people';
import { Loading } from '../../ui/Loading';
import { MediaContext } from '../../ui/mediaPort';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { mediaPortFor } from '../parts/mediaPortFor';
import { parentOf } from '../routeParents';
import { href, type Route } from '../router';
import { buildSlides } from './slides';
import { Slideshow } from './Slideshow';

interface Props {
  readonly route: Route;
  readonly groupId: string;
}

/** Meeting 6's presentation: the group's pitch, goal and photos as big slides, for showing partners. */
export function SlideshowScreen({ route, groupId }: Props) {
  const { t } = useT();
  const data = useLive(async () => {
    const [group, members, entries] = await Promise.all([getGroup(groupId), listMembers(groupId), allGroupEntries(groupId)]);
    return { groupName: group?.name ?? '', members, entries };
  }, [groupId]);
  const media = useMemo(() => mediaPortFor(groupId), [groupId]);
  const slides = useMemo(() => {
    if (!data) return null;
    const pitch = meetings.flatMap((m) => m.exercises).find((e) => e.kind === 'pitchBuilder');
    return buildSlides({
      ...data,
      meetings,
      goalExerciseIds: goalExerciseIds(),
      pitch: pitch?.kind === 'pitchBuilder' ? { exerciseId: pitch.id, questions: pitch.config.questions } : null,
    });
  }, [data]);
  const back = parentOf(route);
  return (
    <AppScreen route={route} title={t('slideshow.title')}>
      <MediaContext.Provider value={media}>
        {slides ? <Slideshow slides={slides} exitHref={href(back ?? { name: 'group', groupId })} /> : <Loading />}
      </MediaContext.Provider>
    </AppScreen>
  );
}
