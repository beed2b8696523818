import * as migration_20261127_194435_initial from './20261127_194435_initial';
import * as migration_20261127_200600_review_workflow from './20261127_200600_review_workflow';
import * as migration_20261201_221940_people_and_data from './20261201_221940_people_and_data';
import * as migration_20261202_010216_object_storage from './20261202_010216_object_storage';
import * as migration_20261202_011118_insights from './20261202_011118_insights';
import * as migration_20261202_011403_work_queues from './20261202_011403_work_queues';
import * as migration_20261202_014825_content_health from './20261202_014825_content_health';
import * as migration_20261202_010441_public_dates from './20261202_010441_public_dates';

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
    up: migration_20261202_010216_object_storage.up,
    down: migration_20261202_010216_object_storage.down,
    name: '20261202_010216_object_storage'
    up: migration_20261202_011118_insights.up,
    down: migration_20261202_011118_insights.down,
    name: '20261202_011118_insights'
    up: migration_20261202_011403_work_queues.up,
    down: migration_20261202_011403_work_queues.down,
    name: '20261202_011403_work_queues'
    up: migration_20261202_014825_content_health.up,
    down: migration_20261202_014825_content_health.down,
    name: '20261202_014825_content_health'
    up: migration_20261202_010441_public_dates.up,
    down: migration_20261202_010441_public_dates.down,
    name: '20261202_010441_public_dates'
  },
];
