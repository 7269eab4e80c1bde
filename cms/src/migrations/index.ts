import * as migration_20261125_030512_initial from './20261125_030512_initial';

export const migrations = [
  {
    up: migration_20261125_030512_initial.up,
    down: migration_20261125_030512_initial.down,
    name: '20261125_030512_initial'
  },
];
