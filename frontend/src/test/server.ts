import { setupServer } from 'msw/node';

/** The network edge of every test: handlers are added per test with `server.use(...)`. */
export const server = setupServer();

/** Absolute URL of a contract path, as the app's client requests it under jsdom. */
export const apiUrl = (path: string) => `${window.location.origin}${path}`;
