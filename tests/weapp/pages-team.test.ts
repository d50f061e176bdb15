import { describePagesOf } from './helpers/every-page';
import { everyPage } from './helpers/page-table';

describePagesOf('adviser', everyPage);
