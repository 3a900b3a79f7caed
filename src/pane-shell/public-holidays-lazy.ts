// Stands in for `date-holidays` in the panes' bundles (webpack.config.js): the world's holiday
// rules, moment-timezone and an astronomy library are two thirds of a pane's bytes, and a CN
// tenant never needs them (chinese-days gives the State Council's schedule). They load as a
// chunk of their own only when the policy names another country (loadPublicHolidays), before
// the first check; until then this class knows no country, like the on-send bundle's stand-in.

interface HolidayLike {
  type: string;
  date: string;
  start: Date;
  end: Date;
}

interface HolidaysLike {
  getCountries(): Record<string, string> | undefined;
  init(country: string): unknown;
  getHolidays(year?: number): HolidayLike[] | undefined;
}

type HolidaysClass = new () => HolidaysLike;

let loaded: HolidaysClass | undefined;
let loading: Promise<boolean> | undefined;

/** Loads the full holiday data once; resolves false when the chunk could not be fetched. */
export function loadPublicHolidays(): Promise<boolean> {
  loading ??= import(/* webpackChunkName: "public-holidays" */ "date-holidays").then(
    (module) => {
      loaded = module.default as unknown as HolidaysClass;
      return true;
    },
    () => false,
  );
  return loading;
}

/** Whether a tenant with this holiday country needs the full data. */
export function needsPublicHolidays(country: string): boolean {
  return country.toUpperCase() !== "CN";
}

export default class LazyPublicHolidays {
  private readonly inner: HolidaysLike | undefined = loaded ? new loaded() : undefined;

  getCountries(): Record<string, string> {
    return this.inner?.getCountries() ?? {};
  }

  init(country: string): void {
    this.inner?.init(country);
  }

  getHolidays(year?: number): HolidayLike[] {
    return this.inner?.getHolidays(year) ?? [];
  }
}
