import { useEffect, useRef, useState } from 'preact/hooks';
import { colourHex } from '../../../domain/people';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Avatar } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { Say } from '../../../ui/Say';
import { TextField } from '../../../ui/TextField';
import type { KindViewProps } from '../../types';
import { groupSkills, hasWrite, ownSkillMaxLength, ownSkillWrites, skillLabel, skillsOfMember } from '../model';

interface Props extends KindViewProps<'skillsGrid'> {
  readonly person: Person;
}

/** A member's turn: tap the strengths you have (they take your colour), or add one of your own. */
export function SkillsTurn({ exercise, answers, person, onStep }: Props) {
  const { t, tContent } = useT();
  const [own, setOwn] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus here so keyboard and switch users start at the member's own turn.
  useEffect(() => heading.current?.focus(), []);
  const skills = groupSkills(exercise.config, answers.entries);
  const mine = skillsOfMember(answers.entries, person.id);
  const question = t('skillsGrid.yourTurn', { name: person.name });
  return (
    <section class="skills-turn stack" style={{ '--member-colour': colourHex(person.colour) }} aria-labelledby="skills-turn-title">
      <div class="member-preview">
        <Avatar name={person.name} colourHex={colourHex(person.colour)} avatar={person.avatar} size="large" />
      </div>
      <h2 id="skills-turn-title" class="section-title" tabIndex={-1} ref={heading}>
        <Say text={question} />
      </h2>
      <div class="picture-choices skills-tiles" role="group" aria-label={question}>
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
      </div>
      <form
        class="stack"
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
      <BigButton variant="primary" pictogram="done" label={t('actions.ready')} onClick={() => onStep(null)} />
    </section>
  );
}
