import { OfficeCallError, officeCall, officeOutcome, officeValue, type OfficeCallback } from "../../src/outlook/office-async";
import { fakeMessage, installOfficeFake, type OfficeFake } from "../support/office-fake";

// The one bridge from Office.js callbacks to promises: every way a call can end, and the
// typing that replaced the `as never` casts (checked by `npm run typecheck`, which covers test/).

/** A callback-style method answering with the given AsyncResult on a later tick. */
function answering<T>(result: unknown): (callback: OfficeCallback<T>) => void {
  return (callback) => setTimeout(() => callback(result as Parameters<OfficeCallback<T>>[0]), 0);
}

describe("officeCall", () => {
  test.each([
    ["the documented run-time string", "succeeded"],
    ["the declared enum value", 0],
  ])("resolves with the value when the status is %s", async (_label, status) => {
    await expect(officeCall<string>("subject.getAsync", answering({ status, value: "Q3 budget" }))).resolves.toBe("Q3 budget");
  });

  test.each([
    ["the run-time string with an Office.Error", { status: "failed", value: undefined, error: { name: "PermissionDenied", message: "denied", code: 9017 } }, 9017, "PermissionDenied", "denied"],
    ["the enum value without an error object", { status: 1, value: undefined }, undefined, undefined, "failed"],
    ["no result at all", undefined, undefined, undefined, "failed"],
  ])("rejects with a typed failure for %s", async (_label, result, code, errorName, message) => {
    const error = await officeCall<string>("body.getAsync", answering(result)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error).toMatchObject({ call: "body.getAsync", code, errorName, kind: "failed", message: `body.getAsync: ${message}` });
  });

  test("a method that throws before calling back rejects (kind threw) instead of throwing", async () => {
    const call = officeCall<void>("body.setAsync", () => {
      throw new TypeError("item is null");
    });
    await expect(call).rejects.toMatchObject({ call: "body.setAsync", kind: "threw", message: "body.setAsync: item is null" });
  });

  test("the callback passes straight to Office.js's declared methods: the value type is checked", async () => {
    const fake: OfficeFake = installOfficeFake({ item: fakeMessage({ subject: "Q3 budget" }) });
    try {
      const item = Office.context.mailbox.item as Office.MessageCompose;
      await expect(officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb))).resolves.toBe("Q3 budget");
      // A value type other than the method's own does not compile: the test would fail typecheck.
      // @ts-expect-error subject.getAsync answers AsyncResult<string>, not AsyncResult<number>.
      const wrong = officeCall<number>("subject.getAsync", (cb) => item.subject.getAsync(cb));
      await expect(wrong).resolves.toBe("Q3 budget");
    } finally {
      fake.uninstall();
    }
  });
});

describe("officeOutcome and officeValue never reject", () => {
  test("a success carries the value", async () => {
    await expect(officeOutcome<number>("x", answering({ status: "succeeded", value: 3 }))).resolves.toEqual({ ok: true, value: 3 });
    await expect(officeValue<number>("x", answering({ status: "succeeded", value: 3 }))).resolves.toBe(3);
  });

  test("a failure carries the typed error, or undefined", async () => {
    const outcome = await officeOutcome<number>("x", answering({ status: "failed", value: undefined, error: { message: "gone", code: 5001 } }));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatchObject({ call: "x", code: 5001, kind: "failed" });
    await expect(officeValue<number>("x", answering({ status: "failed", value: undefined }))).resolves.toBeUndefined();
    await expect(
      officeValue<number>("x", () => {
        throw new Error("no host");
      }),
    ).resolves.toBeUndefined();
  });
});
