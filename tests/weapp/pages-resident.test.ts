import { appRoutes, describePagesOf } from './helpers/every-page';
import { everyPage } from './helpers/page-table';

describePagesOf('resident', everyPage);

// The four pages-<role> files render every route of the table, each for its role in an app of its own.
it('has a role and expectations for every page of app.json, main package and subpackages', () => {
  expect(Object.keys(everyPage).sort()).toEqual(appRoutes().sort());
});
