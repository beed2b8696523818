import * as migration_20261127_194425_initial from './20261127_194425_initial';

export const migrations = [
  {
    up: migration_20261127_194425_initial.up,
    down: migration_20261127_194425_initial.down,
    name: '20261127_194425_initial'
  },
];
