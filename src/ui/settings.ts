import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../messaging';

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return { ...DEFAULT_SETTINGS, ...((stored[SETTINGS_KEY] as Partial<Settings> | undefined) ?? {}) };
}
