/** The dashboard page's script: registers <monitoring-dashboard>. */
import { defineDashboard } from './monitoring-dashboard.ts';

defineDashboard();
