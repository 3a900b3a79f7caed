import { addressKey, displayName, domainOf, findPerson, isAddress, isCalled, isSomeone, nameKey, personKey, sameAddress, samePerson, uniquePeople } from "../../src/policy/people";
import type { Person } from "../../src/policy/types";

// The one person/address matcher, as tables: every form an address arrives in (case,
// full-width, mailto:, angle brackets, a display name around it), display names in English,
// Simplified and Traditional Chinese with and without spaces, and who a written name finds.

describe("addressKey / sameAddress", () => {
  test.each([
    ["Lisa.Wang@Contoso.com", "lisa.wang@contoso.com"],
    ["  lisa.wang@contoso.com  ", "lisa.wang@contoso.com"],
    ["<lisa.wang@contoso.com>", "lisa.wang@contoso.com"],
    ["Lisa Wang <LISA.WANG@CONTOSO.COM>", "lisa.wang@contoso.com"],
    ["\"Wang, Lisa\" <lisa.wang@contoso.com>", "lisa.wang@contoso.com"],
    ["mailto:lisa.wang@contoso.com", "lisa.wang@contoso.com"],
    ["MAILTO:lisa.wang@contoso.com?subject=Q3%20budget", "lisa.wang@contoso.com"],
    ["mailto:wang%2Ewei@contoso.com", "wang.wei@contoso.com"],
    ["mailto:bad%E0%A4%A@contoso.com", "bad%e0%a4%a@contoso.com"],
    ["ｌｉｓａ．ｗａｎｇ＠ｃｏｎｔｏｓｏ．ｃｏｍ", "lisa.wang@contoso.com"],
    ["王伟 <wang.wei＠contoso.com>", "wang.wei@contoso.com"],
    ["'lisa@contoso.com'", "lisa@contoso.com"],
    ["", ""],
    [undefined, ""],
    [null, ""],
  ])("%p compares as %p", (written, key) => {
    expect(addressKey(written)).toBe(key);
  });

  test.each([
    ["lisa.wang@contoso.com", "LISA.WANG@contoso.com", true],
    ["mailto:lisa.wang@contoso.com", "Lisa Wang <lisa.wang@contoso.com>", true],
    ["ｗａｎｇ＠ｃｏｎｔｏｓｏ．ｃｏｍ", "wang@contoso.com", true],
    ["lisa.wang@contoso.com", "lisa.wang@contoso.cn", false],
    ["lisa@contoso.com", "lisa.wang@contoso.com", false],
    ["", "", false],
    [undefined, "", false],
  ])("%p and %p are the same address: %p", (a, b, same) => {
    expect(sameAddress(a, b)).toBe(same);
  });

  test.each([
    ["lisa@Sub.Contoso.COM", "sub.contoso.com"],
    ["Lisa <lisa@contoso.com>", "contoso.com"],
    ["王伟", ""],
    ["", ""],
  ])("the domain of %p is %p", (address, domain) => {
    expect(domainOf(address)).toBe(domain);
  });
});

describe("nameKey / samePerson", () => {
  test.each([
    ["王伟", "王 伟", true],
    ["王伟", "王　偉", true],
    ["陳志明", "陈 志明", true],
    ["Lisa Wang", "  lisa   WANG ", true],
    ["Ｌｉｓａ Ｗａｎｇ", "Lisa Wang", true],
    ["Lisa Wang", "LisaWang", false],
    ["王伟", "王玮", false],
    ["", "", false],
  ])("%p and %p are one name: %p", (a, b, same) => {
    expect(nameKey(a) !== "" && nameKey(a) === nameKey(b)).toBe(same);
    expect(samePerson({ address: "", name: a }, { address: "", name: b })).toBe(same);
  });

  test.each<[string, Person, Person | undefined, boolean]>([
    ["the same address, other names", { name: "Lisa", address: "Lisa.Wang@contoso.com" }, { name: "王丽莎", address: "lisa.wang@contoso.com" }, true],
    ["other addresses, the same name", { name: "Lisa Wang", address: "lisa@contoso.com" }, { name: "Lisa Wang", address: "lisa.wang@fabrikam.com" }, false],
    ["one without address: by name", { name: "王 伟", address: "" }, { name: "王伟", address: "wang.wei@contoso.com" }, true],
    ["one without address, another name", { name: "李娜", address: "" }, { name: "王伟", address: "wang.wei@contoso.com" }, false],
    ["nobody to compare with", { name: "李娜", address: "" }, undefined, false],
  ])("%s: %p", (_label, a, b, same) => {
    expect(samePerson(a, b)).toBe(same);
  });

  test.each<[Person, string]>([
    [{ name: "Lisa", address: "LISA@contoso.com" }, "lisa@contoso.com"],
    [{ name: "王 伟", address: "" }, "name:王伟"],
    [{ name: "", address: " " }, ""],
  ])("personKey of %p is %p", (person, key) => {
    expect(personKey(person)).toBe(key);
  });

  test("uniquePeople keeps the first of each address and drops the unaddressed", () => {
    const people: Person[] = [
      { name: "Lisa", address: "lisa@contoso.com" },
      { name: "Lisa W.", address: "mailto:LISA@contoso.com" },
      { name: "王伟", address: "" },
      { address: "wang@contoso.com" },
    ];
    expect(uniquePeople(people)).toEqual([people[0], people[3]]);
  });
});

