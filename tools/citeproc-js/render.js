#!/usr/bin/env node
// Renders the CSL corpus (src/test/resources/csl-corpus) with citeproc-js, the reference CSL processor,
// to produce the expected-output fixtures of CslCorpusTest; with --time, times it for CslBenchmark.
//
//   node render.js --csl-dir DIR [--corpus DIR] [--out DIR] [--style ID ...]
//   node render.js --csl-dir DIR --time [--warmup N] [--warmup-ms MS] [--runs N] [--style ID ...]   (JSON timings on stdout)
//
// DIR holds <style>.csl and locales-<tag>.xml, extracted from the org.citationstyles jars by extract-csl.sh.
'use strict';

const fs = require('fs');
const path = require('path');
const CSL = require('citeproc');

const DEFAULT_STYLES = ['modern-language-association', 'apa', 'chicago-author-date',
  'chicago-note-bibliography', 'ieee', 'vancouver'];

function parseArgs(argv) {
  const args = {
    corpus: path.resolve(__dirname, '../../src/test/resources/csl-corpus'),
    out: null, cslDir: null, styles: [], time: false, warmup: 20, warmupMs: 2000, runs: 30, bibItems: 40,
    citeClusters: 80,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '--corpus': args.corpus = path.resolve(next()); break;
      case '--out': args.out = path.resolve(next()); break;
      case '--csl-dir': args.cslDir = path.resolve(next()); break;
      case '--style': args.styles.push(next()); break;
      case '--time': args.time = true; break;
      case '--warmup': args.warmup = parseInt(next(), 10); break;
      case '--warmup-ms': args.warmupMs = parseInt(next(), 10); break;
      case '--runs': args.runs = parseInt(next(), 10); break;
      case '--bib-items': args.bibItems = parseInt(next(), 10); break;
      case '--cite-clusters': args.citeClusters = parseInt(next(), 10); break;
      default: throw new Error(`unknown argument ${a}`);
    }
  }
  if (!args.cslDir) throw new Error('--csl-dir is required (run extract-csl.sh first)');
  if (args.styles.length === 0) args.styles = DEFAULT_STYLES;
  if (!args.out) args.out = path.join(args.corpus, 'expected');
  return args;
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function loadCorpus(dir) {
  const items = readJson(path.join(dir, 'items.json'));
  const citations = readJson(path.join(dir, 'citations.json'));
  const byId = new Map(items.map((it) => [it.id, it]));
  for (const c of citations) {
    for (const ci of c.citationItems) {
      if (!byId.has(ci.id)) throw new Error(`${c.citationID} cites unknown item ${ci.id}`);
    }
  }
  return { items, citations, byId };
}

function makeSys(cslDir, byId) {
  return {
    // citeproc-js may add properties to the item it gets: hand it a copy every time.
    retrieveItem: (id) => JSON.parse(JSON.stringify(byId.get(id))),
    retrieveLocale: (lang) => {
      const f = path.join(cslDir, `locales-${lang}.xml`);
      return fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : false;
    },
  };
}

function readStyle(cslDir, style) {
  return fs.readFileSync(path.join(cslDir, `${style}.csl`), 'utf8');
}

function isNoteStyle(engine) {
  return engine.opt.xclass === 'note';
}

// In-text styles get noteIndex 0 (as a word processor passes them); note styles keep the corpus note numbers.
function toCiteprocCitations(citations, noteStyle) {
  return citations.map((c) => ({
    citationID: c.citationID,
    citationItems: c.citationItems.map((ci) => Object.assign({}, ci)),
    properties: { noteIndex: noteStyle ? c.noteIndex : 0 },
  }));
}

// Processes the clusters in document order, one processCitationCluster call each (the way a word processor
// drives citeproc-js), and keeps the latest rendering of every cluster: the final strings after disambiguation.
function renderClusters(engine, citations) {
  const rendered = new Array(citations.length);
  const pre = [];
  for (let i = 0; i < citations.length; i++) {
    const res = engine.processCitationCluster(citations[i], pre, []);
    if (res[0].citation_errors && res[0].citation_errors.length) {
      throw new Error(`${citations[i].citationID}: ${JSON.stringify(res[0].citation_errors)}`);
    }
    for (const [index, str] of res[1]) rendered[index] = str;
    pre.push([citations[i].citationID, citations[i].properties.noteIndex]);
  }
  return rendered;
}

// makeBibliography() gives "  <div class=\"csl-entry\">…</div>\n" in HTML and "…\n" in text;
// the fixture keeps the inner content, as CslBibliography.Entry.formatted does.
function entryContent(str, format) {
  if (format === 'html') {
    const m = /^\s*<div class="csl-entry">([\s\S]*)<\/div>\s*$/.exec(str);
    if (!m) throw new Error(`unexpected bibliography entry markup: ${str}`);
    // Entries with second-field-align hold nested divs that citeproc-js pretty-prints with newlines and
    // indentation around them; that layout whitespace is not part of the entry.
    return m[1].trim();
  }
  return str.replace(/\n$/, '');
}

// Numeric styles (citation-number in the citation layout) have no printed form for an author-only cite:
// citeproc-js renders the placeholder "[NO_PRINTED_FORM]". Such clusters are left out for those styles.
function isNumericStyle(xml) {
  const m = /<citation[\s>][\s\S]*?<\/citation>/.exec(xml);
  return !!m && /variable="citation-number"/.test(m[0]);
}

