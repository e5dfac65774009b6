/** The sections of the app, in the order of the main navigation. */
export const navigationItems = [
  { to: '/', label: 'nav.overview' },
  { to: '/projects', label: 'nav.projects' },
  { to: '/budget', label: 'budgetSummary.nav' },
  { to: '/budget-lines', label: 'nav.budget' },
  { to: '/sponsors', label: 'nav.sponsors' },
  { to: '/newcomers', label: 'nav.newcomers' },
  { to: '/associations', label: 'nav.associations' },
  { to: '/network-meetings', label: 'nav.meetings' },
] as const;
