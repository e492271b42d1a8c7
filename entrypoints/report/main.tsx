import { render } from 'preact';
import '../../src/ui/styles.css';
import { bootAudit } from '../../src/ui/use-audit';
import { ReportPage } from './ReportPage';

render(<ReportPage boot={bootAudit(location.search, false)} />, document.getElementById('app')!);
