// The Office themes the playgrounds switch between (Office.context.officeTheme's shape).

export const DARK = { bodyBackgroundColor: "#1f1f1f", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#292929", controlForegroundColor: "#ffffff", isDarkTheme: true, themeId: "black" };
export const LIGHT = { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#242424", controlBackgroundColor: "#f5f5f5", controlForegroundColor: "#242424", isDarkTheme: false, themeId: "colorful" };
