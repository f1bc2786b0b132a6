import { docFromPlainText } from '../../story/document';
import { callApi } from './exportHelpers';
import { expect, openApp, test } from './fixtures';

// Modelled on "a fact made elsewhere while the connection was down is listed once it is back"
// (facts-pane.spec.ts). There the window goes offline; but Chromium's offline mode leaves an event
// stream already open alone, and settingsChanged carries the settings themselves, so an offline
// window still hears them. Here the stream really breaks: the server restarts (new token), and the
// window stays cut off until a window opened at the new address hands the token over.
test('settings changed while a window was cut off from the server are shown in it once it is back', async ({ app, page, context }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await app.stop();
  await app.launch(null); // the remembered port: the window keeps its origin across the restart
  const story = await callApi(page.request, app, 'createStory', {
    headline: 'Harbour vote delayed',
    body: docFromPlainText('Harbour Minister Ines Okafor said the vote would wait.'),
  });
  await callApi(page.request, app, 'createFact', { storyId: story.id, kind: 'person', text: 'Ines Okafor' });
  await openApp(page, app.url);
  await page.getByRole('option', { name: /Harbour vote delayed/ }).click();
  const pane = page.locator('.facts-pane');
  await pane.locator('.fact-row').first().click();
  await expect(pane.getByRole('textbox', { name: 'Sign your checks as' })).toBeVisible();
  await expect(page.locator('#headline-count')).toHaveText('20/70');
  const preview = page.frameLocator('.preview-frame');
  await expect(preview.getByText('Harbour Minister Ines Okafor said')).toBeVisible();
  await expect(preview.locator('.comment-prompt')).toHaveCount(0);

  // The server restarts; a script (or another window) changes three settings before this window is let back in.
  await app.stop('SIGKILL');
  await app.launch(null);
  await expect(page.getByRole('alert').filter({ hasText: 'Copydesk restarted' })).toBeVisible();
  await callApi(page.request, app, 'updateSettings', { checkerName: 'Ana Reyes', headlineTarget: 15, commentPrompt: 'Should the vote wait?' });
  const fresh = await context.newPage();
  await openApp(fresh, app.url);
  await expect(page.getByRole('alert').filter({ hasText: 'Copydesk restarted' })).toBeHidden();

  // The old window's facts pane, headline counter and preview all show the new settings.
  await expect(pane.getByText('Checks signed as Ana Reyes')).toBeVisible();
  await expect(page.locator('#headline-count')).toHaveText(/^20\/15/);
  await expect(page.locator('#headline-count')).toHaveClass(/over/);
  await expect(preview.locator('.comment-prompt')).toHaveText('Should the vote wait?');
});
