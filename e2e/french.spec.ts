import { expect, test } from './fixtures.ts';

/**
 * The core flows in French (issue 25): a browser whose language is French gets the app in French,
 * with French numbers and dates, without choosing anything. Texts are read as a French merchant
 * reads them: no page object here, since those speak English.
 */
test.use({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });

const NBSP = '\u00a0';

test.describe('spend to zero, the banner, upgrade', () => {
  test.use({ scenario: 'low' });

  test('the gauge counts down in French, the banner explains in French, and the upgrade is in French', async ({
    page,
    openApp,
    api,
  }) => {
    await openApp('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    const sidebar = page.getByRole('complementary');
    const meter = sidebar.getByRole('meter', { name: 'Crédits IA offerts' });
    const before = Number(await meter.getAttribute('aria-valuenow'));
    await expect(
      sidebar.getByText(`Bientôt épuisés${NBSP}: plus que ${before} crédits`),
    ).toBeVisible();

    await api.spend(before - 1);
    await expect(meter).toHaveAttribute('aria-valuenow', '1');
    await expect(sidebar.getByText(`Bientôt épuisés${NBSP}: plus que 1 crédit`)).toBeVisible();
    await api.spend(1, { prefix: 'last' });
    await expect(meter).toHaveAttribute('aria-valuenow', '0');
    await expect(sidebar.getByText(`Crédits épuisés${NBSP}: l’IA est coupée`)).toBeVisible();

    const banner = page.getByRole('main').getByRole('alert');
    await expect(banner).toHaveAccessibleName(
      `Votre agent IA est en pause${NBSP}: vos crédits IA offerts sont épuisés`,
    );
    await expect(banner).toContainText(`«${NBSP}Aucune réponse${NBSP}»`);

    await banner.getByRole('link', { name: 'Passer à Pro' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Facturation' })).toBeVisible();
    // A date of the history as a French merchant writes it: "6 déc. 2026, 21:13".
    await expect(
      page
        .getByText(
          /\b\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.? \d{4}, \d{2}:\d{2}\b/,
        )
        .first(),
    ).toBeVisible();

    await page.getByRole('main').getByRole('button', { name: 'Passer à Pro' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Confirmer le passage à Pro' }).click();
    await expect(
      page.getByText('Bienvenue sur l’offre Pro. L’IA est désormais incluse, sans limite.'),
    ).toBeVisible();
  });
});

test.describe('restore', () => {
  test.use({ scenario: 'promo-after-exhaustion' });

  test('AI can run again: one click turns the previous mode back on, said in French', async ({
    page,
    openApp,
  }) => {
    await openApp('/');
    const banner = page.getByRole('main').getByRole('status', {
      name: `L’IA peut de nouveau fonctionner${NBSP}: vous avez 20 crédits`,
    });
    await expect(banner).toBeVisible();
    await banner
      .getByRole('button', { name: `Réactiver «${NBSP}Tous les messages en attente${NBSP}»` })
      .click();
    await expect(
      page.getByText(
        `C’est fait${NBSP}: votre agent est de nouveau sur «${NBSP}Tous les messages en attente${NBSP}».`,
      ),
    ).toBeAttached();
  });
});

test.describe('the language choice', () => {
  test.use({ locale: 'en-US' });

  test('a merchant picks French: the page, its lang and title follow, and stay after a reload', async ({
    page,
    openApp,
  }) => {
    await openApp('/');
    await expect(page.getByRole('meter', { name: 'Free AI credits' })).toBeVisible();
    const picker = page.getByRole('combobox', { name: 'Language' });
    await picker.selectOption({ label: 'Français' });
    await expect(page.getByRole('meter', { name: 'Crédits IA offerts' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    await page.reload();
    await expect(page.getByRole('meter', { name: 'Crédits IA offerts' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    // Right to left: the page turns, the gauge still counts in readable digits.
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('ar-XB');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

    await page.getByRole('combobox').first().selectOption('');
    await expect(page.getByRole('meter', { name: 'Free AI credits' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });
});

test.describe('a link that names the language', () => {
  test.use({ locale: 'en-US' });

  test('?lang=fr opens the app in French for that visit; the next one follows the browser again', async ({
    page,
  }) => {
    await page.goto('/settings/billing?scenario=new-free&lang=fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Facturation' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Accueil' })
      .click();
    await expect(page.getByRole('meter', { name: 'Crédits IA offerts' })).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('meter', { name: 'Free AI credits' })).toBeVisible();
  });
});
