import * as migration_20261125_030512_initial from './20261125_030512_initial';
import * as migration_20261202_005138_media_visibility from './20261202_005138_media_visibility';
import * as migration_20261202_014450_publishing from './20261202_014450_publishing';
import * as migration_20261202_102503_sample_content from './20261202_102503_sample_content';
import * as migration_20261202_112959_media_credit_localized from './20261202_112959_media_credit_localized';

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
    up: migration_20261202_014450_publishing.up,
    down: migration_20261202_014450_publishing.down,
    name: '20261202_014450_publishing',
  },
  {
    up: migration_20261202_102503_sample_content.up,
    down: migration_20261202_102503_sample_content.down,
    name: '20261202_102503_sample_content',
  },
  {
    up: migration_20261202_112959_media_credit_localized.up,
    down: migration_20261202_112959_media_credit_localized.down,
    name: '20261202_112959_media_credit_localized'
  },
];
