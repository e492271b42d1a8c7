import { describe, expect, it } from 'vitest';
import { createPolicyDocument, inferBlocksFromPlainText, splitSentences } from '../../src/engine/document';

describe('PolicyDocument from plain text', () => {
  const text = [
    'Privacy Notice',
    '',
    '1. Who we are',
    'Northwind Outfitters Ltd is the controller. We sell outdoor clothing, e.g. jackets and boots.',
    '',
    'HOW LONG WE KEEP YOUR DATA',
    '• Orders: 6 years.',
    '• Newsletter: until you unsubscribe.',
    '## Your rights',
    'You may ask for a copy of your data at any time.',
  ].join('\r\n');
  const doc = createPolicyDocument({ text });

  it('finds title-like, numbered, upper-case and markdown headings', () => {
    expect(doc.headings.map((h) => h.text)).toEqual([
      'Privacy Notice',
      '1. Who we are',
      'HOW LONG WE KEEP YOUR DATA',
      'Your rights',
    ]);
  });

  it('keeps every block and sentence an exact slice of the text', () => {
    for (const b of doc.blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('marks bullet lines as list items', () => {
    expect(doc.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text)).toEqual([
      '• Orders: 6 years.',
      '• Newsletter: until you unsubscribe.',
    ]);
  });

  it('does not cut a sentence after an abbreviation', () => {
    expect(doc.sentences.map((s) => s.text)).toContain('We sell outdoor clothing, e.g. jackets and boots.');
  });

  it('knows the section of any offset', () => {
    expect(doc.sectionTitleAt(text.indexOf('6 years'))).toBe('HOW LONG WE KEEP YOUR DATA');
    expect(doc.sectionTitleAt(text.indexOf('copy of your data'))).toBe('Your rights');
    expect(doc.sentenceAt(text.indexOf('copy'))?.text).toBe('You may ask for a copy of your data at any time.');
  });

  it('nests sections by heading level', () => {
    const [rights] = doc.sectionsTitled(/rights/i);
    expect(rights && text.slice(rights.start, rights.end)).toContain('copy of your data');
  });
});

describe('sentence-case headings in plain text', () => {
  it('promotes a short unpunctuated line followed by a longer paragraph', () => {
    const text =
      'How long we keep your data\nWe keep invoices for six years because tax law requires it.\nEmail address: a@b.example\nShort line\nTiny.';
    const doc = createPolicyDocument({ text });
    expect(doc.headings.map((h) => h.text)).toEqual(['How long we keep your data']);
  });
});

describe('bare lists in plain text', () => {
  it('reads a run of one-word lines as list cells under the wordier line before them', () => {
    const doc = createPolicyDocument({ text: 'Information we collect\nName\nEmail\nPhone' });
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Information we collect'],
      ['list-item', 'Name'],
      ['list-item', 'Email'],
      ['list-item', 'Phone'],
    ]);
  });
});

describe('sentence splitting', () => {
  it('splits on terminal punctuation followed by a capital', () => {
    const text = 'We keep data. Then we delete it! Do you agree? yes we do.';
    expect(splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end))).toEqual([
      'We keep data.',
      'Then we delete it!',
      'Do you agree? yes we do.',
    ]);
  });

  it('treats "Ltd." and initials as part of a sentence', () => {
    const text = 'Write to Acme Co. Ltd. at 1 High Street. Ask J. Smith.';
    expect(splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end))).toEqual([
      'Write to Acme Co. Ltd. at 1 High Street.',
      'Ask J. Smith.',
    ]);
  });
});

describe('blocks from HTML extraction', () => {
  it('uses the blocks given instead of inferring them', () => {
    const text = 'Retention\nWe keep invoices for six years.';
    const doc = createPolicyDocument({
      text,
      blocks: [
        { start: 0, end: 9, kind: 'heading', level: 2 },
        { start: 10, end: text.length, kind: 'paragraph' },
      ],
    });
    expect(doc.headings).toHaveLength(1);
    expect(doc.sectionTitleAt(20)).toBe('Retention');
  });

  it('infers nothing from an empty text', () => {
    expect(inferBlocksFromPlainText('')).toEqual([]);
    expect(createPolicyDocument({ text: '' }).sentences).toEqual([]);
  });
});
