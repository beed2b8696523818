import * as migration_20261127_194425_initial from './20261127_194425_initial';
import * as migration_20261127_200543_review_workflow from './20261127_200543_review_workflow';
import * as migration_20261201_204729_b_approval from './20261201_204729_b_approval';
import * as migration_20261201_213011_f_ppne from './20261201_213011_f_ppne';

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
    up: migration_20261201_204729_b_approval.up,
    down: migration_20261201_204729_b_approval.down,
    name: '20261201_204729_b_approval'
    up: migration_20261201_213011_f_ppne.up,
    down: migration_20261201_213011_f_ppne.down,
    name: '20261201_213011_f_ppne'
  },
];
