/** Private: the HTML of `mahalleh report` — one file, inline CSS and SVG, no script, no network. */
import type { ChartNote } from "../charts/index";
import { persianDigits, persianDigitsInProse } from "../internal/chars";
import type { JalaliDate } from "../jalali/index";
import type { IndexResult, IndexSpec, UncertaintyResult } from "../scoring/index";

/** A resolution as the follow-up tables show it. */
export interface ReportFollowUp {
  readonly agencyId: string;
  readonly agency: string;
  readonly state: string;
  readonly text: string;
  readonly number: number | undefined;
  readonly deadline: JalaliDate | undefined;
  readonly workingDaysOverdue: number | undefined;
}

/** Everything the report shows. */
export interface ReportModel {
  readonly locale: "fa" | "en";
  readonly title: { readonly fa: string; readonly en: string };
  readonly spec: IndexSpec;
  readonly result: IndexResult;
  readonly mc: UncertaintyResult | undefined;
  readonly labels: Readonly<Record<string, string>>;
  readonly groups: Readonly<Record<string, string>>;
  readonly charts: readonly { readonly key: string; readonly description: string; readonly notes: readonly ChartNote[]; readonly svg: string }[];
  readonly followUps: readonly ReportFollowUp[];
  readonly asOf: JalaliDate;
  readonly asOfSource: "flag" | "dataset" | "today";
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const CSS = `
*{box-sizing:border-box}
body{font-family:Vazirmatn,Sahel,Tahoma,"Noto Sans Arabic","DejaVu Sans",sans-serif;margin:0 auto;max-width:1000px;padding:24px;color:#222;line-height:1.6;background:#fff}
h1{font-size:1.5em;margin:0 0 .3em}h2{font-size:1.2em;border-bottom:2px solid #bd0026;padding-bottom:.2em;margin-top:2em}
.meta{color:#555;font-size:.9em}
nav ol{columns:2;font-size:.9em}
html[lang=fa] ol{list-style-type:persian}
figure.chart{margin:1.2em 0;break-inside:avoid;page-break-inside:avoid}
figure.chart .svg{direction:ltr;text-align:center;overflow-x:auto}
figure.chart svg{max-width:100%;height:auto}
figcaption{font-size:.85em;color:#444;margin-top:.3em}
table{border-collapse:collapse;width:100%;font-size:.85em;margin:.6em 0}
th,td{border:1px solid #ccc;padding:3px 6px;text-align:start;vertical-align:top}
th{background:#f3f3f3}
td.num{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.partial td{background:#fff8e1}
.swatch{display:inline-block;width:.8em;height:.8em;border:1px solid #777;margin-inline-end:.3em;vertical-align:middle}
ul.notes{font-size:.85em;color:#8a4b00}
.overdue{color:#b30000;font-weight:bold}
footer{margin-top:3em;font-size:.8em;color:#666;border-top:1px solid #ddd;padding-top:.5em}
@page{size:A4;margin:14mm 12mm}
@media print{
 body{max-width:none;padding:0;font-size:9.5pt}
 nav{display:none}
 h2{break-after:avoid;page-break-after:avoid}
 section{break-before:auto}
 figure.chart .svg{overflow:visible}
 figure.chart svg{max-height:245mm;width:auto;max-width:100%}
 thead{display:table-header-group}
 tr{break-inside:avoid;page-break-inside:avoid}
 a{color:inherit;text-decoration:none}
}
`;

const STATE_TEXT: Record<string, [string, string]> = {
  done: ["انجام شد", "done"],
  "on-track": ["در جریان", "on track"],
  "due-soon": ["نزدیک مهلت", "due soon"],
  overdue: ["گذشته از مهلت", "overdue"],
  cancelled: ["لغو شد", "cancelled"],
};

/** The report as one HTML document. */
export function reportHtml(m: ReportModel): string {
  const fa = m.locale === "fa";
  const T = (f: string, e: string): string => (fa ? f : e);
  const d = (x: string | number): string => (fa ? persianDigits(String(x)) : String(x));
  const num = (x: number | null | undefined, places = 1): string => (x === null || x === undefined ? "—" : d(x.toFixed(places).replace(".", fa ? "٫" : ".")));
  const date = (j: JalaliDate | undefined): string => (j === undefined ? "—" : d(`${j.year}/${String(j.month).padStart(2, "0")}/${String(j.day).padStart(2, "0")}`));
  const name = (id: string): string => esc(m.labels[id] ?? id);
  // the title names the file read: its digits stay as written («m2.csv»), the count's become Persian
  const title = esc(fa ? persianDigitsInProse(m.title.fa) : m.title.en);
  const chart = (key: string): string => {
    const c = m.charts.find((x) => x.key === key);
    if (c === undefined) return "";
    const notes = c.notes.filter((n) => n.code !== "CHARTS_LIMITED");
    return `<figure class="chart" data-chart="${key}"><div class="svg">${c.svg}</div><figcaption>${esc(c.description)}</figcaption>${
      notes.length === 0 ? "" : `<ul class="notes">${notes.map((n) => `<li>${esc(n[m.locale])} <code>${n.code}</code></li>`).join("")}</ul>`
    }</figure>`;
  };
  const r = m.result;
  const scored = r.units.filter((u) => u.score !== null).length;
  const sections: { id: string; title: string; body: string }[] = [];

  sections.push({ id: "ranking", title: T("رتبه‌بندی محله‌ها", "Ranking"), body: chart("ranked") });
  sections.push({ id: "map", title: T("نقشه", "Map"), body: chart("map") });
  sections.push({ id: "drivers", title: T("چه چیزی امتیاز را می‌سازد", "What drives the scores"), body: chart("contributions") + chart("profile") + chart("intervals") });

  // method and weights, written out
  const s = m.spec;
  const pick = (x: unknown, key: string, fallback: string): string =>
    typeof x === "string" ? x : typeof x === "object" && x !== null && typeof (x as Record<string, unknown>)[key] === "string" ? ((x as Record<string, unknown>)[key] as string) : fallback;
  const norm = pick(s.normalization, "method", "minmax");
  const agg = { indicators: pick(s.aggregation, "indicators", "arithmetic"), dimensions: pick(s.aggregation, "dimensions", "arithmetic") };
  const missing = pick(s.missing, "method", "reweight");
  const levels = s.levels ?? { method: "quantiles", count: 5 };
  const dims = Object.entries(r.weights.dimensions);
  const method = `<p>${T(
    `امتیاز ترکیبی به روش OECD/JRC ساخته شده است: بهنجارسازی «${esc(norm)}» (جهت‌دار: بیشتر = محروم‌تر)، میانگین‌گیری «${esc(agg.indicators)}» در هر بعد و «${esc(agg.dimensions)}» میان ابعاد، داده‌های گمشده «${esc(missing)}»، سطح‌بندی «${esc(levels.method)}». رتبهٔ ۱ محروم‌ترین است.`,
    `The composite score follows the OECD/JRC handbook: normalisation "${esc(norm)}" (oriented: higher = more deprived), "${esc(agg.indicators)}" aggregation within each dimension and "${esc(agg.dimensions)}" across dimensions, missing data "${esc(missing)}", levels by "${esc(levels.method)}". Rank 1 is the most deprived.`,
  )} ${T(`${d(scored)} از ${d(r.units.length)} واحد امتیاز گرفتند.`, `${scored} of ${r.units.length} units were scored.`)}${
    r.excluded.length > 0 ? ` ${T("بی‌امتیاز (دادهٔ ناکافی):", "Not scored (too little data):")} ${r.excluded.map(name).join(T("، ", ", "))}.` : ""
  }</p>`;
  const dimTable = `<table><thead><tr><th>${T("بعد", "Dimension")}</th><th>${T("وزن بعد", "Dimension weight")}</th><th>${T("شاخص‌ها (وزن درون بعد، جهت)", "Indicators (weight within the dimension, direction)")}</th></tr></thead><tbody>${dims
    .map(
      ([dim, w]) =>
        `<tr><td>${name(dim)}</td><td class="num">${num(100 * w)}٪</td><td>${s.indicators
          .filter((i) => i.dimension === dim)
          .map((i) => `${name(i.id)} (${num(100 * (r.weights.indicators[i.id] ?? 0))}٪، ${i.direction === 1 ? T("بیشتر = محروم‌تر", "higher = worse") : T("کمتر = محروم‌تر", "lower = worse")})`)
          .join(T("؛ ", "; "))}</td></tr>`,
    )
    .join("")}</tbody></table>`;
  const breaks = `<p>${T("مرز سطح‌ها (امتیاز):", "Level breaks (score):")} ${r.breaks.map((b) => num(b)).join(T("، ", ", "))} — ${r.levels.map((l, i) => `${d(i + 1)}. ${esc(l[m.locale])}`).join(T("، ", ", "))}</p>`;
  sections.push({ id: "method", title: T("روش و وزن‌ها", "Method and weights"), body: method + dimTable + breaks });

  // the ranked table
  const interval = (id: string): string => {
    const u = m.mc?.units.find((x) => x.id === id);
    return u === undefined || u.rankP05 === null ? "—" : `${num(u.rankP05, 0)}–${num(u.rankP95, 0)}`;
  };
  const rows = [...r.units].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const table = `<table class="ranking"><thead><tr><th>${T("رتبه", "Rank")}</th><th>${T("محله", "Neighbourhood")}</th><th>${T("شهرستان", "County")}</th><th>${T("امتیاز", "Score")}</th><th>${T("سطح", "Level")}</th><th>${T("پوشش داده", "Coverage")}</th>${
    m.mc === undefined ? "" : `<th>${T("بازهٔ رتبه ۹۰٪", "Rank 90% interval")}</th>`
  }<th>${T("سه عامل اصلی", "Top three drivers")}</th></tr></thead><tbody>${rows
    .map((u) => {
      const partial = u.score === null || u.coverage < 1;
      const drivers = Object.entries(u.contributions)
        .filter(([, c]) => c > 0)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([id, c]) => `${name(id)} ${num(u.score ? (100 * c) / u.score : 0, 0)}٪`)
        .join(T("، ", ", "));
      return `<tr${partial ? ' class="partial"' : ""}><td class="num">${u.rank === null ? "—" : num(u.rank, 0)}</td><td>${name(u.id)}</td><td>${u.group === undefined ? "" : esc(m.groups[u.group] ?? u.group)}</td><td class="num">${num(u.score)}${
        partial && u.score !== null ? "*" : ""
      }</td><td>${u.level === null ? "—" : esc(u.level[m.locale])}</td><td class="num">${num(100 * u.coverage, 0)}٪</td>${m.mc === undefined ? "" : `<td class="num">${interval(u.id)}</td>`}<td>${drivers || "—"}</td></tr>`;
    })
    .join("")}</tbody></table><p class="meta">${T("* امتیاز با دادهٔ ناقص (ردیف‌های زرد).", "* scored on partial data (yellow rows).")}</p>`;
  sections.push({ id: "table", title: T("جدول رتبه‌ها", "Ranked table"), body: table });

  if (m.charts.some((c) => c.key === "schedule" || c.key === "kpis")) {
    sections.push({ id: "programme", title: T("مداخله‌ها: برنامهٔ زمانی و شاخص‌های کلیدی", "Interventions: schedule and KPIs"), body: chart("schedule") + chart("kpis") });
  }
  if (m.followUps.length > 0) {
    const agencies = [...new Set(m.followUps.map((f) => f.agencyId))];
    const states = ["done", "on-track", "due-soon", "overdue", "cancelled"];
    const byAgency = `<table><thead><tr><th>${T("دستگاه", "Agency")}</th>${states.map((st) => `<th>${esc(STATE_TEXT[st]?.[fa ? 0 : 1] ?? st)}</th>`).join("")}<th>${T("جمع", "Total")}</th></tr></thead><tbody>${agencies
      .map((a) => {
        const mine = m.followUps.filter((f) => f.agencyId === a);
        return `<tr><td>${esc(mine[0]?.agency ?? a)}</td>${states.map((st) => `<td class="num">${d(mine.filter((f) => f.state === st).length)}</td>`).join("")}<td class="num">${d(mine.length)}</td></tr>`;
      })
      .join("")}</tbody></table>`;
    const overdue = m.followUps.filter((f) => f.state === "overdue").sort((a, b) => (b.workingDaysOverdue ?? 0) - (a.workingDaysOverdue ?? 0));
    const overdueTable =
      overdue.length === 0
        ? `<p>${T("هیچ مصوبه‌ای از مهلت نگذشته است.", "No resolution is overdue.")}</p>`
        : `<table><thead><tr><th>${T("شماره", "No.")}</th><th>${T("مصوبه", "Resolution")}</th><th>${T("دستگاه مسئول", "Responsible agency")}</th><th>${T("مهلت", "Deadline")}</th><th>${T("روز کاری تأخیر", "Working days overdue")}</th></tr></thead><tbody>${overdue
            .map((f) => `<tr><td class="num">${f.number === undefined ? "—" : d(f.number)}</td><td>${esc(f.text)}</td><td>${esc(f.agency)}</td><td class="num">${date(f.deadline)}</td><td class="num overdue">${f.workingDaysOverdue === undefined ? "—" : d(f.workingDaysOverdue)}</td></tr>`)
            .join("")}</tbody></table>`;
    sections.push({
      id: "followup",
      title: T("پیگیری مصوبات", "Follow-up of resolutions"),
      body: chart("followUp") + `<h3>${T("به تفکیک دستگاه", "By agency")}</h3>${byAgency}<h3>${T("گذشته از مهلت", "Overdue")}</h3>${overdueTable}`,
    });
  }

  // the day things are judged on is said only when something was judged on it
  const judged = m.followUps.length > 0 || m.charts.some((c) => c.key === "schedule");
  const asOfText = `${date(m.asOf)} (${
    m.asOfSource === "flag" ? T("گزینهٔ --as-of", "the --as-of option") : m.asOfSource === "dataset" ? T("تاریخ مجموعه‌داده", "the dataset's date") : T("امروز، هنگام ساختن گزارش", "today, when the report was made")
  })`;
  return `<!doctype html>
<html lang="${m.locale}" dir="${fa ? "rtl" : "ltr"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="mahalleh report">
<title>${title}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${esc(T("گزارش شاخص ترکیبی محرومیت محله‌ها", "Neighbourhood deprivation index report"))}</h1>
<p class="meta"><bdi>${title}</bdi>${judged ? `<br>${T("پیگیری‌ها به تاریخ", "Follow-up judged on")} ${asOfText}` : ""}</p>
</header>
<nav><ol>${sections.map((x) => `<li><a href="#${x.id}">${esc(x.title)}</a></li>`).join("")}</ol></nav>
<main>
${sections.map((x) => `<section id="${x.id}"><h2>${esc(x.title)}</h2>${x.body}</section>`).join("\n")}
</main>
<footer>${T("ساخته‌شده با mahalleh (کتابخانهٔ متن‌باز داده‌های توانمندسازی محلات کمتر برخوردار). این پرونده به اینترنت نیاز ندارد.", "Made with mahalleh (open-source toolkit for the less-privileged neighbourhoods programme). This file needs no network.")}</footer>
</body>
</html>
`;
}
