import { render } from 'preact';
import '../../src/ui/styles.css';
import { bootAudit } from '../../src/ui/use-audit';
import { App } from './App';

// The audit is requested before the first render: the checklist waits on the page, not on the UI.
const boot = bootAudit(location.search, true);
// The first paint waits a few milliseconds for storage: the audit the click started has usually
// finished while the browser opened the popup, so the checklist is the first thing drawn.
void boot.first.then((initial) => {
  performance.mark('pna:first-paint-data');
  render(<App boot={boot} initial={initial} />, document.getElementById('app')!);
});
