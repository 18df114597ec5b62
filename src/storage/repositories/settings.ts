// Settings of this device only (they are not part of a group and are never exported).
import * as v from 'valibot';
import { db } from '../db';

export const deviceSettingsSchema = v.object({
  language: v.optional(v.picklist(['fi', 'sv', 'en']), 'fi'),
  speechRate: v.optional(v.picklist(['slow', 'normal', 'fast']), 'slow'),
});

export type DeviceSettings = v.InferOutput<typeof deviceSettingsSchema>;

const key = 'device';

/**
 * The saved settings; anything unreadable falls back to the defaults. On a device's first start the
 * language is the first of the browser's languages the app speaks (else Finnish).
 */
export async function loadDeviceSettings(browserLanguages: readonly string[] = []): Promise<DeviceSettings> {
  const row = await db().settings.get(key);
  const firstStart = { language: browserLanguages.map((l) => l.slice(0, 2).toLowerCase()).find((l) => l === 'fi' || l === 'sv' || l === 'en') };
  const parsed = v.safeParse(deviceSettingsSchema, row?.value ?? firstStart);
  return parsed.success ? parsed.output : v.parse(deviceSettingsSchema, {});
}

export async function saveDeviceSettings(settings: DeviceSettings): Promise<void> {
  await db().settings.put({ key, value: settings });
}
