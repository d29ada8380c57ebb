import { validateJson } from './test/helpers/validate.js';
const OB3 = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];
const ach = (extra: object) => JSON.stringify({ '@context': OB3, id: 'https://badges.example.org/achievements/triage.json', type: ['Achievement'], name: 'Incident Triage', description: 'Triages security incidents.', criteria: { narrative: 'Triage three simulated incidents.' }, ...extra }, null, 2) + '\n';
const issuer = { id: 'https://badges.example.org/issuer.json', type: 'Issuer', name: 'Example', url: 'https://example.org', email: 'badges@example.org' };
const bc = (extra: object) => JSON.stringify({ '@context': 'https://w3id.org/openbadges/v2', type: 'BadgeClass', id: 'https://badges.example.org/badges/triage.json', name: 'Incident Triage', description: 'Triages security incidents.', image: 'https://badges.example.org/images/triage.png', criteria: { narrative: 'Triage three simulated incidents.' }, issuer, ...extra }, null, 2) + '\n';
const cases: Record<string, string> = {
  ach: ach({}),
  achBadType: ach({ achievementType: 'Certifcate' }),
  achTags: ach({ tags: ['security'] }),
  achTag: ach({ tag: ['security'] }),
  bc: bc({}),
  bcBadEmail: bc({ issuer: { ...issuer, email: 'nobody' } }),
  ob1: JSON.stringify({ name: 'Incident Triage', description: 'Triages security incidents.', image: 'https://badges.example.org/images/triage.png', criteria: 'https://badges.example.org/criteria/triage', issuer: 'https://badges.example.org/issuer.json' }, null, 2) + '\n',
  bad: '{\n  "name": "Incident Triage",\n}\n',
};
for (const [name, text] of Object.entries(cases)) {
  const f = await validateJson('triage.json', text);
  console.log(name, f.map((x) => `${x.range.start.line}:${x.range.start.column} ${x.severity} ${x.ruleId} ${x.message.slice(0, 90)}`));
}
