import * as migration_20261127_194435_initial from './20261127_194435_initial';

export const migrations = [
  {
    up: migration_20261127_194435_initial.up,
    down: migration_20261127_194435_initial.down,
    name: '20261127_194435_initial'
  },
];
