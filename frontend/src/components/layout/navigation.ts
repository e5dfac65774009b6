import { allows, isSponsorOnly, type Me, type OperationId } from '../../auth/me';

/**
 * The sections of the app, in the order of the main navigation. `operation`: the one the section's
 * page needs; the entry is shown only to users who may call it.
 */
export const navigationItems = [
  { to: '/', label: 'nav.overview' },
  { to: '/projects', label: 'nav.projects', operation: 'listProjects' },
  { to: '/budget', label: 'budgetSummary.nav', operation: 'summarizeBudget' },
  { to: '/budget-lines', label: 'nav.budget', operation: 'listBudgetLines' },
  { to: '/sponsors', label: 'nav.sponsors', operation: 'listSponsors' },
  { to: '/newcomers', label: 'nav.newcomers', operation: 'listNewcomers' },
  { to: '/associations', label: 'nav.associations', operation: 'listAssociations' },
  { to: '/network-meetings', label: 'nav.meetings', operation: 'listNetworkMeetings' },
  { to: '/privacy', label: 'nav.privacy', operation: 'listAuditEvents' },
] as const satisfies readonly { to: string; label: string; operation?: OperationId }[];

/** The sections this user may open; a sponsor has the start page only (with their profile). */
export const navigationFor = (me: Me) =>
  navigationItems.filter((item) => (isSponsorOnly(me) ? item.to === '/' : !('operation' in item) || allows(me, item.operation)));
