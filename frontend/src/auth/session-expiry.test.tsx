import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { api, unwrap } from '../api/client';
import { elena, serveProjectOptions } from '../features/newcomers/test-fixtures';
import { problem } from '../test/fixtures';
import { testSession } from '../test/me';
import { renderApp } from '../test/render';
import { apiUrl, server } from '../test/server';
import { authMiddleware } from './api-auth';

const id = elena().id;
const unauthorized = () => HttpResponse.json(problem(401), { status: 401 });

/** The newcomer's edit page; the API accepts only `validToken` and records each PATCH that gets through. */
function serveNewcomer(validToken: string) {
  const saved: unknown[] = [];
  const authorized = (request: Request) => request.headers.get('Authorization') === `Bearer ${validToken}`;
  serveProjectOptions();
  server.use(
    http.get(apiUrl(`/api/v1/newcomers/${id}`), () => HttpResponse.json(elena())),
    http.patch(apiUrl(`/api/v1/newcomers/${id}`), async ({ request }) => {
      if (!authorized(request)) return unauthorized();
      saved.push(await request.json());
      return HttpResponse.json(elena({ version: 2, district: 'Weststadt' }));
    }),
  );
  return saved;
}

/** Opens the edit form (signed in with token-1), types a new district and saves. */
async function editAndSave(options: Parameters<typeof testSession>[1] = {}) {
  const { session, idp } = testSession('token-1', options);
  const view = renderApp(`/newcomers/${id}/edit`, { session });
  const district = await screen.findByRole('textbox', { name: /Stadtteil/ });
  await view.user.clear(district);
  await view.user.type(district, 'Weststadt');
  await view.user.click(screen.getByRole('button', { name: 'Speichern' }));
  return { ...view, idp };
}

describe('session expiry mid-form', () => {
  it('sendsTheAccessTokenWithEveryRequest', async () => {
    let authorization: string | null = null;
    server.use(
      http.get(apiUrl('/api/v1/projects'), ({ request }) => {
        authorization = request.headers.get('Authorization');
        return HttpResponse.json({ items: [], page: 0, size: 20, total: 0 });
      }),
    );
    const { session } = testSession('token-1');
    const middleware = authMiddleware(session);
    api.use(middleware);
    try {
      await unwrap(api.GET('/api/v1/projects'));
    } finally {
      api.eject(middleware);
    }
    expect(authorization).toBe('Bearer token-1');
  });

  it('renewsSilentlyWhenItCanAndSavesWithoutAsking', async () => {
    const saved = serveNewcomer('token-2');
    const { router, idp } = await editAndSave({
      signinSilent: () => Promise.resolve({ access_token: 'token-2' }),
    });

    await waitFor(() => expect(router.state.location.pathname).toBe(`/newcomers/${id}`));
    expect(saved).toEqual([{ district: 'Weststadt', version: 1 }]);
    expect(idp.signinPopup).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asksToSignInAgainInAPopupKeepsTheInputAndThenSaves', async () => {
    const saved = serveNewcomer('token-2');
    const { user, router, idp } = await editAndSave();

    const dialog = await screen.findByRole('dialog', { name: 'Ihre Anmeldung ist abgelaufen' });
    const again = within(dialog).getByRole('button', { name: 'Erneut anmelden' });
    expect(again).toHaveFocus();
    expect(screen.getByDisplayValue('Weststadt')).toBeInTheDocument();
    expect(saved).toEqual([]);

    await user.click(again);

    expect(idp.signinPopup).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/newcomers/${id}`));
    expect(saved).toEqual([{ district: 'Weststadt', version: 1 }]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByText('Die Angaben wurden gespeichert.')).toBeInTheDocument();
  });

  it('keepsAskingWhenThePopupFails', async () => {
    serveNewcomer('token-2');
    const { user } = await editAndSave({ signinPopup: () => Promise.reject(new Error('Popup closed by user')) });

    const dialog = await screen.findByRole('dialog', { name: 'Ihre Anmeldung ist abgelaufen' });
    await user.click(within(dialog).getByRole('button', { name: 'Erneut anmelden' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('erlauben Sie bitte Pop-up-Fenster');
    expect(within(dialog).getByRole('button', { name: 'Erneut anmelden' })).toBeEnabled();
  });

  it('cancellingLeavesTheFormAsItWasAndSaysWhy', async () => {
    const saved = serveNewcomer('token-2');
    const { user, router } = await editAndSave();

    const dialog = await screen.findByRole('dialog', { name: 'Ihre Anmeldung ist abgelaufen' });
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Sie sind nicht mehr angemeldet');
    expect(screen.getByRole('textbox', { name: /Stadtteil/ })).toHaveValue('Weststadt');
    expect(router.state.location.pathname).toBe(`/newcomers/${id}/edit`);

    // Saving again asks again; this time the user signs in and the save goes through.
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Ihre Anmeldung ist abgelaufen' })).getByRole('button', {
        name: 'Erneut anmelden',
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe(`/newcomers/${id}`));
    expect(saved).toEqual([{ district: 'Weststadt', version: 1 }]);
  });

  it('requestsFailingTogetherShareOneSignIn', async () => {
    let calls = 0;
    server.use(
      http.get(apiUrl('/api/v1/projects'), ({ request }) => {
        calls += 1;
        return request.headers.get('Authorization') === 'Bearer token-2'
          ? HttpResponse.json({ items: [], page: 0, size: 20, total: 0 })
          : unauthorized();
      }),
    );
    const { session, idp } = testSession('token-1');
    const middleware = authMiddleware(session);
    api.use(middleware);
    try {
      const both = Promise.all([unwrap(api.GET('/api/v1/projects')), unwrap(api.GET('/api/v1/projects'))]);
      await waitFor(() => expect(session.getState().prompt).toBe('open'));
      await session.signInAgain();
      await expect(both).resolves.toHaveLength(2);
    } finally {
      api.eject(middleware);
    }
    expect(idp.signinSilent).toHaveBeenCalledTimes(1);
    expect(idp.signinPopup).toHaveBeenCalledTimes(1);
    expect(calls).toBe(4);
  });
});
