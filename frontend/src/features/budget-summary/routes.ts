import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { budgetSummarySearchSchema } from './routes/search';

const budgetSummaryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/budget',
  staticData: { operation: 'summarizeBudget' },
  validateSearch: budgetSummarySearchSchema,
  // The page loads when someone opens it; its charts load after that (see BudgetSummaryPage).
  component: lazyRouteComponent(() => import('./routes/BudgetSummaryPage'), 'BudgetSummaryPage'),
});

export const budgetSummaryRoutes = [budgetSummaryRoute] as const;
