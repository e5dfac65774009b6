import { useRouterState } from '@tanstack/react-router';
import { Alert } from './Alert';

declare module '@tanstack/react-router' {
  interface HistoryState {
    /** A one-time success message for the page navigated to ("Das Projekt wurde gespeichert."). */
    flash?: string;
  }
}

/** Shows the success message that the previous page passed along with its navigation. */
export function Flash() {
  const flash = useRouterState({ select: (state) => state.location.state.flash });
  return flash ? <Alert variant="success" title={flash} role="status" /> : null;
}
