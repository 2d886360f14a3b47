/**
 * An offline structural check of manifest.xml: what Office's validator (`npm run validate`, online)
 * would reject and what this project promises — Swedish for every string, no extra domains,
 * only ReadWriteDocument, the API set the code checks at start-up, icons that exist at the sizes
 * the manifest claims.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RIBBON_COMMANDS } from '../../src/commands/ribbon-handoff';
import { REQUIRED_EXCEL_API } from '../../src/excel/requirements';
import { childrenNamed, descendants, parseXml, type XmlElement } from './xml';

const ROOT = path.join(__dirname, '..', '..');
const DEV_URL = 'https://localhost:3000/';
const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const manifest = parseXml(source);
const all = descendants(manifest);

function one(parent: XmlElement, name: string): XmlElement {
  const found = childrenNamed(parent, name);
  if (found.length !== 1)
    throw new Error(`expected one <${name}> in <${parent.name}>, found ${found.length}`);
  return found[0];
}

/** The order of OfficeApp's children in the schema (TaskPaneApp). */
const SCHEMA_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'Dictionary',
  'VersionOverrides',
  'ExtendedOverrides',
];
const REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'SupportUrl',
  'Hosts',
  'DefaultSettings',
  'Permissions',
];

/** Files the dev server serves at a manifest URL: pages come from their templates, icons from assets/. */
const PAGES: Record<string, string> = {
  'taskpane.html': 'src/taskpane/taskpane.html',
  'commands.html': 'src/commands/commands.html',
  'support.html': 'src/taskpane/support.html',
};

