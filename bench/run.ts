/**
 * `npm run bench [-- NAME ...]`: runs the benchmarks (all, or those named), prints each result as a
 * JSON line and writes docs/performance.md: issue 21's ratio table first, then one table per
 * benchmark with the date, machine and Node version it ran on. A named run rewrites only its
 * own sections and ratio rows.
 * Benchmarks are measurements, never pass/fail tests: CI does not run them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { run as aws } from './aws.js';
import { run as azure } from './azure.js';
import { run as evaluate } from './evaluate.js';
import { run as gcp } from './gcp.js';
import { run as html } from './html.js';
import { run as iac } from './iac.js';
import { run as networkMap } from './network-map.js';
import { run as pdf } from './pdf.js';
import { run as reports } from './reports.js';
import { run as scale } from './scale.js';
import { run as shard } from './shard.js';
import { run as startup } from './startup.js';

type Result = Record<string, number | string>;

interface Bench {
  readonly name: string;
  readonly scenario: string;
  readonly run: () => Promise<Result>;
}

const BENCHES: readonly Bench[] = [
  { name: 'evaluate', scenario: '1. Evaluation of a generated normalized inventory (streaming engine) vs JSON.parse of the same file', run: evaluate },
  { name: 'aws', scenario: '2. Live collection: AWS wire simulator, 2 accounts x 17 regions', run: aws },
  { name: 'azure', scenario: '2. Live collection: Azure Resource Graph and ARM simulator', run: azure },
  { name: 'gcp', scenario: '2. Live collection: GCP Cloud Asset Inventory simulator', run: gcp },
  { name: 'reports', scenario: '3. Reports: JSON, SARIF, inventory, JUnit and Markdown for 100,000 findings', run: reports },
  { name: 'html', scenario: '3. Reports: HTML at 100,000 findings (render, size, time to interactive in headless Chromium)', run: html },
  { name: 'network-map', scenario: '3. Reports: network map layout (ELK layered vs rows) at about 1,000, 2,000 and 10,000 nodes', run: networkMap },
  { name: 'pdf', scenario: '3. Reports: PDF for a 20,000-finding report', run: pdf },
  { name: 'iac', scenario: '4. IaC: a 100,000-resource Terraform plan read and mapped, vs JSON.parse of the same file', run: iac },
  { name: 'scale', scenario: '5. Scale: peak RSS of `phiscan scan` for a generated estate (1M resources unless PHISCAN_BENCH_SCALE_RESOURCES), per input and output format', run: scale },
  { name: 'shard', scenario: 'Scale-out: GCP scan in 4 shards and merged, vs unsharded', run: shard },
  // cliperf (issue 21's startup row): the built CLI's start vs `node -e 0`, and the modules each command loads.
  { name: 'startup', scenario: '6. CLI startup: `phiscan --version`, `--help` and an IaC-only scan vs `node -e 0`', run: startup },
];

/** Issue 21's table of ratios (what, now, goal), first in the file: "now" from a benchmark's result, or a note where no benchmark measures it yet. */
interface Ratio {
  readonly what: string;
  readonly goal: string;
  /** The benchmark whose result gives "now"; without one, `note` stands. */
  readonly bench?: string;
  readonly now?: (r: Result) => string;
  readonly note?: string;
}

const RATIOS: readonly Ratio[] = [
  {
    what: '`phiscan --version` vs a bare `node -e 0`', goal: '≤ 6x (~0.3 s); an IaC-only scan never loads a cloud SDK', bench: 'startup',
    now: (r) => `${String(r.version_ratio)}x (${String(r.version_ms)} ms vs ${String(r.node_ms)} ms; ${String(r.version_modules)} modules); IaC-only scan ${String(r.iac_scan_ms)} ms, ${String(r.iac_scan_cloud_sdk_modules)} cloud SDK modules`,
  },
  {
    what: '`npm run bench -- aws` wall vs lower bound', goal: '≤ 2x', bench: 'aws',
    now: (r) => `${String(r.ratio)}x (${String(r.wall_ms)} ms vs ${String(r.lower_bound_ms)} ms under AWS's documented rate limits; collector CPU ${String(r.collector_cpu_ms)} ms, ${String(r.calls)} calls)`,
  },
  {
    what: 'same 1-account x 17-region simulated world, phiscan vs CloudSploit\'s HIPAA plugins', goal: 'phiscan faster than the peer while collecting more', bench: 'aws',
    now: (r) => `phiscan ${String(r.single_account_wall_ms)} ms (${String(r.single_account_calls)} calls, ${String(r.single_account_resources)} resources); CloudSploit 4.6–6.8 s, 1,050 calls (issue 21's figures: CloudSploit is not on the npm registry, so it cannot run here)`,
  },
  { what: '`npm run bench -- evaluate` (1M resources) vs JSON.parse', goal: '≤ 2x, ≤ 1 GiB RSS, and the same engine is what `scan` uses', bench: 'evaluate', now: (r) => `${String(r.ratio_vs_parse)}x wall, ${String(r.ratio_cpu)}x CPU; findings written ${String(r.ratio_with_findings_written)}x wall, ${String(r.ratio_with_findings_written_cpu)}x CPU` },
  { what: '`npm run bench -- iac` (100k-resource plan) vs JSON.parse', goal: '≤ 1.5x', bench: 'iac', now: (r) => `${String(r.ratio)}x wall, ${String(r.ratio_cpu)}x CPU` },
  { what: '`npm test` CPU time', goal: 'half', note: '3.8 CPU-minutes for 4,485 tests (229 s: 200 s user + 30 s system; 0.051 CPU-s a test) on 2026-12-06, `/usr/bin/time -v npx vitest run`, not a benchmark; the suite before this change, in the same window (load average ~9): 8.6 CPU-minutes (517 s); issue 21 measured about 6.3 CPU-minutes for about 2,880 tests (0.131 a test)' },
];

