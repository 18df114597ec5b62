import { findStartBoard } from '../../content/lookup';
import { useT } from '../../i18n/useT';
import { AppScreen } from '../parts/AppScreen';
import { KindHost } from '../parts/KindHost';
import { NotFoundScreen } from '../parts/NotFoundScreen';
import type { Route } from '../router';

interface Props {
  readonly route: Route;
  readonly groupId: string;
  readonly boardId: string;
}

/** One getting-started board: a question with picture options, and the group's own options. */
export function BoardScreen({ route, groupId, boardId }: Props) {
  const { t, tContent } = useT();
  const board = findStartBoard(boardId);
  if (!board) return <NotFoundScreen route={route} title={t('notFound.title')} text={t('notFound.text')} />;
  return (
    <AppScreen route={route} title={tContent(board.titleKey)} helpKey="exercise.choiceBoard">
      <KindHost groupId={groupId} scope="group" exercise={board} step={null} onStep={() => undefined} />
    </AppScreen>
  );
}
