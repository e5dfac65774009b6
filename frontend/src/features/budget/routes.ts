import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { rootRoute } from '../../app/root-route';
import { lenient } from '../../components/data/listSearch';
import { BudgetLinesListPage } from './routes/BudgetLinesListPage';
import { budgetListSearchSchema } from './routes/search';

const budgetLinesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/budget-lines',
  staticData: { operation: 'listBudgetLines' },
  validateSearch: budgetListSearchSchema,
  component: BudgetLinesListPage,
});
const budgetLineCreateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/budget-lines/new',
  staticData: { operation: 'createBudgetLine' },
  // `/budget-lines/new?projectId=…` starts a line of that project.
  validateSearch: z.object({ projectId: lenient(z.guid()) }),
  // Forms (react-hook-form and their schemas) load only when someone opens one.
  component: lazyRouteComponent(() => import('./routes/BudgetLineCreatePage'), 'BudgetLineCreatePage'),
});
const budgetLineDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/budget-lines/$budgetLineId',
  staticData: { operation: 'getBudgetLine' },
  component: lazyRouteComponent(() => import('./routes/BudgetLineDetailPage'), 'BudgetLineDetailPage'),
});
const budgetLineEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/budget-lines/$budgetLineId/edit',
  staticData: { operation: 'replaceBudgetLine' },
  component: lazyRouteComponent(() => import('./routes/BudgetLineEditPage'), 'BudgetLineEditPage'),
});

export const budgetRoutes = [budgetLinesRoute, budgetLineCreateRoute, budgetLineDetailRoute, budgetLineEditRoute] as const;
