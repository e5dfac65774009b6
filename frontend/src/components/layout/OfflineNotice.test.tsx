import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n';
import { OfflineNotice } from './OfflineNotice';

function setOnline(online: boolean) {
  vi.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

function renderNotice() {
  const { container } = render(
    <I18nextProvider i18n={createI18n('de')}>
      <OfflineNotice />
    </I18nextProvider>,
  );
  return { liveRegion: container.firstElementChild };
}

describe('offline notice', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keepsAnEmptyLiveRegionWhileOnline', () => {
    const { liveRegion } = renderNotice();
    expect(liveRegion).toHaveAttribute('aria-live', 'polite');
    expect(liveRegion).toBeEmptyDOMElement();
  });

  it('tellsThatDataCannotBeLoadedWhileOffline', () => {
    const { liveRegion } = renderNotice();

    setOnline(false);

    expect(screen.getByText('Keine Verbindung')).toBeInTheDocument();
    expect(liveRegion).toHaveTextContent('Daten können erst wieder geladen und gespeichert werden');
  });

  it('goesAwayWhenTheConnectionIsBack', () => {
    vi.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
    const { liveRegion } = renderNotice();
    expect(screen.getByText('Keine Verbindung')).toBeInTheDocument();

    setOnline(true);

    expect(liveRegion).toBeEmptyDOMElement();
  });
});
