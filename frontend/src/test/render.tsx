import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { onTestFinished } from 'vitest';
import { api } from '../api/client';
import { App } from '../app/App';
import { createAppRouter } from '../app/router';
import { authMiddleware } from '../auth/api-auth';
import { type Me, meKey } from '../auth/me';
import type { Session } from '../auth/session';
import { createI18n, type Language } from '../i18n';
import { staffMe, testSession } from './me';
import { apiUrl, server } from './server';

interface RenderOptions {
  language?: Language;
  /** Who is signed in (default: office staff, who may do everything). */
  me?: Me;
  /** The session (default: signed in, with an identity provider of spies). */
  session?: Session;
}

/** Renders the whole app at a URL, as a browser would open it; the network is MSW's. */
export function renderApp(url: string, options: RenderOptions = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 0 }, mutations: { retry: false } },
  });
  const me = options.me ?? staffMe();
  queryClient.setQueryData(meKey, me);
  // Asked again after signing in anew (the session-expired dialog).
  server.use(http.get(apiUrl('/api/v1/me'), () => HttpResponse.json(me)));
  const session = options.session ?? testSession().session;
  const middleware = authMiddleware(session);
  api.use(middleware);
  onTestFinished(() => api.eject(middleware));
  const router = createAppRouter({ queryClient, history: createMemoryHistory({ initialEntries: [url] }) });
  const i18n = createI18n(options.language);
  const user = userEvent.setup();
  const view = render(<App router={router} queryClient={queryClient} i18n={i18n} session={session} />);
  return { ...view, router, user, queryClient, i18n, session };
}