/**
 * The closing note: what each change bought, before/after from the same run (alternating the old
 * and new code on the same machine state). Newest first.
 */
const CHANGES: readonly string[] = [
  // Issue 19, the stop after CI failed on a full disk: trust and robustness, no performance change intended.
  'Issue 19, follow-up stop (no performance change intended; measured to show none): CI failed on a full disk, so every test run now keeps its scratch directories under one root removed at the end (test/global-setup.ts; runs had left 58 GB in /tmp). New verdict and robustness behaviour: NOTHING ASSESSED when no finding passed or failed, NOTHING READ and exit 3 when a requested cloud yielded nothing, AWS requests that throw at their 30 s timeout (the SDK only warned: a scan against an endpoint that never answers sat past 5 minutes; now exit 2 after 92 s, three STS attempts), Cloud Asset Inventory listings not sent after the projects listing went unanswered (about 40 listings x 6 attempts x 60 s, by 8 at a time, became one listing\'s retries), a full or unusable TMPDIR as exit 2 instead of exit 4. '
  + 'Reports byte-identical (SOURCE_DATE_EPOCH) on 12 inputs x 7 formats before and after, except one added SARIF notification descriptor (`nothing-assessed`) in tool.driver.notifications. The compiled CLI on Node 20.20.2, 22.23.5 and 24.22.3 writes byte-identical demo JSON, SARIF and HTML, scans a 40k-resource plan to the inventory in a 72 MiB heap and a 20k-resource CDKTF stack with 4 KB descriptions to JSON in a 104 MiB heap on each line (through tsx on 22.22.3+ and 24.11.1+, whose hooks share the heap, the same scans needed up to 88 MiB, so those fixed-heap test cases run on Node 20 only).',
  // Issue 19 §5 closed: every 1M input under 1 GiB in every format.
  'Issue 19 §5, closing stop (peak RSS from /usr/bin/time, KiB/1024 = MiB; one process per run, two runs at a time on the 2-core machine, load average 2–4): Terraform records are dropped as they are mapped unless a later mapping can ask for them (map/index.ts LOOKED_UP_TYPES, checked against every lookup call by test/providers/terraform/lookups.test.ts; an undeclared lookup stops the scan, exit 4); the collected events are dropped once the engine has read them; a sorted in-memory source answers byId by binary search (no map of every kept resource); aws-kms-key-pending-deletion-unused declares references only for keys pending deletion; SARIF is serialized a result at a time and its gzip size counted from a stream; the HTML payload keeps tags only for the resources its table names, picks its first 100,000 findings by counting groups instead of holding and dropping them, escapes in one pass, and is written around its data in 1 MB slices; leastN drops at once what cannot be among its first n; the heap grows by at most 1.05x past 512 MiB live. '
  + 'Held per resource after mapping 50k (scale.test.ts): CDKTF 713 → 547 B, joined plan 736 → 636 B. '
  + 'Peak RSS at 1M, before (fef1277) → after: plan (`scale` generator, 292 MiB) json 895 → 774, sarif 929 → 801, html 889 → 875, network-map 911 → 724, inventory 885 → 801, junit 931 → 817, markdown 932 → 710, pdf 896 → 790 MiB; '
  + 'CDKTF (141 MB stack) json 1,056 → 926, sarif 1,159 → 988, html 1,071 → 995, and now network-map 915, inventory 968, junit 959, markdown 924, pdf 937 MiB; '
  + 'a plan with configuration, references and joins (bench/iac generator, 1.07 GB) json 1,047 → 988, html 1,086 → 981, and now sarif 980, network-map 990, inventory 964, junit 990, markdown 982, pdf 961 MiB (html and junit on the final build; the day\'s earlier builds gave 993 and 1,002). '
  + 'User CPU per run: plan 77–123 s, CDKTF 92–165 s, joined plan 145–191 s (the 1.05x growth costs about 15% more CPU on the two heavy inputs). '
  + 'Margins are thin on the heavy inputs: the same build measured twice differed by 2–5% (joined plan json at 1.1x: 992 and 1,038 MiB), and their closest formats sit 3–4% under 1 GiB (CDKTF html 995, joined plan network-map and junit 990 MiB). Reports byte-identical (SOURCE_DATE_EPOCH) on 12 inputs x 7 formats before and after.',
  // Issue 19 §5 at 1M: compact records, on-demand map indexes, snippets read from the file.
  'Issue 19 §5, this stop (peak RSS from /usr/bin/time in KiB, given here as MiB = KiB/1024; earlier entries divided KiB by 1,000, so their MiB read about 2.4% high): plan and CDKTF records keep per resource only what differs (providers/terraform/records.ts: the file, stack and provider settings one shared TfPlace, module placement one optional object, a CDKTF resource\'s configured keys a view made when asked); the map context builds its indexes on demand and holds only the types mappers request and the addresses references name (it held two indexes of every resource); IaC ids are built as one string (the engine\'s sort and hashing flattened each two-part id into a second string beside it); plan configuration shares one ExpressionKeys per set of configured names and keeps each reference list at its exact length (grown by push, each had room for 16 more); while inputs are read the heap grows by at most 1.1x once it holds 256 MiB (a watcher; before, only while mapping), and after the inputs by 1.1x when what stays live passes 384 MiB. Held per resource after reading and mapping 50k resources (test/adversarial/scale.test.ts, old 39a000d vs new): plan 675 → 618 B, a plan with configuration and joins (bench/iac generator) 949 → 736 B, CDKTF 881 → 713 B (with the snippets read from the file, below). Peak RSS at 1M, one process each, load average 2–4: plan (`scale` generator, 292 MiB) at 39a000d json 1,000, html 1,027 MiB; now json 895, sarif 929, html 889, network-map 911, inventory 885, junit 931, markdown 932, pdf 896 MiB (user CPU 76–122 s). CDKTF (141 MB stack) at 39a000d json 1,340 MiB; now json 1,056, sarif 1,159, html 1,071 MiB (99–127 s). A plan with configuration, references and joins (bench/iac generator written piece by piece, 1.07 GB) after the records and indexes alone: json 1,288, html 1,323 MiB; now json 1,047, html 1,086 MiB (178 s). Reports byte-identical (SOURCE_DATE_EPOCH) before and after on 12 inputs x 7 formats (three generated 20k inputs, the plan, HCL and CDKTF fixtures). Not met: the last two inputs stay 2–13% over 1 GiB. Their peaks are the end of mapping (the joined plan: every Terraform record, about 430 B each, and every mapped resource live at once) and, for CDKTF, the report phase over 0.5 GiB of mapped resources.',
  'CDKTF snippets read from the file (issue 19 §5): a CDKTF resource read from a UTF-8 `cdk.tf.json` holds where its block lies in the file (providers/terraform/block-text.ts: the file, two offsets, its name and type) instead of its snippet string, and the reports read the snippet back as they write it (one descriptor per batch, 4 KB reads; a UTF-16 stack keeps the strings); SARIF reads only the snippets of the results it writes instead of a Map of every resource\'s. Held per resource after a 50k CDKTF stack is read and mapped (the lead\'s heldPerResource, main 3bdde41 with and without this change): 807 → 714 B. Peak RSS of a 1M-resource stack (`writeLargeCdktf`, 141 MB), /usr/bin/time, one run each, load average 3–8 from other helpers: main 3bdde41 → with this change, json 1,328,412 → 1,194,812 and 1,187,396 KB (user CPU 91 → 101 and 99 s; at 100k, 7.3–7.5 → 7.5–8.0 s), sarif 1,389,780 → 1,228,012 and 1,245,500 KB (81 → 78 and 79 s); on the earlier main 39a000d, json 1,455,968 → 1,198,624 KB, sarif 1,469,636 → 1,244,824 KB. Reports byte-identical (SOURCE_DATE_EPOCH) in JSON and SARIF on the fixture, the three baseline stacks, generated 2k and 40k stacks (compact, indented, BOM, CRLF, tabs, key and value on separate lines, multibyte text across read boundaries), UTF-16LE/BE, all eight formats on two of them, and the 1M stack, except where a compact stack has a secret-looking member after the start of a line: that value is now redacted (before, only a member that began a line was).',
  // Issue 19 §5 at 1M after the mem1m merge, and the asset inventory.
  'Asset inventory at scale (issue 19 §5): assets are sorted field by field instead of joining two key strings per comparison, and each asset with its issues is made as it is written instead of a second copy of every entry; CSV and JSON byte-identical (demo world and a 20k plan). 1M plan to `-f inventory`: peak RSS 1,523 → 1,021 MiB, user CPU 122 → 96 s. '
  + 'Every format at 1M on main after the mem1m merge (487820e; inventory after this change), one process each, /usr/bin/time -v, load average 1.5–4, peak RSS (MiB) and user CPU: plan (292 MiB, `scale` generator) json 1,028 (106 s), sarif 988 (85 s), html 1,052 (90 s), network-map 986 (67 s), inventory 1,021 (96 s), junit 1,014 (87 s), markdown 1,015 (73 s), pdf 1,015 (72 s); CDKTF json 1,306 (95 s), html 1,401 (97 s). '
  + 'Tighter heap growth does not close the rest: 1.05x while mapping and 1.15x after took plan json from 1,028 to 1,009 MiB for 11 s more CPU. What is live at the peak is the limit (see the note below).',
  // evalcpu (issue 21's evaluate row: where the time goes; what did not help).
  'Evaluation CPU (issue 21), 1M-resource inventory (bench/evaluate generator, 2,246,783 findings, byte-identical before and after): the ePHI classifier and the evidence copy walk Object.keys instead of Object.entries, and the Azure role GUID is cut by lastIndexOf. Old (fe12993) and new (b1e0cd3) alternated six times each, `bench/evaluate/worker.ts FILE evaluate`, load average 3–5: CPU 11.4, 13.1, 12.6, 13.1, 12.6, 10.4 s vs 12.6, 13.6, 13.8, 10.7, 12.6, 12.8 s: within the noise, which follows GC timing (runs peaking near 435 MiB RSS take 10.4–11.4 s, runs near 690 MiB 12.5–13.8 s). '
  + 'Measured and not adopted: an open-addressing id set for NDJSON duplicate ids (about 0.7 s of 11 s at 1M on a path `scan` does not take: not worth a hand-written hash table); --max-semi-space-size=64 (no CPU gain, +70 MiB RSS, and V8 reads it only at start-up); SHA-256 in JavaScript (@noble/hashes: 3.6–5.5 µs a fingerprint against 0.4–0.7 µs for crypto.hash); worker threads (a finding crossing threads by structured clone costs more than making it, and findings must keep the input\'s order). '
  + 'Where about 10 s of CPU goes at 1M (CPU profile): reading and JSON.parse of every line 2.7 s (the parse phase itself), the 294 checks 1.7 s, GC 1.3 s, sha256 fingerprints 1.2 s (2.25M crypto.hash calls, byte-identical by contract), the filtered first read for lookup types 0.6 s, the reverse-reference walk 0.5 s, the duplicate-id set 0.4 s, deferred checks 0.35 s, the network index 0.25 s, finding construction and the loop about 0.6 s. '
  + 'Reading and parsing, the checks and the fingerprints alone come to about 1.9x the parse phase, before any index or GC: the 2x goal is not reachable by trimming the engine on one core.',
  // iacspeed (issue 21's iac row).
  'Terraform plan reader (issue 21): a configuration resource\'s references and expression names are computed once as it is read and shared by its instances (count/for_each instances no longer flatten the same expressions each); the expressions themselves are no longer kept, where before each Terraform resource\'s `configured` held its whole expression tree through mapping. '
  + 'Old (7cfc66e) vs new build, bench/iac.ts child processes alternated parse, old scan, new scan four times on one 100k plan (load from other helpers): scan CPU 2,544, 2,597, 2,599, 2,527 → 2,420, 2,484, 2,436, 2,508 ms (about −4%); JSON.parse CPU 1,030–1,234 ms in the same rounds; peak RSS 499, 461, 509, 463 → 434, 440, 403, 422 MB; heap after reading the plan (forced GC) 86 → 73 MB. Mapped resources byte-identical (sha256 of the read and mapped resources for the 100k plan, an indented 3,000-resource plan and the plan fixtures). '
  + 'Not reached (≤ 1.5x needs scan CPU ≤ about 1.65 s). Where the read goes, by ablation on the new build (CPU, one run each): the stream read with every resource change and configuration resource parsed and nothing kept 1.0–1.1 s (planned_values checked byte by byte, 0.2 s of bracket scanning, JSON.parse of 75 of the 112 MB); keeping the `after` values +0.25 s; the change and configuration records and Terraform resources +0.3 s. Mapping 0.8–1.0 s, about half of it GC by --trace-gc (scavenges promoting the mapped resources while every Terraform resource is live, one mark-compact of the 150 MB heap). '
  + 'Tried and not kept: a byte-class table in the bracket scan (−7% of its 0.2 s in isolation, not measurable in the scan); a loop for flatMap in iacResource (not measurable). Not done: a whole-file JSON.parse below a size threshold (JSON.parse of the file alone is 1.0–1.2 s, so at most about 0.2 s saved, at a higher peak); npm\'s streaming tokenizers (@streamparser/json, stream-json, clarinet) emit one JS event per token, slower than one JSON.parse per item; simdjson (0.9.2) is a native addon over a whole string.',
  // mem1m (issue 19 §5: peak RSS at 1M resources, plan and CDKTF).
  'Scale memory at 1M (issue 19 §5): the CDKTF reader converts each resource as it is parsed instead of keeping every resource\'s text and raw body until the stack is read, '
  + 'and a CDKTF resource\'s configured keys are a view of its values instead of a Set (refs and suppressions shared when empty; `<type>.` and `cdktf:<stack>/` one string each); '
  + 'inventory entries without tags share one frozen map; each spilled-findings run is read 64 KiB at a time (20 runs at 1M: 40 MB of buffers before); '
  + 'and once a parsed IaC input holds 256 MiB of heap, the heap grows by at most 1.1x while it is mapped and 1.25x after (1.5x before; at 1.25x a 500k plan took 40 → 49 s user CPU, peak 672 → 616 MiB). '
  + 'Outputs byte-identical in all eight formats (20k plan and CDKTF, old vs new build). '
  + 'Peak RSS (MiB), one process per run (/usr/bin/time -v, or /proc sampled every 100 ms with the process\'s maxRSS), 1M resources from the `scale` generator, load average 1–8 from other helpers: '
  + 'plan json 1,245 (7cfc66e) → 1,096 (1.25x alone) → 991, 1,032 and 987 (with 1.1x while mapping; 101 and 103 s user CPU); plan sarif 1,037, plan html 1,062 (1.25x alone); '
  + 'CDKTF json 1,765 (7cfc66e run at 1.25x) → 1,448 → 1,410 → 1,329. At 250k (table above, against the previous 250k table): plan 353–596, CDKTF 469–685. '
  + 'Not met at 1M: the plan peaks at the end of mapping (0.7 GiB live: 1M Terraform resources of about 290 B and 1M mapped resources of about 370 B), at the bound (987–1,037 MiB across four runs); its later phases stay under 0.9 GiB. '
  + 'CDKTF keeps 0.6 GiB of mapped resources after mapping (each holds its source snippet, about 160 B, its construct path, a longer id and a property array for its source\'s extra fields), so its phases stay at 1.0–1.3 GiB. '
  + 'Meeting it needs Terraform resources released as they are mapped (the map context would have to know every type a mapper looks up by type or value, which mappers name only at call time) and IaC source snippets read from the file when a report needs them instead of held per resource.',
  // scale2 (issue 19 §5: peak RSS of a large plan scan).
  'IaC mapping memory (issue 19 §5): the mapped resources share what a million of them repeat (one frozen empty tags/labels map, one copy of each region string and `defaulted` list per input, one string per Terraform type name in the plan reader); `scan` runs one full collection once its inputs are read, so the engine starts on a heap sized by what is kept rather than by the parse\'s garbage; `runEngine` deduplicates ids by a stable sort of the list instead of a map of every id. '
  + 'Heap per resource (250k plan, after a full GC): mapped resources 480 → 373 B, Terraform resources (garbage after mapping) 384 → 352 B. '
  + 'Peak RSS (MiB), `/usr/bin/time -v`, plans from the `scale` generator, main\'s build (461e895) vs new, one run each, load from other helpers: 1M json 1,593 → 1,188 and 1,214 (two runs; 1,340 with the sharing alone); 250k json 447 → 408, 250k sarif 470 → 430; at 500k json 743 → 688 from the collection, → 676 from the list (one run each). Outputs byte-identical (run timestamps aside). '
  + 'Still over 1 GiB at 1M: the peak is the end of mapping, where every Terraform resource (176 B object, its values, names) and every mapped resource (Resource, source, config objects, id) are live at once with the map context\'s indexes, and V8 commits about 1.5x that before collecting; the later phases stay at 0.83–1.18 GiB.',
  // evalperf (issue 21's evaluate and iac rows).
  'Evaluation engine (issue 21), old (dde815a) vs new build alternated on one generated 1M-resource inventory (bench/evaluate generator, 2,246,783 findings; load average 7–13, so CPU time is the measure and wall times are not comparable): '
  + 'evaluate CPU 13.1, 14.4, 13.5, 15.8 s → 11.3, 11.2, 11.4, 15.0 s (about −17% where the pair ran at the same load); findings byte-identical (sha256 of every finding serialized in emit order, 200k resources). '
  + 'What each bought (CPU profiles at 200k): the NDJSON type filter by one set lookup instead of Buffer.equals per wanted type and lines as offsets instead of a Buffer view per line (first, filtered pass 1.03 → 0.33 s); '
  + 'reverse references collected without a set of every string per resource, ruled out by length before hashing; one hash lookup per id instead of has + add; the ePHI classifier by one map lookup per tag. '
  + '`scan` (runEngine) no longer checks ids twice: its memory source declares distinct ids (runEngine over 200k resources in memory, same pairing: CPU 3.87, 3.93 → 3.57, 3.60 s). The bench now alternates parse and evaluate three times (median) and reports CPU beside wall. '
  + 'Not reached (≤ 2x): at 1M, by ablation on the new build (CPU, one run each at load 13): JSON.parse 2.7 s; the engine without checks or fingerprints 7.6 s (so 4.9 s over parsing: the filtered first read, the set of every id for NDJSON duplicates, reverse-reference and network indexes, GC); '
  + 'the 294 checks 4.4 s; sha256 fingerprints 3.0 s (Node\'s one-shot crypto.hash already; about 1.3 µs each under load). Findings written adds about 13 s CPU: JSON.stringify of 1.7 GiB of findings, the reporters\' cost. '
  + 'IaC (no change here): the 100k plan scan costs 2.6x JSON.parse in CPU, up from 1.89x on 2026-11-25, partly load and partly main\'s changes since (the streaming plan reader and new mappers; the 2026-11-25 build vs this one alternated: scan CPU 2.62, 2.72 s vs 3.06, 3.09 s, peak RSS 600 → 460 MB). '
  + 'Where it goes (CPU): the streaming read 1.4–1.6 s (JSON.parse of each resource change and configuration resource; planned_values checked and dropped in 60 ms) against 1.1–1.25 s for JSON.parse of the whole file; mapping and joins 1.1 s, a fifth of it GC.',
  'Findings off the heap (issue 19 §5): past 50,000 a scan\'s findings are spilled in sorted runs to a private temporary directory and merged back in report order on each read; summaries are counted in one pass; reporters read findings as an ordered list and keep bounded selections (SARIF\'s 25,000 uploadable results, Markdown\'s top failures, PDF\'s 100 per check, the HTML table\'s first 100,000, said on the page); `scan` bounds V8 heap growth to 1.5x between collections. Outputs are byte-identical (test/reports/spilled-findings.test.ts). Peak RSS (MiB), `/usr/bin/time -v`, 1M-resource plan from the `scale` generator (292 MiB, 1M findings), old build vs new, one run each at load average 8–12: json 2,773 → 1,543 (CPU 64 → 117 s: spill and read-back passes, more GC), html 3,521 → 1,476, sarif 1,557 after; at 250k resources json 823 → 473, sarif 779 → 502. The 1 GiB bound at 1M is still not met: the peak (about 1.5 GiB) now comes right after the plan is parsed, when the parse\'s output, every Resource and the engine\'s index are held at once, before any finding exists; the later phases peak near 1.2–1.4 GiB RSS because pages of that peak are not returned. Bounding it needs the IaC reader to feed the streaming engine without holding every resource (a re-readable source), and inventory entries built during evaluation.',
  'Bounded report output (issue 19 §5, issue 21): reports are rendered one format at a time and written chunk by chunk (JSON, asset inventory, JUnit); scan runs the streaming engine; an IaC collector no longer holds its resources while reports are written. Peak RSS (MiB) of a whole scan of a 130k-resource plan (`bench -- scale` generator, 38 MiB), old → new build run side by side: json 1099 → 619, inventory 815 → 647, junit 656 → 569, sarif 687 → 678, html 787 → 800, network-map 492 → 516, markdown 490 → 468, pdf 507 → 488; the same estate as CDKTF: json 1311 → 752, inventory 949 → 803, junit 829 → 719 (other formats within noise). The 1 GiB bound at 1M resources is not met yet: findings and inventory entries are still held in memory for the reporters.',
  // cliperf (issue 21's startup and test-CPU rows).
  'CLI startup (issue 21), old build vs new in one interleaved `npm run bench -- startup` run (PHISCAN_BENCH_BEFORE_CLI, load average above 15, so absolute times are inflated): '
  + 'commands load on demand (a registry in src/cli/program.ts), cloud collectors only when a cloud input is used (lazyCollector), pdfkit and elkjs on first render, '
  + 'standalone ajv validators and the esbuild-bundled HTML client generated at `npm run build`. `--version` 31.2x → 1.6x of `node -e 0`, 1,431 → 16 modules, '
  + '456 → 0 cloud SDK modules; `--help` 35.4x → 1.4x; an IaC-only scan 32.4x → 6.0x, 1,431 → 464 modules, 456 → 0 cloud SDK modules. '
  + 'Tests: CLI logic runs in-process (src/cli/run-cli.ts); `test/cli` CPU 52.8 s after (user + system, `/usr/bin/time -v npx vitest run test/cli`); the before and whole-suite figures are in the branch notes, not yet re-measured here.',
  'Test-suite CPU (issue 21), `/usr/bin/time -v npx vitest run` on the suite before and after, in one window on 2026-12-06 (load average ~9, 2 cores shared): '
  + '517 → 229 CPU-s (user + system), wall 31.6 → 17.4 min, 4,485 tests both times. Test files share their worker\'s modules (`isolate: false`) except test/adversarial '
  + 'and test/package: the 390 shared files took 398 → 123 CPU-s, of which the 299 check files 75 s before, nearly all process start and imports. CLI tests that spawned '
  + 'a process per command line run in-process: test/schedule/cli 45.4 → 3.9 CPU-s, test/cli/iac 16.9 → 3.9, the AWS and GCP cli-input scans 11.5 → 0.8, the CDKTF '
  + 'baselines 17.7 → 6.6; the custom-check tests, which need Node\'s own module loader, run their 11 command lines in one process (40.7 → 5.2). The own-process files '
  + '(adversarial 53 s, package install 30–36 s) are unchanged. Per-file CPU from /proc/self/stat (the process and its waited children) before and after each file.',
  // awsrate (issue 21's AWS rows): scheduling, pacing and where the wall time goes.
  'AWS collection schedule (issue 21; docs/aws.md, "Performance"), old vs new collector alternating on the 2-account x 17-region world, load average 6–11: '
  + 'units start chained services first (Config, KMS, Backup, IAM, S3, EC2, ...) and requests waiting for the 128 in-flight slots go by unit priority, paced calls first, '
  + 'instead of first come, first served; the rate limiter releases waiting calls one token at a time by the clock at release (a late timer used to let every overdue call out at once, '
  + 'a burst beyond the bucket that a strict service throttles); FIPS/dual-stack/app-id settings resolved once per pool instead of once per client. '
  + 'Config queries now run 1.8–4.1 s into the scan and KMS is done at 5.6 s (before: 5.7–12.1 s and 12.5 s, the scan\'s tail); both accounts start within 60 ms of each other. '
  + 'Wall and CPU unchanged within this machine\'s noise (collector CPU 5.5–6.7 s → 5.2–6.1 s; wall 5.4–18.8 s → 6.8–16.7 s; 0 throttled calls): the event loop is busy 92–98% '
  + 'of the wall time, so the wall time is the collector\'s CPU (4,190 calls at 1.3–1.5 ms each cold, about 1 ms warm; the SDK alone 0.3–0.45 ms a call against a stub handler). '
  + 'The 2x goal would need under 0.2 ms a call.',
  'AWS audit logging (issue 23 item 2), `npm run bench -- aws` once on 2026-12-06 at load average ~21 (wall times not comparable, so the table above was not replaced): calls 3,260 → 3,612 (+11%) '
  + 'on the 2-account x 17-region world: `GetBucketLogging` per bucket (s3 +80, in parallel with the bucket\'s other reads, so no longer chain), `DescribeLoadBalancerAttributes` per load '
  + 'balancer (+170, beside `DescribeListeners`), and one `DescribeLogGroups`, `DescribeAlarms` and `DescribeHub` per account and region (+34 each); `DescribeMetricFilters` only where a '
  + 'group counts filters, CloudFront\'s v2 delivery listings only where a distribution has legacy logging off (0 here). No throttled call; collector CPU 7.2 s (7.3 s in the last recorded run).',
  'AWS live collection (issue 21; details and every run in docs/aws.md, "Performance"), old vs new collector on the same simulator, 2 accounts x 17 regions, '
  + 'load average 11–15: KMS keys from AWS Config where it records them and no key-policy reads (KMS calls 2,754 → 1,156); S3 without the per-account chain and no '
  + 'server-access-logging reads (562 → 482); all calls 4,766 → 3,088, and on the 1-account world 2,382 → 1,543. Collector CPU 6.2–6.9 s → 4.8–5.0 s with 50 ms '
  + 'latency and the documented limits (fastest of three runs without latency: 5.5 s → 3.4 s); wall 19.4–25.2 s → 19.5–22.1 s, 1-account world 13.0–20.7 s → '
  + '9.9–15.4 s. Middleware resolved once per command type: 420 → 346 µs of SDK CPU per call in-process. Pacing by the documented limits instead of 32 units '
  + 'account by account: no throttled call under them. The ratio stays far from 2x: the collector is CPU-bound (event loop busy 98–100%) against a 450 ms '
  + 'bound set by latency chains alone, since the documented limits let every call of this world through at once.',
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !BENCHES.some((b) => b.name === w));
if (unknown.length > 0) {
  process.stderr.write(`phiscan bench: unknown benchmark ${unknown.join(', ')} (known: ${BENCHES.map((b) => b.name).join(', ')})\n`);
  process.exit(2);
}
const results: [Bench, Result][] = [];
for (const bench of BENCHES.filter((b) => wanted.length === 0 || wanted.includes(b.name))) {
  const result = await bench.run();
  results.push([bench, result]);
  process.stdout.write(`${JSON.stringify({ bench: bench.name, ...result })}\n`);
}
const file = join(import.meta.dirname, '..', 'docs', 'performance.md');
// A full run rewrites the file; a named run replaces its own sections and ratio rows and keeps the rest.
writeFileSync(file, renderMarkdown(results, wanted.length === 0 || !existsSync(file) ? undefined : readFileSync(file, 'utf8')));
process.stderr.write(`wrote ${file}\n`);

