import { preparePhoto } from '../../services/media/photo';
import { startVoiceRecording } from '../../services/media/recorder';
import { reportError } from '../../state/errorStore';
import { getMediaBlob, saveMedia } from '../../storage/repositories/media';
import type { MediaPort, Saved } from '../../ui/mediaPort';

const failed: Saved = { ok: false, problem: 'saveFailed' };

/** Photos and voice notes of one group: the services that make them, and storage that keeps them. */
export function mediaPortFor(groupId: string): MediaPort {
  const save = async (draft: Parameters<typeof saveMedia>[1]): Promise<Saved> => {
    try {
      return { ok: true, id: await saveMedia(groupId, draft) };
    } catch (error) {
      reportError(error);
      return failed;
    }
  };
  return {
    loadBlob: (id) => getMediaBlob(id).catch(() => null),
    savePhoto: async (file) => {
      const photo = await preparePhoto(file);
      if (typeof photo === 'string') return { ok: false, problem: photo };
      return save({ mediaType: 'photo', ...photo });
    },
    startRecording: async () => {
      const recording = await startVoiceRecording();
      if (typeof recording === 'string') return { ok: false, problem: recording };
      return {
        ok: true,
        recording: {
          stop: async () => save({ mediaType: 'voice', ...(await recording.stop()) }),
          cancel: () => recording.cancel(),
        },
      };
    },
  };
}
