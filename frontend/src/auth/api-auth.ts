import type { Middleware } from 'openapi-fetch';
import type { Session } from './session';

const bearer = (request: Request, token: string) => request.headers.set('Authorization', `Bearer ${token}`);

/**
 * Middleware of the API client: every request carries the access token. A 401 (the session ended
 * mid-work) waits for the session to recover, silently or by the user signing in again, and then
 * sends the same request once more, so a form's save goes through and nothing typed is lost.
 */
export function authMiddleware(session: Session): Middleware {
  // An unsent copy of each request: fetch consumes the original's body.
  const copies = new WeakMap<Request, Request>();
  return {
    onRequest({ request }) {
      const token = session.accessToken;
      if (token) bearer(request, token);
      copies.set(request, request.clone());
    },
    async onResponse({ request, response }) {
      const copy = copies.get(request);
      if (response.status !== 401 || !copy) return undefined;
      const token = await session.recover();
      if (!token) return undefined;
      bearer(copy, token);
      return globalThis.fetch(copy);
    },
  };
}
