import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { lintFiles } from './test/helpers/workspace.js';
const rows = parse(fs.readFileSync('/work/shared/corpus/ccss-ela-case/ccsso_ela_item.csv'), { columns: true, bom: true }) as Record<string,string>[];
const yaml = 'competencies:\n' + rows.map((r, i) => `  - id: "c${i}"\n    statement: ${JSON.stringify(r.fullStatement)}`).join('\n') + '\n';
const { findings } = lintFiles({ 'c.yaml': yaml });
const byId = new Map(rows.map((r, i) => [`c${i}`, r.fullStatement]));
let seed = 0;
for (const rule of ['compound-competency', 'measurable-verb', 'broad-competency']) {
  const fsx = findings.filter(f => f.ruleId === rule);
  const seen = new Set<string>();
  let n = 0;
  for (const f of fsx) { const st = byId.get(f.definitionId!)!; if (seen.has(st)) continue; seen.add(st); if (n++ % 3 !== 0) continue; console.log(rule, '|', st.slice(0, 110), '|', f.message.slice(0, 70)); if (n > 45) break; }
}
