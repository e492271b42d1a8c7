import { render } from 'preact';
import '../../src/ui/styles.css';
import { bootAudit } from '../../src/ui/use-audit';
import { App } from './App';

// The audit is requested before the first render: the checklist waits on the page, not on the UI.
const boot = bootAudit(location.search, true);
render(<App boot={boot} />, document.getElementById('app')!);
