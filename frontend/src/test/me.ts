import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import type { Me, OperationId } from '../auth/me';
import { type IdentityProvider, Session } from '../auth/session';

/** Every operationId of the contract (tests run in frontend/). */
export const allOperations: OperationId[] = [
  ...readFileSync(resolve(process.cwd(), '../openapi.yaml'), 'utf8').matchAll(/operationId: (\w+)/g),
].map((match) => match[1] as OperationId);

const grant = (operations: readonly OperationId[], access: 'ALLOW' | 'OWN' = 'ALLOW') =>
  Object.fromEntries(operations.map((operation) => [operation, access]));

/** What only the data protection officer may do. */
const dpoOnly = (operation: string) =>
  /^(listAuditEvents|runRetention|erase(Newcomer|Sponsor)|(set|release)(Newcomer|Sponsor)LegalHold)$/.test(operation);

/** Sabine Stahl of the office: every operation but the data protection officer's. */
export function staffMe(overrides: Partial<Me> = {}): Me {
  return {
    username: 'staff',
    name: 'Sabine Stahl',
    roles: ['STAFF'],
    operations: grant(allOperations.filter((operation) => !dpoOnly(operation))),
    ...overrides,
  };
}

/** Vera Ehrenberg, volunteer coordination: reads and meetings, associations and sponsors; no budget, no newcomer writes. */
export function volunteerCoordinatorMe(): Me {
  const denied = (operation: string) =>
    /BudgetLine|Budget$|^(create|replace|patch|delete)(Newcomer|Project|Milestone)$|Consents?$|History$|PersonalData$/.test(
      operation,
    ) || dpoOnly(operation);
  return {
    username: 'volunteers',
    name: 'Vera Ehrenberg',
    roles: ['VOLUNTEER_COORDINATOR'],
    operations: grant(allOperations.filter((operation) => !denied(operation))),
  };
}

export const sponsorId = '01900000-0005-7000-8000-000000000001';

/** Lena Berger, a sponsor: her own profile only. */
export function sponsorMe(): Me {
  return {
    username: 'sponsor',
    name: 'Lena Berger',
    roles: ['SPONSOR'],
    sponsorId,
    operations: { getMe: 'ALLOW', ...grant(['listSponsors', 'getSponsor', 'patchSponsor'], 'OWN') },
  };
}

/** A signed-in session whose identity provider is a set of spies (no redirects, no popups). */
export function testSession(token = 'token-1', idp: Partial<IdentityProvider> = {}) {
  const provider = {
    signinRedirect: vi.fn<IdentityProvider['signinRedirect']>().mockResolvedValue(undefined),
    signinSilent: vi.fn<IdentityProvider['signinSilent']>().mockRejectedValue(new Error('session ended')),
    signinPopup: vi.fn<IdentityProvider['signinPopup']>().mockResolvedValue({ access_token: 'token-2' }),
    signoutRedirect: vi.fn<IdentityProvider['signoutRedirect']>().mockResolvedValue(undefined),
    ...idp,
  };
  return { session: new Session(provider, 'signed-in', { access_token: token }), idp: provider };
}
