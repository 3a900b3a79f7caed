// The files the manifests point at, named once. webpack.config.js names its pages and bundles
// with these, and the manifests' URLs are made of them: renaming a page or the on-send bundle
// here moves both. Both the HTML runtime page (commands.html) and the JavaScript-only runtime of
// classic Outlook on Windows load the on-send bundle launchevent.js.
const PAGES = {
  /** The on-send runtime page (Outlook on the web, new Outlook, Mac). */
  onSend: "commands.html",
  messagePane: "taskpane.html",
  meetingPane: "calendar.html",
  /** The Office dialog fallback for sign-in (beside the panes; no manifest entry). */
  authDialog: "auth-dialog.html",
};

const BUNDLES = {
  /** The on-send handlers; classic Outlook on Windows loads this file alone. */
  onSend: "launchevent.js",
};

/** Assets the manifests name (beside the pages under assets/, and in the app package). */
const ICONS = {
  16: "assets/icon-16.png",
  32: "assets/icon-32.png",
  64: "assets/icon-64.png",
  80: "assets/icon-80.png",
  128: "assets/icon-128.png",
};

/** The unified manifest's app icons (Teams app package: color 192×192, outline 32×32 white on transparent). */
const PACKAGE_ICONS = {
  color: { file: "assets/icon-color-192.png", size: 192, name: "color.png" },
  outline: { file: "assets/icon-outline-32.png", size: 32, name: "outline.png" },
};

/** A file name without its extension: the webpack page or entry name. */
function stem(file) {
  return file.replace(/\.[^.]+$/, "");
}

module.exports = { PAGES, BUNDLES, ICONS, PACKAGE_ICONS, stem };
