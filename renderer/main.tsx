// oxlint-disable-next-line import/no-unassigned-import -- configures zod before any module builds a schema (see the file)
import './zodConfig';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createTransport } from './api/createTransport';
import { TransportProvider } from './api/TransportContext';
import { RecoveryGate } from './backups/RecoveryGate';
import { setActiveApi } from './api/activeApi';
import { followAssistiveTechnology } from './state/assistiveTechnology';
import './styles/app.css';

const root = createRoot(document.getElementById('root')!);
const transport = createTransport();
if (transport) {
  setActiveApi(transport.api);
  followAssistiveTechnology(transport);
  root.render(
    <TransportProvider transport={transport}>
      <RecoveryGate>
        <App />
      </RecoveryGate>
    </TransportProvider>,
  );
} else {
  root.render(
    <main className="no-access">
      <h1>Copydesk</h1>
      <p>This page needs the address Copydesk printed when it started (it carries a one-time access key). Open that address instead.</p>
    </main>,
  );
}
