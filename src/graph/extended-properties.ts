// Office.js keeps an add-in's custom properties (item.loadCustomPropertiesAsync, Mailbox 1.1)
// as ONE MAPI named string property, `cecp-<add-in id>` in the PS_PUBLIC_STRINGS set
// {00020329-0000-0000-C000-000000000046}, whose value is a JSON object of all the add-in's
// properties ("Get and set add-in metadata for an Outlook add-in", MS-OXCEXT 2.2.5). Graph
// reads and writes it as a singleValueExtendedProperty. So what the pane stores through
// Graph, the message pane and the on-send check read back through Office.js, and what the
// pane stores through Office.js, administrators read back through Graph.

import { CUSTOM_PROPERTIES_PREFIX, CUSTOM_PROPERTY_NAMES } from "../policy/names";

export const PS_PUBLIC_STRINGS = "{00020329-0000-0000-C000-000000000046}";

export function customPropertiesId(addInId: string): string {
  return `String ${PS_PUBLIC_STRINGS} Name ${CUSTOM_PROPERTIES_PREFIX}${addInId.toLowerCase()}`;
}

/** The custom-property names this product uses (policy/names.ts). Values are JSON strings. */
export const PROPERTY_MEETING_POLICY = CUSTOM_PROPERTY_NAMES.meetingPolicy;
export const PROPERTY_MINUTES_OF = CUSTOM_PROPERTY_NAMES.minutesOf;

export interface ExtendedProperty {
  id: string;
  value: string;
}

export function customPropertiesValue(properties: Record<string, unknown>): string {
  return JSON.stringify(properties);
}

/** Reads one custom property out of the `cecp-` value; undefined for anything malformed. */
export function readCustomProperty(value: string | undefined | null, name: string): unknown {
  if (!value) return undefined;
  try {
    const bag = JSON.parse(value) as unknown;
    return bag !== null && typeof bag === "object" ? (bag as Record<string, unknown>)[name] : undefined;
  } catch {
    return undefined;
  }
}