function localFile(url: string): string {
  const file = url.slice(DEV_URL.length);
  return path.join(ROOT, PAGES[file] ?? file);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = fs.readFileSync(file);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Every address in the manifest (namespace declarations are names, not addresses). */
const urls = all.flatMap((element) => {
  const values = Object.entries(element.attributes)
    .filter(([name]) => name !== 'xmlns' && !name.startsWith('xmlns:'))
    .map(([, value]) => value);
  return [...values, element.text.trim()].filter((v) => /^[a-z]+:\/\//i.test(v));
});

test('is a TaskPaneApp for Excel workbooks', () => {
  expect(manifest.name).toBe('OfficeApp');
  expect(manifest.attributes['xsi:type']).toBe('TaskPaneApp');
  expect(one(one(manifest, 'Hosts'), 'Host').attributes.Name).toBe('Workbook');
});

test('its elements come in the order the schema requires', () => {
  const names = manifest.children.map((child) => child.name);
  for (const name of names) expect(SCHEMA_ORDER).toContain(name);
  const positions = names.map((name) => SCHEMA_ORDER.indexOf(name));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(new Set(names).size).toBe(names.length);
  for (const name of REQUIRED) expect(names).toContain(name);
});

test('Id is a GUID', () => {
  expect(one(manifest, 'Id').text.trim()).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  );
});

test('every URL is https, and in development on https://localhost:3000/', () => {
  expect(urls.length).toBeGreaterThan(10);
  for (const url of urls) expect(url.startsWith(DEV_URL) ? url : `not ${DEV_URL}: ${url}`).toBe(url);
});

test('every file the manifest points at exists', () => {
  for (const url of urls.filter((u) => u.startsWith(DEV_URL))) {
    expect(fs.existsSync(localFile(url)) ? url : `missing: ${url}`).toBe(url);
  }
});

test('each icon is the size the manifest says', () => {
  const sized = all.filter((e) => e.name === 'bt:Image' && e.attributes.DefaultValue);
  expect(sized.length).toBeGreaterThanOrEqual(9);
  const declared = new Map(
    all.filter((e) => e.attributes.size).map((e) => [e.attributes.resid, Number(e.attributes.size)]),
  );
  for (const image of sized) {
    const size = declared.get(image.attributes.id);
    expect(size).toBeDefined();
    expect(pngSize(localFile(image.attributes.DefaultValue))).toEqual({ width: size, height: size });
  }
  expect(pngSize(localFile(one(manifest, 'IconUrl').attributes.DefaultValue))).toEqual({
    width: 32,
    height: 32,
  });
  expect(pngSize(localFile(one(manifest, 'HighResolutionIconUrl').attributes.DefaultValue))).toEqual({
    width: 64,
    height: 64,
  });
});

describe('strings', () => {
  const resources = one(one(manifest, 'VersionOverrides'), 'Resources');
  const defined = new Map<string, { kind: string; element: XmlElement }>();
  for (const group of resources.children) {
    for (const resource of group.children) {
      expect(defined.has(resource.attributes.id)).toBe(false);
      defined.set(resource.attributes.id, { kind: group.name, element: resource });
    }
  }

  test('every resid is defined, as the kind of resource its element needs', () => {
    const references = all.filter((e) => e.attributes.resid !== undefined);
    expect(references.length).toBeGreaterThan(10);
    for (const reference of references) {
      const resource = defined.get(reference.attributes.resid);
      expect(resource ? reference.attributes.resid : `undefined: ${reference.attributes.resid}`).toBe(
        reference.attributes.resid,
      );
      const expected =
        reference.name === 'bt:Image'
          ? 'bt:Images'
          : ['FunctionFile', 'SourceLocation', 'LearnMoreUrl'].includes(reference.name)
            ? 'bt:Urls'
            : reference.name === 'Description' && reference.attributes.resid.endsWith('.Tooltip')
              ? 'bt:LongStrings'
              : undefined;
      if (expected) expect(resource?.kind).toBe(expected);
    }
  });

  test('every defined resource is used', () => {
    const used = new Set(all.map((e) => e.attributes.resid).filter(Boolean));
    expect([...defined.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test("every ShortString and LongString has a Swedish override, within the schema's length", () => {
    const strings = [...defined.values()].filter(
      (r) => r.kind === 'bt:ShortStrings' || r.kind === 'bt:LongStrings',
    );
    expect(strings.length).toBeGreaterThanOrEqual(8);
    for (const { kind, element } of strings) {
      const max = kind === 'bt:ShortStrings' ? 125 : 250;
      const overrides = childrenNamed(element, 'bt:Override');
      expect(overrides.map((o) => o.attributes.Locale)).toEqual(['sv-SE']);
      for (const text of [element.attributes.DefaultValue, overrides[0].attributes.Value]) {
        expect(text.trim().length).toBeGreaterThan(0);
        expect(text.length).toBeLessThanOrEqual(max);
      }
    }
  });

  test('DisplayName and Description have Swedish overrides', () => {
    for (const [name, max] of [
      ['DisplayName', 125],
      ['Description', 250],
    ] as const) {
      const element = one(manifest, name);
      expect(element.attributes.DefaultValue.length).toBeLessThanOrEqual(max);
      const override = one(element, 'Override');
      expect(override.attributes.Locale).toBe('sv-SE');
      expect(override.attributes.Value.trim().length).toBeGreaterThan(0);
      expect(override.attributes.Value.length).toBeLessThanOrEqual(max);
    }
    expect(one(manifest, 'DisplayName').attributes.DefaultValue).not.toBe(
      one(one(manifest, 'DisplayName'), 'Override').attributes.Value,
    );
  });
});

test('asks for ReadWriteDocument only and no other domain', () => {
  expect(one(manifest, 'Permissions').text.trim()).toBe('ReadWriteDocument');
  expect(all.filter((e) => e.name === 'AppDomain')).toEqual([]);
});

test('requires the ExcelApi version the code checks at start-up', () => {
  const sets = one(one(manifest, 'Requirements'), 'Sets');
  expect(childrenNamed(sets, 'Set').map((s) => s.attributes)).toEqual([
    { Name: 'ExcelApi', MinVersion: REQUIRED_EXCEL_API },
  ]);
});

test("the task pane is the default source and the ribbon button's page", () => {
  expect(one(one(manifest, 'DefaultSettings'), 'SourceLocation').attributes.DefaultValue).toBe(
    `${DEV_URL}taskpane.html`,
  );
});

describe('ribbon', () => {
  const tab = all.find((e) => e.name === 'OfficeTab');
  const group = tab && one(tab, 'Group');
  const controls = group ? childrenNamed(group, 'Control') : [];
  const action = (control: XmlElement) => one(control, 'Action');

  test('one group on the Home tab, labelled Internkontroll in Swedish', () => {
    expect(tab?.attributes.id).toBe('TabHome');
    const label = all.find(
      (e) => e.name === 'bt:String' && e.attributes.id === one(group as XmlElement, 'Label').attributes.resid,
    );
    expect(label && one(label, 'bt:Override').attributes.Value).toBe('Internkontroll');
  });

  test('Generate IKP sheet, Validate procurement and the task pane, each with 16/32/80 px icons', () => {
    expect(controls.map((c) => action(c).attributes['xsi:type'])).toEqual([
      'ExecuteFunction',
      'ExecuteFunction',
      'ShowTaskpane',
    ]);
    for (const control of controls) {
      expect(childrenNamed(one(control, 'Icon'), 'bt:Image').map((i) => i.attributes.size)).toEqual([
        '16',
        '32',
        '80',
      ]);
    }
  });

  test('its functions are exactly the ones commands.ts registers', () => {
    const functions = controls.filter((c) => action(c).attributes['xsi:type'] === 'ExecuteFunction');
    expect(functions.map((c) => one(action(c), 'FunctionName').text.trim())).toEqual([...RIBBON_COMMANDS]);
  });

  test('the function file is commands.html and the task pane button opens taskpane.html', () => {
    const urlOf = (resid: string) =>
      all.find((e) => e.name === 'bt:Url' && e.attributes.id === resid)?.attributes.DefaultValue;
    expect(urlOf(all.find((e) => e.name === 'FunctionFile')?.attributes.resid ?? '')).toBe(
      `${DEV_URL}commands.html`,
    );
    const showTaskpane = controls.find(
      (c) => action(c).attributes['xsi:type'] === 'ShowTaskpane',
    ) as XmlElement;
    expect(urlOf(one(action(showTaskpane), 'SourceLocation').attributes.resid)).toBe(
      `${DEV_URL}taskpane.html`,
    );
  });
});

describe('the XML reader used here', () => {
  test('reads what it should', () => {
    const doc = parseXml('<?xml version="1.0"?><!-- c --><a x="1 &amp; 2"><b/>t&lt;<![CDATA[<raw>]]></a>');
    expect(doc).toEqual({
      name: 'a',
      attributes: { x: '1 & 2' },
      children: [{ name: 'b', attributes: {}, children: [], text: '' }],
      text: 't<<raw>',
    });
  });

  test.each([
    ['<a><b></a></b>', 'closes'],
    ['<a x="1" x="2"/>', 'given twice'],
    ['<a x=1/>', 'quoted'],
    ['<a>&nbsp;</a>', 'unknown entity'],
    ['<a/><b/>', 'after the root'],
    ['<a>', 'not closed'],
    ['<a x="<"/>', '"<" inside'],
  ])('rejects %p', (xml, problem) => {
    expect(() => parseXml(xml)).toThrow(problem);
  });
});
