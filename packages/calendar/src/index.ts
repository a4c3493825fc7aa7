/**
 * The Swedish statutory calendar on ISO date strings: public holidays under
 * lag (1989:253) om allmänna helgdagar, workdays and the next-workday rule
 * of lag (1930:173) om beräkning av lagstadgad tid (§2), period ends (§1),
 * recurring yearly dates and half-year terms. Dates 1900-01-01 to
 * 2200-12-31; the same results in every process time zone.
 *
 * @packageDocumentation
 * @module @romsk-inkludering/calendar
 */
export {
  addDays,
  compareIsoDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  eachDay,
  ISO_DATE_PATTERN,
  isIsoDate,
  iterateDays,
  MAX_YEAR,
  MIN_YEAR,
  parseIsoDate,
} from "./iso.js";
export type { IsoDateParseResult, IsoDateParts } from "./iso.js";
export { easterSunday, isPublicHoliday, midsummerEve, publicHolidays } from "./holidays.js";
export type { Holiday, HolidayId } from "./holidays.js";
export { addWorkdays, isWorkday, periodEnd, statutoryDeadline, workdaysBetween, yearlyDates } from "./deadlines.js";
export type { PeriodLength, YearlyRule } from "./deadlines.js";
export { term } from "./terms.js";
export type { Term, TermName } from "./terms.js";
export {
  deadlineStatus,
  DEADLINE_STATUS_LABELS,
  DEADLINE_STATUSES,
  DEFAULT_APPLY_STATUTORY_SHIFT,
  DEFAULT_DUE_SOON_DAYS,
} from "./status.js";
export type { DeadlineStatus, DeadlineStatusInput, DeadlineStatusResult } from "./status.js";
