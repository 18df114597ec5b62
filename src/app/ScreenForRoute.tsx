import { useContext, useEffect } from 'preact/hooks';
import { useT } from '../i18n/useT';
import { stopSpeaking } from '../services/speech/speech';
import { NotFoundScreen } from './parts/NotFoundScreen';
import { GroupGate } from './parts/GroupGate';
import { SupportModeContext } from '../ui/modePort';
import { href, supportOnlyRoutes, type Route } from './router';
import { lazyScreen } from './lazyScreen';
import { StartScreen } from './screens/StartScreen';

const LockedScreen = lazyScreen(() => import('./support/LockedScreen').then((m) => m.LockedScreen));
const ExerciseScreen = lazyScreen(() => import('./screens/ExerciseScreen').then((m) => m.ExerciseScreen));
const GroupFormScreen = lazyScreen(() => import('./screens/GroupFormScreen').then((m) => m.GroupFormScreen));
const GroupScreen = lazyScreen(() => import('./screens/GroupScreen').then((m) => m.GroupScreen));
const MeetingHeldScreen = lazyScreen(() => import('./screens/MeetingHeldScreen').then((m) => m.MeetingHeldScreen));
const MeetingSummaryScreen = lazyScreen(() => import('./screens/MeetingSummaryScreen').then((m) => m.MeetingSummaryScreen));
const MeetingScreen = lazyScreen(() => import('./screens/MeetingScreen').then((m) => m.MeetingScreen));
const MemberFormScreen = lazyScreen(() => import('./screens/MemberFormScreen').then((m) => m.MemberFormScreen));
const MembersScreen = lazyScreen(() => import('./screens/MembersScreen').then((m) => m.MembersScreen));
const RulesScreen = lazyScreen(() => import('./screens/RulesScreen').then((m) => m.RulesScreen));
const ExportScreen = lazyScreen(() => import('./screens/ExportScreen').then((m) => m.ExportScreen));
const ImportScreen = lazyScreen(() => import('./screens/ImportScreen').then((m) => m.ImportScreen));
const AgreementsScreen = lazyScreen(() => import('./screens/AgreementsScreen').then((m) => m.AgreementsScreen));
const BoardScreen = lazyScreen(() => import('./screens/BoardScreen').then((m) => m.BoardScreen));
const TodosScreen = lazyScreen(() => import('./todos/TodosScreen').then((m) => m.TodosScreen));
const DocumentsScreen = lazyScreen(() => import('./documents/DocumentsScreen').then((m) => m.DocumentsScreen));
const SlideshowScreen = lazyScreen(() => import('./slideshow/SlideshowScreen').then((m) => m.SlideshowScreen));
const DiaryScreen = lazyScreen(() => import('./screens/DiaryScreen').then((m) => m.DiaryScreen));
const AboutScreen = lazyScreen(() => import('./screens/AboutScreen').then((m) => m.AboutScreen));
const LibraryScreen = lazyScreen(() => import('./screens/LibraryScreen').then((m) => m.LibraryScreen));
const LibraryItemScreen = lazyScreen(() => import('./screens/LibraryItemScreen').then((m) => m.LibraryItemScreen));
const OwnPicturesScreen = lazyScreen(() => import('./ownPictures/OwnPicturesScreen').then((m) => m.OwnPicturesScreen));
const PartnersScreen = lazyScreen(() => import('./screens/PartnersScreen').then((m) => m.PartnersScreen));
const PartnerFormScreen = lazyScreen(() => import('./screens/PartnerFormScreen').then((m) => m.PartnerFormScreen));
const PlanScreen = lazyScreen(() => import('./screens/PlanScreen').then((m) => m.PlanScreen));
const ResetScreen = lazyScreen(() => import('./screens/ResetScreen').then((m) => m.ResetScreen));
const SettingsScreen = lazyScreen(() => import('./screens/SettingsScreen').then((m) => m.SettingsScreen));

