import type { Statement } from '../../../content/types';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { TurnFrame } from '../../shared/TurnFrame';
import type { Answers } from '../../types';
import { voteWrite, type Vote } from '../model';

interface Props {
  readonly statement: Statement;
  readonly voter: Person;
  readonly vote: Vote | undefined;
  readonly answers: Answers;
  readonly onDone: () => void;
}

/**
 * The member holding the tablet: a tap on a thumb chooses it (saved, and it says its word); a tap on
 * the other thumb changes it. "Valmis", or the next person tapping their picture, ends the turn.
 */
export function VoteTurn({ statement, voter, vote, answers, onDone }: Props) {
  const { t, tContent } = useT();
  const choose = (choice: Vote) => void answers.put(voteWrite(statement.id, voter.id, choice));
  return (
    <TurnFrame
      person={voter}
      question={t('kinds.statementVote.yourOpinion', { name: voter.name })}
      subject={<PictureCard class="vote-subject" pictogram={statement.pictogram} text={tContent(statement.textKey)} speakLabel={t('actions.listen')} />}
      onDone={onDone}
      class="vote-turn"
    >
      <div class="vote-thumbs">
        <BigButton
          layout="tile"
          class="vote-thumb vote-thumb--yes"
          pictogram="yes"
          label={t('kinds.statementVote.yes')}
          pressed={vote === 'yes'}
          onClick={() => choose('yes')}
        />
        <BigButton
          layout="tile"
          class="vote-thumb vote-thumb--no"
          pictogram="no"
          label={t('kinds.statementVote.no')}
          pressed={vote === 'no'}
          onClick={() => choose('no')}
        />
      </div>
    </TurnFrame>
  );
}
