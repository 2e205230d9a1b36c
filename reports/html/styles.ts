/** The page's stylesheet (inlined; allowed by its hash in the Content-Security-Policy). */
export const STYLES = `
:root{--fg:#1c2833;--muted:#566573;--line:#d5dbdb;--bg:#ffffff;--panel:#f7f9f9;--fail:#c0392b;--na:#b9770e;--pass:#1e8449;--exc:#6c3483;--accent:#2e86de;--row:30px;--cols:92px 72px minmax(0,3fr) minmax(0,2fr) minmax(0,1.3fr) minmax(0,1.2fr) minmax(0,1fr);
  font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg)}
*{box-sizing:border-box}
html{scroll-padding-top:calc(var(--nav-h,40px) + 8px)}
body{margin:0;line-height:1.45;font-size:14px}
header.top{padding:16px 24px;border-bottom:1px solid var(--line);background:var(--panel)}
header.top h1{margin:0 0 4px;font-size:22px}
header.top p{margin:2px 0;color:var(--muted)}
nav.toc{display:flex;flex-wrap:wrap;gap:12px;padding:8px 24px;border-bottom:1px solid var(--line);position:sticky;top:0;background:var(--bg);z-index:5}
nav.toc a{color:var(--accent);text-decoration:none}
main{padding:0 24px 48px;max-width:1600px;margin:0 auto}
section{margin-top:28px}
h2{font-size:18px;margin:0 0 10px;border-bottom:2px solid var(--line);padding-bottom:4px}
h3{font-size:16px;margin:0 0 8px}
h4{font-size:14px;margin:14px 0 6px}
.muted{color:var(--muted)}
.mono,pre,code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
pre{white-space:pre-wrap;word-break:break-word;background:var(--panel);padding:8px;border:1px solid var(--line);border-radius:4px;margin:0}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{background:var(--panel);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px;margin-bottom:16px}
.card{border:1px solid var(--line);border-radius:6px;padding:10px 12px;background:var(--panel)}
.card .n{font-size:24px;font-weight:700}
.card.fail .n{color:var(--fail)}.card.na .n{color:var(--na)}.card.pass .n{color:var(--pass)}.card.exc .n{color:var(--exc)}
.alert{border:2px solid var(--fail);background:#fdecea;border-radius:6px;padding:12px 16px}
.alert.ok{border-color:var(--pass);background:#eafaf1}
.alert h2{border:0;margin:0 0 8px;padding:0}
.disclaimer{border-left:4px solid var(--na);background:#fef9e7;padding:8px 12px;margin:12px 0}
.badge{display:inline-block;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600;border:1px solid currentColor;margin-right:6px}
.st-fail{color:var(--fail)}.st-not_assessed{color:var(--na)}.st-pass{color:var(--pass)}.st-excepted{color:var(--exc)}
.sev-critical{color:#7b241c}.sev-high{color:var(--fail)}.sev-medium{color:#b9770e}.sev-low{color:#2874a6}.sev-info{color:var(--muted)}
.badge.ephi{color:#7d3c98}
.rs-fail{color:var(--fail);font-weight:600}.rs-not_assessed{color:var(--na);font-weight:600}.rs-pass{color:var(--pass);font-weight:600}.rs-excepted{color:var(--exc);font-weight:600}
tr.cr-standard td{background:var(--panel);font-weight:600}
tr.cr-spec td:nth-child(2){padding-left:22px}
td.attestation{font-size:12px;min-width:200px}
.nowrap{white-space:nowrap}
.evidence-ref{word-break:break-all}
tr.at-superseded td,tr.at-out-of-scope td{color:var(--muted)}
.chart.views table{width:auto}
button.link{background:none;border:0;padding:0;color:var(--accent);cursor:pointer;font:inherit;text-align:left}
button.link:hover{text-decoration:underline}
.chart{overflow-x:auto;margin-bottom:12px}
form.filters{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:8px 12px;align-items:end;margin-bottom:10px}
form.filters label{display:flex;flex-direction:column;font-size:12px;color:var(--muted);gap:2px}
form.filters select,form.filters input[type=search]{font:inherit;padding:4px 6px;border:1px solid var(--line);border-radius:4px;min-width:0;color:var(--fg);background:var(--bg)}
form.filters label.check{flex-direction:row;align-items:center;gap:6px}
form.filters .search{grid-column:span 2}
form.filters button{font:inherit;padding:5px 10px;border:1px solid var(--line);border-radius:4px;background:var(--panel);cursor:pointer}
.count{margin:6px 0;font-weight:600}
.findings-layout{display:grid;grid-template-columns:minmax(0,2fr) minmax(300px,1fr);gap:16px;align-items:start}
.grid{border:1px solid var(--line);border-radius:6px;overflow:hidden}
.grid .cols{display:grid;grid-template-columns:var(--cols)}
.grid-head{background:var(--panel);border-bottom:1px solid var(--line);overflow:hidden;scrollbar-gutter:stable}
.grid-head button{font:inherit;font-weight:600;background:none;border:0;text-align:left;padding:6px 8px;cursor:pointer;color:var(--fg);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.grid-head button[aria-sort=ascending]::after{content:" \\25B2";font-size:10px}
.grid-head button[aria-sort=descending]::after{content:" \\25BC";font-size:10px}
.viewport{height:min(65vh,720px);overflow-y:auto;scrollbar-gutter:stable;position:relative;contain:strict}
.spacer{width:1px}
.rows{position:absolute;top:0;left:0;right:0;will-change:transform}
.row{display:grid;grid-template-columns:var(--cols);height:var(--row);border-bottom:1px solid #eef0f0;cursor:pointer}
.row:hover{background:#f2f7fc}
.row.selected{background:#dbeafb}
.row:focus{outline:2px solid var(--accent);outline-offset:-2px}
.row.suppressed{opacity:.6}
.cell{padding:0 8px;line-height:var(--row);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.cell.status,.cell.severity{font-weight:600}
.details{border:1px solid var(--line);border-radius:6px;padding:12px 14px;background:var(--bg);position:sticky;top:calc(var(--nav-h,40px) + 8px);max-height:calc(100vh - var(--nav-h,40px) - 16px);overflow:auto}
.details dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:4px 12px;margin:0}
.details dt{font-weight:600;color:var(--muted)}
.details dd{margin:0;word-break:break-word}
.details ul{margin:0;padding-left:18px}
.details table.evidence td{word-break:break-word;white-space:pre-wrap}
.map{overflow:auto;border:1px solid var(--line);border-radius:6px;max-height:80vh;background:#fff}
.map.pz{overflow:hidden;height:min(75vh,820px);max-height:none;touch-action:none}
.map-canvas{width:max-content}
.map svg{display:block}
.map-tools{display:flex;gap:6px;margin-bottom:6px}
.map-tools[hidden]{display:none}
.map-tools button{font:inherit;min-width:36px;padding:3px 10px;border:1px solid var(--line);border-radius:4px;background:var(--panel);cursor:pointer}
.map [data-rid]{cursor:pointer}
.map [data-rid]:hover rect,.map [data-rid]:focus rect{stroke:var(--accent);stroke-width:3}
.map .highlight rect{stroke:#f1c40f;stroke-width:5}
dl.meta{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:4px 16px}
dl.meta dt{font-weight:600;color:var(--muted)}
dl.meta dd{margin:0;word-break:break-word}
footer{padding:16px 24px;color:var(--muted);border-top:1px solid var(--line);font-size:12px}
@media (max-width:1250px){.findings-layout{grid-template-columns:1fr}.details{position:static;max-height:none}}
@media (max-width:760px){main{padding:0 10px 32px}
  nav.toc{flex-wrap:nowrap;overflow-x:auto;white-space:nowrap;padding:8px 10px}
  :root{--cols:78px 64px minmax(0,1.4fr) minmax(0,1fr)}
  .grid .cols>:nth-child(n+5),.row>:nth-child(n+5){display:none}
  form.filters .search{grid-column:auto}}
@media print{nav.toc{position:static}.viewport{height:auto;contain:none}}
`.trim();
