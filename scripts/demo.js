#!/usr/bin/env node
/**
 * npm run demo — the main job on the bundled example (examples/amn-2021.xlsx, the
 * Arbetsmarknadsnämnd's published 2021 plans): generate the IKP and Riskmatris sheets, check the
 * published VoR against the published IKP, validate the procurement plan and export it.
 * Everything lands in out/; the example itself is never modified.
 */
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.resolve(__dirname, '..');
process.chdir(root);
const example = path.join('examples', 'amn-2021.xlsx');
if (!fs.existsSync(example))
  execFileSync(process.execPath, [path.join('scripts', 'build-example.js')], { stdio: 'inherit' });
const { main } = require(path.join(root, 'lib', 'cli', 'main.js'));

function section(title) {
  console.log(`\n\u2500\u2500 ${title} ${'\u2500'.repeat(Math.max(0, 70 - title.length))}`);
}

async function run(args) {
  console.log(`$ internkontroll ${args.join(' ')}`);
  const code = await main(args);
  console.log(`(exit ${code})`);
  return code;
}

async function demo() {
  fs.mkdirSync('out', { recursive: true });
  console.log('Internkontroll för Excel — demo på examples/amn-2021.xlsx (Arbetsmarknadsnämnden, plan 2021)');

  section('1. Generera IKP-blad (Internkontrollplan + Riskmatris)');
  await run(['generate-ikp', example, '-o', path.join('out', 'amn-2021-ikp.xlsx')]);

  section('2. Kontrollera VoR \u2194 IKP i den publicerade planen');
  await run(['check', example]);

  section('3. Validera planerade upphandlingar och exportera till inköpsenheten');
  await run([
    'validate-procurement',
    example,
    '-o',
    path.join('out', 'amn-2021-upphandling.xlsx'),
    '--csv',
    path.join('out', 'amn-2021-upphandlingar.csv'),
  ]);

  section('Klart');
  for (const f of fs
    .readdirSync('out')
    .filter((f) => /^amn-2021/.test(f))
    .sort()) {
    console.log(`  out/${f}  (${fs.statSync(path.join('out', f)).size} byte)`);
  }
  console.log(
    'Öppna out/amn-2021-ikp.xlsx i Excel: bladen Internkontrollplan och Riskmatris, RV och Riskklass som formler,',
  );
  console.log('värmekartan som villkorsstyrd formatering på Risk & Väsentlighet.');
}

demo().catch((e) => {
  console.error(e);
  process.exit(1);
});
