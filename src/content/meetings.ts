// The ten meetings of the Porukka-hautomo workbook (../shared/seeds/000_…), one file each. DATA ONLY.
import { m01 } from './meetings/m01';
import { m02 } from './meetings/m02';
import { m03 } from './meetings/m03';
import { m04 } from './meetings/m04';
import { m05 } from './meetings/m05';
import { m06 } from './meetings/m06';
import { m07 } from './meetings/m07';
import { m08 } from './meetings/m08';
import { m09 } from './meetings/m09';
import { m10 } from './meetings/m10';
import type { Meeting } from './types';

export const meetings: readonly Meeting[] = [m01, m02, m03, m04, m05, m06, m07, m08, m09, m10];
