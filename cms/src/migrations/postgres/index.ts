import * as migration_20261127_194435_initial from './20261127_194435_initial';
import * as migration_20261127_200600_review_workflow from './20261127_200600_review_workflow';

export const migrations = [
  {
    up: migration_20261127_194435_initial.up,
    down: migration_20261127_194435_initial.down,
    name: '20261127_194435_initial',
  },
  {
    up: migration_20261127_200600_review_workflow.up,
    down: migration_20261127_200600_review_workflow.down,
    name: '20261127_200600_review_workflow'
  },
];
