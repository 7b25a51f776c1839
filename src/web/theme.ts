import { createTheme } from '@mantine/core';

// System fonts only (no web-font download, no CSP exceptions). The list reaches
// fonts with full Greek coverage on every platform: Segoe UI (Windows), SF via
// system-ui (macOS/iOS), Roboto/Noto (Android, many Linux), Liberation/DejaVu (Debian).
const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", "Liberation Sans", "DejaVu Sans", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'blue',
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
});
