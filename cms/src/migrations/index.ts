import * as migration_20261125_030512_initial from './20261125_030512_initial';
import * as migration_20261202_005138_media_visibility from './20261202_005138_media_visibility';
import * as migration_20261202_012034_site_status from './20261202_012034_site_status';
import * as migration_20261202_012535_site_update_jobs from './20261202_012535_site_update_jobs';

export const migrations = [
  {
    up: migration_20261125_030512_initial.up,
    down: migration_20261125_030512_initial.down,
    name: '20261125_030512_initial',
  },
  {
    up: migration_20261202_005138_media_visibility.up,
    down: migration_20261202_005138_media_visibility.down,
    name: '20261202_005138_media_visibility',
  },
  {
    up: migration_20261202_012034_site_status.up,
    down: migration_20261202_012034_site_status.down,
    name: '20261202_012034_site_status',
  },
  {
    up: migration_20261202_012535_site_update_jobs.up,
    down: migration_20261202_012535_site_update_jobs.down,
    name: '20261202_012535_site_update_jobs'
  },
];
