// Stands in for `date-holidays` in the on-send bundle only (see webpack.config.js).
// date-holidays brings its rule data for 200 countries, an astronomy library and moment-timezone:
// over 600 KB gzipped, which Outlook would fetch and start inside the 5-second send window.
// At send time a non-CN tenant's days off are therefore its weekends plus the policy's
// `holidays.extraHolidays`; the panes and the CLI use the full data. CN tenants lose nothing:
// the State Council schedule comes from chinese-days, which the bundle keeps.

interface HolidayLike {
  type: string;
  date: string;
  start: Date;
  end: Date;
}

/** Knows no country, so the working calendar falls back to weekdays and says so in a notice. */
export default class PublicHolidaysLite {
  constructor(_country?: string) {}

  getCountries(): Record<string, string> {
    return {};
  }

  init(_country?: string): void {}

  getHolidays(_year?: number): HolidayLike[] {
    return [];
  }

  isHoliday(_date: Date): HolidayLike[] | false {
    return false;
  }
}
