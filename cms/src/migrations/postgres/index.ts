import * as migration_20261127_194435_initial from './20261127_194435_initial';
import * as migration_20261127_200600_review_workflow from './20261127_200600_review_workflow';
import * as migration_20261201_221940_people_and_data from './20261201_221940_people_and_data';
import * as migration_20261202_023241_review_and_reach from './20261202_023241_review_and_reach';
import * as migration_20261202_043507_build_covered_jobs from './20261202_043507_build_covered_jobs';

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
    up: migration_20261201_221940_people_and_data.up,
    down: migration_20261201_221940_people_and_data.down,
    name: '20261201_221940_people_and_data',
  },
  {
    up: migration_20261202_023241_review_and_reach.up,
    down: migration_20261202_023241_review_and_reach.down,
    name: '20261202_023241_review_and_reach',
  },
  {
    up: migration_20261202_043507_build_covered_jobs.up,
    down: migration_20261202_043507_build_covered_jobs.down,
    name: '20261202_043507_build_covered_jobs'
  },
];
