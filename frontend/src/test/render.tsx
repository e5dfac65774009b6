import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../app/App';
import { createAppRouter } from '../app/router';
import { createI18n, type Language } from '../i18n';

/** Renders the whole app at a URL, as a browser would open it; the network is MSW's. */
export function renderApp(url: string, options: { language?: Language } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 0 }, mutations: { retry: false } },
  });
  const router = createAppRouter({ queryClient, history: createMemoryHistory({ initialEntries: [url] }) });
  const i18n = createI18n(options.language);
  const user = userEvent.setup();
  const view = render(<App router={router} queryClient={queryClient} i18n={i18n} />);
  return { ...view, router, user, queryClient, i18n };
}
