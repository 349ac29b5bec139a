import type { AccountTables } from '../accounts/account.table.ts';
import type { CareerTables } from '../careers/career.table.ts';
import type { EditorialTables } from '../editorial/editorial.table.ts';
import type { OccupationTables } from '../onet/occupation.table.ts';

/** Every table the application knows; each domain contributes its own interface. */
export interface Database extends CareerTables, OccupationTables, AccountTables, EditorialTables {}
