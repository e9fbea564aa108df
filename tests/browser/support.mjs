// Shared by the browser tests: the real wedlive binary, ffmpeg cameras, the REST API, and
// Debian's chromium started with a fixed set of flags and driven over CDP by playwright-core.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.WEDLIVE_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor(what, condition, timeoutMs = 20000, everyMs = 100) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

export function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
  console.log(`ok - ${message}`);
}

export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), prefix));
}

// `wedlive --headless` on loopback with free ports; resolves once its banner is complete.
export class App {
  constructor(binary, configDir) {
    this.binary = binary;
    this.configDir = configDir;
    this.output = '';
  }

  start() {
    this.output = '';
    this.process = spawn(this.binary, [
      '--headless', '--config-dir', this.configDir, '--bind', '127.0.0.1', '--rtmp-port', '0',
      '--http-port', '0', '--recordings-dir', join(this.configDir, 'rec'),
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.process.stdout.on('data', (chunk) => { this.output += chunk; });
    this.process.stderr.on('data', (chunk) => { this.errors = (this.errors || '') + chunk; });
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    return waitFor('the wedlive banner', () => (this.output.match(/key /g) || []).length >= 5, 20000)
      .then(() => {
        this.rtmpPort = Number(this.output.match(/RTMP ingest: rtmp:\/\/[^:]+:(\d+)\/live/)[1]);
        this.httpPort = Number(this.output.match(/HTTP: +http:\/\/127\.0\.0\.1:(\d+)\//)[1]);
        this.token = this.output.match(/API token: +(\S+)/)[1];
        this.base = `http://127.0.0.1:${this.httpPort}`;
      });
  }

  rtmpUrl(cameraId) {
    const key = this.output.match(new RegExp(`${cameraId} .* key (\\S+)`))[1];
    return `rtmp://127.0.0.1:${this.rtmpPort}/live/${key}`;
  }

  async api(method, path, body) {
    const response = await fetch(this.base + path, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json = null;
    try { json = JSON.parse(text); } catch { /* not JSON */ }
    return { status: response.status, json, text };
  }

  async stop() {
    if (!this.process || this.process.exitCode !== null) return this.process && this.process.exitCode;
    this.process.kill('SIGTERM');
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 60000);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}

// Runs the app once to create event.json, then edits it with `change(config)`.
export async function configure(binary, configDir, change) {
  const first = new App(binary, configDir);
  await first.start();
  await first.stop();
  const path = join(configDir, 'event.json');
  const config = JSON.parse(readFileSync(path, 'utf8'));
  change(config);
  writeFileSync(path, JSON.stringify(config, null, 2));
}

// A small fast program and a named second camera, as the tests expect.
export function testEvent(config) {
  config.title = 'Anna & Ben';
  config.output = { width: 1280, height: 720, fps: 25, video_bitrate_kbps: 1500, encoder_preset: 'ultrafast' };
  config.switcher = Object.assign(config.switcher || {}, { mode: 'direct' });
  config.cameras[0].name = 'Aisle';
  config.cameras[1].name = 'Altar';
}

// A camera: ffmpeg's lavfi colour picture + a tone, H.264 + AAC over RTMP, paced like a camera.
export function publish(url, colour, seconds) {
  const args = [
    '-hide_banner', '-loglevel', 'error', '-re', '-f', 'lavfi', '-i',
    `color=c=${colour}:s=320x180:r=25`, '-re', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
    '-frames:v', String(seconds * 25), '-c:v', 'libx264', '-preset', 'ultrafast', '-tune', 'zerolatency',
    '-pix_fmt', 'yuv420p', '-g', '25', '-threads', '1', '-c:a', 'aac', '-b:a', '64k', '-shortest',
    '-f', 'flv', url,
  ];
  const child = spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr.on('data', () => {});
  return child;
}

export async function waitForCamerasLive(app, ids) {
  await waitFor(`cameras ${ids.join(', ')} live`, async () => {
    const cameras = (await app.api('GET', '/api/cameras')).json || [];
    return ids.every((id) => cameras.some((c) => c.id === id && c.status === 'live'));
  }, 30000, 250);
}

// Chromium with exactly the flags above plus a fresh profile and a DevTools port, connected.
export async function launchChromium() {
  const profile = tempDir('wedlive-chromium-');
  const child = spawn(CHROMIUM, [
    ...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-address=127.0.0.1',
    '--remote-debugging-port=0', 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk) => { log += chunk; });
  const endpoint = await waitFor('chromium DevTools endpoint', () => {
    const match = log.match(/DevTools listening on (ws:\/\/\S+)/);
    return match && match[1];
  }, 30000, 50);
  const browser = await chromium.connectOverCDP(endpoint);
  return {
    browser,
    context: browser.contexts()[0],
    async close() {
      await browser.close().catch(() => {});
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on('exit', resolve)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
