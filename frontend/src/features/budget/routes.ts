import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { BudgetLinesListPage } from './routes/BudgetLinesListPage';
import { budgetListSearchSchema } from './routes/search';

const budgetLinesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/budget-lines',
  validateSearch: budgetListSearchSchema,
  component: BudgetLinesListPage,
});

export const budgetRoutes = [budgetLinesRoute] as const;