function hasAuthorOnly(citation) {
  return citation.citationItems.some((ci) => ci['author-only']);
}

function renderStyle(cslDir, corpus, style, format) {
  const xml = readStyle(cslDir, style);
  const engine = new CSL.Engine(makeSys(cslDir, corpus.byId), xml, 'en-US');
  engine.setOutputFormat(format);
  const note = isNoteStyle(engine);
  const skip = isNumericStyle(xml) ? corpus.citations.filter(hasAuthorOnly) : [];
  const cits = toCiteprocCitations(corpus.citations.filter((c) => !skip.includes(c)), note);
  const rendered = renderClusters(engine, cits);
  const clusters = cits.map((c, i) => ({
    citationID: c.citationID,
    noteIndex: c.properties.noteIndex,
    output: rendered[i],
  }));
  const [params, entries] = engine.makeBibliography();
  const bibliography = {
    options: {
      hangingIndent: !!params.hangingindent,
      secondFieldAlign: params['second-field-align'] || null,
      lineSpacing: params.linespacing,
      entrySpacing: params.entryspacing,
    },
    entries: entries.map((e, i) => ({ id: String(params.entry_ids[i][0]), output: entryContent(e, format) })),
  };
  if (bibliography.entries.length !== corpus.items.length) {
    throw new Error(`${style}: ${bibliography.entries.length} bibliography entries for ${corpus.items.length} items`);
  }
  const skipped = skip.map((c) => c.citationID);
  return { noteStyle: note, skipped, clusters, bibliography };
}

function writeJson(file, data) {
  fs.writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
}

function generate(args) {
  const corpus = loadCorpus(args.corpus);
  fs.mkdirSync(args.out, { recursive: true });
  const meta = { generator: `citeproc-js ${CSL.PROCESSOR_VERSION} (npm citeproc ${require('citeproc/package.json').version})`, locale: 'en-US' };
  for (const style of args.styles) {
    for (const format of ['html', 'text']) {
      const r = renderStyle(args.cslDir, corpus, style, format);
      writeJson(path.join(args.out, `${style}.citations.${format}.json`),
        Object.assign({ style, format, noteStyle: r.noteStyle }, meta, {
          skipped: r.skipped,
          skippedReason: r.skipped.length ? 'author-only cites have no printed form in a numeric style' : undefined,
          clusters: r.clusters,
        }));
      writeJson(path.join(args.out, `${style}.bibliography.${format}.json`),
        Object.assign({ style, format }, meta, r.bibliography));
    }
    const n = readJson(path.join(args.out, `${style}.citations.text.json`)).clusters.length;
    process.stderr.write(`${style}: ${n} clusters, ${corpus.items.length} entries\n`);
  }
}

// ---- timing mode (CslBenchmark runs this as a child process) ----

function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// Median of `runs` timed runs after at least `warmup` runs lasting at least `warmupMs` (so V8 has optimized).
function timeIt(args, setup, body) {
  const warmStart = nowMs();
  for (let i = 0; i < args.warmup || nowMs() - warmStart < args.warmupMs; i++) body(setup());
  const times = [];
  for (let i = 0; i < args.runs; i++) {
    const ctx = setup();
    const t0 = nowMs();
    body(ctx);
    times.push(nowMs() - t0);
  }
  return median(times);
}

function time(args) {
  const corpus = loadCorpus(args.corpus);
  const sys = makeSys(args.cslDir, corpus.byId);
  const bibIds = corpus.items.slice(0, args.bibItems).map((it) => it.id);
  const clusters = corpus.citations.slice(0, args.citeClusters);
  const result = {
    processor: `citeproc-js ${CSL.PROCESSOR_VERSION} (npm citeproc ${require('citeproc/package.json').version})`,
    node: process.version, warmup: args.warmup, warmupMs: args.warmupMs, runs: args.runs,
    bibItems: bibIds.length, citeClusters: clusters.length, styles: {},
  };
  const newEngine = (style) => {
    const e = new CSL.Engine(sys, readStyle(args.cslDir, style), 'en-US');
    e.setOutputFormat('html');
    return e;
  };
  // Cold: the first engine for each style in this process (the first style also pays for warming up citeproc-js).
  for (const style of args.styles) {
    const t0 = nowMs();
    newEngine(style);
    result.styles[style] = { loadColdMs: nowMs() - t0 };
  }
  for (const style of args.styles) {
    const r = result.styles[style];
    r.loadWarmMs = timeIt(args, () => null, () => newEngine(style));
    r.bibliographyMs = timeIt(args, () => newEngine(style), (e) => {
      e.updateItems(bibIds);
      const [, entries] = e.makeBibliography();
      if (entries.length !== bibIds.length) throw new Error(`${style}: ${entries.length} entries`);
    });
    r.citationsMs = timeIt(args, () => {
      const e = newEngine(style);
      return { e, cits: toCiteprocCitations(clusters, isNoteStyle(e)) };
    }, (ctx) => renderClusters(ctx.e, ctx.cits));
  }
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}

const args = parseArgs(process.argv.slice(2));
if (args.time) time(args); else generate(args);
