import * as migration_20261127_194435_initial from './20261127_194435_initial';
import * as migration_20261127_200600_review_workflow from './20261127_200600_review_workflow';
import * as migration_20261201_205422_g_search from './20261201_205422_g_search';

export const migrations = [
  {
    up: migration_20261127_194435_initial.up,
    down: migration_20261127_194435_initial.down,
    name: '20261127_194435_initial',
  },
  {
    up: migration_20261127_200600_review_workflow.up,
    down: migration_20261127_200600_review_workflow.down,
    name: '20261127_200600_review_workflow',
  },
  {
    up: migration_20261201_205422_g_search.up,
    down: migration_20261201_205422_g_search.down,
    name: '20261201_205422_g_search'
  },
];
