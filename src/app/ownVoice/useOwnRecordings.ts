import { useEffect } from 'preact/hooks';
import { setOwnRecordings } from '../../services/speech/ownRecordings';
import { reportError } from '../../state/errorStore';
import { watch } from '../../storage/live';
import { loadRecordingFiles } from '../../storage/repositories/ownVoices';
import { ownVoiceStore } from '../../state/ownVoiceStore';

/** Keeps the open group's recordings ready to play at a tap, as they are made, changed or removed. */
export function useOwnRecordings(groupId: string): void {
  useEffect(
    () =>
      watch(
        () => loadRecordingFiles(groupId),
        (files) => {
          setOwnRecordings(files);
          ownVoiceStore.setState({ recordedKeys: new Set(files.keys()) });
        },
        reportError,
      ),
    [groupId],
  );
}
