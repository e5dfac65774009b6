import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { SessionExpiredDialog } from '../auth/components/SessionExpiredDialog';
import type { Session } from '../auth/session';
import { SessionProvider } from '../auth/SessionContext';
import type { AppRouter } from './router';

interface AppProps {
  router: AppRouter;
  queryClient: QueryClient;
  i18n: i18n;
  session: Session;
}

export function App({ router, queryClient, i18n, session }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider value={session}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
          <SessionExpiredDialog />
        </QueryClientProvider>
      </SessionProvider>
    </I18nextProvider>
  );
}
