import * as migration_20261127_194425_initial from './20261127_194425_initial';
import * as migration_20261127_200543_review_workflow from './20261127_200543_review_workflow';
import * as migration_20261201_221931_people_and_data from './20261201_221931_people_and_data';
import * as migration_20261202_010152_object_storage from './20261202_010152_object_storage';
import * as migration_20261202_011035_insights from './20261202_011035_insights';
import * as migration_20261202_011341_work_queues from './20261202_011341_work_queues';
import * as migration_20261202_014708_content_health from './20261202_014708_content_health';
import * as migration_20261202_010356_public_dates from './20261202_010356_public_dates';

export const migrations = [
  {
    up: migration_20261127_194425_initial.up,
    down: migration_20261127_194425_initial.down,
    name: '20261127_194425_initial',
  },
  {
    up: migration_20261127_200543_review_workflow.up,
    down: migration_20261127_200543_review_workflow.down,
    name: '20261127_200543_review_workflow',
  },
  {
    up: migration_20261201_221931_people_and_data.up,
    down: migration_20261201_221931_people_and_data.down,
    name: '20261201_221931_people_and_data',
  },
  {
    up: migration_20261202_010152_object_storage.up,
    down: migration_20261202_010152_object_storage.down,
    name: '20261202_010152_object_storage'
    up: migration_20261202_011035_insights.up,
    down: migration_20261202_011035_insights.down,
    name: '20261202_011035_insights'
    up: migration_20261202_011341_work_queues.up,
    down: migration_20261202_011341_work_queues.down,
    name: '20261202_011341_work_queues'
    up: migration_20261202_014708_content_health.up,
    down: migration_20261202_014708_content_health.down,
    name: '20261202_014708_content_health'
    up: migration_20261202_010356_public_dates.up,
    down: migration_20261202_010356_public_dates.down,
    name: '20261202_010356_public_dates'
  },
];
