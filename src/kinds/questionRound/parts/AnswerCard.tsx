import type { QuestionRoundConfig } from '../../../content/types';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Avatar, memberLook } from '../../../ui/Avatar';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';
import { VoicePlay } from '../../shared/MediaInputs';
import type { RoundAnswer } from '../model';

interface Props {
  readonly answer: RoundAnswer;
  readonly config: QuestionRoundConfig;
  readonly members: readonly Person[];
}

/** One answer as the group sees it: who answered, the pictures they chose, their words and voice. */
export function AnswerCard({ answer, config, members }: Props) {
  const { t, tContent } = useT();
  const who = members.filter((m) => m.id === answer.personId || m.id === answer.pairId);
  const pictures = [...config.faces.filter((f) => f.id === answer.face), ...config.topics.filter((topic) => answer.topics?.includes(topic.id))];
  return (
    <article class="board-card answer-card" data-card aria-label={who.map((m) => m.name).join(', ')}>
      <div class="answer-card__who">
        {who.map((m) => (
          <Avatar key={m.id} {...memberLook(m)} size="small" />
        ))}
      </div>
      {pictures.length > 0 ? (
        <ul class="card-face__answers">
          {pictures.map((p) => (
            <li key={p.id} class="card-face__answer">
              <Pictogram id={p.pictogram} size={48} />
              <Say text={tContent(p.textKey)} />
            </li>
          ))}
        </ul>
      ) : null}
      {answer.text ? <Say class="card-face__text" text={answer.text} /> : null}
      <div class="button-row">
        <SpeakButton label={t('actions.listen')} scope="[data-card]" />
        {answer.voiceId ? <VoicePlay mediaId={answer.voiceId} /> : null}
      </div>
    </article>
  );
}
