import { launchBrowser } from './test/helpers/browser.ts';
import { serve } from './test/helpers/static-server.ts';
const site = await serve('dist');
const b = await launchBrowser();
const paths = process.argv.slice(2);
for (const js of [false, true]) {
  const ctx = await b.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, javaScriptEnabled: js, locale: 'es-CO' });
  const p = await ctx.newPage();
  for (const path of paths) {
    await p.goto(site.url + path);
    const top = await p.locator('h1').first().evaluate((e) => e.getBoundingClientRect().top);
    const name = path.replace(/\W+/g, '_');
    await p.screenshot({ path: `/tmp/shot${name}${js ? 'js' : 'nojs'}.png` });
    console.log(path, js, 'h1 top', top);
  }
  await ctx.close();
}
await b.close(); await site.close();
