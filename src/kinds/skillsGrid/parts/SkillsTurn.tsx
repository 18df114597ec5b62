import { useRef, useState } from 'preact/hooks';
import { colourHex } from '../../../domain/people';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { tileWordRoom } from '../../../ui/longWords';
import { TextField } from '../../../ui/TextField';
import { TurnFrame } from '../../shared/TurnFrame';
import { useOpenedInView } from '../../shared/useOpenedInView';
import { TurnsContext, type TurnsPort } from '../../shared/turnsContext';
import type { KindViewProps } from '../../types';
import { groupSkills, hasWrite, ownSkillMaxLength, ownSkillWrites, skillLabel, skillsOfMember } from '../model';

interface Props extends KindViewProps<'skillsGrid'> {
  readonly person: Person;
}

/**
 * A member's turn on one screen: tap the strengths you have (they take your colour; another tap takes one
 * off), or add one of your own behind the last tile ("Jokin muu": the field opens below, so the tiles and
 * "Valmis" stay on one screen); "Valmis" or the next member's picture ends it.
 */
export function SkillsTurn({ exercise, members, answers, person, onStep }: Props) {
  const { t, tContent } = useT();
  const [own, setOwn] = useState('');
  const [ownOpen, setOwnOpen] = useState(false);
  const opened = useRef<HTMLFormElement>(null);
  const skills = groupSkills(exercise.config, answers.entries);
  // An added strength is a new tile above the field: the field and "Lisää vahvuus" stay in view.
  useOpenedInView(ownOpen, opened, skills.length);
  const skillIds = new Set(skills.map((s) => s.id));
  const mine = skillsOfMember(answers.entries, person.id);
  const question = t('skillsGrid.yourTurn', { name: person.name });
  const countOf = (personId: string) => [...skillsOfMember(answers.entries, personId)].filter((id) => skillIds.has(id)).length;
  const ownTile = t('skillsGrid.ownOpen');
  const room = tileWordRoom([...skills.map((skill) => skillLabel(skill, tContent)), ownTile]);
  // The others' pictures on top hand the tablet on (the turn is in the address, so a reload comes back to it).
  const turns: TurnsPort = {
    members,
    currentId: person.id,
    open: (id) => onStep(id),
    badgeOf: (m) => (countOf(m.id) > 0 ? 'done' : undefined),
    describe: (m) => (countOf(m.id) > 0 ? t('skillsGrid.chosen', { count: countOf(m.id) }) : t('turns.notYet')),
  };
  return (
    <TurnsContext.Provider value={turns}>
      <TurnFrame person={person} question={question} class="skills-turn" onDone={() => onStep(null)}>
        <div class="stack">
          <div class={`picture-choices round-choices skills-tiles ${room.class}`} role="group" aria-label={question} style={{ ...room.style, '--member-colour': colourHex(person.colour) }}>
            {skills.map((skill) => (
              <BigButton
                key={skill.id}
                layout="tile"
                pictogram={skill.pictogram}
                label={skillLabel(skill, tContent)}
                pressed={mine.has(skill.id)}
                onClick={() => void answers.put(hasWrite(skill.id, person.id, !mine.has(skill.id)))}
              />
            ))}
            <BigButton layout="tile" class="skills-own-open" pictogram="own-skill" label={ownTile} pressed={ownOpen} onClick={() => setOwnOpen(!ownOpen)} />
          </div>
          {ownOpen ? (
            <form
              ref={opened}
              class="skills-own"
              onSubmit={(event) => {
                event.preventDefault();
                const writes = ownSkillWrites(own, person.id);
                if (writes.length === 0) return;
                setOwn('');
                void answers.put(...writes);
              }}
            >
              <TextField name="own-skill" label={t('skillsGrid.ownLabel')} pictogram="own-skill" value={own} maxLength={ownSkillMaxLength} onInput={setOwn} />
              <BigButton type="submit" pictogram="add" label={t('skillsGrid.addOwn')} />
            </form>
          ) : null}
        </div>
      </TurnFrame>
    </TurnsContext.Provider>
  );
}
