import * as migration_20261125_030512_initial from './20261125_030512_initial';
import * as migration_20261202_011846_schedule_autosave_shanghai_time from './20261202_011846_schedule_autosave_shanghai_time';

export const migrations = [
  {
    up: migration_20261125_030512_initial.up,
    down: migration_20261125_030512_initial.down,
    name: '20261125_030512_initial',
  },
  {
    up: migration_20261202_011846_schedule_autosave_shanghai_time.up,
    down: migration_20261202_011846_schedule_autosave_shanghai_time.down,
    name: '20261202_011846_schedule_autosave_shanghai_time'
  },
];
