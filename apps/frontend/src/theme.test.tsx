import { DEFAULT_THEME, Modal } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from './i18n/i18n';
import { createQueryClient, Providers } from './Providers';
import { stubApi } from './test/api-stub';
import { theme } from './theme';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('theme', () => {
  const colors = { ...DEFAULT_THEME.colors, ...theme.colors };
  const shade = theme.primaryShade as number;

  it('writes the primary colour, red and dimmed grey at 4.5:1 or more on white', () => {
    expect(contrast(colors.indigo[shade], '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colors.red[shade], '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#495057', '#ffffff')).toBeGreaterThanOrEqual(4.5); // gray 7, the dimmed text
  });

  it.each(['red', 'green', 'yellow', 'orange', 'teal'])(
    'keeps %s readable filled (white on it) and light (its shade 9 on shade 1)',
    (name) => {
      const palette = colors[name]!;
      expect(contrast(palette[shade], '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrast(palette[9], palette[1])).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('names the close button of a dialog in the reader’s language', async () => {
    stubApi({});
    const view = () => (
      <Providers queryClient={createQueryClient()} env="test">
        <Modal opened onClose={() => undefined} title="A dialog">
          Hello
        </Modal>
      </Providers>
    );
    const { rerender } = render(view());
    expect(await screen.findByRole('button', { name: 'Close' })).toBeInTheDocument();

    await changeLanguage('fr');
    rerender(view());
    expect(await screen.findByRole('button', { name: 'Fermer' })).toBeInTheDocument();
  });
});
