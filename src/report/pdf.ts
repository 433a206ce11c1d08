import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { UserError } from '../errors.js';

/** Debian's Chromium; playwright-core never downloads a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags measured to work on these machines (stack notes, "PDF"): no sandbox, nothing fetched. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/**
 * Prints self-contained HTML to an A4 PDF with Chromium (one launch), after the fonts have loaded,
 * so Vietnamese letters come out right and the fonts are embedded.
 *
 * @example
 * await htmlToPdf(readFileSync('report.html', 'utf8'), 'report.pdf');
 */
export async function htmlToPdf(html: string, path: string, options: { footer?: string } = {}): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new UserError(`report.pdf: Chromium not found at ${CHROMIUM_PATH} (run scripts/system-deps.sh, or use --no-pdf)`);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // Nothing may be fetched: the report is self-contained, so any request is a bug; block it.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready.then(() => true)');
    await page.pdf({
      path,
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        `<div style="font-family: 'DejaVu Sans', sans-serif; font-size: 7pt; color: #666; width: 100%; padding: 0 10mm; display: flex; justify-content: space-between;">` +
        `<span>${(options.footer ?? '').replace(/</g, '&lt;')}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`,
    });
  } finally {
    await browser.close();
  }
}
