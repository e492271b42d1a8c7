import { useState } from 'preact/hooks';
import type { ExportFormat } from '../../messaging';
import { ask } from '../client';
import { copyText, saveText } from '../export';

const FORMATS: { format: Exclude<ExportFormat, 'summary'>; label: string; hint: string }[] = [
  { format: 'md', label: 'Markdown', hint: 'Gap report as Markdown' },
  { format: 'html', label: 'HTML', hint: 'Self-contained HTML report' },
  { format: 'json', label: 'JSON', hint: 'The full report (schema version 1)' },
  { format: 'csv', label: 'CSV', hint: 'One row per check' },
];

/** Downloads in four formats and "copy gap summary"; the files are rendered by the background. */
export function ExportActions({ tabId }: { tabId: number }) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  async function download(format: Exclude<ExportFormat, 'summary'>) {
    setBusy(format);
    try {
      const file = await ask({ type: 'render', tabId, format });
      saveText(file.text, file.fileName, file.mime);
      setStatus(`Saved ${file.fileName}`);
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(null);
    }
  }

  async function copySummary() {
    setBusy('summary');
    try {
      const file = await ask({ type: 'render', tabId, format: 'summary' });
      setStatus(
        (await copyText(file.text)) ? 'Gap summary copied to the clipboard' : 'Copying was blocked by the browser',
      );
    } catch (error) {
      setStatus(`Copy failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section class="exports" aria-labelledby="export-title">
      <h2 id="export-title" class="group-title">
        Export
      </h2>
      <div class="export-buttons">
        {FORMATS.map(({ format, label, hint }) => (
          <button
            key={format}
            type="button"
            class="button"
            data-export={format}
            title={hint}
            disabled={busy !== null}
            onClick={() => void download(format)}
          >
            {label}
          </button>
        ))}
        <button
          type="button"
          class="button button-primary"
          data-export="summary"
          disabled={busy !== null}
          onClick={() => void copySummary()}
        >
          Copy gap summary
        </button>
      </div>
      <p class="export-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
