// Pass-the-tablet rounds through the app's own exercise host and the database (in memory): a tap
// picks and speaks, another tap changes the pick, and the turn ends with "Valmis" or the next picture.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { KindHost } from '../../src/app/parts/KindHost';
import { findExercise } from '../../src/content/lookup';
import { useDatabase } from '../../src/storage/db';
import { listExerciseEntries, putEntries } from '../../src/storage/repositories/entries';
import { addPerson } from '../../src/storage/repositories/people';
import { SpeechContext, type SpeechPort } from '../../src/ui/speechPort';

/** The sentences a voice would say for an element. */
const words = (root: Element) => [...root.querySelectorAll('[data-sentence]')].map((s) => s.textContent?.trim()).join(' ');

/** A fake voice that writes down what a tap or an opening turn would say. */
function recordingSpeech(): { readonly port: SpeechPort; readonly said: string[]; readonly read: string[] } {
  const said: string[] = [];
  const read: string[] = [];
  const say = (root: Element) => void said.push(words(root));
  return { said, read, port: { readAloud: (root) => void read.push(words(root)), sayTapped: say, sayTurn: say, currentSentence: null, isSpeaking: false } };
}

async function groupWith(dbName: string, names: readonly string[]): Promise<string> {
  useDatabase(dbName);
  for (const name of names) await addPerson('g1', { name, colour: 'blue', avatar: 'avatar-cat', role: 'participant' });
  return 'g1';
}

interface HostProps {
  readonly exerciseId: string;
  readonly speech: SpeechPort;
  readonly firstStep?: string | null;
}

function Host({ exerciseId, speech, firstStep = null }: HostProps) {
  const [step, setStep] = useState<string | null>(firstStep);
  const found = findExercise(exerciseId)!;
  return (
    <SpeechContext.Provider value={speech}>
      <KindHost groupId="g1" scope={found.meeting.id} exercise={found.exercise} step={step} onStep={setStep} />
    </SpeechContext.Provider>
  );
}

const saved = async (exerciseId: string) => (await listExerciseEntries('g1', exerciseId)).map((e) => [e.type, e.data]);