describe("isCalled / findPerson: who a written name means", () => {
  const wang: Person = { name: "王伟", address: "wang.wei@contoso.com" };
  const chen: Person = { name: "陳志明", address: "zm.chen@contoso.com" };
  const lisa: Person = { name: "Wang, Lisa", address: "lisa.wang@contoso.com" };
  const li: Person = { name: "李娜 (Finance)", address: "li.na@contoso.com" };
  const people = [wang, chen, lisa, li];

  test.each<[string, Person | undefined]>([
    ["王伟", wang],
    ["王 伟", wang],
    ["王偉", wang],
    ["王总", wang],
    ["小王", wang],
    ["志明", chen],
    ["陈经理", chen],
    ["Lisa Wang", lisa],
    ["lisa", lisa],
    ["LISA WANG", lisa],
    ["wang wei", wang],
    ["李娜", li],
    ["赵六", undefined],
    ["Peter", undefined],
  ])("%p finds %p", (written, found) => {
    expect(findPerson(people, { address: "", name: written })).toBe(found);
  });

  test.each<[Person, Person | undefined]>([
    [{ address: "mailto:Li.Na@contoso.com" }, li],
    [{ name: "李娜", address: "li.na@fabrikam.com" }, undefined],
    [{ address: "", name: "" }, undefined],
  ])("%p finds %p (an address decides alone)", (wanted, found) => {
    expect(findPerson(people, wanted)).toBe(found);
  });

  test("an exact display name wins over a looser name", () => {
    const wangWu: Person = { name: "王五", address: "" };
    const wangZong: Person = { name: "王总", address: "" };
    expect(findPerson([wangWu, wangZong], { address: "", name: "王总" })).toBe(wangZong);
    expect(isCalled(wangWu, "王总")).toBe(true);
  });

  test.each([
    ["林組長", true], ["林主任", true], ["林科长", true], ["林先生", true], ["林处长", true],
    ["王组长", false], ["林组", false], ["组长", false],
  ])("林志豪 is called %s: %p", (written, expected) => {
    expect(isCalled({ name: "林志豪", address: "lin.zh@contoso.com" }, written)).toBe(expected);
  });

  test("hostile input answers without hanging or throwing", () => {
    expect(addressKey(`${"<".repeat(50_000)}a@b.co${">".repeat(50_000)}`)).toBe("a@b.co");
    expect(nameKey(" 王".repeat(50_000)).length).toBe(50_000);
    expect(findPerson(people, { address: "", name: "小".repeat(10_000) })).toBeUndefined();
  });
});

describe("isAddress / isSomeone", () => {
  test.each([
    ["lisa.wang@contoso.com", true],
    ["a@b.co", true],
    ["li.na@mail.contoso.com.cn", true],
    ["lisa.wang@contoso", false],
    ["lisa@.com", false],
    ["lisa@com.", false],
    ["@contoso.com", false],
    ["lisa@@contoso.com", false],
    ["lisa wang@contoso.com", false],
    ["lisa@contoso.com ", false],
    ["王伟", false],
    ["", false],
  ])("%p is a whole address: %p", (text, expected) => {
    // The pattern this replaces, as the reference for ordinary input.
    expect(/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)).toBe(expected);
    expect(isAddress(text)).toBe(expected);
  });

  test("a long domain with many dots that fails at its end answers at once", () => {
    expect(isAddress(`a@${"b.".repeat(100_000)} `)).toBe(false);
  });

  test.each<[Person, boolean]>([
    [{ address: "lisa@contoso.com" }, true],
    [{ address: "", name: "王伟" }, true],
    [{ address: "  ", name: " " }, false],
    [{ address: undefined as unknown as string, name: undefined }, false],
  ])("%p is someone: %p", (person, expected) => {
    expect(isSomeone(person)).toBe(expected);
  });
});

test("the report's pseudonyms give one person one pseudonym however the address is written", async () => {
  const { createPseudonyms } = await import("../../src/cli/report/pseudonym");
  const names = createPseudonyms(new Uint8Array(32).fill(7));
  const one = names.person("Lisa.Wang@Contoso.com");
  expect(names.person("<lisa.wang@contoso.com>")).toBe(one);
  expect(names.person("mailto:LISA.WANG@contoso.com")).toBe(one);
  expect(names.person("wang.wei@contoso.com")).not.toBe(one);
  expect(names.person("  ")).toBe("—");
});

describe("displayName", () => {
  test.each([
    ["'Wang Wei'", "Wang Wei"],
    ["'lisa@gmail.com'", "lisa@gmail.com"],
    ["  '王伟'  ", "王伟"],
    ["O'Brien, Pat", "O'Brien, Pat"],
    ["'", "'"],
    ["Lisa Wang", "Lisa Wang"],
  ])("%p reads %p", (raw, name) => {
    expect(displayName(raw)).toBe(name);
  });
});
