// The app's look and its accessible defaults, in one place. Colours are chosen for contrast (WCAG AA: the
// primary colour's darker shade under white text, and a darker "dimmed" grey); every icon-only control
// Mantine draws (dialog and notification close buttons, the passphrase show/hide toggle) gets a name a
// screen reader can read, in the user's language — so the theme is rebuilt when the language changes.
import {
  createTheme,
  type CSSVariablesResolver,
  defaultVariantColorsResolver,
  MantineProvider,
  Menu,
  Modal,
  Notification,
  PasswordInput,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const fontFamily = '"Noto Sans JP", "Hiragino Sans", "Yu Gothic UI", Meiryo, system-ui, sans-serif';

// Mantine's default dimmed grey (gray.6) is 3.3:1 on white and its error red (red.6) 3:1; gray.7 and red.9
// read at 7.9:1 and 5.3:1.
const resolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // Buttons in the primary colour without a colour of their own take their hover from here.
    '--mantine-primary-color-filled-hover': 'color-mix(in srgb, var(--mantine-color-teal-9), black 18%)',
    '--mantine-color-teal-filled-hover': 'color-mix(in srgb, var(--mantine-color-teal-9), black 18%)',
  },
  dark: {},
});

// Light buttons, badges and alerts: text in the colour's darkest shade on its palest, at least 4.5:1. Yellow
// and orange are too light even at their darkest, so their text is a dark brown.
const pale = new Set(['yellow', 'orange', 'lime']);
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return colors;
  // Filled: hovering goes darker, not lighter (Mantine's lighter hover would drop below 4.5:1 under white).
  if (input.variant === 'filled') return { ...colors, hover: `color-mix(in srgb, var(--mantine-color-${parsed.color}-9), black 18%)` };
  if (input.variant !== 'light') return colors;
  return {
    ...colors,
    background: `var(--mantine-color-${parsed.color}-0)`,
    hover: `var(--mantine-color-${parsed.color}-1)`,
    color: pale.has(parsed.color) ? '#5c3d00' : `var(--mantine-color-${parsed.color}-9)`,
  };
};

export function ThemeProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const theme = useMemo(
    () =>
      createTheme({
        primaryColor: 'teal',
        // teal.9 under white text is 4.9:1 (teal.6, the default, is 2.5:1).
        primaryShade: 9,
        // No movement for those who asked their system for none; it also keeps screenshots and checks steady.
        respectReducedMotion: true,
        variantColorResolver,
        fontFamily,
        headings: { fontFamily },
        components: {
          Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } } }),
          // The placeholder Mantine puts first in a menu for focus is not a menu item: screen readers trip on it.
          Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
          Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('common.closeNotification') } } }),
          PasswordInput: PasswordInput.extend({
            defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('common.showPassphrase') } },
          }),
        },
      }),
    // Rebuilt when the language changes, so the names follow it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n.language],
  );
  return (
    <MantineProvider theme={theme} cssVariablesResolver={resolver}>
      <Notifications position="bottom-right" />
      {children}
    </MantineProvider>
  );
}
