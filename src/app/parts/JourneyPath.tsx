import { meetings } from '../../content/meetings';
import { phases } from '../../content/phases';
import type { JourneyProgress } from '../../domain/journey';
import { useT } from '../../i18n/useT';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { href } from '../router';

interface Props {
  readonly groupId: string;
  readonly progress: JourneyProgress;
}

/** The ten meetings as a picture path in five phases: held ones ticked, the next one highlighted. */
export function JourneyPath({ groupId, progress }: Props) {
  const { t, tContent } = useT();
  return (
    <ol class="journey">
      {phases.map((phase) => (
        <li key={phase.id} class="journey__phase">
          <h3 class="journey__phase-title">
            <Pictogram id={phase.pictogram} size={40} />
            <Say text={tContent(phase.titleKey)} />
          </h3>
          <ol class="journey__steps">
            {meetings
              .filter((m) => m.phase === phase.id)
              .map((m) => {
                const isHeld = progress.held.has(m.id);
                const isNext = progress.next === m.id;
                const state = isHeld ? 'is-held' : isNext ? 'is-next' : '';
                return (
                  <li key={m.id} class={`journey__step ${state}`}>
                    <a
                      class="journey__link"
                      href={href({ name: 'meeting', groupId, meetingId: m.id })}
                      aria-current={isNext ? 'step' : undefined}
                    >
                      <span class="journey__number" aria-hidden="true">
                        {m.number}
                      </span>
                      <Pictogram id={m.pictogram} size={56} />
                      <span class="journey__text">
                        <Say text={`${t('meeting.number', { n: m.number })} ${tContent(m.titleKey)}`} />
                        {isHeld ? (
                          <span class="badge badge--done">
                            <Pictogram id="done" size={24} />
                            <Say text={t('journey.held')} />
                          </span>
                        ) : null}
                        {isNext ? (
                          <span class="badge badge--next">
                            <Pictogram id="next-meeting" size={24} />
                            <Say text={t('journey.next')} />
                          </span>
                        ) : null}
                      </span>
                    </a>
                  </li>
                );
              })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
