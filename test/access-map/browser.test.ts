import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { mapView } from '../../lib/access-map/diff';
import { htmlFormat } from '../../lib/access-map/html-format';
import { accessMapOf } from '../../lib/access-map/map-inputs';
import { FIXTURES } from '../support/access-map';

/** Debian's headless browser (`apt-get install chromium`, as .ci/run installs it), or CHROMIUM where it lives elsewhere. */
function chromium(): string | undefined {
  for (const candidate of [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate !== undefined && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

const BROWSER = chromium();
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars'];

if (BROWSER === undefined) {
  // eslint-disable-next-line no-console
  console.warn('SKIPPED: the access map\'s browser test needs chromium (apt-get install chromium, or set CHROMIUM)');
}

(BROWSER === undefined ? describe.skip : describe)('the access map in a real browser', () => {
  test('headless Chromium draws the page: every node\'s label is in the SVG, and the screenshot is taken', async () => {
    // GIVEN the HTML map of a Terraform configuration with every VPCEP and PrivateLink kind of access
    const { map } = await accessMapOf([path.join(FIXTURES, 'vpcep.tf.json')]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'access-map-browser-'));
    const page = path.join(dir, 'map.html');
    fs.writeFileSync(page, htmlFormat(mapView(map)));
    // WHEN Chromium renders it: the DOM after parsing, and a screenshot
    const dom = execFileSync(BROWSER!, [...FLAGS, '--dump-dom', `file://${page}`], { encoding: 'utf-8', stdio: ['ignore', 'pipe', 'ignore'] });
    const screenshot = path.join(dir, 'map.png');
    execFileSync(BROWSER!, [...FLAGS, `--screenshot=${screenshot}`, '--window-size=1600,1000', `file://${page}`], { stdio: 'ignore' });
    // THEN the SVG the browser parsed holds every node's label, and the screenshot is a PNG of the window
    const svg = /<svg[^>]*>.*<\/svg>/s.exec(dom)?.[0] ?? '';
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(m => m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'));
    for (const node of map.nodes) expect(texts).toContain(node.label);
    const png = fs.readFileSync(screenshot);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1600);
  });
});
