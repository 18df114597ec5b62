// Settings of this device only (they are not part of a group and are never exported).
import * as v from 'valibot';
import { defaultIdleMinutes, idleChoices } from '../../domain/lock';
import { db } from '../db';

export const textSizes = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof textSizes)[number];

export const deviceSettingsSchema = v.object({
  language: v.optional(v.picklist(['fi', 'sv', 'en']), 'fi'),
  speechRate: v.optional(v.picklist(['slow', 'normal', 'fast']), 'slow'),
  /** The voice a support person picked for the language (its name), or null for the best one. */
  voiceName: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(200))), null),
  /** Who reads: the device's voice when it has one ('device'), or always the app's own offline voice ('own'). */
  voiceSource: v.optional(v.picklist(['device', 'own']), 'device'),
  textSize: v.optional(v.picklist(textSizes), 'normal'),
  highContrast: v.optional(v.boolean(), false),
  /** Motion off even when the system does not ask for it. */
  reducedMotion: v.optional(v.boolean(), false),
  idleMinutes: v.optional(v.picklist(idleChoices), defaultIdleMinutes),
  /** Holding the lock button down also unlocks support-person mode (a support person turns it on). */
  longPressUnlock: v.optional(v.boolean(), false),
  /** In participant mode a tapped choice, tile, picture or button says its own words. */
  speakOnTap: v.optional(v.boolean(), true),
  /** When a member's turn opens, its question is read with their name. */
  speakTurns: v.optional(v.boolean(), true),
});

export type DeviceSettings = v.InferOutput<typeof deviceSettingsSchema>;

export const defaultDeviceSettings: DeviceSettings = v.parse(deviceSettingsSchema, {});

const key = 'device';

/**
 * The saved settings; anything unreadable falls back to the defaults. On a device's first start the
 * language is the first of the browser's languages the app speaks (else Finnish).
 */
export async function loadDeviceSettings(browserLanguages: readonly string[] = []): Promise<DeviceSettings> {
  const row = await db().settings.get(key);
  const firstStart = { language: browserLanguages.map((l) => l.slice(0, 2).toLowerCase()).find((l) => l === 'fi' || l === 'sv' || l === 'en') };
  const parsed = v.safeParse(deviceSettingsSchema, row?.value ?? firstStart);
  return parsed.success ? parsed.output : defaultDeviceSettings;
}

export async function saveDeviceSettings(settings: DeviceSettings): Promise<void> {
  await db().settings.put({ key, value: settings });
}
