// Runs the report page's script (argv[2]) in node against a stand-in page and API: a manager starts
// an XLSX run, the first poll says RUNNING with rows, the next DONE. Prints what the page says.
const fs = require('fs');
const src = fs.readFileSync(process.argv[2], 'utf8');
function element(attrs) {
  return {
    hidden: true, textContent: '', disabled: false, attrs: attrs || {},
    getAttribute(k) { return this.attrs[k]; }, setAttribute() {}, removeAttribute() {},
    addEventListener(event, handler) { this['on' + event] = handler; },
    querySelectorAll() { return []; }, focus() {}
  };
}
const page = {
  'report-form': element({ action: '/pejl/api/reports/coverage' }),
  'run': element({ 'data-runs': '/pejl/api/reports/runs/', 'data-starting': 'Rapporten startar…',
    'data-page': 'Sida {0} klar…', 'data-rows': 'Rad {0} av {1} klar…', 'data-done': 'Klar.' }),
  'progress': element(), 'cancel': element(), 'download': element(), 'submit': element()
};
global.document = { getElementById: id => page[id] || null, documentElement: { lang: 'sv' } };
global.FormData = function () { return { entries() { return [][Symbol.iterator](); } }; };
global.window = { fetch: true, URLSearchParams, FormData: global.FormData };
const replies = [
  { status: 202, json: { id: 'r1', format: 'XLSX', state: 'RUNNING', pages: 1, rows: 4500, totalRows: 10792 } },
  { status: 200, json: { id: 'r1', format: 'XLSX', state: 'DONE', pages: 1, rows: 10792, totalRows: 10792 } }];
global.fetch = () => { const r = replies.shift(); return Promise.resolve({ status: r.status, json: () => Promise.resolve(r.json) }); };
global.setTimeout = handler => { setImmediate(handler); return 1; };
global.clearTimeout = () => {};
process.on('uncaughtException', e => { console.log('error: ' + e); process.exit(1); });
process.on('unhandledRejection', e => { console.log('error: ' + e); process.exit(1); });
eval(src);
page['report-form'].onsubmit({ preventDefault() {} });
setImmediate(() => console.log('running: ' + page.progress.textContent));
setTimeout(() => setImmediate(() => setImmediate(() => setImmediate(() =>
  console.log('ended: ' + page.progress.textContent + ' download shown: ' + !page.download.hidden)))));
