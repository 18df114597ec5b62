import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { languageNames } from '../../i18n/languageNames';
import type { Language } from '../../i18n/i18n';
import { appUpdateStore, dismissOfflineReady } from '../../state/appUpdateStore';
import { dismissProblem, errorStore } from '../../state/errorStore';
import { setMissingVoice, speechStore } from '../../state/speechStore';
import { dismissUndo, runUndo, undoStore } from '../../state/undoStore';
import { useStore } from '../../state/useStore';
import { BigButton } from '../../ui/BigButton';
import { Notice } from '../../ui/Notice';
import type { Route } from '../router';

/** Screens where reloading for an update could interrupt someone: exercises and forms. */
const busyScreens: ReadonlySet<Route['name']> = new Set([
  'exercise', 'board', 'plan', 'newGroup', 'editGroup', 'newMember', 'editMember', 'meetingHeld', 'rules',
  'newPartner', 'editPartner', 'import', 'exportGroup', 'exportAll', 'settings', 'reset',
]);

/**
 * Screens where participants tap choices (an exercise and its turns, a getting-started board, the
 * slideshow). A message that only tells news, such as "works without the internet now", waits until
 * the group has left them: on a phone at the largest text it takes a third of the screen, and it
 * must not come up over a turn that is open (participant-ux: notices never cover a choice).
 */
const tappingScreens: ReadonlySet<Route['name']> = new Set(['exercise', 'board', 'slideshow']);

/**
 * The messages that appear at the bottom of the window. None of them goes away by itself, and none
 * covers a form or a choice: their height is kept in --notices-height, which gives the page as much
 * room at its end and lifts sticky buttons ("Valmis") above them (wayOn.css).
 */
export function Notices({ route }: { readonly route: Route }) {
  const { t } = useT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const root = document.documentElement;
    let height = 0;
    const measure = () => {
      const grew = Math.ceil(el.getBoundingClientRect().height) > height;
      height = Math.ceil(el.getBoundingClientRect().height);
      root.style.setProperty('--notices-height', `${height}px`);
      // A notice that just came must not hide what the person is using: the focused choice or field
      // moves up clear of it (scroll-padding-bottom keeps the notices' height free, wayOn.css).
      const active = document.activeElement;
      if (grew && active instanceof HTMLElement && active !== document.body && !el.contains(active)) {
        if (active.getBoundingClientRect().bottom > window.innerHeight - height) active.scrollIntoView({ block: 'nearest' });
      }
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return () => root.style.removeProperty('--notices-height');
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--notices-height');
    };
  }, []);
  const problem = useStore(errorStore, (s) => s.problem);
  const undo = useStore(undoStore, (s) => s.offer);
  const missingVoice = useStore(speechStore, (s) => s.missingVoice);
  const offlineReady = useStore(appUpdateStore, (s) => s.offlineReady);
  const applyUpdate = useStore(appUpdateStore, (s) => s.applyUpdate);
  const voiceLanguage = (missingVoice?.slice(0, 2) ?? 'fi') as Language;
  const close = (onClick: () => void) => <BigButton variant="quiet" pictogram="close" label={t('actions.close')} onClick={onClick} />;

  return (
    <div class="notices" ref={box}>
      {problem ? (
        <Notice pictogram="storage" tone="warning" text={t(problem === 'storageFull' ? 'problems.storageFull' : 'problems.saveFailed')}>
          {close(dismissProblem)}
        </Notice>
      ) : null}
      {undo ? (
        <Notice pictogram="undo" text={undo.message}>
          <BigButton variant="primary" pictogram="undo" label={undo.label ?? t('actions.undo')} onClick={() => void runUndo()} />
          {close(dismissUndo)}
        </Notice>
      ) : null}
      {missingVoice ? (
        <Notice
          pictogram="no-voice"
          tone="warning"
          text={t('speech.noVoice', { language: languageNames[voiceLanguage]?.name ?? missingVoice })}
        >
          {close(() => setMissingVoice(null))}
        </Notice>
      ) : null}
      {applyUpdate && !busyScreens.has(route.name) ? (
        <Notice pictogram="update" text={t('app.updateReady')}>
          <BigButton variant="primary" pictogram="update" label={t('app.update')} onClick={applyUpdate} />
        </Notice>
      ) : null}
      {offlineReady && !tappingScreens.has(route.name) ? (
        <Notice pictogram="offline-ready" tone="success" text={t('app.offlineReady')}>
          {close(dismissOfflineReady)}
        </Notice>
      ) : null}
    </div>
  );
}
