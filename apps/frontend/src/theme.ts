import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  type MantineColorsTuple,
} from '@mantine/core';

/**
 * Mantine's palette with shades 8 and 9 replaced. Filled controls and text use shade 8 (the
 * primary shade below) under white text or on white; light badges and alerts write in shade 9 on
 * shade 1. Both pass WCAG AA (4.5:1) for normal text with these values.
 */
const darkened = (name: keyof typeof DEFAULT_THEME.colors, shade8: string, shade9: string) =>
  [...DEFAULT_THEME.colors[name].slice(0, 8), shade8, shade9] as unknown as MantineColorsTuple;

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 6 of indigo (#4c6ef5) is 4.3:1 on white; shade 8 (#3b5bdb) is 5.7:1.
  primaryShade: 8,
  colors: {
    red: darkened('red', '#c92a2a', '#a51d1d'),
    green: darkened('green', '#237032', '#1b5e2a'),
    yellow: darkened('yellow', '#8f5b00', '#7a4d00'),
    orange: darkened('orange', '#c2410c', '#9a3412'),
    teal: darkened('teal', '#087f5b', '#086b4d'),
  },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  components: {
    // Links are told from the text around them by more than their colour.
    Anchor: { defaultProps: { underline: 'always' } },
  },
});

/** Dimmed text and error messages in shades that keep 4.5:1 on white (Mantine's are 3.3:1). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});
