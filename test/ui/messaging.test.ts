import { describe, expect, test } from 'vitest';
import { isBackgroundMessage, isContentMessage, isExtensionPageSender, isMessageFailure } from '../../src/messaging';

describe('the message map guards', () => {
  test('background messages need a known type and an integer tab id', () => {
    expect(isBackgroundMessage({ type: 'audit', tabId: 3 })).toBe(true);
    expect(isBackgroundMessage({ type: 'render', tabId: 3, format: 'md' })).toBe(true);
    expect(isBackgroundMessage({ type: 'cookie-scan', tabId: 3 })).toBe(true);
    expect(isBackgroundMessage({ type: 'cookie-scan', tabId: 3, cancel: true })).toBe(true);
    expect(isBackgroundMessage({ type: 'audit', tabId: '3' })).toBe(false);
    expect(isBackgroundMessage({ type: 'eval', tabId: 3 })).toBe(false);
    expect(isBackgroundMessage(null)).toBe(false);
  });

  test('content messages are the pna: commands only', () => {
    expect(isContentMessage({ type: 'pna:ping' })).toBe(true);
    expect(isContentMessage({ type: 'audit', tabId: 1 })).toBe(false);
  });

  test('only the extension’s own pages are trusted senders, never a content script in a page', () => {
    const origin = 'chrome-extension://abc/';
    expect(isExtensionPageSender({ id: 'abc', url: 'chrome-extension://abc/popup.html' }, 'abc', origin)).toBe(true);
    expect(isExtensionPageSender({ id: 'abc', url: 'https://evil.example/', tab: {} }, 'abc', origin)).toBe(false);
    expect(isExtensionPageSender({ id: 'other', url: 'chrome-extension://abc/popup.html' }, 'abc', origin)).toBe(false);
  });

  test('failures are recognised', () => {
    expect(isMessageFailure({ __error: 'x' })).toBe(true);
    expect(isMessageFailure({ ok: true })).toBe(false);
  });
});
