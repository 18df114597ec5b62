import { useEffect, useRef } from 'preact/hooks';
import type { PraiseRoundConfig } from '../../../content/types';
import { colourHex } from '../../../domain/people';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Avatar } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import { AddCard } from '../../shared/AddCard';
import type { Answers } from '../../types';
import { ownPraiseWrite, readyGiven, readyPraiseWrite } from '../model';

interface Props {
  readonly config: PraiseRoundConfig;
  readonly holder: Person;
  readonly giver: Person;
  readonly answers: Answers;
  readonly onDone: () => void;
}

/** A member's turn to praise the holder (or, for the holder, themself): ready picture praises or own words or voice. */
export function GivePanel({ config, holder, giver, answers, onDone }: Props) {
  const { t, tContent } = useT();
  const isSelf = holder.id === giver.id;
  const given = readyGiven(answers.entries, holder.id, giver.id);
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus here so keyboard and switch users land on the praise.
  useEffect(() => heading.current?.focus(), [giver.id]);
  return (
    <section class="stack give-panel" aria-labelledby="give-panel-title">
      <div class="answer-panel__who">
        <Avatar name={giver.name} colourHex={colourHex(giver.colour)} avatar={giver.avatar} size="large" />
      </div>
      <h2 id="give-panel-title" class="section-title" tabIndex={-1} ref={heading}>
        <Say text={t(isSelf ? 'kinds.praiseRound.praiseSelf' : 'kinds.praiseRound.praiseOther', { name: giver.name, holder: holder.name })} />
      </h2>
      {(isSelf ? config.selfQuestions : config.questions).map((q) => (
        <PictureCard key={q.id} pictogram={q.pictogram} text={tContent(q.textKey)} speakLabel={t('actions.listen')} />
      ))}
      <Section title={t('kinds.praiseRound.readyPraises')} pictogram="pictures">
        <div class="picture-choices">
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
      <Section title={t('kinds.praiseRound.ownPraise')} pictogram="pencil-paper">
        <AddCard
          label={t('kinds.praiseRound.writeOwn')}
          pictogram="kind-words"
          onAdd={(content) => {
            const write = ownPraiseWrite(holder.id, giver.id, content);
            if (write) void answers.put(write);
          }}
        />
      </Section>
      <BigButton variant="primary" pictogram="done" label={t('actions.ready')} onClick={onDone} />
    </section>
  );
}
