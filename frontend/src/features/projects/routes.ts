import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/root-route';
import { ProjectsListPage } from './routes/ProjectsListPage';
import { projectListSearchSchema } from './routes/search';

const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects',
  staticData: { operation: 'listProjects' },
  validateSearch: projectListSearchSchema,
  component: ProjectsListPage,
});
const projectCreateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/new',
  staticData: { operation: 'createProject' },
  // Detail and form pages (react-hook-form, zod schemas) load only when someone opens one.
  component: lazyRouteComponent(() => import('./routes/ProjectCreatePage'), 'ProjectCreatePage'),
});
const projectDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$projectId',
  staticData: { operation: 'getProject' },
  component: lazyRouteComponent(() => import('./routes/ProjectDetailPage'), 'ProjectDetailPage'),
});
const projectEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$projectId/edit',
  staticData: { operation: 'replaceProject' },
  component: lazyRouteComponent(() => import('./routes/ProjectEditPage'), 'ProjectEditPage'),
});

export const projectRoutes = [projectsRoute, projectCreateRoute, projectDetailRoute, projectEditRoute] as const;
