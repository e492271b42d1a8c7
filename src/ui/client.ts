// The extension pages' side of the message map: typed requests to the
// background, and the stored per-tab audit as live state.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  type BackgroundMessage,
  type BackgroundProtocol,
  isMessageFailure,
  type ResponseOf,
  type TabAudit,
  tabAuditKey,
} from '../messaging';

export async function ask<K extends BackgroundMessage['type']>(
  message: Extract<BackgroundMessage, { type: K }>,
): Promise<ResponseOf<BackgroundProtocol, K>> {
  const response: unknown = await browser.runtime.sendMessage(message);
  if (isMessageFailure(response)) throw new Error(response.__error);
  if (response === undefined) throw new Error('The extension’s background did not answer.');
  return response as ResponseOf<BackgroundProtocol, K>;
}

/** The tab to audit: `?tab=ID` when given (the report page, tests), else the active tab. */
export async function resolveTab(search: string): Promise<{ id: number; url: string | null } | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const id = Number(param);
    try {
      const tab = await browser.tabs.get(id);
      return { id, url: tab.url ?? null };
    } catch {
      return { id, url: null };
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}

/**
 * The stored audit of a tab, kept current through storage.onChanged. While `quiet()` is true an
 * "auditing" update does not replace a report on screen (a silent refresh after a page reload).
 */
export function useStoredAudit(
  tabId: number | null,
  quiet: () => boolean = () => false,
  initial: TabAudit | null = null,
) {
  const [state, setState] = useState<TabAudit | null>(initial);
  useEffect(() => {
    if (tabId === null) return;
    const key = tabAuditKey(tabId);
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session' || !(key in changes)) return;
      const next = changes[key]?.newValue as TabAudit | undefined;
      if (!next) return;
      setState((current) => (next.phase === 'auditing' && current?.phase === 'done' && quiet() ? current : next));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [tabId]);
  return [state, setState] as const;
}
