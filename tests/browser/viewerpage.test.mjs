// The viewer page in headless chromium against the real app: the "starting soon" state before
// the event, the page's weight, LIVE and the viewer count, and the camera name after a cut.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  App, check, configure, launchChromium, publish, tempDir, testEvent, waitFor, waitForCamerasLive,
} from './support.mjs';

const PAGE_BUDGET_BYTES = 600 * 1024;
const binary = process.env.WEDLIVE_APP_BINARY;
const outDir = process.env.WEDLIVE_BROWSER_OUT || tempDir('wedlive-browser-out-');

const configDir = tempDir('wedlive-viewerpage-');
await configure(binary, configDir, testEvent);
const app = new App(binary, configDir);
await app.start();
const cameras = [];
let chrome;
try {
  chrome = await launchChromium();
  const page = await chrome.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 }); // a phone

  // Everything the page itself loads (not the stream): its weight.
  const pageBytes = new Map();
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (url.pathname === '/' || url.pathname.startsWith('/viewer/')) {
      const body = await response.body().catch(() => Buffer.alloc(0));
      pageBytes.set(url.pathname, body.length);
    }
  });

  await page.goto(app.base + '/', { waitUntil: 'load' });
  const text = (selector) => page.locator(selector).textContent();
  await waitFor('"starting soon"', async () => (await text('#notice-text')) === 'Starting soon');
  check(await page.locator('#notice').isVisible(), 'the "starting soon" notice shows before the event');
  check(await page.locator('#live-badge').isHidden(), 'no LIVE badge before the event');
  check((await page.title()) === 'Anna & Ben', 'the event title is the page title');
  await waitFor('viewer count', async () => (await text('#viewer-count')) === '1');
  check(await page.locator('#viewers').isVisible(), 'the viewer count shows 1 (this page)');

  await waitFor('page assets', () => pageBytes.size >= 4);
  const total = [...pageBytes.values()].reduce((a, b) => a + b, 0);
  console.log(`page weight: ${total} bytes (${[...pageBytes].map(([p, b]) => `${p} ${b}`).join(', ')})`);
  check(total <= PAGE_BUDGET_BYTES, `page + scripts ${total} B <= ${PAGE_BUDGET_BYTES} B`);

  // A second viewer: both pages count two.
  const other = await chrome.context.newPage();
  await other.goto(app.base + '/watch', { waitUntil: 'load' });
  await waitFor('two viewers', async () => (await text('#viewer-count')) === '2', 10000);
  check(true, 'the count follows a second page (/watch)');
  await other.close();

  cameras.push(publish(app.rtmpUrl('cam1'), 'red', 90), publish(app.rtmpUrl('cam2'), 'blue', 90));
  await waitForCamerasLive(app, ['cam1', 'cam2']);
  check((await app.api('POST', '/api/cameras/cam1/switch')).status === 200, 'cut to cam1');
  check((await app.api('POST', '/api/live/start')).status === 200, 'go live');
  await waitFor('LIVE badge', () => page.locator('#live-badge').isVisible(), 10000);
  check(true, 'the LIVE badge shows once the event is live');

  check((await app.api('POST', '/api/cameras/cam2/switch')).status === 200, 'cut to cam2');
  await waitFor('camera name "Altar"', async () =>
    (await page.locator('#camera-name').isVisible()) && (await text('#camera-name')) === 'Altar', 15000)
    .catch(async (error) => {
      console.log('page state:', JSON.stringify(await page.evaluate(() => window.wedliveViewer)));
      throw error;
    });
  check(true, 'the camera name "Altar" appears after the cut');
  const onTop = await page.evaluate(() => {
    const box = document.getElementById('camera-name').getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit && hit.id === 'camera-name';
  });
  check(onTop, 'the camera name is drawn on top, not hidden under another layer');
  await page.screenshot({ path: join(outDir, 'viewer-live.png') });

  check((await app.api('POST', '/api/live/pause')).status === 200, 'pause');
  await waitFor('"we\'ll be right back"', async () => (await text('#notice-text')).startsWith('We'), 10000);
  check(await page.locator('#notice').isVisible(), 'paused: "We\'ll be right back"');
  check((await app.api('POST', '/api/live/end')).status === 200, 'end');
  await waitFor('"thank you"', async () => (await text('#notice-text')) === 'Thank you for watching', 10000);
  check(await page.locator('#notice').isVisible(), 'ended: "Thank you for watching"');
  await page.screenshot({ path: join(outDir, 'viewer-ended.png') });
  console.log(`screenshots in ${outDir}`);
} finally {
  for (const camera of cameras) camera.kill('SIGKILL');
  if (chrome) await chrome.close();
  const code = await app.stop();
  if (code !== 0) console.log(`wedlive exited with ${code}\n${app.errors || ''}`);
  rmSync(configDir, { recursive: true, force: true });
}
