import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
export type Violation = Schemas['Violation'];

/**
 * The base URL of every request. The contract's paths already carry `/api/v1`, so this is only
 * what comes before them: `VITE_API_BASE_URL` if set at build time, otherwise the app's own
 * origin (where the dev server proxies `/api` to http://localhost:8080).
 */
export function apiBaseUrl(configured = import.meta.env.VITE_API_BASE_URL ?? ''): string {
  return new URL(configured || '/', window.location.origin).href.replace(/\/+$/, '');
}

/** The one HTTP client of the app, typed by the generated contract. */
export const api = createClient<paths>({
  baseUrl: apiBaseUrl(),
  // Resolve fetch at call time so that test doubles installed later (MSW) are used.
  fetch: (request) => globalThis.fetch(request),
  headers: { Accept: 'application/json, application/problem+json' },
});

/** An error answer of the API, carrying its RFC 9457 problem details. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get violations(): Violation[] {
    return this.problem.violations ?? [];
  }

  /** The problem type's short name: `urn:lotse:problem:version-conflict` → `version-conflict`. */
  get kind(): string | undefined {
    const prefix = 'urn:lotse:problem:';
    return this.problem.type?.startsWith(prefix) ? this.problem.type.slice(prefix.length) : undefined;
  }
}

function toProblem(error: unknown, response: Response): Problem {
  if (error && typeof error === 'object' && 'title' in error) {
    return { status: response.status, ...(error as Partial<Problem>) } as Problem;
  }
  return { status: response.status, title: response.statusText || `HTTP ${response.status}` };
}

interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The body type of a call's success branch. */
type SuccessData<R> = R extends { data: infer D; error?: never } ? D : never;

/** Returns the body of a successful answer; throws an {@link ApiError} for a problem. */
export async function unwrap<R extends FetchResult>(call: Promise<R>): Promise<SuccessData<R>> {
  const result = await call;
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiError(result.response.status, toProblem(result.error, result.response));
  }
  return result.data as SuccessData<R>;
}
