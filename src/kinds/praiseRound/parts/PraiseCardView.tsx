import type { PraiseRoundConfig } from '../../../content/types';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Avatar, memberLook } from '../../../ui/Avatar';
import { Pictogram } from '../../../ui/Pictogram';
import { RemoveButton } from '../../../ui/RemoveButton';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';
import { VoicePlay } from '../../shared/MediaInputs';
import type { Answers } from '../../types';
import { isSelfPraise, praiseOption, type PraiseCard } from '../model';

interface Props {
  readonly card: PraiseCard;
  readonly config: PraiseRoundConfig;
  readonly members: readonly Person[];
  readonly answers: Answers;
}

/** A praise card: the praise (a ready picture praise, own words or voice) and who gave it. */
export function PraiseCardView({ card, config, members, answers }: Props) {
  const { t, tContent } = useT();
  const ready = praiseOption(config, card);
  const giver = members.find((m) => m.id === card.giverId);
  const text = ready ? tContent(ready.textKey) : card.text;
  return (
    <article class="board-card praise-card" data-card>
      <Pictogram id={ready?.option.pictogram ?? 'praise'} size={64} />
      {text ? <Say class="card-face__text" text={text} /> : null}
      {card.voiceId ? <VoicePlay mediaId={card.voiceId} /> : null}
      {giver ? (
        <div class="praise-card__giver">
          <Avatar {...memberLook(giver)} size="small" showName={false} />
          <Say text={t(isSelfPraise(card) ? 'kinds.praiseRound.fromSelf' : 'kinds.praiseRound.from', { name: giver.name })} />
        </div>
      ) : null}
      <div class="button-row">
        <SpeakButton label={t('actions.listen')} scope="[data-card]" />
        <RemoveButton label={t('actions.remove')} onClick={() => void answers.remove('praise', card.key, t('kinds.praiseRound.removed'))}>
          <span class="visually-hidden"> {text ?? ''}</span>
        </RemoveButton>
      </div>
    </article>
  );
}
