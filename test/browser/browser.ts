/**
 * Chromium for the browser tests, through `playwright-core` (Debian's Chromium, found or installed by the jest
 * global setup: tools/test/chromium.ts). Pages are watched for console errors and uncaught exceptions; a failing
 * scenario leaves a screenshot of every open page and their console output under `test-output/browser/failures/`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../tools/test/chromium';

/** Where the screenshots go (ignored by git). */
export const OUTPUT_DIR = resolve(__dirname, '..', '..', 'test-output', 'browser');

/** A phone: 390×844 CSS pixels, touch, mobile layout, Vietnamese. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'vi-VN',
  timezoneId: 'Asia/Ho_Chi_Minh',
  userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
};

/** An operator's desktop. */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'Asia/Ho_Chi_Minh' };

/** What a page said on its console (errors and warnings) and what it threw. */
interface PageLog {
  label: string;
  page: Page;
  console: string[];
  uncaught: string[];
}

/** One browser for the spec, with its pages' logs. */
export class Browsers {
  private readonly logs: PageLog[] = [];
  private readonly contexts: BrowserContext[] = [];

  private constructor(private readonly browser: Browser) {}

  /** Launches Debian's Chromium headless (an earlier run's failure artifacts are cleared). @throws Error naming what to install when it is missing */
  static async launch(): Promise<Browsers> {
    rmSync(join(OUTPUT_DIR, 'failures'), { recursive: true, force: true });
    const browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args: [...CHROMIUM_ARGS] });
    return new Browsers(browser);
  }

  /** A new context (its own cookies and storage: another person) with one page, watched. */
  async open(label: string, options: BrowserContextOptions, baseURL: string): Promise<Page> {
    const context = await this.browser.newContext({ ...options, baseURL });
    context.setDefaultTimeout(15_000);
    this.contexts.push(context);
    const page = await context.newPage();
    const log: PageLog = { label, page, console: [], uncaught: [] };
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') log.console.push(`[${m.type()}] ${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => log.uncaught.push(`${e.name}: ${e.message}`));
    this.logs.push(log);
    return page;
  }

  /** The uncaught exceptions of a page so far (a scenario expects none). */
  uncaught(page: Page): string[] {
    return this.logs.find((l) => l.page === page)?.uncaught ?? [];
  }

  /** The console errors of every page so far (for the report). */
  consoleErrors(): string[] {
    return this.logs.flatMap((l) => l.console.filter((c) => c.startsWith('[error]')).map((c) => `${l.label}: ${c}`));
  }

  /**
   * Runs a scenario; if it fails, saves a screenshot of each open page and its console output under
   * `failures/<scenario>/`, then fails with the same error.
   */
  async scenario(name: string, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      const dir = join(OUTPUT_DIR, 'failures', name.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
      mkdirSync(dir, { recursive: true });
      for (const log of this.logs) {
        if (log.page.isClosed()) continue;
        const file = log.label.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
        await log.page.screenshot({ path: join(dir, `${file}.png`), fullPage: true, timeout: 5000 }).catch(() => undefined);
        const tree = await log.page
          .locator('body')
          .ariaSnapshot({ timeout: 5000 })
          .catch((e: unknown) => `(no accessibility tree: ${String(e)})`);
        const text = [`url: ${log.page.url()}`, '', 'console:', ...log.console, '', 'uncaught:', ...log.uncaught, '', 'accessibility tree:', tree].join('\n');
        writeFileSync(join(dir, `${file}.log`), `${text}\n`);
      }
      throw error;
    }
  }

  async close(): Promise<void> {
    for (const c of this.contexts) await c.close().catch(() => undefined);
    await this.browser.close();
  }

  /** A small real PNG (a "photo" of a broken box), drawn and captured by the browser itself. */
  async photo(): Promise<Buffer> {
    const page = await this.browser.newPage({ viewport: { width: 160, height: 120 } });
    try {
      await page.setContent(
        '<body style="margin:0;background:#e9dcc3"><div style="margin:20px;width:120px;height:80px;background:#b07d48;' +
          'transform:rotate(-8deg);border:3px dashed #5a3b1c"></div></body>',
      );
      return await page.screenshot({ type: 'png' });
    } finally {
      await page.close();
    }
  }
}

/** Saves a full-page screenshot as `test-output/browser/<name>.png`; answers the path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
