import '@kern-ux/native/dist/fonts/fira-sans.css';
import '@kern-ux/native/dist/kern.min.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/client';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { authMiddleware } from './auth/api-auth';
import { startSession } from './auth/start';
import { createI18n } from './i18n';

async function main() {
  // Who is signed in comes first: a page load without a user goes to the identity provider and back.
  const session = await startSession();
  if (!session) return;
  api.use(authMiddleware(session));
  const queryClient = createQueryClient();
  const router = createAppRouter({ queryClient });
  const i18n = createI18n();

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App router={router} queryClient={queryClient} i18n={i18n} session={session} />
    </StrictMode>,
  );
}

void main();