function renderMarkdown(rows: readonly [Bench, Result][], previous: string | undefined): string {
  const cpu = cpus();
  const stamp = `${new Date().toISOString().slice(0, 10)}, ${cpu.length} x ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${process.platform}/${process.arch}, Node ${process.version}`;
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const sections = new Map<string, string>();
  for (const part of (previous ?? '').split(/\n(?=## )/).slice(1)) sections.set(part.split('\n', 1)[0] ?? '', part.trimEnd());
  // The generated blocks are written afresh below.
  sections.delete('## Ratios (issue 21)');
  sections.delete('## What each change bought');
  for (const [bench, result] of rows) {
    const lines = [`## ${bench.scenario}`, '', `\`npm run bench -- ${bench.name}\` (${stamp})`, '', '| measure | value |', '|---|---|'];
    for (const [k, v] of Object.entries(result)) lines.push(`| ${k} | ${cell(String(v))} |`);
    sections.set(`## ${bench.scenario}`, lines.join('\n'));
  }
  // Each ratio from its benchmark's table: this run's, or the one kept from an earlier run.
  const resultOf = (name: string): Result | undefined => {
    const bench = BENCHES.find((b) => b.name === name);
    const table = bench ? sections.get(`## ${bench.scenario}`) : undefined;
    if (!table) return undefined;
    const entries = table.split('\n').map((l) => /^\| (\S+) \| (.*) \|$/.exec(l)).filter((m) => m !== null && m[1] !== 'measure').map((m) => [m?.[1] ?? '', (m?.[2] ?? '').replace(/\\\|/g, '|')]);
    return Object.fromEntries(entries) as Result;
  };
  const ratioRows = RATIOS.map((r) => {
    const result = r.bench ? resultOf(r.bench) : undefined;
    return `| ${cell(r.what)} | ${cell(result && r.now ? r.now(result) : (r.note ?? 'not measured yet'))} | ${cell(r.goal)} |`;
  });
  // Sections kept from a run before sections carried their own stamp: say which run that was.
  const legacy = /^Sections without a stamp: .*$/m.exec(previous ?? '')?.[0]
    ?? ((previous ?? '').includes('\n- Date: ') ? `Sections without a stamp: ${(previous ?? '').split('\n').filter((l) => /^- (Date|Machine|Node)/.test(l)).map((l) => l.slice(2)).join(', ')}.` : undefined);
  const header = [
    '# Performance', '',
    'Written by `npm run bench` (all benchmarks; `npm run bench -- NAME` rewrites only its own sections and rows). Numbers from one run each, not a statistical study, on a shared machine: see each section\'s stamp.', '',
    ...(legacy ? [legacy, ''] : []),
    '## Ratios (issue 21)', '',
    '| what | now | goal |', '|---|---|---|', ...ratioRows, '',
  ].join('\n');
  // Benchmark order, then any section a benchmark no longer writes.
  const order = BENCHES.map((b) => `## ${b.scenario}`);
  const titles = [...sections.keys()].sort((a, b) => (order.indexOf(a) === -1 ? 1e9 : order.indexOf(a)) - (order.indexOf(b) === -1 ? 1e9 : order.indexOf(b)));
  const note = ['## What each change bought', '', ...CHANGES.map((c) => `- ${c}`)].join('\n');
  return `${[header, ...titles.map((t) => sections.get(t) ?? ''), note].map((b) => b.trim()).join('\n\n')}\n`;
}