describe('check-in round', () => {
  it('a tap picks and speaks a mood, another tap changes it, and Valmis ends the turn', async () => {
    await groupWith('rounds-mood', ['Anna', 'Ben']);
    const { port, said } = recordingSpeech();
    render(<Host exerciseId="m01-check-in" speech={port} />);
    fireEvent.click(await screen.findByRole('button', { name: /^Anna/ }));
    // The turn opens with its question, said with the name.
    await screen.findByRole('heading', { name: 'Anna, mitä sinulle kuuluu tänään? Valitse kuva.' });
    expect(said).toContain('Anna, mitä sinulle kuuluu tänään? Valitse kuva.');

    fireEvent.click(screen.getByRole('button', { name: 'Väsyttää' }));
    expect(said.at(-1)).toBe('Väsyttää');
    // The turn stays open: the pick shows and can be changed.
    expect(screen.getByRole('button', { name: 'Väsyttää' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Hyvää' }));
    expect(screen.getByRole('button', { name: 'Hyvää' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Väsyttää' }).getAttribute('aria-pressed')).toBe('false');
    await waitFor(async () => expect(await saved('m01-check-in')).toEqual([['mood', { option: 'good' }]]));

    // Ben takes the tablet by tapping his own picture in the turn.
    fireEvent.click(screen.getByRole('button', { name: /^Ben/ }));
    await screen.findByRole('heading', { name: /^Ben, mitä sinulle kuuluu/ });
    fireEvent.click(screen.getByRole('button', { name: 'Jännittää' }));
    fireEvent.click(screen.getByRole('button', { name: 'Valmis' }));
    expect(await screen.findByText('Hyvää: Anna')).toBeTruthy();
    expect(screen.getByText('Jännittää: Ben')).toBeTruthy();
  }, 15_000);
});

/** A wish card on the Ideariihi board, saved as the card form saves it. */
const card = (key: string, text: string, createdAt: number) => ({
  address: { groupId: 'g1', meetingId: 'm04' as const, exerciseId: 'm04-idea-storm', type: 'card', key },
  data: { areaId: 'wishes', text, createdAt },
});

describe('dot vote (Ideariihi)', () => {
  it('hides the dots until everyone has voted, then shows them together and reads them once', async () => {
    await groupWith('rounds-dots', ['Anna', 'Ben']);
    await putEntries([card('c1', 'Kahvila torilla', 1), card('c2', 'Tanssit pihalla', 2)]);
    const { port, said, read } = recordingSpeech();
    render(<Host exerciseId="m04-idea-storm" speech={port} firstStep="vote" />);

    fireEvent.click(await screen.findByRole('button', { name: /^Anna/ }));
    await screen.findByRole('heading', { name: 'Anna, mistä ideoista sinä pidät? Anna pisteesi.' });
    expect(screen.getByText('Anna, sinulla on 3 pistettä jäljellä.')).toBeTruthy();
    // A tap on a card reads it.
    fireEvent.click(screen.getAllByText('Kahvila torilla').find((el) => el.closest('.card-face'))!);
    expect(read.at(-1)).toContain('Kahvila torilla');
    // Dots can be given and taken back until Valmis; a tap says which card got the dot.
    fireEvent.click(screen.getByRole('button', { name: 'Anna piste Kahvila torilla' }));
    expect(said.at(-1)).toBe('Anna piste Kahvila torilla');
    fireEvent.click(screen.getByRole('button', { name: 'Anna piste Kahvila torilla' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ota piste pois Kahvila torilla' }));
    fireEvent.click(screen.getByRole('button', { name: 'Anna piste Tanssit pihalla' }));
    expect(screen.getByText('Anna, sinulla on 1 piste jäljellä.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Valmis' }));

    // Anna has voted: her picture says only that; no pile shows its dots.
    expect(await screen.findByRole('button', { name: /^Anna.*on äänestänyt ✓/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Ben.*ei ole vielä äänestänyt/ })).toBeTruthy();
    expect(screen.getByText('Pisteet näkyvät, kun kaikki ovat äänestäneet.')).toBeTruthy();
    expect(screen.getByText('Vielä äänestämättä: Ben.')).toBeTruthy();
    expect(screen.queryByText(/Kahvila torilla: /)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /^Ben/ }));
    await screen.findByRole('heading', { name: /^Ben, mistä ideoista/ });
    expect(screen.queryByText(/^\d+ pistettä?$/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Anna piste Tanssit pihalla' }));
    fireEvent.click(screen.getByRole('button', { name: 'Anna piste Tanssit pihalla' }));
    fireEvent.click(screen.getByRole('button', { name: 'Anna piste Kahvila torilla' }));
    fireEvent.click(screen.getByRole('button', { name: 'Valmis' }));

    // Everyone has voted: the dots come out together and are read aloud once.
    await screen.findByText('Kaikki ovat äänestäneet.');
    expect(screen.getByText('Tanssit pihalla: 3 pistettä.')).toBeTruthy();
    expect(screen.getByText('Kahvila torilla: 2 pistettä.')).toBeTruthy();
    expect(read.filter((r) => r.includes('Kaikki ovat äänestäneet'))).toEqual(['Kaikki ovat äänestäneet. Tässä ovat pisteet. Tanssit pihalla: 3 pistettä. Kahvila torilla: 2 pistettä.']);
    fireEvent.click(screen.getByRole('button', { name: /^Anna/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Valmis' }));
    await screen.findByText('Kaikki ovat äänestäneet.');
    expect(read.filter((r) => r.includes('Kaikki ovat äänestäneet'))).toHaveLength(1);

    await waitFor(async () => {
      const dots = (await listExerciseEntries('g1', 'm04-idea-storm')).filter((e) => e.type === 'dot' && (e.data as { ref: string | null }).ref);
      expect(dots).toHaveLength(5);
    });
  }, 20_000);
});

describe('self-evaluation round (meeting 10)', () => {
  it('a face can be changed until the next member takes the tablet by tapping their picture', async () => {
    await groupWith('rounds-questions', ['Anna', 'Ben']);
    const { port, said } = recordingSpeech();
    render(<Host exerciseId="m10-self-evaluation" speech={port} firstStep="what-i-did" />);
    fireEvent.click(await screen.findByRole('button', { name: /^Anna/ }));
    await screen.findByRole('heading', { name: 'Anna, mitä sinä teit itse?' });
    expect(said).toContain('Anna, mitä sinä teit itse?');
    fireEvent.click(screen.getByRole('button', { name: 'Hyvä mieli' }));
    expect(said.at(-1)).toBe('Hyvä mieli');
    fireEvent.click(screen.getByRole('button', { name: 'Siltä väliltä' }));
    expect(screen.getByRole('button', { name: 'Siltä väliltä' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Hyvä mieli' }).getAttribute('aria-pressed')).toBe('false');

    // Ben taps his picture on top: his turn opens, Anna's answer is kept as she left it.
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Kuka seuraavaksi?' })).getByRole('button', { name: /^Ben/ }));
    await screen.findByRole('heading', { name: 'Ben, mitä sinä teit itse?' });
    expect(screen.getByRole('button', { name: 'Siltä väliltä' }).getAttribute('aria-pressed')).toBe('false');
    await waitFor(async () => expect(await saved('m10-self-evaluation')).toEqual([['answer', { face: 'okay' }]]));
  }, 15_000);
});
