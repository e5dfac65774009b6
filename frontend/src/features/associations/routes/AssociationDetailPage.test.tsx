import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { problem } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { apiUrl, server } from '../../../test/server';
import { kulturverein } from '../test-fixtures';

const id = kulturverein().id;

/** The description list's value for a label. */
function fact(label: string) {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

describe('association detail', () => {
  it('showsEveryFieldReadably', async () => {
    server.use(http.get(apiUrl(`/api/v1/associations/${id}`), () => HttpResponse.json(kulturverein())));
    renderApp(`/associations/${id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Deutsch-Rumänischer Kulturverein' })).toBeInTheDocument();
    expect(fact('Art')).toHaveTextContent('Migrantenorganisation');
    expect(fact('Bereiche')).toHaveTextContent('Kultur, Bildung');
    expect(fact('Aktiv')).toHaveTextContent('Aktiv im Netzwerk');
    expect(fact('Ansprechperson')).toHaveTextContent('Ana Beispiel');
    expect(within(fact('Telefon')).getByRole('link', { name: '+49 7141 000000' })).toHaveAttribute('href', 'tel:+497141000000');
    expect(within(fact('E-Mail')).getByRole('link', { name: 'kontakt@kulturverein.example.org' })).toHaveAttribute(
      'href',
      'mailto:kontakt@kulturverein.example.org',
    );
    expect(fact('Adresse')).toHaveTextContent('Marktplatz 1, 71634 Ludwigsburg');
    expect(fact('Stadtteil')).toHaveTextContent('Oststadt');
    expect(fact('Sprachen')).toHaveTextContent('Rumänisch, Deutsch');
    expect(fact('Mitglieder')).toHaveTextContent('1.200');
    const website = within(fact('Website')).getByRole('link', { name: /kulturverein\.example\.org/ });
    expect(website).toHaveAttribute('href', 'https://kulturverein.example.org');
    expect(website).toHaveAttribute('target', '_blank');
    expect(website).toHaveAccessibleName(expect.stringContaining('öffnet in einem neuen Tab'));
    expect(screen.getByText('Sucht Räume für den herkunftssprachlichen Unterricht.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bearbeiten' })).toHaveAttribute('href', `/associations/${id}/edit`);
    expect(screen.getByRole('link', { name: 'Zur Vereinsliste' })).toHaveAttribute('href', '/associations');
    expect(document.title).toBe('Deutsch-Rumänischer Kulturverein – Lotse');
  });

  it('showsADashForWhatIsNotRecordedAndNoLinks', async () => {
    const sparse = kulturverein({
      contactName: undefined,
      phone: undefined,
      email: undefined,
      website: undefined,
      notes: undefined,
      memberCount: undefined,
      languages: [],
      active: false,
    });
    server.use(http.get(apiUrl(`/api/v1/associations/${id}`), () => HttpResponse.json(sparse)));
    renderApp(`/associations/${id}`);

    await screen.findByRole('heading', { level: 1 });
    expect(fact('Telefon')).toHaveTextContent('–');
    expect(fact('E-Mail')).toHaveTextContent('–');
    expect(fact('Website')).toHaveTextContent('–');
    expect(fact('Mitglieder')).toHaveTextContent('–');
    expect(fact('Aktiv')).toHaveTextContent('Derzeit nicht aktiv');
    expect(screen.getByText('Keine Notizen erfasst.')).toBeInTheDocument();
    expect(document.querySelector('a[href^="tel:"], a[href^="mailto:"], a[target="_blank"]')).toBeNull();
  });

  it('asksBeforeDeletingAndShowsWhyADeleteIsRefused', async () => {
    server.use(
      http.get(apiUrl(`/api/v1/associations/${id}`), () => HttpResponse.json(kulturverein())),
      http.delete(apiUrl(`/api/v1/associations/${id}`), () =>
        HttpResponse.json(
          problem(409, {
            type: 'urn:lotse:problem:in-use',
            title: 'Still in use',
            detail: 'Association Deutsch-Rumänischer Kulturverein is still referred to by 2 network meetings.',
          }),
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user, router } = renderApp(`/associations/${id}`);

    await user.click(await screen.findByRole('button', { name: 'Löschen' }));
    const dialog = screen.getByRole('dialog', { name: 'Verein löschen?' });
    expect(dialog).toHaveTextContent('Möchten Sie „Deutsch-Rumänischer Kulturverein“ endgültig löschen?');
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));

    const reason = await within(dialog).findByRole('alert');
    expect(reason).toHaveTextContent('Der Verein kann nicht gelöscht werden');
    expect(reason).toHaveTextContent('is still referred to by 2 network meetings.');
    expect(router.state.location.pathname).toBe(`/associations/${id}`);
  });

  it('deletesAndReturnsToTheListWithAMessage', async () => {
    let deleted = false;
    server.use(
      http.get(apiUrl(`/api/v1/associations/${id}`), () => HttpResponse.json(kulturverein())),
      http.delete(apiUrl(`/api/v1/associations/${id}`), () => {
        deleted = true;
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(apiUrl('/api/v1/associations'), () => HttpResponse.json({ items: [], page: 0, size: 20, total: 0 })),
    );
    const { user, router } = renderApp(`/associations/${id}`);

    await user.click(await screen.findByRole('button', { name: 'Löschen' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Endgültig löschen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/associations'));
    expect(deleted).toBe(true);
    expect(await screen.findByText('„Deutsch-Rumänischer Kulturverein“ wurde gelöscht.')).toBeInTheDocument();
  });
});
