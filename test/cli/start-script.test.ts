// `npm start` builds what the README's first steps use: the development output for the
// playground and dist/cli.js for `node dist/cli.js check …`. The builds themselves are
// replaced here (each takes a minute); what is checked is that start asks for both.

jest.mock("child_process", () => ({ ...jest.requireActual("child_process"), execFileSync: jest.fn() }));
jest.mock("../../scripts/build", () => ({
  ...jest.requireActual("../../scripts/build"),
  buildDevelopment: jest.fn(),
  buildCli: jest.fn(),
}));

const build = require("../../scripts/build") as { buildDevelopment: jest.Mock; buildCli: jest.Mock };
const start = require("../../scripts/start") as { build: () => void };

describe("npm start", () => {
  beforeEach(() => jest.spyOn(console, "log").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("builds the development output and the CLI the README runs", () => {
    start.build();
    expect(build.buildDevelopment).toHaveBeenCalledWith({ mode: "development" });
    expect(build.buildCli).toHaveBeenCalledTimes(1);
  });

  it("builds the CLI as webpack's production cli configuration, into dist/ or the tests' own folder", () => {
    const actual = jest.requireActual("../../scripts/build") as { buildCli: (options?: { outDir?: string }) => void };
    const childProcess = jest.requireMock("child_process") as { execFileSync: jest.Mock };
    childProcess.execFileSync.mockClear();
    actual.buildCli();
    const [, args] = childProcess.execFileSync.mock.calls[0] as [string, string[]];
    expect(args.slice(1)).toEqual(["--mode", "production", "--env", "only=cli"]);
    childProcess.execFileSync.mockClear();
    actual.buildCli({ outDir: "/tmp/elsewhere" });
    expect((childProcess.execFileSync.mock.calls[0] as [string, string[]])[1].slice(1)).toEqual(["--mode", "production", "--env", "only=cli", "--output-path", "/tmp/elsewhere"]);
  });
});
