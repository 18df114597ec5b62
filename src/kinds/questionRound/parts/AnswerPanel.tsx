import { useRef, useState } from 'preact/hooks';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Avatar, AvatarButton, memberLook } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { tileWordRoom } from '../../../ui/longWords';
import { Pictogram } from '../../../ui/Pictogram';
import { Section } from '../../../ui/Section';
import { TextField } from '../../../ui/TextField';
import { askWithName } from '../../moodCheckIn/model';
import { JobsDone } from '../../shared/TodoRecap';
import { useOpenedInView } from '../../shared/useOpenedInView';
import { VoiceInput, VoicePlay } from '../../shared/MediaInputs';
import { TurnFrame } from '../../shared/TurnFrame';
import { answerWrite, changeAnswer, faceChange, pairCandidates, topicChange, turnAnswer, type AnswerChange, type RoundAnswer } from '../model';
import type { QuestionProps } from './QuestionStep';

interface Props extends QuestionProps {
  readonly person: Person;
  readonly onDone: () => void;
}

/**
 * A member's (or a pair's) turn on one screen: a face, topic pictures, a pair, and behind one button
 * ("Puhu tai kirjoita") a voice note or words. Each part is saved at once and can be changed (a tap on a
 * picked tile takes it off) until "Valmis" or the next picture.
 */
export function AnswerPanel({ exercise, members, answers, sources, question, person, onDone }: Props) {
  const { t, tContent } = useT();
  const saved = turnAnswer(answers.entries, question.id, person.id);
  // Quick taps come faster than the database answers: build each change on the last one made here.
  const [pending, setPending] = useState<RoundAnswer | null>(null);
  const answer = pending && pending.personId === saved.personId ? pending : saved;
  const [text, setText] = useState(answer.text ?? '');
  const [wordsOpen, setWordsOpen] = useState(false);
  const opened = useRef<HTMLDivElement>(null);
  useOpenedInView(wordsOpen, opened);
  const hasWords = Boolean(answer.voiceId || answer.text);
  const save = (change: AnswerChange) => {
    setPending(changeAnswer(answer, change));
    return answers.put(answerWrite(answer, change));
  };
  const owner = members.find((m) => m.id === answer.personId) ?? person;
  const pair = members.find((m) => m.id === answer.pairId);
  const { faces, topics } = exercise.config;
  // The topics' tiles have 0.95rem letters, 0.25rem padding and a 3 px border (questionRound.css).
  const topicRoom = tileWordRoom(topics.map((topic) => tContent(topic.textKey)), { fontRem: 0.95, paddingRem: 0.85 });
  const who = pair ? t('kinds.questionRound.pairNames', { name: owner.name, pair: pair.name }) : owner.name;
  // In a pair's turn the other one's picture shows by the question.
  const partner = pair ? (person.id === owner.id ? pair : owner) : null;
  const candidates = pairCandidates(answers.entries, answer, members);
  return (
    <TurnFrame
      person={person}
      question={askWithName(who, tContent(question.textKey))}
      class="answer-turn"
      subject={
        <div class="round-subject">
          <Pictogram id={question.pictogram} size={40} />
          {partner ? <Avatar {...memberLook(partner)} size="small" /> : null}
        </div>
      }
      onDone={onDone}
    >
      <div class="answer-turn__parts">
        {question.id === exercise.config.jobsQuestionId ? <JobsDone sources={sources} personIds={pair ? [owner.id, pair.id] : [owner.id]} /> : null}
        <Section title={t('kinds.questionRound.faces')} pictogram="mood-good" class="answer-turn__faces">
          <div class="picture-choices answer-tiles answer-tiles--faces">
            {faces.map((f) => (
              <BigButton key={f.id} layout="tile" pictogram={f.pictogram} label={tContent(f.textKey)} pressed={answer.face === f.id} onClick={() => void save(faceChange(answer, f.id))} />
            ))}
          </div>
        </Section>
        <Section title={t('kinds.questionRound.topics')} pictogram="pictures" class="answer-turn__topics">
          <div class={`picture-choices answer-tiles ${topicRoom.class}`} style={topicRoom.style}>
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
        {/* Voice and words wait behind one button: the pictures stay on one screen. */}
        <BigButton class="answer-turn__open" pictogram="record" label={t('kinds.questionRound.speakOrWrite')} pressed={wordsOpen} onClick={() => setWordsOpen(!wordsOpen)}>
          {hasWords ? <Pictogram id="done" size={32} class="answer-turn__saved" /> : null}
        </BigButton>
        {candidates.length > 0 || pair ? (
          <Section title={t('kinds.questionRound.pair')} pictogram="people" class="answer-turn__pair">
            <div class="avatar-grid">
              {candidates.map((m) => (
                <AvatarButton
                  key={m.id}
                  {...memberLook(m)}
                  size="small"
                  pressed={answer.pairId === m.id}
                  onClick={() => void save({ pairId: answer.pairId === m.id ? null : m.id })}
                />
              ))}
            </div>
          </Section>
        ) : null}
      </div>
      {wordsOpen ? (
        <div class="answer-turn__words" ref={opened}>
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
        </div>
      ) : null}
    </TurnFrame>
  );
}