/** Picks the screen for an address. A new screen starts at the top, in silence. */
export function ScreenForRoute({ route }: { readonly route: Route }) {
  const address = href(route);
  const screenKey = route.name === 'exercise' ? `exercise/${route.exerciseId}` : address;
  useEffect(() => {
    stopSpeaking();
    window.scrollTo(0, 0);
  }, [address]);
  // A participant who reaches a support person's screen (an old address, a guess) gets the PIN question.
  const isSupport = useContext(SupportModeContext);
  const screen = supportOnlyRoutes.has(route.name) && !isSupport ? <LockedScreen route={route} /> : screenFor(route);
  return (
    <div key={screenKey}>
      {'groupId' in route ? (
        <GroupGate route={route} groupId={route.groupId}>
          {screen}
        </GroupGate>
      ) : (
        screen
      )}
    </div>
  );
}

function screenFor(route: Route) {
  switch (route.name) {
    case 'start':
      return <StartScreen route={route} />;
    case 'settings':
      return <SettingsScreen route={route} />;
    case 'newGroup':
      return <GroupFormScreen route={route} groupId={null} />;
    case 'import':
      return <ImportScreen route={route} />;
    case 'reset':
      return <ResetScreen route={route} />;
    case 'library':
      return <LibraryScreen route={route} />;
    case 'about':
      return <AboutScreen route={route} />;
    case 'libraryItem':
      return <LibraryItemScreen route={route} section={route.section} itemId={route.itemId} />;
    case 'exportAll':
      return <ExportScreen route={route} groupId={null} />;
    case 'exportGroup':
      return <ExportScreen route={route} groupId={route.groupId} />;
    case 'editGroup':
      return <GroupFormScreen route={route} groupId={route.groupId} />;
    case 'group':
      return <GroupScreen route={route} groupId={route.groupId} />;
    case 'members':
      return <MembersScreen route={route} groupId={route.groupId} />;
    case 'newMember':
      return <MemberFormScreen route={route} groupId={route.groupId} personId={null} />;
    case 'editMember':
      return <MemberFormScreen route={route} groupId={route.groupId} personId={route.personId} />;
    case 'rules':
      return <RulesScreen route={route} groupId={route.groupId} />;
    case 'meeting':
      return <MeetingScreen route={route} groupId={route.groupId} meetingId={route.meetingId} />;
    case 'meetingHeld':
      return <MeetingHeldScreen route={route} groupId={route.groupId} meetingId={route.meetingId} />;
    case 'meetingSummary':
      return <MeetingSummaryScreen route={route} groupId={route.groupId} meetingId={route.meetingId} />;
    case 'agreements':
      return <AgreementsScreen route={route} groupId={route.groupId} />;
    case 'board':
      return <BoardScreen route={route} groupId={route.groupId} boardId={route.boardId} />;
    case 'diary':
      return <DiaryScreen route={route} groupId={route.groupId} />;
    case 'todos':
      return <TodosScreen route={route} groupId={route.groupId} />;
    case 'documents':
      return <DocumentsScreen route={route} groupId={route.groupId} />;
    case 'slideshow':
      return <SlideshowScreen route={route} groupId={route.groupId} />;
    case 'ownPictures':
      return <OwnPicturesScreen route={route} groupId={route.groupId} />;
    case 'partners':
      return <PartnersScreen route={route} groupId={route.groupId} />;
    case 'newPartner':
      return <PartnerFormScreen route={route} groupId={route.groupId} partnerId={null} from={route.from} />;
    case 'editPartner':
      return <PartnerFormScreen route={route} groupId={route.groupId} partnerId={route.partnerId} />;
    case 'plan':
      return <PlanScreen route={route} groupId={route.groupId} meetingId={route.meetingId} />;
    case 'exercise':
      return <ExerciseScreen route={route} />;
    case 'notFound':
      return <NotFound route={route} />;
  }
}

function NotFound({ route }: { readonly route: Route }) {
  const { t } = useT();
  return <NotFoundScreen route={route} title={t('notFound.title')} text={t('notFound.text')} />;
}
