import { useRef, useState } from 'preact/hooks';
import type { PraiseRoundConfig } from '../../../content/types';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Avatar, memberLook } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Section } from '../../../ui/Section';
import { AddCard } from '../../shared/AddCard';
import { TurnFrame } from '../../shared/TurnFrame';
import { useOpenedInView } from '../../shared/useOpenedInView';
import type { Answers } from '../../types';
import { ownPraiseWrite, readyGiven, readyPraiseWrite } from '../model';

interface Props {
  readonly config: PraiseRoundConfig;
  readonly holder: Person;
  readonly giver: Person;
  readonly answers: Answers;
  readonly onDone: () => void;
}

/**
 * A member's turn to praise the holder (or, for the holder, themself) on one screen: ready picture praises
 * (a tap gives one, another tap takes it back) or, behind the "Oma kehu" button, own words or voice,
 * until "Valmis" or the next picture.
 */
export function GivePanel({ config, holder, giver, answers, onDone }: Props) {
  const { t, tContent } = useT();
  const isSelf = holder.id === giver.id;
  const given = readyGiven(answers.entries, holder.id, giver.id);
  const [ownOpen, setOwnOpen] = useState(false);
  const opened = useRef<HTMLDivElement>(null);
  useOpenedInView(ownOpen, opened);
  return (
    <TurnFrame
      person={giver}
      question={t(isSelf ? 'kinds.praiseRound.praiseSelf' : 'kinds.praiseRound.praiseOther', { name: giver.name, holder: holder.name })}
      class="give-turn"
      subject={
        <div class="give-turn__subject">
          {isSelf ? null : <Avatar {...memberLook(holder)} size="small" />}
          {(isSelf ? config.selfQuestions : config.questions).map((q) => (
            <PictureCard key={q.id} pictogram={q.pictogram} text={tContent(q.textKey)} speakLabel={t('actions.listen')} />
          ))}
        </div>
      }
      onDone={onDone}
    >
      <Section title={t('kinds.praiseRound.readyPraises')} pictogram="pictures">
        <div class="picture-choices praise-tiles">
          {config.praises.map((p) => {
            const card = given.get(p.id);
            return (
              <BigButton
                key={p.id}
                layout="tile"
                pictogram={p.pictogram}
                label={tContent(isSelf ? p.selfTextKey : p.textKey)}
                pressed={Boolean(card)}
                onClick={() =>
                  card ? void answers.remove('praise', card.key, t('kinds.praiseRound.removed')) : void answers.put(readyPraiseWrite(holder.id, giver.id, p.id))
                }
              />
            );
          })}
        </div>
      </Section>
      {/* Own words or voice wait behind one button: the ready praises stay on one screen. */}
      <BigButton class="give-turn__open" pictogram="pencil-paper" label={t('kinds.praiseRound.ownPraise')} pressed={ownOpen} onClick={() => setOwnOpen(!ownOpen)} />
      {ownOpen ? (
        <div class="give-turn__own" ref={opened}>
          <AddCard
            label={t('kinds.praiseRound.writeOwn')}
            pictogram="kind-words"
            onAdd={(content) => {
              const write = ownPraiseWrite(holder.id, giver.id, content);
              if (write) void answers.put(write);
            }}
          />
        </div>
      ) : null}
    </TurnFrame>
  );
}
