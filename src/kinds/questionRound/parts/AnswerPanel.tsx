import { useEffect, useRef, useState } from 'preact/hooks';
import { colourHex } from '../../../domain/people';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Avatar, AvatarButton } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import { TextField } from '../../../ui/TextField';
import { VoiceInput, VoicePlay } from '../../shared/MediaInputs';
import { answerWrite, changeAnswer, faceChange, pairCandidates, topicChange, turnAnswer, type AnswerChange, type RoundAnswer } from '../model';
import type { QuestionProps } from './QuestionStep';

interface Props extends QuestionProps {
  readonly person: Person;
  readonly onDone: () => void;
}

/** A member's (or a pair's) turn: picture tiles, a voice note or words. Each part is saved at once. */
export function AnswerPanel({ exercise, members, answers, question, person, onDone }: Props) {
  const { t, tContent } = useT();
  const saved = turnAnswer(answers.entries, question.id, person.id);
  // Quick taps come faster than the database answers: build each change on the last one made here.
  const [pending, setPending] = useState<RoundAnswer | null>(null);
  const answer = pending && pending.personId === saved.personId ? pending : saved;
  const [text, setText] = useState(answer.text ?? '');
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus here so keyboard and switch users land on the answer.
  useEffect(() => heading.current?.focus(), [person.id]);
  const save = (change: AnswerChange) => {
    setPending(changeAnswer(answer, change));
    return answers.put(answerWrite(answer, change));
  };
  const owner = members.find((m) => m.id === answer.personId) ?? person;
  const pair = members.find((m) => m.id === answer.pairId);
  const { faces, topics } = exercise.config;
  return (
    <section class="stack answer-panel" aria-labelledby="answer-panel-title">
      <div class="answer-panel__who">
        {[owner, ...(pair ? [pair] : [])].map((m) => (
          <Avatar key={m.id} name={m.name} colourHex={colourHex(m.colour)} avatar={m.avatar} size="large" />
        ))}
      </div>
      <h2 id="answer-panel-title" class="section-title" tabIndex={-1} ref={heading}>
        <Say text={pair ? t('kinds.questionRound.pairAnswers', { name: owner.name, pair: pair.name }) : t('kinds.questionRound.answers', { name: owner.name })} />
      </h2>
      <PictureCard pictogram={question.pictogram} text={tContent(question.textKey)} speakLabel={t('actions.listen')} />
      <Section title={t('kinds.questionRound.faces')} pictogram="mood-good">
        <div class="picture-choices">
          {faces.map((f) => (
            <BigButton key={f.id} layout="tile" pictogram={f.pictogram} label={tContent(f.textKey)} pressed={answer.face === f.id} onClick={() => void save(faceChange(answer, f.id))} />
          ))}
        </div>
      </Section>
      <Section title={t('kinds.questionRound.topics')} pictogram="pictures">
        <div class="picture-choices">
          {topics.map((topic) => (
            <BigButton
              key={topic.id}
              layout="tile"
              pictogram={topic.pictogram}
              label={tContent(topic.textKey)}
              pressed={answer.topics?.includes(topic.id) ?? false}
              onClick={() => void save(topicChange(answer, topic.id))}
            />
          ))}
        </div>
      </Section>
      <Section title={t('kinds.questionRound.speakOrWrite')} pictogram="record">
        {answer.voiceId ? <VoicePlay mediaId={answer.voiceId} /> : null}
        <VoiceInput hasVoice={Boolean(answer.voiceId)} onSaved={(voiceId) => void save({ voiceId })} />
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void save({ text });
          }}
        >
          <TextField name="answer-text" label={t('kinds.questionRound.write')} pictogram="pencil-paper" value={text} maxLength={1000} multiline onInput={setText} />
          <BigButton type="submit" pictogram="save" label={t('kinds.questionRound.saveText')} />
        </form>
      </Section>
      <Section title={t('kinds.questionRound.pair')} pictogram="people">
        <div class="avatar-grid">
          {pairCandidates(answers.entries, answer, members).map((m) => (
            <AvatarButton
              key={m.id}
              name={m.name}
              colourHex={colourHex(m.colour)}
              avatar={m.avatar}
              pressed={answer.pairId === m.id}
              onClick={() => void save({ pairId: answer.pairId === m.id ? null : m.id })}
            />
          ))}
        </div>
      </Section>
      <BigButton variant="primary" pictogram="done" label={t('actions.ready')} onClick={onDone} />
    </section>
  );
}
