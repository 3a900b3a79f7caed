import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { eventType, onOfficeEvent } from "./office-events";

// Follows the Office theme (Office.context.officeTheme, Mailbox 1.14) and its changes
// (OfficeThemeChanged on the mailbox, Mailbox 1.14). Clients without it get the light theme.

interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

export function isDark(theme: OfficeThemeLike | undefined): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const l = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : undefined;
  return l !== undefined && l < 0.5;
}

function currentOfficeTheme(): OfficeThemeLike | undefined {
  try {
    return Office.context.officeTheme as OfficeThemeLike | undefined;
  } catch {
    return undefined;
  }
}

export function useOfficeTheme(): { theme: Theme; dark: boolean } {
  const [dark, setDark] = useState(() => isDark(currentOfficeTheme()));
  useEffect(() => {
    const remove = onOfficeEvent("mailbox", eventType("OfficeThemeChanged", "officeThemeChanged"), "1.14", (args) => {
      const theme = (args as { officeTheme?: OfficeThemeLike } | undefined)?.officeTheme ?? currentOfficeTheme();
      setDark(isDark(theme));
    });
    return () => void remove.then((r) => r());
  }, []);
  return { theme: dark ? webDarkTheme : webLightTheme, dark };
}
